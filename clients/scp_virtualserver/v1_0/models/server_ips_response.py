from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_show_response_address import ServerShowResponseAddress


T = TypeVar("T", bound="ServerIpsResponse")


@_attrs_define
class ServerIpsResponse:
    """A server's IP addresses, grouped by subnet.

    Attributes:
        addresses (list[ServerShowResponseAddress]): One entry per subnet.
    """

    addresses: list[ServerShowResponseAddress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_show_response_address import ServerShowResponseAddress  # noqa: PLC0415

        d = dict(src_dict)
        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = ServerShowResponseAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        server_ips_response = cls(
            addresses=addresses,
        )

        server_ips_response.additional_properties = d
        return server_ips_response

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
