from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_show_response_address_ip_address import (
        ServerShowResponseAddressIpAddress,
    )


T = TypeVar("T", bound="ServerShowResponseAddress")


@_attrs_define
class ServerShowResponseAddress:
    """The IP addresses a server has in one subnet.

    Attributes:
        ip_addresses (list[ServerShowResponseAddressIpAddress]): The addresses.
        subnet_name (str): Name of the subnet.
    """

    ip_addresses: list[ServerShowResponseAddressIpAddress]
    subnet_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_addresses = []
        for ip_addresses_item_data in self.ip_addresses:
            ip_addresses_item = ip_addresses_item_data.to_dict()
            ip_addresses.append(ip_addresses_item)

        subnet_name = self.subnet_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip_addresses": ip_addresses,
                "subnet_name": subnet_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_show_response_address_ip_address import (
            ServerShowResponseAddressIpAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        ip_addresses = []
        _ip_addresses = d.pop("ip_addresses")
        for ip_addresses_item_data in _ip_addresses:
            ip_addresses_item = ServerShowResponseAddressIpAddress.from_dict(ip_addresses_item_data)

            ip_addresses.append(ip_addresses_item)

        subnet_name = d.pop("subnet_name")

        server_show_response_address = cls(
            ip_addresses=ip_addresses,
            subnet_name=subnet_name,
        )

        server_show_response_address.additional_properties = d
        return server_show_response_address

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
