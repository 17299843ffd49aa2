from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerPrivateStaticNatCreateRequest")


@_attrs_define
class ServerPrivateStaticNatCreateRequest:
    """The Private NAT and its IP to map to the interface.

    Attributes:
        private_nat_id (str): Private NAT ID.
        private_nat_ip_id (str): Private NAT IP ID.
    """

    private_nat_id: str
    private_nat_ip_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private_nat_id = self.private_nat_id

        private_nat_ip_id = self.private_nat_ip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "private_nat_id": private_nat_id,
                "private_nat_ip_id": private_nat_ip_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        private_nat_id = d.pop("private_nat_id")

        private_nat_ip_id = d.pop("private_nat_ip_id")

        server_private_static_nat_create_request = cls(
            private_nat_id=private_nat_id,
            private_nat_ip_id=private_nat_ip_id,
        )

        server_private_static_nat_create_request.additional_properties = d
        return server_private_static_nat_create_request

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
