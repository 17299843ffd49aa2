from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkRequest")


@_attrs_define
class NetworkRequest:
    """
    Attributes:
        subnet_id (str | Unset):
        port_id (str | Unset):
        fixed_ip (str | Unset):
        public_ip_id (str | Unset):
    """

    subnet_id: str | Unset = UNSET
    port_id: str | Unset = UNSET
    fixed_ip: str | Unset = UNSET
    public_ip_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subnet_id = self.subnet_id

        port_id = self.port_id

        fixed_ip = self.fixed_ip

        public_ip_id = self.public_ip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id
        if port_id is not UNSET:
            field_dict["port_id"] = port_id
        if fixed_ip is not UNSET:
            field_dict["fixed_ip"] = fixed_ip
        if public_ip_id is not UNSET:
            field_dict["public_ip_id"] = public_ip_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subnet_id = d.pop("subnet_id", UNSET)

        port_id = d.pop("port_id", UNSET)

        fixed_ip = d.pop("fixed_ip", UNSET)

        public_ip_id = d.pop("public_ip_id", UNSET)

        network_request = cls(
            subnet_id=subnet_id,
            port_id=port_id,
            fixed_ip=fixed_ip,
            public_ip_id=public_ip_id,
        )

        network_request.additional_properties = d
        return network_request

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
