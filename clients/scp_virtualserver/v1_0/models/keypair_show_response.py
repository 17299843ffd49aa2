from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KeypairShowResponse")


@_attrs_define
class KeypairShowResponse:
    """One key pair in full.

    Attributes:
        created_at (datetime.datetime): When the key pair was created.
        fingerprint (str): Fingerprint of the public key.
        id (int): Key pair ID.
        name (str): Key pair name.
        public_key (str): The public key.
        type_ (str): Kind of key, such as ssh.
        user_id (str): User who owns the key pair.
    """

    created_at: datetime.datetime
    fingerprint: str
    id: int
    name: str
    public_key: str
    type_: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        fingerprint = self.fingerprint

        id = self.id

        name = self.name

        public_key = self.public_key

        type_ = self.type_

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "fingerprint": fingerprint,
                "id": id,
                "name": name,
                "public_key": public_key,
                "type": type_,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        fingerprint = d.pop("fingerprint")

        id = d.pop("id")

        name = d.pop("name")

        public_key = d.pop("public_key")

        type_ = d.pop("type")

        user_id = d.pop("user_id")

        keypair_show_response = cls(
            created_at=created_at,
            fingerprint=fingerprint,
            id=id,
            name=name,
            public_key=public_key,
            type_=type_,
            user_id=user_id,
        )

        keypair_show_response.additional_properties = d
        return keypair_show_response

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
