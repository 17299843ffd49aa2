from typing import Any

import httpx
from scp_virtualserver._generated_base import Client
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.validation_error_model import ValidationErrorModel
from ...models.volume_list_response_v1_dot_2 import VolumeListResponseV1Dot2
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    with_count: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    bootable: bool | None | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_with_count: bool | None | Unset
    if isinstance(with_count, Unset):
        json_with_count = UNSET
    else:
        json_with_count = with_count
    params["with_count"] = json_with_count

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_marker: None | str | Unset
    if isinstance(marker, Unset):
        json_marker = UNSET
    else:
        json_marker = marker
    params["marker"] = json_marker

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state

    json_bootable: bool | None | Unset
    if isinstance(bootable, Unset):
        json_bootable = UNSET
    else:
        json_bootable = bootable
    params["bootable"] = json_bootable

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/volumes",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2 | None:
    if response.status_code == 200:
        response_200 = VolumeListResponseV1Dot2.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2
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
    *,
    client: AuthenticatedClient | Client,
    with_count: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    bootable: bool | None | Unset = UNSET,
) -> Response[
    ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2
]:
    """List Volumes

     Lists the volumes of the account, one page at a time, optionally filtered by name, state
    or bootability.

    Args:
        with_count (bool | None | Unset):
        limit (int | None | Unset):
        marker (None | str | Unset):
        sort (None | str | Unset):
        offset (int | None | Unset):
        name (None | str | Unset):
        state (None | str | Unset):
        bootable (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2]
    """

    kwargs = _get_kwargs(
        with_count=with_count,
        limit=limit,
        marker=marker,
        sort=sort,
        offset=offset,
        name=name,
        state=state,
        bootable=bootable,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    with_count: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    bootable: bool | None | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2 | None:
    """List Volumes

     Lists the volumes of the account, one page at a time, optionally filtered by name, state
    or bootability.

    Args:
        with_count (bool | None | Unset):
        limit (int | None | Unset):
        marker (None | str | Unset):
        sort (None | str | Unset):
        offset (int | None | Unset):
        name (None | str | Unset):
        state (None | str | Unset):
        bootable (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2
    """

    return sync_detailed(
        client=client,
        with_count=with_count,
        limit=limit,
        marker=marker,
        sort=sort,
        offset=offset,
        name=name,
        state=state,
        bootable=bootable,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_count: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    bootable: bool | None | Unset = UNSET,
) -> Response[
    ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2
]:
    """List Volumes

     Lists the volumes of the account, one page at a time, optionally filtered by name, state
    or bootability.

    Args:
        with_count (bool | None | Unset):
        limit (int | None | Unset):
        marker (None | str | Unset):
        sort (None | str | Unset):
        offset (int | None | Unset):
        name (None | str | Unset):
        state (None | str | Unset):
        bootable (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2]
    """

    kwargs = _get_kwargs(
        with_count=with_count,
        limit=limit,
        marker=marker,
        sort=sort,
        offset=offset,
        name=name,
        state=state,
        bootable=bootable,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    with_count: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    bootable: bool | None | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2 | None:
    """List Volumes

     Lists the volumes of the account, one page at a time, optionally filtered by name, state
    or bootability.

    Args:
        with_count (bool | None | Unset):
        limit (int | None | Unset):
        marker (None | str | Unset):
        sort (None | str | Unset):
        offset (int | None | Unset):
        name (None | str | Unset):
        state (None | str | Unset):
        bootable (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeListResponseV1Dot2
    """

    return (
        await asyncio_detailed(
            client=client,
            with_count=with_count,
            limit=limit,
            marker=marker,
            sort=sort,
            offset=offset,
            name=name,
            state=state,
            bootable=bootable,
        )
    ).parsed
