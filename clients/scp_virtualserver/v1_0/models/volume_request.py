from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeRequest")


@_attrs_define
class VolumeRequest:
    """
    Attributes:
        boot_index (int): 0 for the boot volume.
        size (int): Size in GB.
        type_ (str | Unset): Volume type.
        source_type (str | Unset): Where the volume comes from (image, blank).
        delete_on_termination (bool | Unset): Delete the volume with the server.
    """

    boot_index: int
    size: int
    type_: str | Unset = UNSET
    source_type: str | Unset = UNSET
    delete_on_termination: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boot_index = self.boot_index

        size = self.size

        type_ = self.type_

        source_type = self.source_type

        delete_on_termination = self.delete_on_termination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boot_index": boot_index,
                "size": size,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if delete_on_termination is not UNSET:
            field_dict["delete_on_termination"] = delete_on_termination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        boot_index = d.pop("boot_index")

        size = d.pop("size")

        type_ = d.pop("type", UNSET)

        source_type = d.pop("source_type", UNSET)

        delete_on_termination = d.pop("delete_on_termination", UNSET)

        volume_request = cls(
            boot_index=boot_index,
            size=size,
            type_=type_,
            source_type=source_type,
            delete_on_termination=delete_on_termination,
        )

        volume_request.additional_properties = d
        return volume_request

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
