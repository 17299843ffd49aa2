from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_scaling_group_lb_server_group_show_response import (
        AutoScalingGroupLbServerGroupShowResponse,
    )


T = TypeVar("T", bound="AutoScalingGroupLbServerGroupListResponse")


@_attrs_define
class AutoScalingGroupLbServerGroupListResponse:
    """One page of an Auto-Scaling Group's load balancer server groups.

    Attributes:
        count (int): Number of entries.
        lb_server_groups (list[AutoScalingGroupLbServerGroupShowResponse]): The entries.
    """

    count: int
    lb_server_groups: list[AutoScalingGroupLbServerGroupShowResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        lb_server_groups = []
        for lb_server_groups_item_data in self.lb_server_groups:
            lb_server_groups_item = lb_server_groups_item_data.to_dict()
            lb_server_groups.append(lb_server_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "lb_server_groups": lb_server_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling_group_lb_server_group_show_response import (
            AutoScalingGroupLbServerGroupShowResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")

        lb_server_groups = []
        _lb_server_groups = d.pop("lb_server_groups")
        for lb_server_groups_item_data in _lb_server_groups:
            lb_server_groups_item = AutoScalingGroupLbServerGroupShowResponse.from_dict(
                lb_server_groups_item_data
            )

            lb_server_groups.append(lb_server_groups_item)

        auto_scaling_group_lb_server_group_list_response = cls(
            count=count,
            lb_server_groups=lb_server_groups,
        )

        auto_scaling_group_lb_server_group_list_response.additional_properties = d
        return auto_scaling_group_lb_server_group_list_response

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
