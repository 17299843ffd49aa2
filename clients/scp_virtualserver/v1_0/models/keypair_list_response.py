from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.keypair import Keypair


T = TypeVar("T", bound="KeypairListResponse")


@_attrs_define
class KeypairListResponse:
    """A page of key pairs.

    Attributes:
        keypairs (list[Keypair]):
    """

    keypairs: list[Keypair]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keypairs = []
        for keypairs_item_data in self.keypairs:
            keypairs_item = keypairs_item_data.to_dict()
            keypairs.append(keypairs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keypairs": keypairs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keypair import Keypair  # noqa: PLC0415

        d = dict(src_dict)
        keypairs = []
        _keypairs = d.pop("keypairs")
        for keypairs_item_data in _keypairs:
            keypairs_item = Keypair.from_dict(keypairs_item_data)

            keypairs.append(keypairs_item)

        keypair_list_response = cls(
            keypairs=keypairs,
        )

        keypair_list_response.additional_properties = d
        return keypair_list_response

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
