from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoScalingGroupPolicyCreateRequest")


@_attrs_define
class AutoScalingGroupPolicyCreateRequest:
    """A new scaling policy.

    Attributes:
        comparison_operator (str): How the metric is compared with the threshold: `ge`, `gt`, `le` or `lt`.
        cooldown_seconds (int): Seconds to wait after scaling before the policy may act again.
        evaluation_minutes (int): Minutes the condition must hold before the policy acts.
        metric_method (str): How the metric is aggregated: `AVG`, `MIN` or `MAX`.
        metric_type (str): The metric watched. MEMORY is no longer accepted from 1.2.
        name (str): Policy name (letters, digits, `-` and `_`).
        scale_method (str): How `scale_value` is read: a number of servers to add or remove (`AMOUNT`), a percentage
            (`PERCENTAGE`) or a server count to set (`FIXED`).
        scale_type (str): Direction: `SCALE_OUT` or `SCALE_IN`.
        scale_value (int): How much to scale, as `scale_method` says.
        threshold (int): The value the metric is compared with.
    """

    comparison_operator: str
    cooldown_seconds: int
    evaluation_minutes: int
    metric_method: str
    metric_type: str
    name: str
    scale_method: str
    scale_type: str
    scale_value: int
    threshold: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparison_operator = self.comparison_operator

        cooldown_seconds = self.cooldown_seconds

        evaluation_minutes = self.evaluation_minutes

        metric_method = self.metric_method

        metric_type = self.metric_type

        name = self.name

        scale_method = self.scale_method

        scale_type = self.scale_type

        scale_value = self.scale_value

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comparison_operator": comparison_operator,
                "cooldown_seconds": cooldown_seconds,
                "evaluation_minutes": evaluation_minutes,
                "metric_method": metric_method,
                "metric_type": metric_type,
                "name": name,
                "scale_method": scale_method,
                "scale_type": scale_type,
                "scale_value": scale_value,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comparison_operator = d.pop("comparison_operator")

        cooldown_seconds = d.pop("cooldown_seconds")

        evaluation_minutes = d.pop("evaluation_minutes")

        metric_method = d.pop("metric_method")

        metric_type = d.pop("metric_type")

        name = d.pop("name")

        scale_method = d.pop("scale_method")

        scale_type = d.pop("scale_type")

        scale_value = d.pop("scale_value")

        threshold = d.pop("threshold")

        auto_scaling_group_policy_create_request = cls(
            comparison_operator=comparison_operator,
            cooldown_seconds=cooldown_seconds,
            evaluation_minutes=evaluation_minutes,
            metric_method=metric_method,
            metric_type=metric_type,
            name=name,
            scale_method=scale_method,
            scale_type=scale_type,
            scale_value=scale_value,
            threshold=threshold,
        )

        auto_scaling_group_policy_create_request.additional_properties = d
        return auto_scaling_group_policy_create_request

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
