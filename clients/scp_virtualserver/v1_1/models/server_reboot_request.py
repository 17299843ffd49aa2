from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_reboot_request_reboot_type import ServerRebootRequestRebootType

T = TypeVar("T", bound="ServerRebootRequest")


@_attrs_define
class ServerRebootRequest:
    """
    Attributes:
        reboot_type (ServerRebootRequestRebootType): SOFT reboots through the guest, HARD power-cycles it.
    """

    reboot_type: ServerRebootRequestRebootType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reboot_type = self.reboot_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reboot_type": reboot_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reboot_type = ServerRebootRequestRebootType(d.pop("reboot_type"))

        server_reboot_request = cls(
            reboot_type=reboot_type,
        )

        server_reboot_request.additional_properties = d
        return server_reboot_request

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
