from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Network")


@_attrs_define
class Network:
    """One network attachment of a new server, by subnet or by existing port.

    Attributes:
        fixed_ip (None | str | Unset): IP address to take in the subnet.
        port_id (None | str | Unset): Existing port to use.
        public_ip_id (None | str | Unset): Public IP to attach.
        subnet_id (None | str | Unset): Subnet to attach to.
    """

    fixed_ip: None | str | Unset = UNSET
    port_id: None | str | Unset = UNSET
    public_ip_id: None | str | Unset = UNSET
    subnet_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fixed_ip: None | str | Unset
        if isinstance(self.fixed_ip, Unset):
            fixed_ip = UNSET
        else:
            fixed_ip = self.fixed_ip

        port_id: None | str | Unset
        if isinstance(self.port_id, Unset):
            port_id = UNSET
        else:
            port_id = self.port_id

        public_ip_id: None | str | Unset
        if isinstance(self.public_ip_id, Unset):
            public_ip_id = UNSET
        else:
            public_ip_id = self.public_ip_id

        subnet_id: None | str | Unset
        if isinstance(self.subnet_id, Unset):
            subnet_id = UNSET
        else:
            subnet_id = self.subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fixed_ip is not UNSET:
            field_dict["fixed_ip"] = fixed_ip
        if port_id is not UNSET:
            field_dict["port_id"] = port_id
        if public_ip_id is not UNSET:
            field_dict["public_ip_id"] = public_ip_id
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_fixed_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fixed_ip = _parse_fixed_ip(d.pop("fixed_ip", UNSET))

        def _parse_port_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_id = _parse_port_id(d.pop("port_id", UNSET))

        def _parse_public_ip_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_ip_id = _parse_public_ip_id(d.pop("public_ip_id", UNSET))

        def _parse_subnet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subnet_id = _parse_subnet_id(d.pop("subnet_id", UNSET))

        network = cls(
            fixed_ip=fixed_ip,
            port_id=port_id,
            public_ip_id=public_ip_id,
            subnet_id=subnet_id,
        )

        network.additional_properties = d
        return network

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
