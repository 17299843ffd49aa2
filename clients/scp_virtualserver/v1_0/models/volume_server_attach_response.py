from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VolumeServerAttachResponse")


@_attrs_define
class VolumeServerAttachResponse:
    """An attachment of a volume to a server.

    Attributes:
        delete_on_termination (bool): Whether the volume is deleted with the server.
        device (str): Device name on the server.
        server_id (str): Server ID.
        volume_id (str): Volume ID.
    """

    delete_on_termination: bool
    device: str
    server_id: str
    volume_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_on_termination = self.delete_on_termination

        device = self.device

        server_id = self.server_id

        volume_id = self.volume_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delete_on_termination": delete_on_termination,
                "device": device,
                "server_id": server_id,
                "volume_id": volume_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delete_on_termination = d.pop("delete_on_termination")

        device = d.pop("device")

        server_id = d.pop("server_id")

        volume_id = d.pop("volume_id")

        volume_server_attach_response = cls(
            delete_on_termination=delete_on_termination,
            device=device,
            server_id=server_id,
            volume_id=volume_id,
        )

        volume_server_attach_response.additional_properties = d
        return volume_server_attach_response

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
