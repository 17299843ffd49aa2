from typing import Any

import httpx

from ... import errors
from ...client import SCP_API_VERSION, AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.server_list import ServerList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    state: str | Unset = UNSET,
    product_category: str | Unset = UNSET,
    product_offering: str | Unset = UNSET,
    vpc_id: str | Unset = UNSET,
    server_type_id: str | Unset = UNSET,
    auto_scaling_group_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Scp-Api-Version"] = SCP_API_VERSION

    params: dict[str, Any] = {}

    params["name"] = name

    params["ip"] = ip

    params["state"] = state

    params["product_category"] = product_category

    params["product_offering"] = product_offering

    params["vpc_id"] = vpc_id

    params["server_type_id"] = server_type_id

    params["auto_scaling_group_id"] = auto_scaling_group_id

    params["limit"] = limit

    params["marker"] = marker

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/servers",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ServerList | None:
    if response.status_code == 200:
        response_200 = ServerList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ServerList]:
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
    name: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    state: str | Unset = UNSET,
    product_category: str | Unset = UNSET,
    product_offering: str | Unset = UNSET,
    vpc_id: str | Unset = UNSET,
    server_type_id: str | Unset = UNSET,
    auto_scaling_group_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | ServerList]:
    """List Virtual Servers

     Lists the servers of the account, one page at a time. Pass the `id` of the last server of
    a page as `marker` to get the next one; an empty page means there is no more.

    Args:
        name (str | Unset):
        ip (str | Unset):
        state (str | Unset):
        product_category (str | Unset):
        product_offering (str | Unset):
        vpc_id (str | Unset):
        server_type_id (str | Unset):
        auto_scaling_group_id (str | Unset):
        limit (int | Unset):
        marker (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServerList]
    """

    kwargs = _get_kwargs(
        name=name,
        ip=ip,
        state=state,
        product_category=product_category,
        product_offering=product_offering,
        vpc_id=vpc_id,
        server_type_id=server_type_id,
        auto_scaling_group_id=auto_scaling_group_id,
        limit=limit,
        marker=marker,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    state: str | Unset = UNSET,
    product_category: str | Unset = UNSET,
    product_offering: str | Unset = UNSET,
    vpc_id: str | Unset = UNSET,
    server_type_id: str | Unset = UNSET,
    auto_scaling_group_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ErrorResponse | ServerList | None:
    """List Virtual Servers

     Lists the servers of the account, one page at a time. Pass the `id` of the last server of
    a page as `marker` to get the next one; an empty page means there is no more.

    Args:
        name (str | Unset):
        ip (str | Unset):
        state (str | Unset):
        product_category (str | Unset):
        product_offering (str | Unset):
        vpc_id (str | Unset):
        server_type_id (str | Unset):
        auto_scaling_group_id (str | Unset):
        limit (int | Unset):
        marker (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServerList
    """

    return sync_detailed(
        client=client,
        name=name,
        ip=ip,
        state=state,
        product_category=product_category,
        product_offering=product_offering,
        vpc_id=vpc_id,
        server_type_id=server_type_id,
        auto_scaling_group_id=auto_scaling_group_id,
        limit=limit,
        marker=marker,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    state: str | Unset = UNSET,
    product_category: str | Unset = UNSET,
    product_offering: str | Unset = UNSET,
    vpc_id: str | Unset = UNSET,
    server_type_id: str | Unset = UNSET,
    auto_scaling_group_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | ServerList]:
    """List Virtual Servers

     Lists the servers of the account, one page at a time. Pass the `id` of the last server of
    a page as `marker` to get the next one; an empty page means there is no more.

    Args:
        name (str | Unset):
        ip (str | Unset):
        state (str | Unset):
        product_category (str | Unset):
        product_offering (str | Unset):
        vpc_id (str | Unset):
        server_type_id (str | Unset):
        auto_scaling_group_id (str | Unset):
        limit (int | Unset):
        marker (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServerList]
    """

    kwargs = _get_kwargs(
        name=name,
        ip=ip,
        state=state,
        product_category=product_category,
        product_offering=product_offering,
        vpc_id=vpc_id,
        server_type_id=server_type_id,
        auto_scaling_group_id=auto_scaling_group_id,
        limit=limit,
        marker=marker,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    state: str | Unset = UNSET,
    product_category: str | Unset = UNSET,
    product_offering: str | Unset = UNSET,
    vpc_id: str | Unset = UNSET,
    server_type_id: str | Unset = UNSET,
    auto_scaling_group_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ErrorResponse | ServerList | None:
    """List Virtual Servers

     Lists the servers of the account, one page at a time. Pass the `id` of the last server of
    a page as `marker` to get the next one; an empty page means there is no more.

    Args:
        name (str | Unset):
        ip (str | Unset):
        state (str | Unset):
        product_category (str | Unset):
        product_offering (str | Unset):
        vpc_id (str | Unset):
        server_type_id (str | Unset):
        auto_scaling_group_id (str | Unset):
        limit (int | Unset):
        marker (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServerList
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            ip=ip,
            state=state,
            product_category=product_category,
            product_offering=product_offering,
            vpc_id=vpc_id,
            server_type_id=server_type_id,
            auto_scaling_group_id=auto_scaling_group_id,
            limit=limit,
            marker=marker,
            sort=sort,
        )
    ).parsed
