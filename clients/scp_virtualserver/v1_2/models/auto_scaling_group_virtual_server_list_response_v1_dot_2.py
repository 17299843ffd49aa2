from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_scaling_group_virtual_server_show_response_v1_dot_2 import (
        AutoScalingGroupVirtualServerShowResponseV1Dot2,
    )


T = TypeVar("T", bound="AutoScalingGroupVirtualServerListResponseV1Dot2")


@_attrs_define
class AutoScalingGroupVirtualServerListResponseV1Dot2:
    """One page of the servers an Auto-Scaling Group runs (API 1.2+).

    Attributes:
        servers (list[AutoScalingGroupVirtualServerShowResponseV1Dot2]): The servers.
    """

    servers: list[AutoScalingGroupVirtualServerShowResponseV1Dot2]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        servers = []
        for servers_item_data in self.servers:
            servers_item = servers_item_data.to_dict()
            servers.append(servers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "servers": servers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling_group_virtual_server_show_response_v1_dot_2 import (
            AutoScalingGroupVirtualServerShowResponseV1Dot2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        servers = []
        _servers = d.pop("servers")
        for servers_item_data in _servers:
            servers_item = AutoScalingGroupVirtualServerShowResponseV1Dot2.from_dict(
                servers_item_data
            )

            servers.append(servers_item)

        auto_scaling_group_virtual_server_list_response_v1_dot_2 = cls(
            servers=servers,
        )

        auto_scaling_group_virtual_server_list_response_v1_dot_2.additional_properties = d
        return auto_scaling_group_virtual_server_list_response_v1_dot_2

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
