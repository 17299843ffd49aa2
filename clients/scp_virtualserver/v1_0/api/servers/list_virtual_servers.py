from typing import Any

import httpx
from scp_virtualserver._generated_base import Client
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.server_list_response import ServerListResponse
from ...models.server_product_category import ServerProductCategory
from ...models.server_product_offering import ServerProductOffering
from ...models.validation_error_model import ValidationErrorModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: None | str | Unset = UNSET,
    ip: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    product_category: ServerProductCategory | Unset = UNSET,
    product_offering: list[ServerProductOffering] | None | ServerProductOffering | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    server_type_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    auto_scaling_group_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_ip: None | str | Unset
    if isinstance(ip, Unset):
        json_ip = UNSET
    else:
        json_ip = ip
    params["ip"] = json_ip

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state

    json_product_category: str | Unset = UNSET
    if not isinstance(product_category, Unset):
        json_product_category = product_category.value

    params["product_category"] = json_product_category

    json_product_offering: list[str] | None | str | Unset
    if isinstance(product_offering, Unset):
        json_product_offering = UNSET
    elif isinstance(product_offering, list):
        json_product_offering = []
        for componentsschemas_product_offering_type_0_item_data in product_offering:
            componentsschemas_product_offering_type_0_item = (
                componentsschemas_product_offering_type_0_item_data.value
            )
            json_product_offering.append(componentsschemas_product_offering_type_0_item)

    elif isinstance(product_offering, ServerProductOffering):
        json_product_offering = product_offering.value
    else:
        json_product_offering = product_offering
    params["product_offering"] = json_product_offering

    json_vpc_id: None | str | Unset
    if isinstance(vpc_id, Unset):
        json_vpc_id = UNSET
    else:
        json_vpc_id = vpc_id
    params["vpc_id"] = json_vpc_id

    json_server_type_id: None | str | Unset
    if isinstance(server_type_id, Unset):
        json_server_type_id = UNSET
    else:
        json_server_type_id = server_type_id
    params["server_type_id"] = json_server_type_id

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

    json_auto_scaling_group_id: None | str | Unset
    if isinstance(auto_scaling_group_id, Unset):
        json_auto_scaling_group_id = UNSET
    else:
        json_auto_scaling_group_id = auto_scaling_group_id
    params["auto_scaling_group_id"] = json_auto_scaling_group_id

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
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse | None:
    if response.status_code == 200:
        response_200 = ServerListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse]:
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
    name: None | str | Unset = UNSET,
    ip: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    product_category: ServerProductCategory | Unset = UNSET,
    product_offering: list[ServerProductOffering] | None | ServerProductOffering | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    server_type_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    auto_scaling_group_id: None | str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse]:
    """List Virtual Servers

     Lists the account's servers, one page at a time, optionally filtered. To get the next
    page, pass the `id` of the last server of this page as `marker`.

    Args:
        name (None | str | Unset):
        ip (None | str | Unset):
        state (None | str | Unset):
        product_category (ServerProductCategory | Unset): The product category of a server.
        product_offering (list[ServerProductOffering] | None | ServerProductOffering | Unset): A
            product offering filter, as one offering or a list of them.
        vpc_id (None | str | Unset):
        server_type_id (None | str | Unset):
        limit (int | None | Unset):
        marker (None | str | Unset):
        sort (None | str | Unset):
        auto_scaling_group_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        ip=ip,
        state=state,
        product_category=product_category,
        product_offering=product_offering,
        vpc_id=vpc_id,
        server_type_id=server_type_id,
        limit=limit,
        marker=marker,
        sort=sort,
        auto_scaling_group_id=auto_scaling_group_id,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    ip: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    product_category: ServerProductCategory | Unset = UNSET,
    product_offering: list[ServerProductOffering] | None | ServerProductOffering | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    server_type_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    auto_scaling_group_id: None | str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse | None:
    """List Virtual Servers

     Lists the account's servers, one page at a time, optionally filtered. To get the next
    page, pass the `id` of the last server of this page as `marker`.

    Args:
        name (None | str | Unset):
        ip (None | str | Unset):
        state (None | str | Unset):
        product_category (ServerProductCategory | Unset): The product category of a server.
        product_offering (list[ServerProductOffering] | None | ServerProductOffering | Unset): A
            product offering filter, as one offering or a list of them.
        vpc_id (None | str | Unset):
        server_type_id (None | str | Unset):
        limit (int | None | Unset):
        marker (None | str | Unset):
        sort (None | str | Unset):
        auto_scaling_group_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse
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
        limit=limit,
        marker=marker,
        sort=sort,
        auto_scaling_group_id=auto_scaling_group_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    ip: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    product_category: ServerProductCategory | Unset = UNSET,
    product_offering: list[ServerProductOffering] | None | ServerProductOffering | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    server_type_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    auto_scaling_group_id: None | str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse]:
    """List Virtual Servers

     Lists the account's servers, one page at a time, optionally filtered. To get the next
    page, pass the `id` of the last server of this page as `marker`.

    Args:
        name (None | str | Unset):
        ip (None | str | Unset):
        state (None | str | Unset):
        product_category (ServerProductCategory | Unset): The product category of a server.
        product_offering (list[ServerProductOffering] | None | ServerProductOffering | Unset): A
            product offering filter, as one offering or a list of them.
        vpc_id (None | str | Unset):
        server_type_id (None | str | Unset):
        limit (int | None | Unset):
        marker (None | str | Unset):
        sort (None | str | Unset):
        auto_scaling_group_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        ip=ip,
        state=state,
        product_category=product_category,
        product_offering=product_offering,
        vpc_id=vpc_id,
        server_type_id=server_type_id,
        limit=limit,
        marker=marker,
        sort=sort,
        auto_scaling_group_id=auto_scaling_group_id,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    ip: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    product_category: ServerProductCategory | Unset = UNSET,
    product_offering: list[ServerProductOffering] | None | ServerProductOffering | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    server_type_id: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    auto_scaling_group_id: None | str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse | None:
    """List Virtual Servers

     Lists the account's servers, one page at a time, optionally filtered. To get the next
    page, pass the `id` of the last server of this page as `marker`.

    Args:
        name (None | str | Unset):
        ip (None | str | Unset):
        state (None | str | Unset):
        product_category (ServerProductCategory | Unset): The product category of a server.
        product_offering (list[ServerProductOffering] | None | ServerProductOffering | Unset): A
            product offering filter, as one offering or a list of them.
        vpc_id (None | str | Unset):
        server_type_id (None | str | Unset):
        limit (int | None | Unset):
        marker (None | str | Unset):
        sort (None | str | Unset):
        auto_scaling_group_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ServerListResponse
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
            limit=limit,
            marker=marker,
            sort=sort,
            auto_scaling_group_id=auto_scaling_group_id,
        )
    ).parsed
