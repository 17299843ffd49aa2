from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ImageMemberCreateRequest")


@_attrs_define
class ImageMemberCreateRequest:
    """The account to share an image with.

    Attributes:
        member_id (str): Account ID of the new member.
    """

    member_id: str

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member_id": member_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("member_id")

        image_member_create_request = cls(
            member_id=member_id,
        )

        return image_member_create_request
