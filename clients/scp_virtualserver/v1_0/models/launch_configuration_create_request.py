from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.launch_configuration_volume import LaunchConfigurationVolume
    from ..models.tag import Tag


T = TypeVar("T", bound="LaunchConfigurationCreateRequest")


@_attrs_define
class LaunchConfigurationCreateRequest:
    """A new launch configuration.

    Attributes:
        image_id (str): Image the servers are created from.
        keypair_name (str): Keypair installed on the servers.
        name (str): Launch configuration name (letters, digits, `-` and `_`).
        server_type_id (str): Server type of the servers (such as `s1v1m2`).
        tags (list[Tag] | None | Unset): Tags to attach to the launch configuration.
        user_data (None | str | Unset): A script or data each server receives at its first start.
        volumes (list[LaunchConfigurationVolume] | None | Unset): The servers' volumes.
    """

    image_id: str
    keypair_name: str
    name: str
    server_type_id: str
    tags: list[Tag] | None | Unset = UNSET
    user_data: None | str | Unset = UNSET
    volumes: list[LaunchConfigurationVolume] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_id = self.image_id

        keypair_name = self.keypair_name

        name = self.name

        server_type_id = self.server_type_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_id": image_id,
                "keypair_name": keypair_name,
                "name": name,
                "server_type_id": server_type_id,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.launch_configuration_volume import LaunchConfigurationVolume  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        image_id = d.pop("image_id")

        keypair_name = d.pop("keypair_name")

        name = d.pop("name")

        server_type_id = d.pop("server_type_id")

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

        launch_configuration_create_request = cls(
            image_id=image_id,
            keypair_name=keypair_name,
            name=name,
            server_type_id=server_type_id,
            tags=tags,
            user_data=user_data,
            volumes=volumes,
        )

        launch_configuration_create_request.additional_properties = d
        return launch_configuration_create_request

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
