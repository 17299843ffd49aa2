from typing import Any

import httpx
from scp_virtualserver._generated_base import Client
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.auto_scaling_group_list_response import AutoScalingGroupListResponse
from ...models.error_response import ErrorResponse
from ...models.validation_error_model import ValidationErrorModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    launch_configuration_id: None | str | Unset = UNSET,
    launch_configuration_name: None | str | Unset = UNSET,
    lb_server_group_id: None | str | Unset = UNSET,
    security_group_id: None | str | Unset = UNSET,
    subnet_id: None | str | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

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

    json_launch_configuration_id: None | str | Unset
    if isinstance(launch_configuration_id, Unset):
        json_launch_configuration_id = UNSET
    else:
        json_launch_configuration_id = launch_configuration_id
    params["launch_configuration_id"] = json_launch_configuration_id

    json_launch_configuration_name: None | str | Unset
    if isinstance(launch_configuration_name, Unset):
        json_launch_configuration_name = UNSET
    else:
        json_launch_configuration_name = launch_configuration_name
    params["launch_configuration_name"] = json_launch_configuration_name

    json_lb_server_group_id: None | str | Unset
    if isinstance(lb_server_group_id, Unset):
        json_lb_server_group_id = UNSET
    else:
        json_lb_server_group_id = lb_server_group_id
    params["lb_server_group_id"] = json_lb_server_group_id

    json_security_group_id: None | str | Unset
    if isinstance(security_group_id, Unset):
        json_security_group_id = UNSET
    else:
        json_security_group_id = security_group_id
    params["security_group_id"] = json_security_group_id

    json_subnet_id: None | str | Unset
    if isinstance(subnet_id, Unset):
        json_subnet_id = UNSET
    else:
        json_subnet_id = subnet_id
    params["subnet_id"] = json_subnet_id

    json_vpc_id: None | str | Unset
    if isinstance(vpc_id, Unset):
        json_vpc_id = UNSET
    else:
        json_vpc_id = vpc_id
    params["vpc_id"] = json_vpc_id

    json_created_by: None | str | Unset
    if isinstance(created_by, Unset):
        json_created_by = UNSET
    else:
        json_created_by = created_by
    params["created_by"] = json_created_by

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
        "url": "/v1/auto-scaling-groups",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel] | None
):
    if response.status_code == 200:
        response_200 = AutoScalingGroupListResponse.from_dict(response.json())

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
    AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
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
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    launch_configuration_id: None | str | Unset = UNSET,
    launch_configuration_name: None | str | Unset = UNSET,
    lb_server_group_id: None | str | Unset = UNSET,
    security_group_id: None | str | Unset = UNSET,
    subnet_id: None | str | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> Response[
    AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
]:
    """List Auto-Scaling Groups

     Lists the Auto-Scaling Groups of the account, one page at a time, optionally filtered by
    name, state, launch configuration, network or creator.

    Args:
        name (None | str | Unset):
        state (None | str | Unset):
        launch_configuration_id (None | str | Unset):
        launch_configuration_name (None | str | Unset):
        lb_server_group_id (None | str | Unset):
        security_group_id (None | str | Unset):
        subnet_id (None | str | Unset):
        vpc_id (None | str | Unset):
        created_by (None | str | Unset):
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        name=name,
        state=state,
        launch_configuration_id=launch_configuration_id,
        launch_configuration_name=launch_configuration_name,
        lb_server_group_id=lb_server_group_id,
        security_group_id=security_group_id,
        subnet_id=subnet_id,
        vpc_id=vpc_id,
        created_by=created_by,
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
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    launch_configuration_id: None | str | Unset = UNSET,
    launch_configuration_name: None | str | Unset = UNSET,
    lb_server_group_id: None | str | Unset = UNSET,
    security_group_id: None | str | Unset = UNSET,
    subnet_id: None | str | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> (
    AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel] | None
):
    """List Auto-Scaling Groups

     Lists the Auto-Scaling Groups of the account, one page at a time, optionally filtered by
    name, state, launch configuration, network or creator.

    Args:
        name (None | str | Unset):
        state (None | str | Unset):
        launch_configuration_id (None | str | Unset):
        launch_configuration_name (None | str | Unset):
        lb_server_group_id (None | str | Unset):
        security_group_id (None | str | Unset):
        subnet_id (None | str | Unset):
        vpc_id (None | str | Unset):
        created_by (None | str | Unset):
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return sync_detailed(
        client=client,
        name=name,
        state=state,
        launch_configuration_id=launch_configuration_id,
        launch_configuration_name=launch_configuration_name,
        lb_server_group_id=lb_server_group_id,
        security_group_id=security_group_id,
        subnet_id=subnet_id,
        vpc_id=vpc_id,
        created_by=created_by,
        offset=offset,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    launch_configuration_id: None | str | Unset = UNSET,
    launch_configuration_name: None | str | Unset = UNSET,
    lb_server_group_id: None | str | Unset = UNSET,
    security_group_id: None | str | Unset = UNSET,
    subnet_id: None | str | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> Response[
    AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
]:
    """List Auto-Scaling Groups

     Lists the Auto-Scaling Groups of the account, one page at a time, optionally filtered by
    name, state, launch configuration, network or creator.

    Args:
        name (None | str | Unset):
        state (None | str | Unset):
        launch_configuration_id (None | str | Unset):
        launch_configuration_name (None | str | Unset):
        lb_server_group_id (None | str | Unset):
        security_group_id (None | str | Unset):
        subnet_id (None | str | Unset):
        vpc_id (None | str | Unset):
        created_by (None | str | Unset):
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        name=name,
        state=state,
        launch_configuration_id=launch_configuration_id,
        launch_configuration_name=launch_configuration_name,
        lb_server_group_id=lb_server_group_id,
        security_group_id=security_group_id,
        subnet_id=subnet_id,
        vpc_id=vpc_id,
        created_by=created_by,
        offset=offset,
        limit=limit,
        sort=sort,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    launch_configuration_id: None | str | Unset = UNSET,
    launch_configuration_name: None | str | Unset = UNSET,
    lb_server_group_id: None | str | Unset = UNSET,
    security_group_id: None | str | Unset = UNSET,
    subnet_id: None | str | Unset = UNSET,
    vpc_id: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> (
    AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel] | None
):
    """List Auto-Scaling Groups

     Lists the Auto-Scaling Groups of the account, one page at a time, optionally filtered by
    name, state, launch configuration, network or creator.

    Args:
        name (None | str | Unset):
        state (None | str | Unset):
        launch_configuration_id (None | str | Unset):
        launch_configuration_name (None | str | Unset):
        lb_server_group_id (None | str | Unset):
        security_group_id (None | str | Unset):
        subnet_id (None | str | Unset):
        vpc_id (None | str | Unset):
        created_by (None | str | Unset):
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoScalingGroupListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            state=state,
            launch_configuration_id=launch_configuration_id,
            launch_configuration_name=launch_configuration_name,
            lb_server_group_id=lb_server_group_id,
            security_group_id=security_group_id,
            subnet_id=subnet_id,
            vpc_id=vpc_id,
            created_by=created_by,
            offset=offset,
            limit=limit,
            sort=sort,
        )
    ).parsed
