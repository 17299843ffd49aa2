from typing import Any

import httpx
from scp_virtualserver._generated_base import Client, path_segment
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.auto_scaling_group_schedule_list_response import (
    AutoScalingGroupScheduleListResponse,
)
from ...models.error_response import ErrorResponse
from ...models.job_scheduling_frequency_enum import JobSchedulingFrequencyEnum
from ...models.validation_error_model import ValidationErrorModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    auto_scaling_group_id: str,
    *,
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    frequency: JobSchedulingFrequencyEnum | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_size: int | None | Unset
    if isinstance(size, Unset):
        json_size = UNSET
    else:
        json_size = size
    params["size"] = json_size

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    json_frequency: str | Unset = UNSET
    if not isinstance(frequency, Unset):
        json_frequency = frequency.value

    params["frequency"] = json_frequency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules".format(
            auto_scaling_group_id=path_segment(auto_scaling_group_id, "auto_scaling_group_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AutoScalingGroupScheduleListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
    | None
):
    if response.status_code == 200:
        response_200 = AutoScalingGroupScheduleListResponse.from_dict(response.json())

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
    AutoScalingGroupScheduleListResponse
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
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    frequency: JobSchedulingFrequencyEnum | Unset = UNSET,
) -> Response[
    AutoScalingGroupScheduleListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
]:
    """List Auto-Scaling Group Schedules

     Lists the schedules of the Auto-Scaling Group, page by page (`page` counts from 0, `size`
    entries each), optionally only those of one frequency.

    Args:
        auto_scaling_group_id (str):
        size (int | None | Unset):
        page (int | None | Unset):
        sort (None | str | Unset):
        frequency (JobSchedulingFrequencyEnum | Unset): How often a schedule runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoScalingGroupScheduleListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        auto_scaling_group_id=auto_scaling_group_id,
        size=size,
        page=page,
        sort=sort,
        frequency=frequency,
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
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    frequency: JobSchedulingFrequencyEnum | Unset = UNSET,
) -> (
    AutoScalingGroupScheduleListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
    | None
):
    """List Auto-Scaling Group Schedules

     Lists the schedules of the Auto-Scaling Group, page by page (`page` counts from 0, `size`
    entries each), optionally only those of one frequency.

    Args:
        auto_scaling_group_id (str):
        size (int | None | Unset):
        page (int | None | Unset):
        sort (None | str | Unset):
        frequency (JobSchedulingFrequencyEnum | Unset): How often a schedule runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoScalingGroupScheduleListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return sync_detailed(
        auto_scaling_group_id=auto_scaling_group_id,
        client=client,
        size=size,
        page=page,
        sort=sort,
        frequency=frequency,
    ).parsed


async def asyncio_detailed(
    auto_scaling_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    frequency: JobSchedulingFrequencyEnum | Unset = UNSET,
) -> Response[
    AutoScalingGroupScheduleListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
]:
    """List Auto-Scaling Group Schedules

     Lists the schedules of the Auto-Scaling Group, page by page (`page` counts from 0, `size`
    entries each), optionally only those of one frequency.

    Args:
        auto_scaling_group_id (str):
        size (int | None | Unset):
        page (int | None | Unset):
        sort (None | str | Unset):
        frequency (JobSchedulingFrequencyEnum | Unset): How often a schedule runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoScalingGroupScheduleListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        auto_scaling_group_id=auto_scaling_group_id,
        size=size,
        page=page,
        sort=sort,
        frequency=frequency,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auto_scaling_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    frequency: JobSchedulingFrequencyEnum | Unset = UNSET,
) -> (
    AutoScalingGroupScheduleListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
    | None
):
    """List Auto-Scaling Group Schedules

     Lists the schedules of the Auto-Scaling Group, page by page (`page` counts from 0, `size`
    entries each), optionally only those of one frequency.

    Args:
        auto_scaling_group_id (str):
        size (int | None | Unset):
        page (int | None | Unset):
        sort (None | str | Unset):
        frequency (JobSchedulingFrequencyEnum | Unset): How often a schedule runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoScalingGroupScheduleListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return (
        await asyncio_detailed(
            auto_scaling_group_id=auto_scaling_group_id,
            client=client,
            size=size,
            page=page,
            sort=sort,
            frequency=frequency,
        )
    ).parsed
