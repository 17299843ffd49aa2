from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.planned_compute_os_type import PlannedComputeOsType
from ..models.server_product_category import ServerProductCategory
from ..models.server_product_offering import ServerProductOffering
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_scaling_group_virtual_server_show_response_v1_dot_2_metadata import (
        AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata,
    )
    from ..models.server_show_response_address import ServerShowResponseAddress
    from ..models.server_show_response_security_group import (
        ServerShowResponseSecurityGroup,
    )
    from ..models.server_show_response_server_type import ServerShowResponseServerType
    from ..models.server_show_response_volume import ServerShowResponseVolume


T = TypeVar("T", bound="AutoScalingGroupVirtualServerShowResponseV1Dot2")


@_attrs_define
class AutoScalingGroupVirtualServerShowResponseV1Dot2:
    """A server an Auto-Scaling Group runs, with its health (API 1.2+).

    Attributes:
        account_id (str): Account that owns the server.
        auto_scaling_group_id (str): The Auto-Scaling Group that runs the server.
        created_at (datetime.datetime): When the server was created.
        created_by (str): User (or service) that created the server.
        disk_config (str): How the boot disk was partitioned (such as `MANUAL`).
        id (str): Server ID.
        locked (bool): Whether the server is locked against changes.
        metadata (AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata): Key-value metadata of the server.
        modified_at (datetime.datetime): When the server last changed.
        name (str): Server name.
        server_type (ServerShowResponseServerType): A server's type (vCPUs, memory, disks).
        state (str): Server state (such as `ACTIVE`).
        volumes (list[ServerShowResponseVolume]): Volumes attached to the server.
        is_lb_healthy (bool): Whether the load balancer considers the server healthy.
        addresses (list[ServerShowResponseAddress] | None | Unset): The server's subnets and IP addresses.
        image_id (None | str | Unset): Image the server was created from.
        is_marketplace (bool | None | Unset): Whether that image is a Marketplace image.
        keypair_name (None | str | Unset): Keypair installed on the server.
        launch_configuration_id (None | str | Unset): Launch configuration the server was created from.
        lb_linked_state (None | str | Unset): The state of the server's registration with the load balancer.
        planned_compute_os_type (None | PlannedComputeOsType | Unset): Operating system family of the server.
        product_category (None | ServerProductCategory | Unset): Product category of the server.
        product_offering (None | ServerProductOffering | Unset): Product offering of the server.
        security_groups (list[ServerShowResponseSecurityGroup] | None | Unset): Security groups of the server.
        server_group_id (None | str | Unset): Server group the server belongs to.
        vpc_id (None | str | Unset): VPC of the server.
        partition_number (int | None | Unset): Partition of the server group the server is placed in, if any. API 1.1+.
        is_asg_virtual_server_healthy (bool | Unset): Whether the group considers the server healthy.
    """

    account_id: str
    auto_scaling_group_id: str
    created_at: datetime.datetime
    created_by: str
    disk_config: str
    id: str
    locked: bool
    metadata: AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata
    modified_at: datetime.datetime
    name: str
    server_type: ServerShowResponseServerType
    state: str
    volumes: list[ServerShowResponseVolume]
    is_lb_healthy: bool
    addresses: list[ServerShowResponseAddress] | None | Unset = UNSET
    image_id: None | str | Unset = UNSET
    is_marketplace: bool | None | Unset = UNSET
    keypair_name: None | str | Unset = UNSET
    launch_configuration_id: None | str | Unset = UNSET
    lb_linked_state: None | str | Unset = UNSET
    planned_compute_os_type: None | PlannedComputeOsType | Unset = UNSET
    product_category: None | ServerProductCategory | Unset = UNSET
    product_offering: None | ServerProductOffering | Unset = UNSET
    security_groups: list[ServerShowResponseSecurityGroup] | None | Unset = UNSET
    server_group_id: None | str | Unset = UNSET
    vpc_id: None | str | Unset = UNSET
    partition_number: int | None | Unset = UNSET
    is_asg_virtual_server_healthy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        auto_scaling_group_id = self.auto_scaling_group_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        disk_config = self.disk_config

        id = self.id

        locked = self.locked

        metadata = self.metadata.to_dict()

        modified_at = self.modified_at.isoformat()

        name = self.name

        server_type = self.server_type.to_dict()

        state = self.state

        volumes = []
        for volumes_item_data in self.volumes:
            volumes_item = volumes_item_data.to_dict()
            volumes.append(volumes_item)

        is_lb_healthy = self.is_lb_healthy

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        image_id: None | str | Unset
        if isinstance(self.image_id, Unset):
            image_id = UNSET
        else:
            image_id = self.image_id

        is_marketplace: bool | None | Unset
        if isinstance(self.is_marketplace, Unset):
            is_marketplace = UNSET
        else:
            is_marketplace = self.is_marketplace

        keypair_name: None | str | Unset
        if isinstance(self.keypair_name, Unset):
            keypair_name = UNSET
        else:
            keypair_name = self.keypair_name

        launch_configuration_id: None | str | Unset
        if isinstance(self.launch_configuration_id, Unset):
            launch_configuration_id = UNSET
        else:
            launch_configuration_id = self.launch_configuration_id

        lb_linked_state: None | str | Unset
        if isinstance(self.lb_linked_state, Unset):
            lb_linked_state = UNSET
        else:
            lb_linked_state = self.lb_linked_state

        planned_compute_os_type: None | str | Unset
        if isinstance(self.planned_compute_os_type, Unset):
            planned_compute_os_type = UNSET
        elif isinstance(self.planned_compute_os_type, PlannedComputeOsType):
            planned_compute_os_type = self.planned_compute_os_type.value
        else:
            planned_compute_os_type = self.planned_compute_os_type

        product_category: None | str | Unset
        if isinstance(self.product_category, Unset):
            product_category = UNSET
        elif isinstance(self.product_category, ServerProductCategory):
            product_category = self.product_category.value
        else:
            product_category = self.product_category

        product_offering: None | str | Unset
        if isinstance(self.product_offering, Unset):
            product_offering = UNSET
        elif isinstance(self.product_offering, ServerProductOffering):
            product_offering = self.product_offering.value
        else:
            product_offering = self.product_offering

        security_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.security_groups, Unset):
            security_groups = UNSET
        elif isinstance(self.security_groups, list):
            security_groups = []
            for security_groups_type_0_item_data in self.security_groups:
                security_groups_type_0_item = security_groups_type_0_item_data.to_dict()
                security_groups.append(security_groups_type_0_item)

        else:
            security_groups = self.security_groups

        server_group_id: None | str | Unset
        if isinstance(self.server_group_id, Unset):
            server_group_id = UNSET
        else:
            server_group_id = self.server_group_id

        vpc_id: None | str | Unset
        if isinstance(self.vpc_id, Unset):
            vpc_id = UNSET
        else:
            vpc_id = self.vpc_id

        partition_number: int | None | Unset
        if isinstance(self.partition_number, Unset):
            partition_number = UNSET
        else:
            partition_number = self.partition_number

        is_asg_virtual_server_healthy = self.is_asg_virtual_server_healthy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "auto_scaling_group_id": auto_scaling_group_id,
                "created_at": created_at,
                "created_by": created_by,
                "disk_config": disk_config,
                "id": id,
                "locked": locked,
                "metadata": metadata,
                "modified_at": modified_at,
                "name": name,
                "server_type": server_type,
                "state": state,
                "volumes": volumes,
                "is_lb_healthy": is_lb_healthy,
            }
        )
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if is_marketplace is not UNSET:
            field_dict["is_marketplace"] = is_marketplace
        if keypair_name is not UNSET:
            field_dict["keypair_name"] = keypair_name
        if launch_configuration_id is not UNSET:
            field_dict["launch_configuration_id"] = launch_configuration_id
        if lb_linked_state is not UNSET:
            field_dict["lb_linked_state"] = lb_linked_state
        if planned_compute_os_type is not UNSET:
            field_dict["planned_compute_os_type"] = planned_compute_os_type
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if product_offering is not UNSET:
            field_dict["product_offering"] = product_offering
        if security_groups is not UNSET:
            field_dict["security_groups"] = security_groups
        if server_group_id is not UNSET:
            field_dict["server_group_id"] = server_group_id
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if partition_number is not UNSET:
            field_dict["partition_number"] = partition_number
        if is_asg_virtual_server_healthy is not UNSET:
            field_dict["is_asg_virtual_server_healthy"] = is_asg_virtual_server_healthy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling_group_virtual_server_show_response_v1_dot_2_metadata import (
            AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata,  # noqa: PLC0415
        )
        from ..models.server_show_response_address import ServerShowResponseAddress  # noqa: PLC0415
        from ..models.server_show_response_security_group import (
            ServerShowResponseSecurityGroup,  # noqa: PLC0415
        )
        from ..models.server_show_response_server_type import (
            ServerShowResponseServerType,  # noqa: PLC0415
        )
        from ..models.server_show_response_volume import ServerShowResponseVolume  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        auto_scaling_group_id = d.pop("auto_scaling_group_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        disk_config = d.pop("disk_config")

        id = d.pop("id")

        locked = d.pop("locked")

        metadata = AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata.from_dict(
            d.pop("metadata")
        )

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        name = d.pop("name")

        server_type = ServerShowResponseServerType.from_dict(d.pop("server_type"))

        state = d.pop("state")

        volumes = []
        _volumes = d.pop("volumes")
        for volumes_item_data in _volumes:
            volumes_item = ServerShowResponseVolume.from_dict(volumes_item_data)

            volumes.append(volumes_item)

        is_lb_healthy = d.pop("is_lb_healthy")

        def _parse_addresses(data: object) -> list[ServerShowResponseAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                addresses_type_0 = []
                _addresses_type_0 = data
                for addresses_type_0_item_data in _addresses_type_0:
                    addresses_type_0_item = ServerShowResponseAddress.from_dict(
                        addresses_type_0_item_data
                    )

                    addresses_type_0.append(addresses_type_0_item)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServerShowResponseAddress] | None | Unset, data)

        addresses = _parse_addresses(d.pop("addresses", UNSET))

        def _parse_image_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_id = _parse_image_id(d.pop("image_id", UNSET))

        def _parse_is_marketplace(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_marketplace = _parse_is_marketplace(d.pop("is_marketplace", UNSET))

        def _parse_keypair_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keypair_name = _parse_keypair_name(d.pop("keypair_name", UNSET))

        def _parse_launch_configuration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        launch_configuration_id = _parse_launch_configuration_id(
            d.pop("launch_configuration_id", UNSET)
        )

        def _parse_lb_linked_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lb_linked_state = _parse_lb_linked_state(d.pop("lb_linked_state", UNSET))

        def _parse_planned_compute_os_type(data: object) -> None | PlannedComputeOsType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_compute_os_type_type_0 = PlannedComputeOsType(data)

                return planned_compute_os_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlannedComputeOsType | Unset, data)

        planned_compute_os_type = _parse_planned_compute_os_type(
            d.pop("planned_compute_os_type", UNSET)
        )

        def _parse_product_category(data: object) -> None | ServerProductCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_category_type_0 = ServerProductCategory(data)

                return product_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerProductCategory | Unset, data)

        product_category = _parse_product_category(d.pop("product_category", UNSET))

        def _parse_product_offering(data: object) -> None | ServerProductOffering | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_offering_type_0 = ServerProductOffering(data)

                return product_offering_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerProductOffering | Unset, data)

        product_offering = _parse_product_offering(d.pop("product_offering", UNSET))

        def _parse_security_groups(
            data: object,
        ) -> list[ServerShowResponseSecurityGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                security_groups_type_0 = []
                _security_groups_type_0 = data
                for security_groups_type_0_item_data in _security_groups_type_0:
                    security_groups_type_0_item = ServerShowResponseSecurityGroup.from_dict(
                        security_groups_type_0_item_data
                    )

                    security_groups_type_0.append(security_groups_type_0_item)

                return security_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServerShowResponseSecurityGroup] | None | Unset, data)

        security_groups = _parse_security_groups(d.pop("security_groups", UNSET))

        def _parse_server_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_group_id = _parse_server_group_id(d.pop("server_group_id", UNSET))

        def _parse_vpc_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vpc_id = _parse_vpc_id(d.pop("vpc_id", UNSET))

        def _parse_partition_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partition_number = _parse_partition_number(d.pop("partition_number", UNSET))

        is_asg_virtual_server_healthy = d.pop("is_asg_virtual_server_healthy", UNSET)

        auto_scaling_group_virtual_server_show_response_v1_dot_2 = cls(
            account_id=account_id,
            auto_scaling_group_id=auto_scaling_group_id,
            created_at=created_at,
            created_by=created_by,
            disk_config=disk_config,
            id=id,
            locked=locked,
            metadata=metadata,
            modified_at=modified_at,
            name=name,
            server_type=server_type,
            state=state,
            volumes=volumes,
            is_lb_healthy=is_lb_healthy,
            addresses=addresses,
            image_id=image_id,
            is_marketplace=is_marketplace,
            keypair_name=keypair_name,
            launch_configuration_id=launch_configuration_id,
            lb_linked_state=lb_linked_state,
            planned_compute_os_type=planned_compute_os_type,
            product_category=product_category,
            product_offering=product_offering,
            security_groups=security_groups,
            server_group_id=server_group_id,
            vpc_id=vpc_id,
            partition_number=partition_number,
            is_asg_virtual_server_healthy=is_asg_virtual_server_healthy,
        )

        auto_scaling_group_virtual_server_show_response_v1_dot_2.additional_properties = d
        return auto_scaling_group_virtual_server_show_response_v1_dot_2

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
