from typing import Any

import httpx
from scp_virtualserver._generated_base import Client
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.volume_quota_set import VolumeQuotaSet
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/v1/volumes/quota-sets",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VolumeQuotaSet | None:
    if response.status_code == 200:
        response_200 = VolumeQuotaSet.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | VolumeQuotaSet]:
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
) -> Response[ErrorResponse | VolumeQuotaSet]:
    """Show Volume Quota Set

     Returns the account's volume quotas (volumes, snapshots, sizes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VolumeQuotaSet]
    """

    kwargs = _get_kwargs()

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VolumeQuotaSet | None:
    """Show Volume Quota Set

     Returns the account's volume quotas (volumes, snapshots, sizes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VolumeQuotaSet
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VolumeQuotaSet]:
    """Show Volume Quota Set

     Returns the account's volume quotas (volumes, snapshots, sizes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VolumeQuotaSet]
    """

    kwargs = _get_kwargs()

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VolumeQuotaSet | None:
    """Show Volume Quota Set

     Returns the account's volume quotas (volumes, snapshots, sizes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VolumeQuotaSet
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
