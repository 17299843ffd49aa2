from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LaunchConfigurationVolumeV1Dot2")


@_attrs_define
class LaunchConfigurationVolumeV1Dot2:
    """A volume of a launch configuration, with its QoS limits (API 1.2+).

    Attributes:
        boot_index (int): Boot order of the volume; 0 is the boot volume.
        size (int): Volume size, in GiB.
        type_ (None | str | Unset): Volume type name.
        max_iops (int | None | Unset): QoS limit on I/O operations per second.
        max_throughput (int | None | Unset): QoS limit on throughput.
    """

    boot_index: int
    size: int
    type_: None | str | Unset = UNSET
    max_iops: int | None | Unset = UNSET
    max_throughput: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boot_index = self.boot_index

        size = self.size

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

        launch_configuration_volume_v1_dot_2 = cls(
            boot_index=boot_index,
            size=size,
            type_=type_,
            max_iops=max_iops,
            max_throughput=max_throughput,
        )

        launch_configuration_volume_v1_dot_2.additional_properties = d
        return launch_configuration_volume_v1_dot_2

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
