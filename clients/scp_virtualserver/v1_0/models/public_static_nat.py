from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicStaticNat")


@_attrs_define
class PublicStaticNat:
    """A public static NAT on a network interface.

    Attributes:
        external_ip_address (str): The public address.
        id (str): NAT ID.
        state (str): State of the NAT.
        publicip_id (None | str | Unset): The public IP used.
    """

    external_ip_address: str
    id: str
    state: str
    publicip_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_ip_address = self.external_ip_address

        id = self.id

        state = self.state

        publicip_id: None | str | Unset
        if isinstance(self.publicip_id, Unset):
            publicip_id = UNSET
        else:
            publicip_id = self.publicip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_ip_address": external_ip_address,
                "id": id,
                "state": state,
            }
        )
        if publicip_id is not UNSET:
            field_dict["publicip_id"] = publicip_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_ip_address = d.pop("external_ip_address")

        id = d.pop("id")

        state = d.pop("state")

        def _parse_publicip_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publicip_id = _parse_publicip_id(d.pop("publicip_id", UNSET))

        public_static_nat = cls(
            external_ip_address=external_ip_address,
            id=id,
            state=state,
            publicip_id=publicip_id,
        )

        public_static_nat.additional_properties = d
        return public_static_nat

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
