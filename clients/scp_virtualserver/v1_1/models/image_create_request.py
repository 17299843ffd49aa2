from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_os_distro_enum import ImageOsDistroEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="ImageCreateRequest")


@_attrs_define
class ImageCreateRequest:
    """A new image, registered from a file in Object Storage.

    Attributes:
        name (str): Name of the image (letters, digits, space, `-` and `_`).
        os_distro (ImageOsDistroEnum): The OS distribution of an image. 1.1 drops `sles`.
        url (str): Object Storage URL of the image file (qcow2 only).
        container_format (str | Unset): Container format; only `bare`. Default: 'bare'.
        disk_format (str | Unset): Disk format; only `qcow2`. Default: 'qcow2'.
        min_disk (int | Unset): Smallest disk (GB) a server needs to boot this image. Default: 0.
        min_ram (int | Unset): Smallest memory a server needs to boot this image. Default: 0.
        protected (bool | Unset): Whether the image is protected from deletion. Default: False.
        visibility (str | Unset): `private` (this account only) or `shared` (may be shared with others). Default:
            'private'.
        tags (list[Tag] | None | Unset): Tags to put on the image.
    """

    name: str
    os_distro: ImageOsDistroEnum
    url: str
    container_format: str | Unset = "bare"
    disk_format: str | Unset = "qcow2"
    min_disk: int | Unset = 0
    min_ram: int | Unset = 0
    protected: bool | Unset = False
    visibility: str | Unset = "private"
    tags: list[Tag] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        os_distro = self.os_distro.value

        url = self.url

        container_format = self.container_format

        disk_format = self.disk_format

        min_disk = self.min_disk

        min_ram = self.min_ram

        protected = self.protected

        visibility = self.visibility

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "os_distro": os_distro,
                "url": url,
            }
        )
        if container_format is not UNSET:
            field_dict["container_format"] = container_format
        if disk_format is not UNSET:
            field_dict["disk_format"] = disk_format
        if min_disk is not UNSET:
            field_dict["min_disk"] = min_disk
        if min_ram is not UNSET:
            field_dict["min_ram"] = min_ram
        if protected is not UNSET:
            field_dict["protected"] = protected
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        os_distro = ImageOsDistroEnum(d.pop("os_distro"))

        url = d.pop("url")

        container_format = d.pop("container_format", UNSET)

        disk_format = d.pop("disk_format", UNSET)

        min_disk = d.pop("min_disk", UNSET)

        min_ram = d.pop("min_ram", UNSET)

        protected = d.pop("protected", UNSET)

        visibility = d.pop("visibility", UNSET)

        def _parse_tags(data: object) -> list[Tag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = Tag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Tag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        image_create_request = cls(
            name=name,
            os_distro=os_distro,
            url=url,
            container_format=container_format,
            disk_format=disk_format,
            min_disk=min_disk,
            min_ram=min_ram,
            protected=protected,
            visibility=visibility,
            tags=tags,
        )

        image_create_request.additional_properties = d
        return image_create_request

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
