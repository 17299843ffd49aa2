from typing import Any

import httpx
from scp_virtualserver._generated_base import Client, path_segment
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.auto_scaling_group_notification_list_response import (
    AutoScalingGroupNotificationListResponse,
)
from ...models.error_response import ErrorResponse
from ...models.validation_error_model import ValidationErrorModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    auto_scaling_group_id: str,
    *,
    user_ids: list[str] | None | Unset = UNSET,
    notification_state: None | str | Unset = UNSET,
    notification_event: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_user_ids: list[str] | None | Unset
    if isinstance(user_ids, Unset):
        json_user_ids = UNSET
    elif isinstance(user_ids, list):
        json_user_ids = user_ids

    else:
        json_user_ids = user_ids
    params["user_ids"] = json_user_ids

    json_notification_state: None | str | Unset
    if isinstance(notification_state, Unset):
        json_notification_state = UNSET
    else:
        json_notification_state = notification_state
    params["notification_state"] = json_notification_state

    json_notification_event: None | str | Unset
    if isinstance(notification_event, Unset):
        json_notification_event = UNSET
    else:
        json_notification_event = notification_event
    params["notification_event"] = json_notification_event

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications".format(
            auto_scaling_group_id=path_segment(auto_scaling_group_id, "auto_scaling_group_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AutoScalingGroupNotificationListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
    | None
):
    if response.status_code == 200:
        response_200 = AutoScalingGroupNotificationListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorResponse | list[ValidationErrorModel]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorResponse.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_400_type_1 = []
            _response_400_type_1 = data
            for response_400_type_1_item_data in _response_400_type_1:
                response_400_type_1_item = ValidationErrorModel.from_dict(
                    response_400_type_1_item_data
                )

                response_400_type_1.append(response_400_type_1_item)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AutoScalingGroupNotificationListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponse(response, exc) from exc
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    auto_scaling_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_ids: list[str] | None | Unset = UNSET,
    notification_state: None | str | Unset = UNSET,
    notification_event: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> Response[
    AutoScalingGroupNotificationListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
]:
    """List Auto-Scaling Group Notifications

     Lists who is notified of the Auto-Scaling Group's events, optionally filtered by user,
    state or event.

    Args:
        auto_scaling_group_id (str):
        user_ids (list[str] | None | Unset):
        notification_state (None | str | Unset):
        notification_event (None | str | Unset):
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoScalingGroupNotificationListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        auto_scaling_group_id=auto_scaling_group_id,
        user_ids=user_ids,
        notification_state=notification_state,
        notification_event=notification_event,
        offset=offset,
        limit=limit,
        sort=sort,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auto_scaling_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_ids: list[str] | None | Unset = UNSET,
    notification_state: None | str | Unset = UNSET,
    notification_event: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> (
    AutoScalingGroupNotificationListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
    | None
):
    """List Auto-Scaling Group Notifications

     Lists who is notified of the Auto-Scaling Group's events, optionally filtered by user,
    state or event.

    Args:
        auto_scaling_group_id (str):
        user_ids (list[str] | None | Unset):
        notification_state (None | str | Unset):
        notification_event (None | str | Unset):
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoScalingGroupNotificationListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return sync_detailed(
        auto_scaling_group_id=auto_scaling_group_id,
        client=client,
        user_ids=user_ids,
        notification_state=notification_state,
        notification_event=notification_event,
        offset=offset,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    auto_scaling_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_ids: list[str] | None | Unset = UNSET,
    notification_state: None | str | Unset = UNSET,
    notification_event: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> Response[
    AutoScalingGroupNotificationListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
]:
    """List Auto-Scaling Group Notifications

     Lists who is notified of the Auto-Scaling Group's events, optionally filtered by user,
    state or event.

    Args:
        auto_scaling_group_id (str):
        user_ids (list[str] | None | Unset):
        notification_state (None | str | Unset):
        notification_event (None | str | Unset):
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoScalingGroupNotificationListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        auto_scaling_group_id=auto_scaling_group_id,
        user_ids=user_ids,
        notification_state=notification_state,
        notification_event=notification_event,
        offset=offset,
        limit=limit,
        sort=sort,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auto_scaling_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_ids: list[str] | None | Unset = UNSET,
    notification_state: None | str | Unset = UNSET,
    notification_event: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> (
    AutoScalingGroupNotificationListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
    | None
):
    """List Auto-Scaling Group Notifications

     Lists who is notified of the Auto-Scaling Group's events, optionally filtered by user,
    state or event.

    Args:
        auto_scaling_group_id (str):
        user_ids (list[str] | None | Unset):
        notification_state (None | str | Unset):
        notification_event (None | str | Unset):
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoScalingGroupNotificationListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return (
        await asyncio_detailed(
            auto_scaling_group_id=auto_scaling_group_id,
            client=client,
            user_ids=user_ids,
            notification_state=notification_state,
            notification_event=notification_event,
            offset=offset,
            limit=limit,
            sort=sort,
        )
    ).parsed
