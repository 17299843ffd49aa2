from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_request import NetworkRequest
    from ..models.server_create_request_metadata import ServerCreateRequestMetadata
    from ..models.tag_request import TagRequest
    from ..models.volume_request import VolumeRequest


T = TypeVar("T", bound="ServerCreateRequest")


@_attrs_define
class ServerCreateRequest:
    """
    Attributes:
        image_id (str): Image to boot from.
        keypair_name (str): Key pair for log-in.
        name (str): Server name.
        server_type_id (str): Server type (s1v1m2, ...).
        networks (list[NetworkRequest]):
        volumes (list[VolumeRequest] | Unset):
        security_groups (list[str] | Unset):
        server_group_id (str | Unset):
        tags (list[TagRequest] | Unset):
        user_data (str | Unset): Base64 user data for cloud-init.
        metadata (ServerCreateRequestMetadata | Unset):
        lock (bool | Unset): Lock the server as soon as it exists.
        max_count (int | Unset): How many servers to create.
        product_category (str | Unset):
        product_offering (str | Unset):
        file_storage_ids (list[str] | Unset): File Storage volumes to connect to the new server. New in 1.3
            (reconstructed from a
            1.3 operation list and Samsung's Terraform provider, not read in one document).
        partition_number (int | Unset): Partition of the server group to place the server in. New in 1.1 (reconstructed
            from Samsung's Terraform provider history, not read in one document).
    """

    image_id: str
    keypair_name: str
    name: str
    server_type_id: str
    networks: list[NetworkRequest]
    volumes: list[VolumeRequest] | Unset = UNSET
    security_groups: list[str] | Unset = UNSET
    server_group_id: str | Unset = UNSET
    tags: list[TagRequest] | Unset = UNSET
    user_data: str | Unset = UNSET
    metadata: ServerCreateRequestMetadata | Unset = UNSET
    lock: bool | Unset = UNSET
    max_count: int | Unset = UNSET
    product_category: str | Unset = UNSET
    product_offering: str | Unset = UNSET
    file_storage_ids: list[str] | Unset = UNSET
    partition_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_id = self.image_id

        keypair_name = self.keypair_name

        name = self.name

        server_type_id = self.server_type_id

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        security_groups: list[str] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = self.security_groups

        server_group_id = self.server_group_id

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        user_data = self.user_data

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        lock = self.lock

        max_count = self.max_count

        product_category = self.product_category

        product_offering = self.product_offering

        file_storage_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_storage_ids, Unset):
            file_storage_ids = self.file_storage_ids

        partition_number = self.partition_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_id": image_id,
                "keypair_name": keypair_name,
                "name": name,
                "server_type_id": server_type_id,
                "networks": networks,
            }
        )
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if security_groups is not UNSET:
            field_dict["security_groups"] = security_groups
        if server_group_id is not UNSET:
            field_dict["server_group_id"] = server_group_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if lock is not UNSET:
            field_dict["lock"] = lock
        if max_count is not UNSET:
            field_dict["max_count"] = max_count
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if product_offering is not UNSET:
            field_dict["product_offering"] = product_offering
        if file_storage_ids is not UNSET:
            field_dict["file_storage_ids"] = file_storage_ids
        if partition_number is not UNSET:
            field_dict["partition_number"] = partition_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_request import NetworkRequest  # noqa: PLC0415
        from ..models.server_create_request_metadata import ServerCreateRequestMetadata  # noqa: PLC0415
        from ..models.tag_request import TagRequest  # noqa: PLC0415
        from ..models.volume_request import VolumeRequest  # noqa: PLC0415

        d = dict(src_dict)
        image_id = d.pop("image_id")

        keypair_name = d.pop("keypair_name")

        name = d.pop("name")

        server_type_id = d.pop("server_type_id")

        networks = []
        _networks = d.pop("networks")
        for networks_item_data in _networks:
            networks_item = NetworkRequest.from_dict(networks_item_data)

            networks.append(networks_item)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[VolumeRequest] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = VolumeRequest.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        security_groups = cast(list[str], d.pop("security_groups", UNSET))

        server_group_id = d.pop("server_group_id", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[TagRequest] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagRequest.from_dict(tags_item_data)

                tags.append(tags_item)

        user_data = d.pop("user_data", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ServerCreateRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ServerCreateRequestMetadata.from_dict(_metadata)

        lock = d.pop("lock", UNSET)

        max_count = d.pop("max_count", UNSET)

        product_category = d.pop("product_category", UNSET)

        product_offering = d.pop("product_offering", UNSET)

        file_storage_ids = cast(list[str], d.pop("file_storage_ids", UNSET))

        partition_number = d.pop("partition_number", UNSET)

        server_create_request = cls(
            image_id=image_id,
            keypair_name=keypair_name,
            name=name,
            server_type_id=server_type_id,
            networks=networks,
            volumes=volumes,
            security_groups=security_groups,
            server_group_id=server_group_id,
            tags=tags,
            user_data=user_data,
            metadata=metadata,
            lock=lock,
            max_count=max_count,
            product_category=product_category,
            product_offering=product_offering,
            file_storage_ids=file_storage_ids,
            partition_number=partition_number,
        )

        server_create_request.additional_properties = d
        return server_create_request

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
