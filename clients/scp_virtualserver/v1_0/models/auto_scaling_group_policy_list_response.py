from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_scaling_group_policy_show_response import (
        AutoScalingGroupPolicyShowResponse,
    )


T = TypeVar("T", bound="AutoScalingGroupPolicyListResponse")


@_attrs_define
class AutoScalingGroupPolicyListResponse:
    """One page of an Auto-Scaling Group's scaling policies.

    Attributes:
        count (int): Number of matching policies.
        policies (list[AutoScalingGroupPolicyShowResponse]): The policies.
    """

    count: int
    policies: list[AutoScalingGroupPolicyShowResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "policies": policies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling_group_policy_show_response import (
            AutoScalingGroupPolicyShowResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")

        policies = []
        _policies = d.pop("policies")
        for policies_item_data in _policies:
            policies_item = AutoScalingGroupPolicyShowResponse.from_dict(policies_item_data)

            policies.append(policies_item)

        auto_scaling_group_policy_list_response = cls(
            count=count,
            policies=policies,
        )

        auto_scaling_group_policy_list_response.additional_properties = d
        return auto_scaling_group_policy_list_response

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
