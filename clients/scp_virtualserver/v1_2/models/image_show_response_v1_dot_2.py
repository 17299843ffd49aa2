from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageShowResponseV1Dot2")


@_attrs_define
class ImageShowResponseV1Dot2:
    """An image, with its GPU driver (1.2).

    Attributes:
        id (str): ID of the image.
        name (str): Name of the image.
        status (str): Status of the image (such as `active`).
        visibility (str): Who may see and use the image.
        owner (str): ID of the account that owns the image.
        container_format (str): Container format of the image file.
        disk_format (str): Disk format of the image file.
        file (str): Where the image's data file is.
        min_disk (int): Smallest disk (GB) a server needs to boot this image.
        min_ram (int): Smallest memory a server needs to boot this image.
        protected (bool): Whether the image is protected from deletion.
        os_hidden (bool): Whether the image is hidden from lists.
        created_at (str): When the image was created.
        updated_at (str): When the image last changed.
        owner_account_name (None | str | Unset): Name of the owning account.
        owner_user_name (None | str | Unset): Name of the user who owns the image.
        url (None | str | Unset): Object Storage URL the image came from.
        os_distro (None | str | Unset): OS distribution of the image.
        os_hash_algo (None | str | Unset): Algorithm of `os_hash_value`.
        os_hash_value (None | str | Unset): Hash of the image data.
        checksum (None | str | Unset): Checksum of the image data.
        size (int | None | Unset): Size of the image data in bytes.
        virtual_size (int | None | Unset): Virtual disk size in bytes.
        root_device_name (None | str | Unset): Name of the root device.
        scp_image_type (None | str | Unset): SCP image type.
        scp_original_image_type (None | str | Unset): SCP image type of the original image.
        scp_k8s_version (None | str | Unset): Kubernetes version the image is made for.
        scp_os_version (None | str | Unset): OS version.
        scp_os_build_version (None | str | Unset): OS build version.
        volumes (None | str | Unset): Volumes of the image
        scp_gpu_driver (None | str | Unset): GPU driver installed in the image, if any. API 1.2+.
    """

    id: str
    name: str
    status: str
    visibility: str
    owner: str
    container_format: str
    disk_format: str
    file: str
    min_disk: int
    min_ram: int
    protected: bool
    os_hidden: bool
    created_at: str
    updated_at: str
    owner_account_name: None | str | Unset = UNSET
    owner_user_name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    os_distro: None | str | Unset = UNSET
    os_hash_algo: None | str | Unset = UNSET
    os_hash_value: None | str | Unset = UNSET
    checksum: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    virtual_size: int | None | Unset = UNSET
    root_device_name: None | str | Unset = UNSET
    scp_image_type: None | str | Unset = UNSET
    scp_original_image_type: None | str | Unset = UNSET
    scp_k8s_version: None | str | Unset = UNSET
    scp_os_version: None | str | Unset = UNSET
    scp_os_build_version: None | str | Unset = UNSET
    volumes: None | str | Unset = UNSET
    scp_gpu_driver: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        visibility = self.visibility

        owner = self.owner

        container_format = self.container_format

        disk_format = self.disk_format

        file = self.file

        min_disk = self.min_disk

        min_ram = self.min_ram

        protected = self.protected

        os_hidden = self.os_hidden

        created_at = self.created_at

        updated_at = self.updated_at

        owner_account_name: None | str | Unset
        if isinstance(self.owner_account_name, Unset):
            owner_account_name = UNSET
        else:
            owner_account_name = self.owner_account_name

        owner_user_name: None | str | Unset
        if isinstance(self.owner_user_name, Unset):
            owner_user_name = UNSET
        else:
            owner_user_name = self.owner_user_name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        os_distro: None | str | Unset
        if isinstance(self.os_distro, Unset):
            os_distro = UNSET
        else:
            os_distro = self.os_distro

        os_hash_algo: None | str | Unset
        if isinstance(self.os_hash_algo, Unset):
            os_hash_algo = UNSET
        else:
            os_hash_algo = self.os_hash_algo

        os_hash_value: None | str | Unset
        if isinstance(self.os_hash_value, Unset):
            os_hash_value = UNSET
        else:
            os_hash_value = self.os_hash_value

        checksum: None | str | Unset
        if isinstance(self.checksum, Unset):
            checksum = UNSET
        else:
            checksum = self.checksum

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        virtual_size: int | None | Unset
        if isinstance(self.virtual_size, Unset):
            virtual_size = UNSET
        else:
            virtual_size = self.virtual_size

        root_device_name: None | str | Unset
        if isinstance(self.root_device_name, Unset):
            root_device_name = UNSET
        else:
            root_device_name = self.root_device_name

        scp_image_type: None | str | Unset
        if isinstance(self.scp_image_type, Unset):
            scp_image_type = UNSET
        else:
            scp_image_type = self.scp_image_type

        scp_original_image_type: None | str | Unset
        if isinstance(self.scp_original_image_type, Unset):
            scp_original_image_type = UNSET
        else:
            scp_original_image_type = self.scp_original_image_type

        scp_k8s_version: None | str | Unset
        if isinstance(self.scp_k8s_version, Unset):
            scp_k8s_version = UNSET
        else:
            scp_k8s_version = self.scp_k8s_version

        scp_os_version: None | str | Unset
        if isinstance(self.scp_os_version, Unset):
            scp_os_version = UNSET
        else:
            scp_os_version = self.scp_os_version

        scp_os_build_version: None | str | Unset
        if isinstance(self.scp_os_build_version, Unset):
            scp_os_build_version = UNSET
        else:
            scp_os_build_version = self.scp_os_build_version

        volumes: None | str | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        else:
            volumes = self.volumes

        scp_gpu_driver: None | str | Unset
        if isinstance(self.scp_gpu_driver, Unset):
            scp_gpu_driver = UNSET
        else:
            scp_gpu_driver = self.scp_gpu_driver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "visibility": visibility,
                "owner": owner,
                "container_format": container_format,
                "disk_format": disk_format,
                "file": file,
                "min_disk": min_disk,
                "min_ram": min_ram,
                "protected": protected,
                "os_hidden": os_hidden,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if owner_account_name is not UNSET:
            field_dict["owner_account_name"] = owner_account_name
        if owner_user_name is not UNSET:
            field_dict["owner_user_name"] = owner_user_name
        if url is not UNSET:
            field_dict["url"] = url
        if os_distro is not UNSET:
            field_dict["os_distro"] = os_distro
        if os_hash_algo is not UNSET:
            field_dict["os_hash_algo"] = os_hash_algo
        if os_hash_value is not UNSET:
            field_dict["os_hash_value"] = os_hash_value
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if size is not UNSET:
            field_dict["size"] = size
        if virtual_size is not UNSET:
            field_dict["virtual_size"] = virtual_size
        if root_device_name is not UNSET:
            field_dict["root_device_name"] = root_device_name
        if scp_image_type is not UNSET:
            field_dict["scp_image_type"] = scp_image_type
        if scp_original_image_type is not UNSET:
            field_dict["scp_original_image_type"] = scp_original_image_type
        if scp_k8s_version is not UNSET:
            field_dict["scp_k8s_version"] = scp_k8s_version
        if scp_os_version is not UNSET:
            field_dict["scp_os_version"] = scp_os_version
        if scp_os_build_version is not UNSET:
            field_dict["scp_os_build_version"] = scp_os_build_version
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if scp_gpu_driver is not UNSET:
            field_dict["scp_gpu_driver"] = scp_gpu_driver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = d.pop("status")

        visibility = d.pop("visibility")

        owner = d.pop("owner")

        container_format = d.pop("container_format")

        disk_format = d.pop("disk_format")

        file = d.pop("file")

        min_disk = d.pop("min_disk")

        min_ram = d.pop("min_ram")

        protected = d.pop("protected")

        os_hidden = d.pop("os_hidden")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        def _parse_owner_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_account_name = _parse_owner_account_name(d.pop("owner_account_name", UNSET))

        def _parse_owner_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_user_name = _parse_owner_user_name(d.pop("owner_user_name", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_os_distro(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_distro = _parse_os_distro(d.pop("os_distro", UNSET))

        def _parse_os_hash_algo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_hash_algo = _parse_os_hash_algo(d.pop("os_hash_algo", UNSET))

        def _parse_os_hash_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_hash_value = _parse_os_hash_value(d.pop("os_hash_value", UNSET))

        def _parse_checksum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checksum = _parse_checksum(d.pop("checksum", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_virtual_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        virtual_size = _parse_virtual_size(d.pop("virtual_size", UNSET))

        def _parse_root_device_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_device_name = _parse_root_device_name(d.pop("root_device_name", UNSET))

        def _parse_scp_image_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scp_image_type = _parse_scp_image_type(d.pop("scp_image_type", UNSET))

        def _parse_scp_original_image_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scp_original_image_type = _parse_scp_original_image_type(
            d.pop("scp_original_image_type", UNSET)
        )

        def _parse_scp_k8s_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scp_k8s_version = _parse_scp_k8s_version(d.pop("scp_k8s_version", UNSET))

        def _parse_scp_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scp_os_version = _parse_scp_os_version(d.pop("scp_os_version", UNSET))

        def _parse_scp_os_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scp_os_build_version = _parse_scp_os_build_version(d.pop("scp_os_build_version", UNSET))

        def _parse_volumes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volumes = _parse_volumes(d.pop("volumes", UNSET))

        def _parse_scp_gpu_driver(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scp_gpu_driver = _parse_scp_gpu_driver(d.pop("scp_gpu_driver", UNSET))

        image_show_response_v1_dot_2 = cls(
            id=id,
            name=name,
            status=status,
            visibility=visibility,
            owner=owner,
            container_format=container_format,
            disk_format=disk_format,
            file=file,
            min_disk=min_disk,
            min_ram=min_ram,
            protected=protected,
            os_hidden=os_hidden,
            created_at=created_at,
            updated_at=updated_at,
            owner_account_name=owner_account_name,
            owner_user_name=owner_user_name,
            url=url,
            os_distro=os_distro,
            os_hash_algo=os_hash_algo,
            os_hash_value=os_hash_value,
            checksum=checksum,
            size=size,
            virtual_size=virtual_size,
            root_device_name=root_device_name,
            scp_image_type=scp_image_type,
            scp_original_image_type=scp_original_image_type,
            scp_k8s_version=scp_k8s_version,
            scp_os_version=scp_os_version,
            scp_os_build_version=scp_os_build_version,
            volumes=volumes,
            scp_gpu_driver=scp_gpu_driver,
        )

        image_show_response_v1_dot_2.additional_properties = d
        return image_show_response_v1_dot_2

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
