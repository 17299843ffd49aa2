from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_scaling_group_lb_server_group import AutoScalingGroupLbServerGroup


T = TypeVar("T", bound="AutoScalingGroupV1Dot2")


@_attrs_define
class AutoScalingGroupV1Dot2:
    """An Auto-Scaling Group, as a list shows it, with the LB state check settings (API 1.2+).

    Attributes:
        account_id (str): Account that owns the group.
        created_at (datetime.datetime): When the group was created.
        created_by (str): User who created the group.
        desired_server_count (int): How many servers the group should run.
        desired_server_count_editable (bool): Whether the desired server count may be changed.
        drain_enabled (bool): Whether a server's load balancer connections are drained before it is removed.
        id (str): Auto-Scaling Group ID.
        launch_configuration_id (str): The launch configuration the group's servers are created from.
        launch_configuration_name (str): That launch configuration's name.
        max_server_count (int): Most servers the group may run.
        min_server_count (int): Fewest servers the group may run.
        modified_at (datetime.datetime): When the group last changed.
        modified_by (str): User who last changed the group.
        name (str): Group name.
        server_name_prefix (str): Start of the names of the group's servers.
        state (str): Group state (such as `IN_SERVICE`).
        vpc_id (str): VPC of the group.
        state_check_delay_time (int): How long after creating a server the group waits before checking its state.
        use_lb_state_check (bool): Whether the group also checks the servers' state at the load balancer.
        drain_timeout (int | None | Unset): How long draining may last.
        lb_server_groups (list[AutoScalingGroupLbServerGroup] | None | Unset): Load balancer server groups the servers
            are registered in.
        security_group_ids (list[str] | None | Unset): Security groups of the group's servers.
        subnet_ids (list[str] | Unset): Subnets the group's servers are placed in.
    """

    account_id: str
    created_at: datetime.datetime
    created_by: str
    desired_server_count: int
    desired_server_count_editable: bool
    drain_enabled: bool
    id: str
    launch_configuration_id: str
    launch_configuration_name: str
    max_server_count: int
    min_server_count: int
    modified_at: datetime.datetime
    modified_by: str
    name: str
    server_name_prefix: str
    state: str
    vpc_id: str
    state_check_delay_time: int
    use_lb_state_check: bool
    drain_timeout: int | None | Unset = UNSET
    lb_server_groups: list[AutoScalingGroupLbServerGroup] | None | Unset = UNSET
    security_group_ids: list[str] | None | Unset = UNSET
    subnet_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        desired_server_count = self.desired_server_count

        desired_server_count_editable = self.desired_server_count_editable

        drain_enabled = self.drain_enabled

        id = self.id

        launch_configuration_id = self.launch_configuration_id

        launch_configuration_name = self.launch_configuration_name

        max_server_count = self.max_server_count

        min_server_count = self.min_server_count

        modified_at = self.modified_at.isoformat()

        modified_by = self.modified_by

        name = self.name

        server_name_prefix = self.server_name_prefix

        state = self.state

        vpc_id = self.vpc_id

        state_check_delay_time = self.state_check_delay_time

        use_lb_state_check = self.use_lb_state_check

        drain_timeout: int | None | Unset
        if isinstance(self.drain_timeout, Unset):
            drain_timeout = UNSET
        else:
            drain_timeout = self.drain_timeout

        lb_server_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.lb_server_groups, Unset):
            lb_server_groups = UNSET
        elif isinstance(self.lb_server_groups, list):
            lb_server_groups = []
            for lb_server_groups_type_0_item_data in self.lb_server_groups:
                lb_server_groups_type_0_item = lb_server_groups_type_0_item_data.to_dict()
                lb_server_groups.append(lb_server_groups_type_0_item)

        else:
            lb_server_groups = self.lb_server_groups

        security_group_ids: list[str] | None | Unset
        if isinstance(self.security_group_ids, Unset):
            security_group_ids = UNSET
        elif isinstance(self.security_group_ids, list):
            security_group_ids = self.security_group_ids

        else:
            security_group_ids = self.security_group_ids

        subnet_ids: list[str] | Unset = UNSET
        if not isinstance(self.subnet_ids, Unset):
            subnet_ids = self.subnet_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_at": created_at,
                "created_by": created_by,
                "desired_server_count": desired_server_count,
                "desired_server_count_editable": desired_server_count_editable,
                "drain_enabled": drain_enabled,
                "id": id,
                "launch_configuration_id": launch_configuration_id,
                "launch_configuration_name": launch_configuration_name,
                "max_server_count": max_server_count,
                "min_server_count": min_server_count,
                "modified_at": modified_at,
                "modified_by": modified_by,
                "name": name,
                "server_name_prefix": server_name_prefix,
                "state": state,
                "vpc_id": vpc_id,
                "state_check_delay_time": state_check_delay_time,
                "use_lb_state_check": use_lb_state_check,
            }
        )
        if drain_timeout is not UNSET:
            field_dict["drain_timeout"] = drain_timeout
        if lb_server_groups is not UNSET:
            field_dict["lb_server_groups"] = lb_server_groups
        if security_group_ids is not UNSET:
            field_dict["security_group_ids"] = security_group_ids
        if subnet_ids is not UNSET:
            field_dict["subnet_ids"] = subnet_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling_group_lb_server_group import (
            AutoScalingGroupLbServerGroup,  # noqa: PLC0415
        )

        d = dict(src_dict)
        account_id = d.pop("account_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        desired_server_count = d.pop("desired_server_count")

        desired_server_count_editable = d.pop("desired_server_count_editable")

        drain_enabled = d.pop("drain_enabled")

        id = d.pop("id")

        launch_configuration_id = d.pop("launch_configuration_id")

        launch_configuration_name = d.pop("launch_configuration_name")

        max_server_count = d.pop("max_server_count")

        min_server_count = d.pop("min_server_count")

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        modified_by = d.pop("modified_by")

        name = d.pop("name")

        server_name_prefix = d.pop("server_name_prefix")

        state = d.pop("state")

        vpc_id = d.pop("vpc_id")

        state_check_delay_time = d.pop("state_check_delay_time")

        use_lb_state_check = d.pop("use_lb_state_check")

        def _parse_drain_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        drain_timeout = _parse_drain_timeout(d.pop("drain_timeout", UNSET))

        def _parse_lb_server_groups(
            data: object,
        ) -> list[AutoScalingGroupLbServerGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lb_server_groups_type_0 = []
                _lb_server_groups_type_0 = data
                for lb_server_groups_type_0_item_data in _lb_server_groups_type_0:
                    lb_server_groups_type_0_item = AutoScalingGroupLbServerGroup.from_dict(
                        lb_server_groups_type_0_item_data
                    )

                    lb_server_groups_type_0.append(lb_server_groups_type_0_item)

                return lb_server_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutoScalingGroupLbServerGroup] | None | Unset, data)

        lb_server_groups = _parse_lb_server_groups(d.pop("lb_server_groups", UNSET))

        def _parse_security_group_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                security_group_ids_type_0 = cast(list[str], data)

                return security_group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        security_group_ids = _parse_security_group_ids(d.pop("security_group_ids", UNSET))

        subnet_ids = cast(list[str], d.pop("subnet_ids", UNSET))

        auto_scaling_group_v1_dot_2 = cls(
            account_id=account_id,
            created_at=created_at,
            created_by=created_by,
            desired_server_count=desired_server_count,
            desired_server_count_editable=desired_server_count_editable,
            drain_enabled=drain_enabled,
            id=id,
            launch_configuration_id=launch_configuration_id,
            launch_configuration_name=launch_configuration_name,
            max_server_count=max_server_count,
            min_server_count=min_server_count,
            modified_at=modified_at,
            modified_by=modified_by,
            name=name,
            server_name_prefix=server_name_prefix,
            state=state,
            vpc_id=vpc_id,
            state_check_delay_time=state_check_delay_time,
            use_lb_state_check=use_lb_state_check,
            drain_timeout=drain_timeout,
            lb_server_groups=lb_server_groups,
            security_group_ids=security_group_ids,
            subnet_ids=subnet_ids,
        )

        auto_scaling_group_v1_dot_2.additional_properties = d
        return auto_scaling_group_v1_dot_2

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
