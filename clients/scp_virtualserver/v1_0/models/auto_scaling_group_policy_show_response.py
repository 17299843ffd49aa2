from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoScalingGroupPolicyShowResponse")


@_attrs_define
class AutoScalingGroupPolicyShowResponse:
    """A scaling policy.

    Attributes:
        account_id (str): Account that owns the group.
        auto_scaling_group_id (str): The Auto-Scaling Group.
        comparison_operator (str): How the metric is compared with the threshold: `ge`, `gt`, `le` or `lt`.
        cooldown_seconds (int): Seconds to wait after scaling before the policy may act again.
        created_at (datetime.datetime): When the policy was created.
        created_by (str): User who created the policy.
        evaluation_minutes (int): Minutes the condition must hold before the policy acts.
        id (str): Policy ID.
        metric_method (str): How the metric is aggregated: `AVG`, `MIN` or `MAX`.
        metric_type (str): The metric watched (such as `CPU`).
        modified_at (datetime.datetime): When the policy last changed.
        modified_by (str): User who last changed the policy.
        name (str): Policy name.
        scale_method (str): How `scale_value` is read: `AMOUNT`, `PERCENTAGE` or `FIXED`.
        scale_type (str): Direction: `SCALE_OUT` or `SCALE_IN`.
        scale_value (int): How much to scale, as `scale_method` says.
        state (str): Whether the policy is on (`ACTIVE`) or off.
        threshold (int): The value the metric is compared with.
        threshold_unit (str): Unit of the threshold (such as `%`).
    """

    account_id: str
    auto_scaling_group_id: str
    comparison_operator: str
    cooldown_seconds: int
    created_at: datetime.datetime
    created_by: str
    evaluation_minutes: int
    id: str
    metric_method: str
    metric_type: str
    modified_at: datetime.datetime
    modified_by: str
    name: str
    scale_method: str
    scale_type: str
    scale_value: int
    state: str
    threshold: int
    threshold_unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        auto_scaling_group_id = self.auto_scaling_group_id

        comparison_operator = self.comparison_operator

        cooldown_seconds = self.cooldown_seconds

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        evaluation_minutes = self.evaluation_minutes

        id = self.id

        metric_method = self.metric_method

        metric_type = self.metric_type

        modified_at = self.modified_at.isoformat()

        modified_by = self.modified_by

        name = self.name

        scale_method = self.scale_method

        scale_type = self.scale_type

        scale_value = self.scale_value

        state = self.state

        threshold = self.threshold

        threshold_unit = self.threshold_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "auto_scaling_group_id": auto_scaling_group_id,
                "comparison_operator": comparison_operator,
                "cooldown_seconds": cooldown_seconds,
                "created_at": created_at,
                "created_by": created_by,
                "evaluation_minutes": evaluation_minutes,
                "id": id,
                "metric_method": metric_method,
                "metric_type": metric_type,
                "modified_at": modified_at,
                "modified_by": modified_by,
                "name": name,
                "scale_method": scale_method,
                "scale_type": scale_type,
                "scale_value": scale_value,
                "state": state,
                "threshold": threshold,
                "threshold_unit": threshold_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        auto_scaling_group_id = d.pop("auto_scaling_group_id")

        comparison_operator = d.pop("comparison_operator")

        cooldown_seconds = d.pop("cooldown_seconds")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        evaluation_minutes = d.pop("evaluation_minutes")

        id = d.pop("id")

        metric_method = d.pop("metric_method")

        metric_type = d.pop("metric_type")

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        modified_by = d.pop("modified_by")

        name = d.pop("name")

        scale_method = d.pop("scale_method")

        scale_type = d.pop("scale_type")

        scale_value = d.pop("scale_value")

        state = d.pop("state")

        threshold = d.pop("threshold")

        threshold_unit = d.pop("threshold_unit")

        auto_scaling_group_policy_show_response = cls(
            account_id=account_id,
            auto_scaling_group_id=auto_scaling_group_id,
            comparison_operator=comparison_operator,
            cooldown_seconds=cooldown_seconds,
            created_at=created_at,
            created_by=created_by,
            evaluation_minutes=evaluation_minutes,
            id=id,
            metric_method=metric_method,
            metric_type=metric_type,
            modified_at=modified_at,
            modified_by=modified_by,
            name=name,
            scale_method=scale_method,
            scale_type=scale_type,
            scale_value=scale_value,
            state=state,
            threshold=threshold,
            threshold_unit=threshold_unit,
        )

        auto_scaling_group_policy_show_response.additional_properties = d
        return auto_scaling_group_policy_show_response

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
