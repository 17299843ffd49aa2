from typing import Any

import httpx
from scp_virtualserver._generated_base import Client, path_segment
from scp_virtualserver._generated_base import Client as AuthenticatedClient

from ... import errors
from ...models.auto_scaling_group_policy_list_response import (
    AutoScalingGroupPolicyListResponse,
)
from ...models.auto_scaling_group_policy_metric_method import (
    AutoScalingGroupPolicyMetricMethod,
)
from ...models.auto_scaling_group_policy_scale_type import (
    AutoScalingGroupPolicyScaleType,
)
from ...models.error_response import ErrorResponse
from ...models.validation_error_model import ValidationErrorModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    auto_scaling_group_id: str,
    *,
    name: None | str | Unset = UNSET,
    metric_method: AutoScalingGroupPolicyMetricMethod | Unset = UNSET,
    metric_type: None | str | Unset = UNSET,
    scale_type: AutoScalingGroupPolicyScaleType | Unset = UNSET,
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

    json_metric_method: str | Unset = UNSET
    if not isinstance(metric_method, Unset):
        json_metric_method = metric_method.value

    params["metric_method"] = json_metric_method

    json_metric_type: None | str | Unset
    if isinstance(metric_type, Unset):
        json_metric_type = UNSET
    else:
        json_metric_type = metric_type
    params["metric_type"] = json_metric_type

    json_scale_type: str | Unset = UNSET
    if not isinstance(scale_type, Unset):
        json_scale_type = scale_type.value

    params["scale_type"] = json_scale_type

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
        "url": "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies".format(
            auto_scaling_group_id=path_segment(auto_scaling_group_id, "auto_scaling_group_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AutoScalingGroupPolicyListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
    | None
):
    if response.status_code == 200:
        response_200 = AutoScalingGroupPolicyListResponse.from_dict(response.json())

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
    AutoScalingGroupPolicyListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
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
    name: None | str | Unset = UNSET,
    metric_method: AutoScalingGroupPolicyMetricMethod | Unset = UNSET,
    metric_type: None | str | Unset = UNSET,
    scale_type: AutoScalingGroupPolicyScaleType | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> Response[
    AutoScalingGroupPolicyListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
]:
    """List Auto-Scaling Group Policies

     Lists the scaling policies of the Auto-Scaling Group, optionally filtered by name, metric
    or direction.

    Args:
        auto_scaling_group_id (str):
        name (None | str | Unset):
        metric_method (AutoScalingGroupPolicyMetricMethod | Unset): How a policy aggregates its
            metric over the evaluation period.
        metric_type (None | str | Unset):
        scale_type (AutoScalingGroupPolicyScaleType | Unset): Whether a policy adds servers (out)
            or removes them (in).
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoScalingGroupPolicyListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        auto_scaling_group_id=auto_scaling_group_id,
        name=name,
        metric_method=metric_method,
        metric_type=metric_type,
        scale_type=scale_type,
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
    auto_scaling_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    metric_method: AutoScalingGroupPolicyMetricMethod | Unset = UNSET,
    metric_type: None | str | Unset = UNSET,
    scale_type: AutoScalingGroupPolicyScaleType | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> (
    AutoScalingGroupPolicyListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
    | None
):
    """List Auto-Scaling Group Policies

     Lists the scaling policies of the Auto-Scaling Group, optionally filtered by name, metric
    or direction.

    Args:
        auto_scaling_group_id (str):
        name (None | str | Unset):
        metric_method (AutoScalingGroupPolicyMetricMethod | Unset): How a policy aggregates its
            metric over the evaluation period.
        metric_type (None | str | Unset):
        scale_type (AutoScalingGroupPolicyScaleType | Unset): Whether a policy adds servers (out)
            or removes them (in).
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoScalingGroupPolicyListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return sync_detailed(
        auto_scaling_group_id=auto_scaling_group_id,
        client=client,
        name=name,
        metric_method=metric_method,
        metric_type=metric_type,
        scale_type=scale_type,
        offset=offset,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    auto_scaling_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    metric_method: AutoScalingGroupPolicyMetricMethod | Unset = UNSET,
    metric_type: None | str | Unset = UNSET,
    scale_type: AutoScalingGroupPolicyScaleType | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> Response[
    AutoScalingGroupPolicyListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
]:
    """List Auto-Scaling Group Policies

     Lists the scaling policies of the Auto-Scaling Group, optionally filtered by name, metric
    or direction.

    Args:
        auto_scaling_group_id (str):
        name (None | str | Unset):
        metric_method (AutoScalingGroupPolicyMetricMethod | Unset): How a policy aggregates its
            metric over the evaluation period.
        metric_type (None | str | Unset):
        scale_type (AutoScalingGroupPolicyScaleType | Unset): Whether a policy adds servers (out)
            or removes them (in).
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoScalingGroupPolicyListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]]
    """

    kwargs = _get_kwargs(
        auto_scaling_group_id=auto_scaling_group_id,
        name=name,
        metric_method=metric_method,
        metric_type=metric_type,
        scale_type=scale_type,
        offset=offset,
        limit=limit,
        sort=sort,
    )

    kwargs["headers"]["Scp-Api-Version"] = client.scp_api_version
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auto_scaling_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    name: None | str | Unset = UNSET,
    metric_method: AutoScalingGroupPolicyMetricMethod | Unset = UNSET,
    metric_type: None | str | Unset = UNSET,
    scale_type: AutoScalingGroupPolicyScaleType | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
) -> (
    AutoScalingGroupPolicyListResponse
    | ErrorResponse
    | ErrorResponse
    | list[ValidationErrorModel]
    | None
):
    """List Auto-Scaling Group Policies

     Lists the scaling policies of the Auto-Scaling Group, optionally filtered by name, metric
    or direction.

    Args:
        auto_scaling_group_id (str):
        name (None | str | Unset):
        metric_method (AutoScalingGroupPolicyMetricMethod | Unset): How a policy aggregates its
            metric over the evaluation period.
        metric_type (None | str | Unset):
        scale_type (AutoScalingGroupPolicyScaleType | Unset): Whether a policy adds servers (out)
            or removes them (in).
        offset (int | None | Unset):
        limit (int | None | Unset):
        sort (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoScalingGroupPolicyListResponse | ErrorResponse | ErrorResponse | list[ValidationErrorModel]
    """

    return (
        await asyncio_detailed(
            auto_scaling_group_id=auto_scaling_group_id,
            client=client,
            name=name,
            metric_method=metric_method,
            metric_type=metric_type,
            scale_type=scale_type,
            offset=offset,
            limit=limit,
            sort=sort,
        )
    ).parsed
