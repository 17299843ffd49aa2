from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_scaling_group_v1_dot_2 import AutoScalingGroupV1Dot2


T = TypeVar("T", bound="AutoScalingGroupListResponseV1Dot2")


@_attrs_define
class AutoScalingGroupListResponseV1Dot2:
    """One page of Auto-Scaling Groups (API 1.2+).

    Attributes:
        auto_scaling_groups (list[AutoScalingGroupV1Dot2]): The groups.
        count (int): Number of matching groups.
    """

    auto_scaling_groups: list[AutoScalingGroupV1Dot2]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_scaling_groups = []
        for auto_scaling_groups_item_data in self.auto_scaling_groups:
            auto_scaling_groups_item = auto_scaling_groups_item_data.to_dict()
            auto_scaling_groups.append(auto_scaling_groups_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auto_scaling_groups": auto_scaling_groups,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling_group_v1_dot_2 import AutoScalingGroupV1Dot2  # noqa: PLC0415

        d = dict(src_dict)
        auto_scaling_groups = []
        _auto_scaling_groups = d.pop("auto_scaling_groups")
        for auto_scaling_groups_item_data in _auto_scaling_groups:
            auto_scaling_groups_item = AutoScalingGroupV1Dot2.from_dict(
                auto_scaling_groups_item_data
            )

            auto_scaling_groups.append(auto_scaling_groups_item)

        count = d.pop("count")

        auto_scaling_group_list_response_v1_dot_2 = cls(
            auto_scaling_groups=auto_scaling_groups,
            count=count,
        )

        auto_scaling_group_list_response_v1_dot_2.additional_properties = d
        return auto_scaling_group_list_response_v1_dot_2

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
