from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_image_metadata_response import VolumeImageMetadataResponse
    from ..models.volume_server import VolumeServer


T = TypeVar("T", bound="VolumeShowResponse")


@_attrs_define
class VolumeShowResponse:
    """A volume. From 1.1 on `modified_at` is no longer required.

    Attributes:
        bootable (bool): Whether a server can boot from the volume.
        created_at (datetime.datetime): When the volume was created.
        encrypted (bool): Whether the volume is encrypted.
        id (str): Volume ID.
        multiattach (bool): Whether the volume can be attached to several servers at once.
        servers (list[VolumeServer]): The servers the volume is attached to.
        size (int): Volume size, in GiB.
        state (str): Volume state (such as `available`, `in-use`).
        user_id (str): Id of the user who created the volume.
        volume_type (str): Volume type name.
        volume_type_id (str): Volume type ID.
        modified_at (datetime.datetime | None | Unset): When the volume was last changed.
        name (None | str | Unset): Volume name.
        snapshot_id (None | str | Unset): Snapshot the volume was created from.
        volume_image_metadata (None | Unset | VolumeImageMetadataResponse): The image the volume was made from, for a
            boot volume (null for a blank one).
    """

    bootable: bool
    created_at: datetime.datetime
    encrypted: bool
    id: str
    multiattach: bool
    servers: list[VolumeServer]
    size: int
    state: str
    user_id: str
    volume_type: str
    volume_type_id: str
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    snapshot_id: None | str | Unset = UNSET
    volume_image_metadata: None | Unset | VolumeImageMetadataResponse = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.volume_image_metadata_response import VolumeImageMetadataResponse  # noqa: PLC0415

        bootable = self.bootable

        created_at = self.created_at.isoformat()

        encrypted = self.encrypted

        id = self.id

        multiattach = self.multiattach

        servers = []
        for servers_item_data in self.servers:
            servers_item = servers_item_data.to_dict()
            servers.append(servers_item)

        size = self.size

        state = self.state

        user_id = self.user_id

        volume_type = self.volume_type

        volume_type_id = self.volume_type_id

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        snapshot_id: None | str | Unset
        if isinstance(self.snapshot_id, Unset):
            snapshot_id = UNSET
        else:
            snapshot_id = self.snapshot_id

        volume_image_metadata: dict[str, Any] | None | Unset
        if isinstance(self.volume_image_metadata, Unset):
            volume_image_metadata = UNSET
        elif isinstance(self.volume_image_metadata, VolumeImageMetadataResponse):
            volume_image_metadata = self.volume_image_metadata.to_dict()
        else:
            volume_image_metadata = self.volume_image_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bootable": bootable,
                "created_at": created_at,
                "encrypted": encrypted,
                "id": id,
                "multiattach": multiattach,
                "servers": servers,
                "size": size,
                "state": state,
                "user_id": user_id,
                "volume_type": volume_type,
                "volume_type_id": volume_type_id,
            }
        )
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if snapshot_id is not UNSET:
            field_dict["snapshot_id"] = snapshot_id
        if volume_image_metadata is not UNSET:
            field_dict["volume_image_metadata"] = volume_image_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_image_metadata_response import VolumeImageMetadataResponse  # noqa: PLC0415
        from ..models.volume_server import VolumeServer  # noqa: PLC0415

        d = dict(src_dict)
        bootable = d.pop("bootable")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        encrypted = d.pop("encrypted")

        id = d.pop("id")

        multiattach = d.pop("multiattach")

        servers = []
        _servers = d.pop("servers")
        for servers_item_data in _servers:
            servers_item = VolumeServer.from_dict(servers_item_data)

            servers.append(servers_item)

        size = d.pop("size")

        state = d.pop("state")

        user_id = d.pop("user_id")

        volume_type = d.pop("volume_type")

        volume_type_id = d.pop("volume_type_id")

        def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_snapshot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snapshot_id = _parse_snapshot_id(d.pop("snapshot_id", UNSET))

        def _parse_volume_image_metadata(
            data: object,
        ) -> None | Unset | VolumeImageMetadataResponse:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                volume_image_metadata_type_0 = VolumeImageMetadataResponse.from_dict(data)

                return volume_image_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VolumeImageMetadataResponse, data)

        volume_image_metadata = _parse_volume_image_metadata(d.pop("volume_image_metadata", UNSET))

        volume_show_response = cls(
            bootable=bootable,
            created_at=created_at,
            encrypted=encrypted,
            id=id,
            multiattach=multiattach,
            servers=servers,
            size=size,
            state=state,
            user_id=user_id,
            volume_type=volume_type,
            volume_type_id=volume_type_id,
            modified_at=modified_at,
            name=name,
            snapshot_id=snapshot_id,
            volume_image_metadata=volume_image_metadata,
        )

        volume_show_response.additional_properties = d
        return volume_show_response

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
