from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerQuotaSetObject")


@_attrs_define
class ServerQuotaSetObject:
    """One server quota and its use.

    Attributes:
        in_use (int): How much is used.
        limit (int): The most allowed.
        reserved (int): How much is held for work under way.
    """

    in_use: int
    limit: int
    reserved: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_use = self.in_use

        limit = self.limit

        reserved = self.reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in_use": in_use,
                "limit": limit,
                "reserved": reserved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_use = d.pop("in_use")

        limit = d.pop("limit")

        reserved = d.pop("reserved")

        server_quota_set_object = cls(
            in_use=in_use,
            limit=limit,
            reserved=reserved,
        )

        server_quota_set_object.additional_properties = d
        return server_quota_set_object

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
