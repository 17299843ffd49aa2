from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_reboot_type import ServerRebootType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerRebootRequestBody")


@_attrs_define
class ServerRebootRequestBody:
    """How to reboot a server.

    Attributes:
        reboot_type (ServerRebootType | Unset): SOFT: shut down and start again gracefully. HARD: reset at once.
    """

    reboot_type: ServerRebootType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reboot_type: str | Unset = UNSET
        if not isinstance(self.reboot_type, Unset):
            reboot_type = self.reboot_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reboot_type is not UNSET:
            field_dict["reboot_type"] = reboot_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reboot_type = d.pop("reboot_type", UNSET)
        reboot_type: ServerRebootType | Unset
        if isinstance(_reboot_type, Unset):
            reboot_type = UNSET
        else:
            reboot_type = ServerRebootType(_reboot_type)

        server_reboot_request_body = cls(
            reboot_type=reboot_type,
        )

        server_reboot_request_body.additional_properties = d
        return server_reboot_request_body

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
