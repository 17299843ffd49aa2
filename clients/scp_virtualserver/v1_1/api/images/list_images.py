from typing import Any

import httpx
from scp_virtualserver._generated_base import Client
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.image_list_response import ImageListResponse
from ...models.image_visibility_enum import ImageVisibilityEnum
from ...models.validation_error_model import ValidationErrorModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    scp_image_type: None | str | Unset = UNSET,
    scp_original_image_type: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    os_distro: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    visibility: ImageVisibilityEnum | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

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

    json_scp_image_type: None | str | Unset
    if isinstance(scp_image_type, Unset):
        json_scp_image_type = UNSET
    else:
        json_scp_image_type = scp_image_type
    params["scp_image_type"] = json_scp_image_type

    json_scp_original_image_type: None | str | Unset
    if isinstance(scp_original_image_type, Unset):
        json_scp_original_image_type = UNSET
    else:
        json_scp_original_image_type = scp_original_image_type
    params["scp_original_image_type"] = json_scp_original_image_type

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_os_distro: None | str | Unset
    if isinstance(os_distro, Unset):
        json_os_distro = UNSET
    else:
        json_os_distro = os_distro
    params["os_distro"] = json_os_distro

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_visibility: str | Unset = UNSET
    if not isinstance(visibility, Unset):
        json_visibility = visibility.value

    params["visibility"] = json_visibility

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/images",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse | None:
    if response.status_code == 200:
        response_200 = ImageListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse]:
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
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    scp_image_type: None | str | Unset = UNSET,
    scp_original_image_type: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    os_distro: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    visibility: ImageVisibilityEnum | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse]:
    """List Images

     Lists the images the account can use, one page at a time. Pass the `id` of the last image
    of a page as `marker` to get the next one.

    Args:
        limit (int | None | Unset):
        marker (None | str | Unset):
        scp_image_type (None | str | Unset):
        scp_original_image_type (None | str | Unset):
        name (None | str | Unset):
        os_distro (None | str | Unset):
        status (None | str | Unset):
        visibility (ImageVisibilityEnum | Unset): Who may see and use an image.
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        marker=marker,
        scp_image_type=scp_image_type,
        scp_original_image_type=scp_original_image_type,
        name=name,
        os_distro=os_distro,
        status=status,
        visibility=visibility,
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
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    scp_image_type: None | str | Unset = UNSET,
    scp_original_image_type: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    os_distro: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    visibility: ImageVisibilityEnum | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse | None:
    """List Images

     Lists the images the account can use, one page at a time. Pass the `id` of the last image
    of a page as `marker` to get the next one.

    Args:
        limit (int | None | Unset):
        marker (None | str | Unset):
        scp_image_type (None | str | Unset):
        scp_original_image_type (None | str | Unset):
        name (None | str | Unset):
        os_distro (None | str | Unset):
        status (None | str | Unset):
        visibility (ImageVisibilityEnum | Unset): Who may see and use an image.
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        marker=marker,
        scp_image_type=scp_image_type,
        scp_original_image_type=scp_original_image_type,
        name=name,
        os_distro=os_distro,
        status=status,
        visibility=visibility,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    scp_image_type: None | str | Unset = UNSET,
    scp_original_image_type: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    os_distro: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    visibility: ImageVisibilityEnum | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse]:
    """List Images

     Lists the images the account can use, one page at a time. Pass the `id` of the last image
    of a page as `marker` to get the next one.

    Args:
        limit (int | None | Unset):
        marker (None | str | Unset):
        scp_image_type (None | str | Unset):
        scp_original_image_type (None | str | Unset):
        name (None | str | Unset):
        os_distro (None | str | Unset):
        status (None | str | Unset):
        visibility (ImageVisibilityEnum | Unset): Who may see and use an image.
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        marker=marker,
        scp_image_type=scp_image_type,
        scp_original_image_type=scp_original_image_type,
        name=name,
        os_distro=os_distro,
        status=status,
        visibility=visibility,
        sort=sort,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None | Unset = UNSET,
    marker: None | str | Unset = UNSET,
    scp_image_type: None | str | Unset = UNSET,
    scp_original_image_type: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    os_distro: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    visibility: ImageVisibilityEnum | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse | None:
    """List Images

     Lists the images the account can use, one page at a time. Pass the `id` of the last image
    of a page as `marker` to get the next one.

    Args:
        limit (int | None | Unset):
        marker (None | str | Unset):
        scp_image_type (None | str | Unset):
        scp_original_image_type (None | str | Unset):
        name (None | str | Unset):
        os_distro (None | str | Unset):
        status (None | str | Unset):
        visibility (ImageVisibilityEnum | Unset): Who may see and use an image.
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | list[ValidationErrorModel] | ImageListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            marker=marker,
            scp_image_type=scp_image_type,
            scp_original_image_type=scp_original_image_type,
            name=name,
            os_distro=os_distro,
            status=status,
            visibility=visibility,
            sort=sort,
        )
    ).parsed
