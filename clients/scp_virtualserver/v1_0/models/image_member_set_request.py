from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_member_status_enum import ImageMemberStatusEnum

T = TypeVar("T", bound="ImageMemberSetRequest")


@_attrs_define
class ImageMemberSetRequest:
    """A member's new status.

    Attributes:
        status (ImageMemberStatusEnum): Where a member stands on the image offered to it.
    """

    status: ImageMemberStatusEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = ImageMemberStatusEnum(d.pop("status"))

        image_member_set_request = cls(
            status=status,
        )

        image_member_set_request.additional_properties = d
        return image_member_set_request

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
