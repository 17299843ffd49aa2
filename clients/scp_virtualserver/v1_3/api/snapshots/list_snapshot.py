from typing import Any

import httpx
from scp_virtualserver._generated_base import Client
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.snapshot_list_response import SnapshotListResponse
from ...models.validation_error_model import ValidationErrorModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    volume_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    with_count: bool | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_volume_id: None | str | Unset
    if isinstance(volume_id, Unset):
        json_volume_id = UNSET
    else:
        json_volume_id = volume_id
    params["volume_id"] = json_volume_id

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    json_marker: None | str | Unset
    if isinstance(marker, Unset):
        json_marker = UNSET
    else:
        json_marker = marker
    params["marker"] = json_marker

    json_with_count: bool | None | Unset
    if isinstance(with_count, Unset):
        json_with_count = UNSET
    else:
        json_with_count = with_count
    params["with_count"] = json_with_count

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/snapshots",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse | None:
    if response.status_code == 200:
        response_200 = SnapshotListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse]:
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
    volume_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    with_count: bool | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse]:
    """List Snapshots

     Lists snapshots with their details, one page at a time (`limit` with `offset` or
    `marker`). Ask for `with_count` to get the total in `count`.

    Args:
        volume_id (None | str | Unset):
        limit (int | None | Unset):
        offset (int | None | Unset):
        marker (None | str | Unset):
        with_count (bool | None | Unset):
        name (None | str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
        limit=limit,
        offset=offset,
        marker=marker,
        with_count=with_count,
        name=name,
        sort=sort,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    volume_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    with_count: bool | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse | None:
    """List Snapshots

     Lists snapshots with their details, one page at a time (`limit` with `offset` or
    `marker`). Ask for `with_count` to get the total in `count`.

    Args:
        volume_id (None | str | Unset):
        limit (int | None | Unset):
        offset (int | None | Unset):
        marker (None | str | Unset):
        with_count (bool | None | Unset):
        name (None | str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse
    """

    return sync_detailed(
        client=client,
        volume_id=volume_id,
        limit=limit,
        offset=offset,
        marker=marker,
        with_count=with_count,
        name=name,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    volume_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    with_count: bool | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse]:
    """List Snapshots

     Lists snapshots with their details, one page at a time (`limit` with `offset` or
    `marker`). Ask for `with_count` to get the total in `count`.

    Args:
        volume_id (None | str | Unset):
        limit (int | None | Unset):
        offset (int | None | Unset):
        marker (None | str | Unset):
        with_count (bool | None | Unset):
        name (None | str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
        limit=limit,
        offset=offset,
        marker=marker,
        with_count=with_count,
        name=name,
        sort=sort,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    volume_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    with_count: bool | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse | None:
    """List Snapshots

     Lists snapshots with their details, one page at a time (`limit` with `offset` or
    `marker`). Ask for `with_count` to get the total in `count`.

    Args:
        volume_id (None | str | Unset):
        limit (int | None | Unset):
        offset (int | None | Unset):
        marker (None | str | Unset):
        with_count (bool | None | Unset):
        name (None | str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | SnapshotListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            volume_id=volume_id,
            limit=limit,
            offset=offset,
            marker=marker,
            with_count=with_count,
            name=name,
            sort=sort,
        )
    ).parsed
