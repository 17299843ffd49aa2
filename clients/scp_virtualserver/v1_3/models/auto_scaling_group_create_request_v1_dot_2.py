from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_scaling_group_lb_server_group import AutoScalingGroupLbServerGroup
    from ..models.auto_scaling_group_notification_create_request import (
        AutoScalingGroupNotificationCreateRequest,
    )
    from ..models.auto_scaling_group_policy_create_request import (
        AutoScalingGroupPolicyCreateRequest,
    )
    from ..models.tag import Tag


T = TypeVar("T", bound="AutoScalingGroupCreateRequestV1Dot2")


@_attrs_define
class AutoScalingGroupCreateRequestV1Dot2:
    """A new Auto-Scaling Group, with the LB state check settings, which 1.3 requires.

    Attributes:
        desired_server_count (int): How many servers the group should run.
        desired_server_count_editable (bool): Whether the desired server count may be changed later.
        launch_configuration_id (str): The launch configuration the group's servers are created from.
        max_server_count (int): Most servers the group may run.
        min_server_count (int): Fewest servers the group may run.
        name (str): Group name (letters, digits, `-` and `_`).
        server_name_prefix (str): Start of the names of the group's servers (letters, digits, `-` and `_`).
        subnet_ids (list[str]): Subnets to place the group's servers in.
        state_check_delay_time (int): How long after creating a server the group waits before checking its state.
        use_lb_state_check (bool): Whether the group also checks the servers' state at the load balancer.
        drain_enabled (bool | None | Unset): Whether a server's load balancer connections are drained before it is
            removed.
        drain_timeout (int | None | Unset): How long draining may last.
        lb_server_groups (list[AutoScalingGroupLbServerGroup] | None | Unset): Load balancer server groups to register
            the servers in.
        notifications (list[AutoScalingGroupNotificationCreateRequest] | None | Unset): Notifications to set up with the
            group.
        scaling_policies (list[AutoScalingGroupPolicyCreateRequest] | None | Unset): Scaling policies to create with the
            group.
        security_group_ids (list[str] | None | Unset): Security groups of the group's servers.
        tags (list[Tag] | None | Unset): Tags to attach to the group.
    """

    desired_server_count: int
    desired_server_count_editable: bool
    launch_configuration_id: str
    max_server_count: int
    min_server_count: int
    name: str
    server_name_prefix: str
    subnet_ids: list[str]
    state_check_delay_time: int
    use_lb_state_check: bool
    drain_enabled: bool | None | Unset = UNSET
    drain_timeout: int | None | Unset = UNSET
    lb_server_groups: list[AutoScalingGroupLbServerGroup] | None | Unset = UNSET
    notifications: list[AutoScalingGroupNotificationCreateRequest] | None | Unset = UNSET
    scaling_policies: list[AutoScalingGroupPolicyCreateRequest] | None | Unset = UNSET
    security_group_ids: list[str] | None | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        desired_server_count = self.desired_server_count

        desired_server_count_editable = self.desired_server_count_editable

        launch_configuration_id = self.launch_configuration_id

        max_server_count = self.max_server_count

        min_server_count = self.min_server_count

        name = self.name

        server_name_prefix = self.server_name_prefix

        subnet_ids = self.subnet_ids

        state_check_delay_time = self.state_check_delay_time

        use_lb_state_check = self.use_lb_state_check

        drain_enabled: bool | None | Unset
        if isinstance(self.drain_enabled, Unset):
            drain_enabled = UNSET
        else:
            drain_enabled = self.drain_enabled

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

        notifications: list[dict[str, Any]] | None | Unset
        if isinstance(self.notifications, Unset):
            notifications = UNSET
        elif isinstance(self.notifications, list):
            notifications = []
            for notifications_type_0_item_data in self.notifications:
                notifications_type_0_item = notifications_type_0_item_data.to_dict()
                notifications.append(notifications_type_0_item)

        else:
            notifications = self.notifications

        scaling_policies: list[dict[str, Any]] | None | Unset
        if isinstance(self.scaling_policies, Unset):
            scaling_policies = UNSET
        elif isinstance(self.scaling_policies, list):
            scaling_policies = []
            for scaling_policies_type_0_item_data in self.scaling_policies:
                scaling_policies_type_0_item = scaling_policies_type_0_item_data.to_dict()
                scaling_policies.append(scaling_policies_type_0_item)

        else:
            scaling_policies = self.scaling_policies

        security_group_ids: list[str] | None | Unset
        if isinstance(self.security_group_ids, Unset):
            security_group_ids = UNSET
        elif isinstance(self.security_group_ids, list):
            security_group_ids = self.security_group_ids

        else:
            security_group_ids = self.security_group_ids

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
                "desired_server_count": desired_server_count,
                "desired_server_count_editable": desired_server_count_editable,
                "launch_configuration_id": launch_configuration_id,
                "max_server_count": max_server_count,
                "min_server_count": min_server_count,
                "name": name,
                "server_name_prefix": server_name_prefix,
                "subnet_ids": subnet_ids,
                "state_check_delay_time": state_check_delay_time,
                "use_lb_state_check": use_lb_state_check,
            }
        )
        if drain_enabled is not UNSET:
            field_dict["drain_enabled"] = drain_enabled
        if drain_timeout is not UNSET:
            field_dict["drain_timeout"] = drain_timeout
        if lb_server_groups is not UNSET:
            field_dict["lb_server_groups"] = lb_server_groups
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if scaling_policies is not UNSET:
            field_dict["scaling_policies"] = scaling_policies
        if security_group_ids is not UNSET:
            field_dict["security_group_ids"] = security_group_ids
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling_group_lb_server_group import (
            AutoScalingGroupLbServerGroup,  # noqa: PLC0415
        )
        from ..models.auto_scaling_group_notification_create_request import (
            AutoScalingGroupNotificationCreateRequest,  # noqa: PLC0415
        )
        from ..models.auto_scaling_group_policy_create_request import (
            AutoScalingGroupPolicyCreateRequest,  # noqa: PLC0415
        )
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        desired_server_count = d.pop("desired_server_count")

        desired_server_count_editable = d.pop("desired_server_count_editable")

        launch_configuration_id = d.pop("launch_configuration_id")

        max_server_count = d.pop("max_server_count")

        min_server_count = d.pop("min_server_count")

        name = d.pop("name")

        server_name_prefix = d.pop("server_name_prefix")

        subnet_ids = cast(list[str], d.pop("subnet_ids"))

        state_check_delay_time = d.pop("state_check_delay_time")

        use_lb_state_check = d.pop("use_lb_state_check")

        def _parse_drain_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        drain_enabled = _parse_drain_enabled(d.pop("drain_enabled", UNSET))

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

        def _parse_notifications(
            data: object,
        ) -> list[AutoScalingGroupNotificationCreateRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notifications_type_0 = []
                _notifications_type_0 = data
                for notifications_type_0_item_data in _notifications_type_0:
                    notifications_type_0_item = AutoScalingGroupNotificationCreateRequest.from_dict(
                        notifications_type_0_item_data
                    )

                    notifications_type_0.append(notifications_type_0_item)

                return notifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutoScalingGroupNotificationCreateRequest] | None | Unset, data)

        notifications = _parse_notifications(d.pop("notifications", UNSET))

        def _parse_scaling_policies(
            data: object,
        ) -> list[AutoScalingGroupPolicyCreateRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scaling_policies_type_0 = []
                _scaling_policies_type_0 = data
                for scaling_policies_type_0_item_data in _scaling_policies_type_0:
                    scaling_policies_type_0_item = AutoScalingGroupPolicyCreateRequest.from_dict(
                        scaling_policies_type_0_item_data
                    )

                    scaling_policies_type_0.append(scaling_policies_type_0_item)

                return scaling_policies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutoScalingGroupPolicyCreateRequest] | None | Unset, data)

        scaling_policies = _parse_scaling_policies(d.pop("scaling_policies", UNSET))

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

        auto_scaling_group_create_request_v1_dot_2 = cls(
            desired_server_count=desired_server_count,
            desired_server_count_editable=desired_server_count_editable,
            launch_configuration_id=launch_configuration_id,
            max_server_count=max_server_count,
            min_server_count=min_server_count,
            name=name,
            server_name_prefix=server_name_prefix,
            subnet_ids=subnet_ids,
            state_check_delay_time=state_check_delay_time,
            use_lb_state_check=use_lb_state_check,
            drain_enabled=drain_enabled,
            drain_timeout=drain_timeout,
            lb_server_groups=lb_server_groups,
            notifications=notifications,
            scaling_policies=scaling_policies,
            security_group_ids=security_group_ids,
            tags=tags,
        )

        auto_scaling_group_create_request_v1_dot_2.additional_properties = d
        return auto_scaling_group_create_request_v1_dot_2

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
