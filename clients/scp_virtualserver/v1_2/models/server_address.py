from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_ip_address import ServerIpAddress


T = TypeVar("T", bound="ServerAddress")


@_attrs_define
class ServerAddress:
    """
    Attributes:
        subnet_name (str):
        ip_addresses (list[ServerIpAddress]):
    """

    subnet_name: str
    ip_addresses: list[ServerIpAddress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subnet_name = self.subnet_name

        ip_addresses = []
        for ip_addresses_item_data in self.ip_addresses:
            ip_addresses_item = ip_addresses_item_data.to_dict()
            ip_addresses.append(ip_addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subnet_name": subnet_name,
                "ip_addresses": ip_addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_ip_address import ServerIpAddress  # noqa: PLC0415

        d = dict(src_dict)
        subnet_name = d.pop("subnet_name")

        ip_addresses = []
        _ip_addresses = d.pop("ip_addresses")
        for ip_addresses_item_data in _ip_addresses:
            ip_addresses_item = ServerIpAddress.from_dict(ip_addresses_item_data)

            ip_addresses.append(ip_addresses_item)

        server_address = cls(
            subnet_name=subnet_name,
            ip_addresses=ip_addresses,
        )

        server_address.additional_properties = d
        return server_address

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
