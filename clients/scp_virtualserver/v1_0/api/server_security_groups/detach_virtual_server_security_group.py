from typing import Any, cast

import httpx
from scp_virtualserver._generated_base import Client, path_segment
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.validation_error_model import ValidationErrorModel
from ...types import Response


def _get_kwargs(
    server_id: str,
    security_group_id: str,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/v1/servers/{server_id}/security-groups/{security_group_id}".format(
            server_id=path_segment(server_id, "server_id"),
            security_group_id=path_segment(security_group_id, "security_group_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel] | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]:
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
    server_id: str,
    security_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]:
    """Detach Virtual Server Security Group

     Starts detaching a security group from the server. Version 1.0 only: later versions
    change a server's security groups through its VPC port instead.

    Args:
        server_id (str):
        security_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        security_group_id=security_group_id,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    server_id: str,
    security_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel] | None:
    """Detach Virtual Server Security Group

     Starts detaching a security group from the server. Version 1.0 only: later versions
    change a server's security groups through its VPC port instead.

    Args:
        server_id (str):
        security_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return sync_detailed(
        server_id=server_id,
        security_group_id=security_group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    server_id: str,
    security_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]:
    """Detach Virtual Server Security Group

     Starts detaching a security group from the server. Version 1.0 only: later versions
    change a server's security groups through its VPC port instead.

    Args:
        server_id (str):
        security_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        security_group_id=security_group_id,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    server_id: str,
    security_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel] | None:
    """Detach Virtual Server Security Group

     Starts detaching a security group from the server. Version 1.0 only: later versions
    change a server's security groups through its VPC port instead.

    Args:
        server_id (str):
        security_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return (
        await asyncio_detailed(
            server_id=server_id,
            security_group_id=security_group_id,
            client=client,
        )
    ).parsed
