from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageSetRequest")


@_attrs_define
class ImageSetRequest:
    """The settings of an image to change; each field left out stays as it is.

    Attributes:
        min_disk (int | None | Unset): Smallest disk (GB) a server needs to boot this image.
        min_ram (int | None | Unset): Smallest memory a server needs to boot this image.
        protected (bool | None | Unset): Whether the image is protected from deletion.
        visibility (None | str | Unset): `private` or `shared`.
    """

    min_disk: int | None | Unset = UNSET
    min_ram: int | None | Unset = UNSET
    protected: bool | None | Unset = UNSET
    visibility: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        min_disk: int | None | Unset
        if isinstance(self.min_disk, Unset):
            min_disk = UNSET
        else:
            min_disk = self.min_disk

        min_ram: int | None | Unset
        if isinstance(self.min_ram, Unset):
            min_ram = UNSET
        else:
            min_ram = self.min_ram

        protected: bool | None | Unset
        if isinstance(self.protected, Unset):
            protected = UNSET
        else:
            protected = self.protected

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if min_disk is not UNSET:
            field_dict["min_disk"] = min_disk
        if min_ram is not UNSET:
            field_dict["min_ram"] = min_ram
        if protected is not UNSET:
            field_dict["protected"] = protected
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_min_disk(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_disk = _parse_min_disk(d.pop("min_disk", UNSET))

        def _parse_min_ram(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_ram = _parse_min_ram(d.pop("min_ram", UNSET))

        def _parse_protected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        protected = _parse_protected(d.pop("protected", UNSET))

        def _parse_visibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        image_set_request = cls(
            min_disk=min_disk,
            min_ram=min_ram,
            protected=protected,
            visibility=visibility,
        )

        return image_set_request
