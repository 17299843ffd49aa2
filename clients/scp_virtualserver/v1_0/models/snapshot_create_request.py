from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snapshot_create_request_metadata_type_0 import (
        SnapshotCreateRequestMetadataType0,
    )


T = TypeVar("T", bound="SnapshotCreateRequest")


@_attrs_define
class SnapshotCreateRequest:
    """A snapshot to take.

    Attributes:
        name (str): Name of the snapshot (letters, digits, space, `-` and `_`).
        volume_id (str): The volume to take the snapshot of.
        description (None | str | Unset): Free text about the snapshot.
        force (bool | None | Unset): Whether to take the snapshot even while the volume is attached to a server.
        metadata (None | SnapshotCreateRequestMetadataType0 | Unset): Key-value metadata to store with the snapshot.
    """

    name: str
    volume_id: str
    description: None | str | Unset = UNSET
    force: bool | None | Unset = UNSET
    metadata: None | SnapshotCreateRequestMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.snapshot_create_request_metadata_type_0 import (
            SnapshotCreateRequestMetadataType0,  # noqa: PLC0415
        )

        name = self.name

        volume_id = self.volume_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        force: bool | None | Unset
        if isinstance(self.force, Unset):
            force = UNSET
        else:
            force = self.force

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SnapshotCreateRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "volume_id": volume_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if force is not UNSET:
            field_dict["force"] = force
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snapshot_create_request_metadata_type_0 import (
            SnapshotCreateRequestMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        volume_id = d.pop("volume_id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_force(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        force = _parse_force(d.pop("force", UNSET))

        def _parse_metadata(data: object) -> None | SnapshotCreateRequestMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = SnapshotCreateRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SnapshotCreateRequestMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        snapshot_create_request = cls(
            name=name,
            volume_id=volume_id,
            description=description,
            force=force,
            metadata=metadata,
        )

        snapshot_create_request.additional_properties = d
        return snapshot_create_request

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
