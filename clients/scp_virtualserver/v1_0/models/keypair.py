from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Keypair")


@_attrs_define
class Keypair:
    """A key pair, as listed.

    Attributes:
        fingerprint (str): Fingerprint of the public key.
        name (str): Key pair name.
        public_key (str): The public key.
        type_ (str): Kind of key, such as ssh.
    """

    fingerprint: str
    name: str
    public_key: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fingerprint = self.fingerprint

        name = self.name

        public_key = self.public_key

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fingerprint": fingerprint,
                "name": name,
                "public_key": public_key,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fingerprint = d.pop("fingerprint")

        name = d.pop("name")

        public_key = d.pop("public_key")

        type_ = d.pop("type")

        keypair = cls(
            fingerprint=fingerprint,
            name=name,
            public_key=public_key,
            type_=type_,
        )

        keypair.additional_properties = d
        return keypair

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
