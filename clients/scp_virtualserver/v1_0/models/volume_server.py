from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VolumeServer")


@_attrs_define
class VolumeServer:
    """A server a volume is attached to.

    Attributes:
        attached_at (datetime.datetime): When the volume was attached.
        device (str): Device name on the server (such as `/dev/vdb`).
        id (str): Server ID.
    """

    attached_at: datetime.datetime
    device: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attached_at = self.attached_at.isoformat()

        device = self.device

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attached_at": attached_at,
                "device": device,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attached_at = datetime.datetime.fromisoformat(d.pop("attached_at"))

        device = d.pop("device")

        id = d.pop("id")

        volume_server = cls(
            attached_at=attached_at,
            device=device,
            id=id,
        )

        volume_server.additional_properties = d
        return volume_server

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
