from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeypairCreateResponse")


@_attrs_define
class KeypairCreateResponse:
    """A new key pair.

    Attributes:
        fingerprint (str): Fingerprint of the public key.
        name (str): Key pair name.
        public_key (str): The public key.
        type_ (str): Kind of key, such as ssh.
        private_key (None | str | Unset): The generated private key (null when a public key was imported).
    """

    fingerprint: str
    name: str
    public_key: str
    type_: str
    private_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fingerprint = self.fingerprint

        name = self.name

        public_key = self.public_key

        type_ = self.type_

        private_key: None | str | Unset
        if isinstance(self.private_key, Unset):
            private_key = UNSET
        else:
            private_key = self.private_key

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
        if private_key is not UNSET:
            field_dict["private_key"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fingerprint = d.pop("fingerprint")

        name = d.pop("name")

        public_key = d.pop("public_key")

        type_ = d.pop("type")

        def _parse_private_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        private_key = _parse_private_key(d.pop("private_key", UNSET))

        keypair_create_response = cls(
            fingerprint=fingerprint,
            name=name,
            public_key=public_key,
            type_=type_,
            private_key=private_key,
        )

        keypair_create_response.additional_properties = d
        return keypair_create_response

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
