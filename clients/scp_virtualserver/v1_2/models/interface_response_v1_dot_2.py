from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interface_attachment_fixed_ip import InterfaceAttachmentFixedIp
    from ..models.private_static_nat import PrivateStaticNat
    from ..models.public_static_nat import PublicStaticNat


T = TypeVar("T", bound="InterfaceResponseV1Dot2")


@_attrs_define
class InterfaceResponseV1Dot2:
    """A network interface (port) of a server; from 1.2 it says whether it is the default.

    Attributes:
        fixed_ips (list[InterfaceAttachmentFixedIp]): The interface's fixed IP addresses.
        mac_addr (str): MAC address.
        port_id (str): Port ID.
        port_state (str): State of the port.
        subnet_id (str): Subnet of the interface.
        is_default (bool): Whether this is the server's default interface. API 1.2+.
        private_static_nat (PrivateStaticNat | Unset): A private static NAT on a network interface.
        static_nat (PublicStaticNat | Unset): A public static NAT on a network interface.
    """

    fixed_ips: list[InterfaceAttachmentFixedIp]
    mac_addr: str
    port_id: str
    port_state: str
    subnet_id: str
    is_default: bool
    private_static_nat: PrivateStaticNat | Unset = UNSET
    static_nat: PublicStaticNat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fixed_ips = []
        for fixed_ips_item_data in self.fixed_ips:
            fixed_ips_item = fixed_ips_item_data.to_dict()
            fixed_ips.append(fixed_ips_item)

        mac_addr = self.mac_addr

        port_id = self.port_id

        port_state = self.port_state

        subnet_id = self.subnet_id

        is_default = self.is_default

        private_static_nat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private_static_nat, Unset):
            private_static_nat = self.private_static_nat.to_dict()

        static_nat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.static_nat, Unset):
            static_nat = self.static_nat.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fixed_ips": fixed_ips,
                "mac_addr": mac_addr,
                "port_id": port_id,
                "port_state": port_state,
                "subnet_id": subnet_id,
                "is_default": is_default,
            }
        )
        if private_static_nat is not UNSET:
            field_dict["private_static_nat"] = private_static_nat
        if static_nat is not UNSET:
            field_dict["static_nat"] = static_nat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interface_attachment_fixed_ip import InterfaceAttachmentFixedIp  # noqa: PLC0415
        from ..models.private_static_nat import PrivateStaticNat  # noqa: PLC0415
        from ..models.public_static_nat import PublicStaticNat  # noqa: PLC0415

        d = dict(src_dict)
        fixed_ips = []
        _fixed_ips = d.pop("fixed_ips")
        for fixed_ips_item_data in _fixed_ips:
            fixed_ips_item = InterfaceAttachmentFixedIp.from_dict(fixed_ips_item_data)

            fixed_ips.append(fixed_ips_item)

        mac_addr = d.pop("mac_addr")

        port_id = d.pop("port_id")

        port_state = d.pop("port_state")

        subnet_id = d.pop("subnet_id")

        is_default = d.pop("is_default")

        _private_static_nat = d.pop("private_static_nat", UNSET)
        private_static_nat: PrivateStaticNat | Unset
        if isinstance(_private_static_nat, Unset):
            private_static_nat = UNSET
        else:
            private_static_nat = PrivateStaticNat.from_dict(_private_static_nat)

        _static_nat = d.pop("static_nat", UNSET)
        static_nat: PublicStaticNat | Unset
        if isinstance(_static_nat, Unset):
            static_nat = UNSET
        else:
            static_nat = PublicStaticNat.from_dict(_static_nat)

        interface_response_v1_dot_2 = cls(
            fixed_ips=fixed_ips,
            mac_addr=mac_addr,
            port_id=port_id,
            port_state=port_state,
            subnet_id=subnet_id,
            is_default=is_default,
            private_static_nat=private_static_nat,
            static_nat=static_nat,
        )

        interface_response_v1_dot_2.additional_properties = d
        return interface_response_v1_dot_2

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
