from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerInterfaceUpdateRequest")


@_attrs_define
class ServerInterfaceUpdateRequest:
    """The new fixed IP address of an interface.

    Attributes:
        fixed_ip_address (None | str | Unset): New fixed IP address.
        subnet_id (None | str | Unset): Subnet of the address.
    """

    fixed_ip_address: None | str | Unset = UNSET
    subnet_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fixed_ip_address: None | str | Unset
        if isinstance(self.fixed_ip_address, Unset):
            fixed_ip_address = UNSET
        else:
            fixed_ip_address = self.fixed_ip_address

        subnet_id: None | str | Unset
        if isinstance(self.subnet_id, Unset):
            subnet_id = UNSET
        else:
            subnet_id = self.subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fixed_ip_address is not UNSET:
            field_dict["fixed_ip_address"] = fixed_ip_address
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_fixed_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fixed_ip_address = _parse_fixed_ip_address(d.pop("fixed_ip_address", UNSET))

        def _parse_subnet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subnet_id = _parse_subnet_id(d.pop("subnet_id", UNSET))

        server_interface_update_request = cls(
            fixed_ip_address=fixed_ip_address,
            subnet_id=subnet_id,
        )

        server_interface_update_request.additional_properties = d
        return server_interface_update_request

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
