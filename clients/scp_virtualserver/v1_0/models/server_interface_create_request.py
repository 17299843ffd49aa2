from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interface_attachment_fixed_ip import InterfaceAttachmentFixedIp


T = TypeVar("T", bound="ServerInterfaceCreateRequest")


@_attrs_define
class ServerInterfaceCreateRequest:
    """The interface to attach, by subnet or by existing port.

    Attributes:
        fixed_ips (list[InterfaceAttachmentFixedIp] | None | Unset): Fixed addresses to take in the subnet.
        port_id (None | str | Unset): Existing port to attach.
        subnet_id (None | str | Unset): Subnet to create the port in.
    """

    fixed_ips: list[InterfaceAttachmentFixedIp] | None | Unset = UNSET
    port_id: None | str | Unset = UNSET
    subnet_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fixed_ips: list[dict[str, Any]] | None | Unset
        if isinstance(self.fixed_ips, Unset):
            fixed_ips = UNSET
        elif isinstance(self.fixed_ips, list):
            fixed_ips = []
            for fixed_ips_type_0_item_data in self.fixed_ips:
                fixed_ips_type_0_item = fixed_ips_type_0_item_data.to_dict()
                fixed_ips.append(fixed_ips_type_0_item)

        else:
            fixed_ips = self.fixed_ips

        port_id: None | str | Unset
        if isinstance(self.port_id, Unset):
            port_id = UNSET
        else:
            port_id = self.port_id

        subnet_id: None | str | Unset
        if isinstance(self.subnet_id, Unset):
            subnet_id = UNSET
        else:
            subnet_id = self.subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fixed_ips is not UNSET:
            field_dict["fixed_ips"] = fixed_ips
        if port_id is not UNSET:
            field_dict["port_id"] = port_id
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interface_attachment_fixed_ip import InterfaceAttachmentFixedIp  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_fixed_ips(data: object) -> list[InterfaceAttachmentFixedIp] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fixed_ips_type_0 = []
                _fixed_ips_type_0 = data
                for fixed_ips_type_0_item_data in _fixed_ips_type_0:
                    fixed_ips_type_0_item = InterfaceAttachmentFixedIp.from_dict(
                        fixed_ips_type_0_item_data
                    )

                    fixed_ips_type_0.append(fixed_ips_type_0_item)

                return fixed_ips_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InterfaceAttachmentFixedIp] | None | Unset, data)

        fixed_ips = _parse_fixed_ips(d.pop("fixed_ips", UNSET))

        def _parse_port_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_id = _parse_port_id(d.pop("port_id", UNSET))

        def _parse_subnet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subnet_id = _parse_subnet_id(d.pop("subnet_id", UNSET))

        server_interface_create_request = cls(
            fixed_ips=fixed_ips,
            port_id=port_id,
            subnet_id=subnet_id,
        )

        server_interface_create_request.additional_properties = d
        return server_interface_create_request

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
