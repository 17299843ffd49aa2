from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.interface_response_v1_dot_2 import InterfaceResponseV1Dot2


T = TypeVar("T", bound="ServerInterfaceListResponseV1Dot2")


@_attrs_define
class ServerInterfaceListResponseV1Dot2:
    """Network interfaces of a server.

    Attributes:
        interfaces (list[InterfaceResponseV1Dot2]): The interfaces.
    """

    interfaces: list[InterfaceResponseV1Dot2]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interfaces = []
        for interfaces_item_data in self.interfaces:
            interfaces_item = interfaces_item_data.to_dict()
            interfaces.append(interfaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interfaces": interfaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interface_response_v1_dot_2 import InterfaceResponseV1Dot2  # noqa: PLC0415

        d = dict(src_dict)
        interfaces = []
        _interfaces = d.pop("interfaces")
        for interfaces_item_data in _interfaces:
            interfaces_item = InterfaceResponseV1Dot2.from_dict(interfaces_item_data)

            interfaces.append(interfaces_item)

        server_interface_list_response_v1_dot_2 = cls(
            interfaces=interfaces,
        )

        server_interface_list_response_v1_dot_2.additional_properties = d
        return server_interface_list_response_v1_dot_2

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
