from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoScalingGroupPolicyUpdateRequestV1Dot2")


@_attrs_define
class AutoScalingGroupPolicyUpdateRequestV1Dot2:
    """What to change on a scaling policy (API 1.2+): the name can no longer be changed, and MEMORY is no longer a metric.

    Attributes:
        comparison_operator (None | str | Unset): How the metric is compared with the threshold: `ge`, `gt`, `le` or
            `lt`.
        cooldown_seconds (int | None | Unset): Seconds to wait after scaling before the policy may act again.
        evaluation_minutes (int | None | Unset): Minutes the condition must hold before the policy acts.
        metric_method (None | str | Unset): How the metric is aggregated: `AVG`, `MIN` or `MAX`.
        metric_type (None | str | Unset): The metric watched.
        scale_method (None | str | Unset): How `scale_value` is read: `AMOUNT`, `PERCENTAGE` or `FIXED`.
        scale_type (None | str | Unset): Direction: `SCALE_OUT` or `SCALE_IN`.
        scale_value (int | None | Unset): How much to scale, as `scale_method` says.
        state (None | str | Unset): Turns the policy on (`ACTIVE`) or off (`INACTIVE`).
        threshold (int | None | Unset): The value the metric is compared with.
    """

    comparison_operator: None | str | Unset = UNSET
    cooldown_seconds: int | None | Unset = UNSET
    evaluation_minutes: int | None | Unset = UNSET
    metric_method: None | str | Unset = UNSET
    metric_type: None | str | Unset = UNSET
    scale_method: None | str | Unset = UNSET
    scale_type: None | str | Unset = UNSET
    scale_value: int | None | Unset = UNSET
    state: None | str | Unset = UNSET
    threshold: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparison_operator: None | str | Unset
        if isinstance(self.comparison_operator, Unset):
            comparison_operator = UNSET
        else:
            comparison_operator = self.comparison_operator

        cooldown_seconds: int | None | Unset
        if isinstance(self.cooldown_seconds, Unset):
            cooldown_seconds = UNSET
        else:
            cooldown_seconds = self.cooldown_seconds

        evaluation_minutes: int | None | Unset
        if isinstance(self.evaluation_minutes, Unset):
            evaluation_minutes = UNSET
        else:
            evaluation_minutes = self.evaluation_minutes

        metric_method: None | str | Unset
        if isinstance(self.metric_method, Unset):
            metric_method = UNSET
        else:
            metric_method = self.metric_method

        metric_type: None | str | Unset
        if isinstance(self.metric_type, Unset):
            metric_type = UNSET
        else:
            metric_type = self.metric_type

        scale_method: None | str | Unset
        if isinstance(self.scale_method, Unset):
            scale_method = UNSET
        else:
            scale_method = self.scale_method

        scale_type: None | str | Unset
        if isinstance(self.scale_type, Unset):
            scale_type = UNSET
        else:
            scale_type = self.scale_type

        scale_value: int | None | Unset
        if isinstance(self.scale_value, Unset):
            scale_value = UNSET
        else:
            scale_value = self.scale_value

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        threshold: int | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comparison_operator is not UNSET:
            field_dict["comparison_operator"] = comparison_operator
        if cooldown_seconds is not UNSET:
            field_dict["cooldown_seconds"] = cooldown_seconds
        if evaluation_minutes is not UNSET:
            field_dict["evaluation_minutes"] = evaluation_minutes
        if metric_method is not UNSET:
            field_dict["metric_method"] = metric_method
        if metric_type is not UNSET:
            field_dict["metric_type"] = metric_type
        if scale_method is not UNSET:
            field_dict["scale_method"] = scale_method
        if scale_type is not UNSET:
            field_dict["scale_type"] = scale_type
        if scale_value is not UNSET:
            field_dict["scale_value"] = scale_value
        if state is not UNSET:
            field_dict["state"] = state
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_comparison_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comparison_operator = _parse_comparison_operator(d.pop("comparison_operator", UNSET))

        def _parse_cooldown_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cooldown_seconds = _parse_cooldown_seconds(d.pop("cooldown_seconds", UNSET))

        def _parse_evaluation_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        evaluation_minutes = _parse_evaluation_minutes(d.pop("evaluation_minutes", UNSET))

        def _parse_metric_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric_method = _parse_metric_method(d.pop("metric_method", UNSET))

        def _parse_metric_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric_type = _parse_metric_type(d.pop("metric_type", UNSET))

        def _parse_scale_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scale_method = _parse_scale_method(d.pop("scale_method", UNSET))

        def _parse_scale_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scale_type = _parse_scale_type(d.pop("scale_type", UNSET))

        def _parse_scale_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scale_value = _parse_scale_value(d.pop("scale_value", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        auto_scaling_group_policy_update_request_v1_dot_2 = cls(
            comparison_operator=comparison_operator,
            cooldown_seconds=cooldown_seconds,
            evaluation_minutes=evaluation_minutes,
            metric_method=metric_method,
            metric_type=metric_type,
            scale_method=scale_method,
            scale_type=scale_type,
            scale_value=scale_value,
            state=state,
            threshold=threshold,
        )

        auto_scaling_group_policy_update_request_v1_dot_2.additional_properties = d
        return auto_scaling_group_policy_update_request_v1_dot_2

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
