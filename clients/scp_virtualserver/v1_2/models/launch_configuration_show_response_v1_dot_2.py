from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.launch_configuration_volume import LaunchConfigurationVolume


T = TypeVar("T", bound="LaunchConfigurationShowResponseV1Dot2")


@_attrs_define
class LaunchConfigurationShowResponseV1Dot2:
    """A launch configuration, as a list shows it, with its file storages (API 1.2+).

    Attributes:
        account_id (str): Account that owns the launch configuration.
        created_at (datetime.datetime): When it was created.
        created_by (str): User who created it.
        id (str): Launch configuration ID.
        image_id (str): Image the servers are created from.
        image_name (str): That image's name.
        keypair_name (str): Keypair installed on the servers.
        modified_at (datetime.datetime): When it last changed.
        modified_by (str): User who last changed it.
        name (str): Launch configuration name.
        server_type_id (str): Server type of the servers.
        state (str): Launch configuration state (such as `ACTIVE`).
        auto_scaling_group_count (int | None | Unset): How many Auto-Scaling Groups use it.
        boot_disk_size (int | None | Unset): Size of the boot volume.
        extra_disk_size (int | None | Unset): Size of the volumes other than the boot volume.
        public_key (None | str | Unset): Public key of the keypair.
        user_data (None | str | Unset): What each server receives at its first start.
        volumes (list[LaunchConfigurationVolume] | None | Unset): The servers' volumes.
        file_storage_ids (list[str] | None | Unset): File storages the servers connect to.
    """

    account_id: str
    created_at: datetime.datetime
    created_by: str
    id: str
    image_id: str
    image_name: str
    keypair_name: str
    modified_at: datetime.datetime
    modified_by: str
    name: str
    server_type_id: str
    state: str
    auto_scaling_group_count: int | None | Unset = UNSET
    boot_disk_size: int | None | Unset = UNSET
    extra_disk_size: int | None | Unset = UNSET
    public_key: None | str | Unset = UNSET
    user_data: None | str | Unset = UNSET
    volumes: list[LaunchConfigurationVolume] | None | Unset = UNSET
    file_storage_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = self.id

        image_id = self.image_id

        image_name = self.image_name

        keypair_name = self.keypair_name

        modified_at = self.modified_at.isoformat()

        modified_by = self.modified_by

        name = self.name

        server_type_id = self.server_type_id

        state = self.state

        auto_scaling_group_count: int | None | Unset
        if isinstance(self.auto_scaling_group_count, Unset):
            auto_scaling_group_count = UNSET
        else:
            auto_scaling_group_count = self.auto_scaling_group_count

        boot_disk_size: int | None | Unset
        if isinstance(self.boot_disk_size, Unset):
            boot_disk_size = UNSET
        else:
            boot_disk_size = self.boot_disk_size

        extra_disk_size: int | None | Unset
        if isinstance(self.extra_disk_size, Unset):
            extra_disk_size = UNSET
        else:
            extra_disk_size = self.extra_disk_size

        public_key: None | str | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        else:
            public_key = self.public_key

        user_data: None | str | Unset
        if isinstance(self.user_data, Unset):
            user_data = UNSET
        else:
            user_data = self.user_data

        volumes: list[dict[str, Any]] | None | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, list):
            volumes = []
            for volumes_type_0_item_data in self.volumes:
                volumes_type_0_item = volumes_type_0_item_data.to_dict()
                volumes.append(volumes_type_0_item)

        else:
            volumes = self.volumes

        file_storage_ids: list[str] | None | Unset
        if isinstance(self.file_storage_ids, Unset):
            file_storage_ids = UNSET
        elif isinstance(self.file_storage_ids, list):
            file_storage_ids = self.file_storage_ids

        else:
            file_storage_ids = self.file_storage_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_at": created_at,
                "created_by": created_by,
                "id": id,
                "image_id": image_id,
                "image_name": image_name,
                "keypair_name": keypair_name,
                "modified_at": modified_at,
                "modified_by": modified_by,
                "name": name,
                "server_type_id": server_type_id,
                "state": state,
            }
        )
        if auto_scaling_group_count is not UNSET:
            field_dict["auto_scaling_group_count"] = auto_scaling_group_count
        if boot_disk_size is not UNSET:
            field_dict["boot_disk_size"] = boot_disk_size
        if extra_disk_size is not UNSET:
            field_dict["extra_disk_size"] = extra_disk_size
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if file_storage_ids is not UNSET:
            field_dict["file_storage_ids"] = file_storage_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.launch_configuration_volume import LaunchConfigurationVolume  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        id = d.pop("id")

        image_id = d.pop("image_id")

        image_name = d.pop("image_name")

        keypair_name = d.pop("keypair_name")

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        modified_by = d.pop("modified_by")

        name = d.pop("name")

        server_type_id = d.pop("server_type_id")

        state = d.pop("state")

        def _parse_auto_scaling_group_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_scaling_group_count = _parse_auto_scaling_group_count(
            d.pop("auto_scaling_group_count", UNSET)
        )

        def _parse_boot_disk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        boot_disk_size = _parse_boot_disk_size(d.pop("boot_disk_size", UNSET))

        def _parse_extra_disk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        extra_disk_size = _parse_extra_disk_size(d.pop("extra_disk_size", UNSET))

        def _parse_public_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_key = _parse_public_key(d.pop("public_key", UNSET))

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_data = _parse_user_data(d.pop("user_data", UNSET))

        def _parse_volumes(data: object) -> list[LaunchConfigurationVolume] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                volumes_type_0 = []
                _volumes_type_0 = data
                for volumes_type_0_item_data in _volumes_type_0:
                    volumes_type_0_item = LaunchConfigurationVolume.from_dict(
                        volumes_type_0_item_data
                    )

                    volumes_type_0.append(volumes_type_0_item)

                return volumes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LaunchConfigurationVolume] | None | Unset, data)

        volumes = _parse_volumes(d.pop("volumes", UNSET))

        def _parse_file_storage_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                file_storage_ids_type_0 = cast(list[str], data)

                return file_storage_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        file_storage_ids = _parse_file_storage_ids(d.pop("file_storage_ids", UNSET))

        launch_configuration_show_response_v1_dot_2 = cls(
            account_id=account_id,
            created_at=created_at,
            created_by=created_by,
            id=id,
            image_id=image_id,
            image_name=image_name,
            keypair_name=keypair_name,
            modified_at=modified_at,
            modified_by=modified_by,
            name=name,
            server_type_id=server_type_id,
            state=state,
            auto_scaling_group_count=auto_scaling_group_count,
            boot_disk_size=boot_disk_size,
            extra_disk_size=extra_disk_size,
            public_key=public_key,
            user_data=user_data,
            volumes=volumes,
            file_storage_ids=file_storage_ids,
        )

        launch_configuration_show_response_v1_dot_2.additional_properties = d
        return launch_configuration_show_response_v1_dot_2

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
