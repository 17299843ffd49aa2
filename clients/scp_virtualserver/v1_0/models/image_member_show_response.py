from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageMemberShowResponse")


@_attrs_define
class ImageMemberShowResponse:
    """An account an image is shared with.

    Attributes:
        image_id (str): The shared image.
        member_id (str): Account ID of the member.
        status (str): `pending`, `accepted` or `rejected`.
        created_at (str): When the image was shared with the member.
        updated_at (str): When the member last changed.
    """

    image_id: str
    member_id: str
    status: str
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_id = self.image_id

        member_id = self.member_id

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_id": image_id,
                "member_id": member_id,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_id = d.pop("image_id")

        member_id = d.pop("member_id")

        status = d.pop("status")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        image_member_show_response = cls(
            image_id=image_id,
            member_id=member_id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )

        image_member_show_response.additional_properties = d
        return image_member_show_response

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
