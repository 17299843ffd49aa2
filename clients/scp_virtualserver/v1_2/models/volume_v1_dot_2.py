from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_source_type import VolumeSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeV1Dot2")


@_attrs_define
class VolumeV1Dot2:
    """A block storage volume to create with a new server. From 1.2 it may set its QoS limits.

    Attributes:
        boot_index (int): Boot order of the volume (0 for the boot volume).
        size (int): Volume size, in GB.
        delete_on_termination (bool | None | Unset): Whether the volume is deleted together with the server.
        source_type (VolumeSourceType | Unset): What a new volume starts from, an empty disk or the image.
        type_ (None | str | Unset): Volume type.
        max_iops (int | None | Unset): Largest number of I/O operations per second. API 1.2+.
        max_throughput (int | None | Unset): Largest throughput, in MB/s. API 1.2+.
    """

    boot_index: int
    size: int
    delete_on_termination: bool | None | Unset = UNSET
    source_type: VolumeSourceType | Unset = UNSET
    type_: None | str | Unset = UNSET
    max_iops: int | None | Unset = UNSET
    max_throughput: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boot_index = self.boot_index

        size = self.size

        delete_on_termination: bool | None | Unset
        if isinstance(self.delete_on_termination, Unset):
            delete_on_termination = UNSET
        else:
            delete_on_termination = self.delete_on_termination

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        max_iops: int | None | Unset
        if isinstance(self.max_iops, Unset):
            max_iops = UNSET
        else:
            max_iops = self.max_iops

        max_throughput: int | None | Unset
        if isinstance(self.max_throughput, Unset):
            max_throughput = UNSET
        else:
            max_throughput = self.max_throughput

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boot_index": boot_index,
                "size": size,
            }
        )
        if delete_on_termination is not UNSET:
            field_dict["delete_on_termination"] = delete_on_termination
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if max_iops is not UNSET:
            field_dict["max_iops"] = max_iops
        if max_throughput is not UNSET:
            field_dict["max_throughput"] = max_throughput

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        boot_index = d.pop("boot_index")

        size = d.pop("size")

        def _parse_delete_on_termination(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        delete_on_termination = _parse_delete_on_termination(d.pop("delete_on_termination", UNSET))

        _source_type = d.pop("source_type", UNSET)
        source_type: VolumeSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = VolumeSourceType(_source_type)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_max_iops(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_iops = _parse_max_iops(d.pop("max_iops", UNSET))

        def _parse_max_throughput(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_throughput = _parse_max_throughput(d.pop("max_throughput", UNSET))

        volume_v1_dot_2 = cls(
            boot_index=boot_index,
            size=size,
            delete_on_termination=delete_on_termination,
            source_type=source_type,
            type_=type_,
            max_iops=max_iops,
            max_throughput=max_throughput,
        )

        volume_v1_dot_2.additional_properties = d
        return volume_v1_dot_2

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
