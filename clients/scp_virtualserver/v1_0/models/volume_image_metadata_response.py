from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeImageMetadataResponse")


@_attrs_define
class VolumeImageMetadataResponse:
    """What a volume keeps of the image it was made from.

    Attributes:
        checksum (None | str | Unset): Checksum of the image.
        container_format (None | str | Unset): Container format of the image.
        disk_format (None | str | Unset): Disk format of the image.
        image_id (None | str | Unset): Image ID.
        image_name (None | str | Unset): Image name.
        min_disk (int | None | Unset): Smallest disk the image needs, in GiB.
        min_ram (int | None | Unset): Smallest memory the image needs, in MiB.
        os_distro (None | str | Unset): OS distribution of the image.
        scp_image_type (None | str | Unset): SCP image type.
        scp_k8s_version (None | str | Unset): Kubernetes version, for a Kubernetes image.
        scp_original_image_type (None | str | Unset): SCP type of the original image.
        signature_verified (bool | None | Unset): Whether the image signature was verified.
        size (int | None | Unset): Image size, in bytes.
    """

    checksum: None | str | Unset = UNSET
    container_format: None | str | Unset = UNSET
    disk_format: None | str | Unset = UNSET
    image_id: None | str | Unset = UNSET
    image_name: None | str | Unset = UNSET
    min_disk: int | None | Unset = UNSET
    min_ram: int | None | Unset = UNSET
    os_distro: None | str | Unset = UNSET
    scp_image_type: None | str | Unset = UNSET
    scp_k8s_version: None | str | Unset = UNSET
    scp_original_image_type: None | str | Unset = UNSET
    signature_verified: bool | None | Unset = UNSET
    size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checksum: None | str | Unset
        if isinstance(self.checksum, Unset):
            checksum = UNSET
        else:
            checksum = self.checksum

        container_format: None | str | Unset
        if isinstance(self.container_format, Unset):
            container_format = UNSET
        else:
            container_format = self.container_format

        disk_format: None | str | Unset
        if isinstance(self.disk_format, Unset):
            disk_format = UNSET
        else:
            disk_format = self.disk_format

        image_id: None | str | Unset
        if isinstance(self.image_id, Unset):
            image_id = UNSET
        else:
            image_id = self.image_id

        image_name: None | str | Unset
        if isinstance(self.image_name, Unset):
            image_name = UNSET
        else:
            image_name = self.image_name

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

        os_distro: None | str | Unset
        if isinstance(self.os_distro, Unset):
            os_distro = UNSET
        else:
            os_distro = self.os_distro

        scp_image_type: None | str | Unset
        if isinstance(self.scp_image_type, Unset):
            scp_image_type = UNSET
        else:
            scp_image_type = self.scp_image_type

        scp_k8s_version: None | str | Unset
        if isinstance(self.scp_k8s_version, Unset):
            scp_k8s_version = UNSET
        else:
            scp_k8s_version = self.scp_k8s_version

        scp_original_image_type: None | str | Unset
        if isinstance(self.scp_original_image_type, Unset):
            scp_original_image_type = UNSET
        else:
            scp_original_image_type = self.scp_original_image_type

        signature_verified: bool | None | Unset
        if isinstance(self.signature_verified, Unset):
            signature_verified = UNSET
        else:
            signature_verified = self.signature_verified

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if container_format is not UNSET:
            field_dict["container_format"] = container_format
        if disk_format is not UNSET:
            field_dict["disk_format"] = disk_format
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if image_name is not UNSET:
            field_dict["image_name"] = image_name
        if min_disk is not UNSET:
            field_dict["min_disk"] = min_disk
        if min_ram is not UNSET:
            field_dict["min_ram"] = min_ram
        if os_distro is not UNSET:
            field_dict["os_distro"] = os_distro
        if scp_image_type is not UNSET:
            field_dict["scp_image_type"] = scp_image_type
        if scp_k8s_version is not UNSET:
            field_dict["scp_k8s_version"] = scp_k8s_version
        if scp_original_image_type is not UNSET:
            field_dict["scp_original_image_type"] = scp_original_image_type
        if signature_verified is not UNSET:
            field_dict["signature_verified"] = signature_verified
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_checksum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checksum = _parse_checksum(d.pop("checksum", UNSET))

        def _parse_container_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_format = _parse_container_format(d.pop("container_format", UNSET))

        def _parse_disk_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disk_format = _parse_disk_format(d.pop("disk_format", UNSET))

        def _parse_image_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_id = _parse_image_id(d.pop("image_id", UNSET))

        def _parse_image_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_name = _parse_image_name(d.pop("image_name", UNSET))

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

        def _parse_os_distro(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_distro = _parse_os_distro(d.pop("os_distro", UNSET))

        def _parse_scp_image_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scp_image_type = _parse_scp_image_type(d.pop("scp_image_type", UNSET))

        def _parse_scp_k8s_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scp_k8s_version = _parse_scp_k8s_version(d.pop("scp_k8s_version", UNSET))

        def _parse_scp_original_image_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scp_original_image_type = _parse_scp_original_image_type(
            d.pop("scp_original_image_type", UNSET)
        )

        def _parse_signature_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        signature_verified = _parse_signature_verified(d.pop("signature_verified", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        volume_image_metadata_response = cls(
            checksum=checksum,
            container_format=container_format,
            disk_format=disk_format,
            image_id=image_id,
            image_name=image_name,
            min_disk=min_disk,
            min_ram=min_ram,
            os_distro=os_distro,
            scp_image_type=scp_image_type,
            scp_k8s_version=scp_k8s_version,
            scp_original_image_type=scp_original_image_type,
            signature_verified=signature_verified,
            size=size,
        )

        volume_image_metadata_response.additional_properties = d
        return volume_image_metadata_response

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
