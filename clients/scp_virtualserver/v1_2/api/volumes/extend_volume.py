from typing import Any

import httpx
from scp_virtualserver._generated_base import Client, path_segment
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.validation_error_model import ValidationErrorModel
from ...models.volume_extend_request import VolumeExtendRequest
from ...models.volume_show_response_v1_dot_2 import VolumeShowResponseV1Dot2
from ...types import Response


def _get_kwargs(
    volume_id: str,
    *,
    body: VolumeExtendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/v1/volumes/{volume_id}/size".format(
            volume_id=path_segment(volume_id, "volume_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2 | None:
    if response.status_code == 202:
        response_202 = VolumeShowResponseV1Dot2.from_dict(response.json())

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
) -> Response[
    ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2
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
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeExtendRequest,
) -> Response[
    ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2
]:
    """Extend Volume

     Starts growing a volume to a larger size. A volume can not be made smaller.

    Args:
        volume_id (str):
        body (VolumeExtendRequest): The new size of a volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
        body=body,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeExtendRequest,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2 | None:
    """Extend Volume

     Starts growing a volume to a larger size. A volume can not be made smaller.

    Args:
        volume_id (str):
        body (VolumeExtendRequest): The new size of a volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2
    """

    return sync_detailed(
        volume_id=volume_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeExtendRequest,
) -> Response[
    ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2
]:
    """Extend Volume

     Starts growing a volume to a larger size. A volume can not be made smaller.

    Args:
        volume_id (str):
        body (VolumeExtendRequest): The new size of a volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
        body=body,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeExtendRequest,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2 | None:
    """Extend Volume

     Starts growing a volume to a larger size. A volume can not be made smaller.

    Args:
        volume_id (str):
        body (VolumeExtendRequest): The new size of a volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | VolumeShowResponseV1Dot2
    """

    return (
        await asyncio_detailed(
            volume_id=volume_id,
            client=client,
            body=body,
        )
    ).parsed
