from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_product_category import ServerProductCategory
from ..models.server_product_offering import ServerProductOffering
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network import Network
    from ..models.server_create_request_v1_dot_2_metadata_type_0 import (
        ServerCreateRequestV1Dot2MetadataType0,
    )
    from ..models.tag import Tag
    from ..models.volume_v1_dot_2 import VolumeV1Dot2


T = TypeVar("T", bound="ServerCreateRequestV1Dot2")


@_attrs_define
class ServerCreateRequestV1Dot2:
    """What a new server is made of. From 1.2: File Storage to connect, and `volumes` is
    required (and no longer null).

        Attributes:
            image_id (str): Image to boot from.
            keypair_name (str): Key pair for logging in.
            name (str): Server name.
            networks (list[Network]): Networks to attach the server to.
            server_type_id (str): Server type (size) of the server.
            volumes (list[VolumeV1Dot2]): Block storage volumes to create with the server (the boot volume first).
            lock (bool | None | Unset): Lock the server as soon as it exists.
            max_count (int | None | Unset): How many alike servers to create.
            metadata (None | ServerCreateRequestV1Dot2MetadataType0 | Unset): Key-value metadata for the server.
            product_category (ServerProductCategory | Unset): The product category of a server.
            product_offering (ServerProductOffering | Unset): The product offering of a server.
            security_groups (list[str] | None | Unset): IDs of the security groups to apply.
            server_group_id (None | str | Unset): Server group to place the server in.
            tags (list[Tag] | None | Unset): Tags to attach to the server.
            user_data (None | str | Unset): User data for the guest's first boot.
            partition_number (int | None | Unset): Partition of the server group (policy `partition`) to place the server
                in. New in
                1.1.
            file_storage_ids (list[str] | None | Unset): IDs of File Storage volumes to connect to the server. API 1.2+.
    """

    image_id: str
    keypair_name: str
    name: str
    networks: list[Network]
    server_type_id: str
    volumes: list[VolumeV1Dot2]
    lock: bool | None | Unset = UNSET
    max_count: int | None | Unset = UNSET
    metadata: None | ServerCreateRequestV1Dot2MetadataType0 | Unset = UNSET
    product_category: ServerProductCategory | Unset = UNSET
    product_offering: ServerProductOffering | Unset = UNSET
    security_groups: list[str] | None | Unset = UNSET
    server_group_id: None | str | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    user_data: None | str | Unset = UNSET
    partition_number: int | None | Unset = UNSET
    file_storage_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.server_create_request_v1_dot_2_metadata_type_0 import (
            ServerCreateRequestV1Dot2MetadataType0,  # noqa: PLC0415
        )

        image_id = self.image_id

        keypair_name = self.keypair_name

        name = self.name

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)

        server_type_id = self.server_type_id

        volumes = []
        for volumes_item_data in self.volumes:
            volumes_item = volumes_item_data.to_dict()
            volumes.append(volumes_item)

        lock: bool | None | Unset
        if isinstance(self.lock, Unset):
            lock = UNSET
        else:
            lock = self.lock

        max_count: int | None | Unset
        if isinstance(self.max_count, Unset):
            max_count = UNSET
        else:
            max_count = self.max_count

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ServerCreateRequestV1Dot2MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        product_category: str | Unset = UNSET
        if not isinstance(self.product_category, Unset):
            product_category = self.product_category.value

        product_offering: str | Unset = UNSET
        if not isinstance(self.product_offering, Unset):
            product_offering = self.product_offering.value

        security_groups: list[str] | None | Unset
        if isinstance(self.security_groups, Unset):
            security_groups = UNSET
        elif isinstance(self.security_groups, list):
            security_groups = self.security_groups

        else:
            security_groups = self.security_groups

        server_group_id: None | str | Unset
        if isinstance(self.server_group_id, Unset):
            server_group_id = UNSET
        else:
            server_group_id = self.server_group_id

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

        partition_number: int | None | Unset
        if isinstance(self.partition_number, Unset):
            partition_number = UNSET
        else:
            partition_number = self.partition_number

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
                "image_id": image_id,
                "keypair_name": keypair_name,
                "name": name,
                "networks": networks,
                "server_type_id": server_type_id,
                "volumes": volumes,
            }
        )
        if lock is not UNSET:
            field_dict["lock"] = lock
        if max_count is not UNSET:
            field_dict["max_count"] = max_count
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if product_offering is not UNSET:
            field_dict["product_offering"] = product_offering
        if security_groups is not UNSET:
            field_dict["security_groups"] = security_groups
        if server_group_id is not UNSET:
            field_dict["server_group_id"] = server_group_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if partition_number is not UNSET:
            field_dict["partition_number"] = partition_number
        if file_storage_ids is not UNSET:
            field_dict["file_storage_ids"] = file_storage_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network import Network  # noqa: PLC0415
        from ..models.server_create_request_v1_dot_2_metadata_type_0 import (
            ServerCreateRequestV1Dot2MetadataType0,  # noqa: PLC0415
        )
        from ..models.tag import Tag  # noqa: PLC0415
        from ..models.volume_v1_dot_2 import VolumeV1Dot2  # noqa: PLC0415

        d = dict(src_dict)
        image_id = d.pop("image_id")

        keypair_name = d.pop("keypair_name")

        name = d.pop("name")

        networks = []
        _networks = d.pop("networks")
        for networks_item_data in _networks:
            networks_item = Network.from_dict(networks_item_data)

            networks.append(networks_item)

        server_type_id = d.pop("server_type_id")

        volumes = []
        _volumes = d.pop("volumes")
        for volumes_item_data in _volumes:
            volumes_item = VolumeV1Dot2.from_dict(volumes_item_data)

            volumes.append(volumes_item)

        def _parse_lock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        lock = _parse_lock(d.pop("lock", UNSET))

        def _parse_max_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_count = _parse_max_count(d.pop("max_count", UNSET))

        def _parse_metadata(data: object) -> None | ServerCreateRequestV1Dot2MetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ServerCreateRequestV1Dot2MetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerCreateRequestV1Dot2MetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _product_category = d.pop("product_category", UNSET)
        product_category: ServerProductCategory | Unset
        if isinstance(_product_category, Unset):
            product_category = UNSET
        else:
            product_category = ServerProductCategory(_product_category)

        _product_offering = d.pop("product_offering", UNSET)
        product_offering: ServerProductOffering | Unset
        if isinstance(_product_offering, Unset):
            product_offering = UNSET
        else:
            product_offering = ServerProductOffering(_product_offering)

        def _parse_security_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                security_groups_type_0 = cast(list[str], data)

                return security_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        security_groups = _parse_security_groups(d.pop("security_groups", UNSET))

        def _parse_server_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_group_id = _parse_server_group_id(d.pop("server_group_id", UNSET))

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

        def _parse_partition_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partition_number = _parse_partition_number(d.pop("partition_number", UNSET))

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

        server_create_request_v1_dot_2 = cls(
            image_id=image_id,
            keypair_name=keypair_name,
            name=name,
            networks=networks,
            server_type_id=server_type_id,
            volumes=volumes,
            lock=lock,
            max_count=max_count,
            metadata=metadata,
            product_category=product_category,
            product_offering=product_offering,
            security_groups=security_groups,
            server_group_id=server_group_id,
            tags=tags,
            user_data=user_data,
            partition_number=partition_number,
            file_storage_ids=file_storage_ids,
        )

        server_create_request_v1_dot_2.additional_properties = d
        return server_create_request_v1_dot_2

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
