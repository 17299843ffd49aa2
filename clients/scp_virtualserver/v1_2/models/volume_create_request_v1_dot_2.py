from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="VolumeCreateRequestV1Dot2")


@_attrs_define
class VolumeCreateRequestV1Dot2:
    """A new volume, with optional QoS limits (1.2 on).

    Attributes:
        name (str): Volume name (letters, digits, spaces, `-` and `_`).
        size (int): Volume size, in GiB; a multiple of 8.
        snapshot_id (None | str | Unset): Snapshot to create the volume from.
        tags (list[Tag] | None | Unset): Tags to attach to the volume.
        volume_type (None | str | Unset): Volume type name; the default type when left out.
        max_iops (int | None | Unset): QoS limit on I/O operations per second.
        max_throughput (int | None | Unset): QoS limit on throughput.
    """

    name: str
    size: int
    snapshot_id: None | str | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    volume_type: None | str | Unset = UNSET
    max_iops: int | None | Unset = UNSET
    max_throughput: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        snapshot_id: None | str | Unset
        if isinstance(self.snapshot_id, Unset):
            snapshot_id = UNSET
        else:
            snapshot_id = self.snapshot_id

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        volume_type: None | str | Unset
        if isinstance(self.volume_type, Unset):
            volume_type = UNSET
        else:
            volume_type = self.volume_type

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
                "name": name,
                "size": size,
            }
        )
        if snapshot_id is not UNSET:
            field_dict["snapshot_id"] = snapshot_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if volume_type is not UNSET:
            field_dict["volume_type"] = volume_type
        if max_iops is not UNSET:
            field_dict["max_iops"] = max_iops
        if max_throughput is not UNSET:
            field_dict["max_throughput"] = max_throughput

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        size = d.pop("size")

        def _parse_snapshot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snapshot_id = _parse_snapshot_id(d.pop("snapshot_id", UNSET))

        def _parse_tags(data: object) -> list[Tag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = Tag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Tag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_volume_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_type = _parse_volume_type(d.pop("volume_type", UNSET))

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

        volume_create_request_v1_dot_2 = cls(
            name=name,
            size=size,
            snapshot_id=snapshot_id,
            tags=tags,
            volume_type=volume_type,
            max_iops=max_iops,
            max_throughput=max_throughput,
        )

        volume_create_request_v1_dot_2.additional_properties = d
        return volume_create_request_v1_dot_2

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
