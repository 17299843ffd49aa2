from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoScalingGroupSetRequestV1Dot2")


@_attrs_define
class AutoScalingGroupSetRequestV1Dot2:
    """What to change on an Auto-Scaling Group, including the LB state check settings (API 1.2+).

    Attributes:
        desired_server_count_editable (bool | None | Unset): Whether the desired server count may be changed.
        drain_enabled (bool | None | Unset): Whether a server's load balancer connections are drained before it is
            removed.
        drain_timeout (int | None | Unset): How long draining may last.
        launch_configuration_id (None | str | Unset): The launch configuration new servers are created from.
        security_group_ids (list[str] | None | Unset): Security groups of the group's servers.
        state_check_delay_time (int | None | Unset): How long after creating a server the group waits before checking
            its state.
        use_lb_state_check (bool | None | Unset): Whether the group also checks the servers' state at the load balancer.
    """

    desired_server_count_editable: bool | None | Unset = UNSET
    drain_enabled: bool | None | Unset = UNSET
    drain_timeout: int | None | Unset = UNSET
    launch_configuration_id: None | str | Unset = UNSET
    security_group_ids: list[str] | None | Unset = UNSET
    state_check_delay_time: int | None | Unset = UNSET
    use_lb_state_check: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        desired_server_count_editable: bool | None | Unset
        if isinstance(self.desired_server_count_editable, Unset):
            desired_server_count_editable = UNSET
        else:
            desired_server_count_editable = self.desired_server_count_editable

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

        launch_configuration_id: None | str | Unset
        if isinstance(self.launch_configuration_id, Unset):
            launch_configuration_id = UNSET
        else:
            launch_configuration_id = self.launch_configuration_id

        security_group_ids: list[str] | None | Unset
        if isinstance(self.security_group_ids, Unset):
            security_group_ids = UNSET
        elif isinstance(self.security_group_ids, list):
            security_group_ids = self.security_group_ids

        else:
            security_group_ids = self.security_group_ids

        state_check_delay_time: int | None | Unset
        if isinstance(self.state_check_delay_time, Unset):
            state_check_delay_time = UNSET
        else:
            state_check_delay_time = self.state_check_delay_time

        use_lb_state_check: bool | None | Unset
        if isinstance(self.use_lb_state_check, Unset):
            use_lb_state_check = UNSET
        else:
            use_lb_state_check = self.use_lb_state_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if desired_server_count_editable is not UNSET:
            field_dict["desired_server_count_editable"] = desired_server_count_editable
        if drain_enabled is not UNSET:
            field_dict["drain_enabled"] = drain_enabled
        if drain_timeout is not UNSET:
            field_dict["drain_timeout"] = drain_timeout
        if launch_configuration_id is not UNSET:
            field_dict["launch_configuration_id"] = launch_configuration_id
        if security_group_ids is not UNSET:
            field_dict["security_group_ids"] = security_group_ids
        if state_check_delay_time is not UNSET:
            field_dict["state_check_delay_time"] = state_check_delay_time
        if use_lb_state_check is not UNSET:
            field_dict["use_lb_state_check"] = use_lb_state_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_desired_server_count_editable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        desired_server_count_editable = _parse_desired_server_count_editable(
            d.pop("desired_server_count_editable", UNSET)
        )

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

        def _parse_launch_configuration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        launch_configuration_id = _parse_launch_configuration_id(
            d.pop("launch_configuration_id", UNSET)
        )

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

        def _parse_state_check_delay_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        state_check_delay_time = _parse_state_check_delay_time(
            d.pop("state_check_delay_time", UNSET)
        )

        def _parse_use_lb_state_check(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_lb_state_check = _parse_use_lb_state_check(d.pop("use_lb_state_check", UNSET))

        auto_scaling_group_set_request_v1_dot_2 = cls(
            desired_server_count_editable=desired_server_count_editable,
            drain_enabled=drain_enabled,
            drain_timeout=drain_timeout,
            launch_configuration_id=launch_configuration_id,
            security_group_ids=security_group_ids,
            state_check_delay_time=state_check_delay_time,
            use_lb_state_check=use_lb_state_check,
        )

        auto_scaling_group_set_request_v1_dot_2.additional_properties = d
        return auto_scaling_group_set_request_v1_dot_2

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
