from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerVolumesCreateRequest")


@_attrs_define
class ServerVolumesCreateRequest:
    """The volume to attach.

    Attributes:
        volume_id (str): Volume ID.
        delete_on_termination (bool | None | Unset): Whether the volume is deleted together with the server.
        device (None | str | Unset): Device name to attach it as.
    """

    volume_id: str
    delete_on_termination: bool | None | Unset = UNSET
    device: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_id = self.volume_id

        delete_on_termination: bool | None | Unset
        if isinstance(self.delete_on_termination, Unset):
            delete_on_termination = UNSET
        else:
            delete_on_termination = self.delete_on_termination

        device: None | str | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        else:
            device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volume_id": volume_id,
            }
        )
        if delete_on_termination is not UNSET:
            field_dict["delete_on_termination"] = delete_on_termination
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        volume_id = d.pop("volume_id")

        def _parse_delete_on_termination(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        delete_on_termination = _parse_delete_on_termination(d.pop("delete_on_termination", UNSET))

        def _parse_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        server_volumes_create_request = cls(
            volume_id=volume_id,
            delete_on_termination=delete_on_termination,
            device=device,
        )

        server_volumes_create_request.additional_properties = d
        return server_volumes_create_request

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
