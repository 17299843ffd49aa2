from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_address import ServerAddress
    from ..models.server_metadata import ServerMetadata
    from ..models.server_security_group import ServerSecurityGroup
    from ..models.server_type import ServerType
    from ..models.server_volume import ServerVolume


T = TypeVar("T", bound="Server")


@_attrs_define
class Server:
    """A virtual server. `state` is a plain string so that states this release does not know
    still read: BUILD, ACTIVE, SHUTOFF, REBOOT, HARD_REBOOT, DELETING and ERROR are known.

        Attributes:
            id (str): Server ID. Example: 2a9be312-5d4b-4bc8-b2ae-35100fa9241f.
            name (str): Server name. Example: web-1.
            state (str): Server state. Example: ACTIVE.
            locked (bool | Unset): Whether the server is locked.
            account_id (str | Unset):
            created_at (datetime.datetime | Unset):
            created_by (str | Unset):
            modified_at (datetime.datetime | Unset):
            disk_config (str | Unset): Disk configuration (AUTO or MANUAL).
            image_id (None | str | Unset):
            keypair_name (None | str | Unset):
            server_type (ServerType | Unset): The server type (flavour) of a server.
            vpc_id (None | str | Unset):
            server_group_id (None | str | Unset):
            auto_scaling_group_id (None | str | Unset):
            launch_configuration_id (None | str | Unset):
            product_category (None | str | Unset):
            product_offering (None | str | Unset):
            planned_compute_os_type (None | str | Unset):
            is_marketplace (bool | None | Unset):
            partition_number (int | None | Unset): Partition of the server group the server is placed in. New in 1.1
                (reconstructed
                from Samsung's Terraform provider history, not read in one document).
            metadata (ServerMetadata | Unset):
            addresses (list[ServerAddress] | Unset):
            security_groups (list[ServerSecurityGroup] | Unset):
            volumes (list[ServerVolume] | Unset):
    """

    id: str
    name: str
    state: str
    locked: bool | Unset = UNSET
    account_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    disk_config: str | Unset = UNSET
    image_id: None | str | Unset = UNSET
    keypair_name: None | str | Unset = UNSET
    server_type: ServerType | Unset = UNSET
    vpc_id: None | str | Unset = UNSET
    server_group_id: None | str | Unset = UNSET
    auto_scaling_group_id: None | str | Unset = UNSET
    launch_configuration_id: None | str | Unset = UNSET
    product_category: None | str | Unset = UNSET
    product_offering: None | str | Unset = UNSET
    planned_compute_os_type: None | str | Unset = UNSET
    is_marketplace: bool | None | Unset = UNSET
    partition_number: int | None | Unset = UNSET
    metadata: ServerMetadata | Unset = UNSET
    addresses: list[ServerAddress] | Unset = UNSET
    security_groups: list[ServerSecurityGroup] | Unset = UNSET
    volumes: list[ServerVolume] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state = self.state

        locked = self.locked

        account_id = self.account_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        disk_config = self.disk_config

        image_id: None | str | Unset
        if isinstance(self.image_id, Unset):
            image_id = UNSET
        else:
            image_id = self.image_id

        keypair_name: None | str | Unset
        if isinstance(self.keypair_name, Unset):
            keypair_name = UNSET
        else:
            keypair_name = self.keypair_name

        server_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_type, Unset):
            server_type = self.server_type.to_dict()

        vpc_id: None | str | Unset
        if isinstance(self.vpc_id, Unset):
            vpc_id = UNSET
        else:
            vpc_id = self.vpc_id

        server_group_id: None | str | Unset
        if isinstance(self.server_group_id, Unset):
            server_group_id = UNSET
        else:
            server_group_id = self.server_group_id

        auto_scaling_group_id: None | str | Unset
        if isinstance(self.auto_scaling_group_id, Unset):
            auto_scaling_group_id = UNSET
        else:
            auto_scaling_group_id = self.auto_scaling_group_id

        launch_configuration_id: None | str | Unset
        if isinstance(self.launch_configuration_id, Unset):
            launch_configuration_id = UNSET
        else:
            launch_configuration_id = self.launch_configuration_id

        product_category: None | str | Unset
        if isinstance(self.product_category, Unset):
            product_category = UNSET
        else:
            product_category = self.product_category

        product_offering: None | str | Unset
        if isinstance(self.product_offering, Unset):
            product_offering = UNSET
        else:
            product_offering = self.product_offering

        planned_compute_os_type: None | str | Unset
        if isinstance(self.planned_compute_os_type, Unset):
            planned_compute_os_type = UNSET
        else:
            planned_compute_os_type = self.planned_compute_os_type

        is_marketplace: bool | None | Unset
        if isinstance(self.is_marketplace, Unset):
            is_marketplace = UNSET
        else:
            is_marketplace = self.is_marketplace

        partition_number: int | None | Unset
        if isinstance(self.partition_number, Unset):
            partition_number = UNSET
        else:
            partition_number = self.partition_number

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        security_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = []
            for security_groups_item_data in self.security_groups:
                security_groups_item = security_groups_item_data.to_dict()
                security_groups.append(security_groups_item)

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "state": state,
            }
        )
        if locked is not UNSET:
            field_dict["locked"] = locked
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if disk_config is not UNSET:
            field_dict["disk_config"] = disk_config
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if keypair_name is not UNSET:
            field_dict["keypair_name"] = keypair_name
        if server_type is not UNSET:
            field_dict["server_type"] = server_type
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if server_group_id is not UNSET:
            field_dict["server_group_id"] = server_group_id
        if auto_scaling_group_id is not UNSET:
            field_dict["auto_scaling_group_id"] = auto_scaling_group_id
        if launch_configuration_id is not UNSET:
            field_dict["launch_configuration_id"] = launch_configuration_id
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if product_offering is not UNSET:
            field_dict["product_offering"] = product_offering
        if planned_compute_os_type is not UNSET:
            field_dict["planned_compute_os_type"] = planned_compute_os_type
        if is_marketplace is not UNSET:
            field_dict["is_marketplace"] = is_marketplace
        if partition_number is not UNSET:
            field_dict["partition_number"] = partition_number
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if security_groups is not UNSET:
            field_dict["security_groups"] = security_groups
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_address import ServerAddress  # noqa: PLC0415
        from ..models.server_metadata import ServerMetadata  # noqa: PLC0415
        from ..models.server_security_group import ServerSecurityGroup  # noqa: PLC0415
        from ..models.server_type import ServerType  # noqa: PLC0415
        from ..models.server_volume import ServerVolume  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        state = d.pop("state")

        locked = d.pop("locked", UNSET)

        account_id = d.pop("account_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _modified_at = d.pop("modified_at", UNSET)
        modified_at: datetime.datetime | Unset
        if isinstance(_modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = datetime.datetime.fromisoformat(_modified_at)

        disk_config = d.pop("disk_config", UNSET)

        def _parse_image_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_id = _parse_image_id(d.pop("image_id", UNSET))

        def _parse_keypair_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keypair_name = _parse_keypair_name(d.pop("keypair_name", UNSET))

        _server_type = d.pop("server_type", UNSET)
        server_type: ServerType | Unset
        if isinstance(_server_type, Unset):
            server_type = UNSET
        else:
            server_type = ServerType.from_dict(_server_type)

        def _parse_vpc_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vpc_id = _parse_vpc_id(d.pop("vpc_id", UNSET))

        def _parse_server_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_group_id = _parse_server_group_id(d.pop("server_group_id", UNSET))

        def _parse_auto_scaling_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_scaling_group_id = _parse_auto_scaling_group_id(d.pop("auto_scaling_group_id", UNSET))

        def _parse_launch_configuration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        launch_configuration_id = _parse_launch_configuration_id(
            d.pop("launch_configuration_id", UNSET)
        )

        def _parse_product_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_category = _parse_product_category(d.pop("product_category", UNSET))

        def _parse_product_offering(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_offering = _parse_product_offering(d.pop("product_offering", UNSET))

        def _parse_planned_compute_os_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_compute_os_type = _parse_planned_compute_os_type(
            d.pop("planned_compute_os_type", UNSET)
        )

        def _parse_is_marketplace(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_marketplace = _parse_is_marketplace(d.pop("is_marketplace", UNSET))

        def _parse_partition_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partition_number = _parse_partition_number(d.pop("partition_number", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ServerMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ServerMetadata.from_dict(_metadata)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[ServerAddress] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = ServerAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _security_groups = d.pop("security_groups", UNSET)
        security_groups: list[ServerSecurityGroup] | Unset = UNSET
        if _security_groups is not UNSET:
            security_groups = []
            for security_groups_item_data in _security_groups:
                security_groups_item = ServerSecurityGroup.from_dict(security_groups_item_data)

                security_groups.append(security_groups_item)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[ServerVolume] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = ServerVolume.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        server = cls(
            id=id,
            name=name,
            state=state,
            locked=locked,
            account_id=account_id,
            created_at=created_at,
            created_by=created_by,
            modified_at=modified_at,
            disk_config=disk_config,
            image_id=image_id,
            keypair_name=keypair_name,
            server_type=server_type,
            vpc_id=vpc_id,
            server_group_id=server_group_id,
            auto_scaling_group_id=auto_scaling_group_id,
            launch_configuration_id=launch_configuration_id,
            product_category=product_category,
            product_offering=product_offering,
            planned_compute_os_type=planned_compute_os_type,
            is_marketplace=is_marketplace,
            partition_number=partition_number,
            metadata=metadata,
            addresses=addresses,
            security_groups=security_groups,
            volumes=volumes,
        )

        server.additional_properties = d
        return server

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
