from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoScalingGroupNotificationUpdateRequest")


@_attrs_define
class AutoScalingGroupNotificationUpdateRequest:
    """What to change on a notification.

    Attributes:
        notification_events (list[str] | None | Unset): The events to notify of.
        notification_state (None | str | Unset): The notification's state (such as `ACTIVE`).
    """

    notification_events: list[str] | None | Unset = UNSET
    notification_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_events: list[str] | None | Unset
        if isinstance(self.notification_events, Unset):
            notification_events = UNSET
        elif isinstance(self.notification_events, list):
            notification_events = self.notification_events

        else:
            notification_events = self.notification_events

        notification_state: None | str | Unset
        if isinstance(self.notification_state, Unset):
            notification_state = UNSET
        else:
            notification_state = self.notification_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_events is not UNSET:
            field_dict["notification_events"] = notification_events
        if notification_state is not UNSET:
            field_dict["notification_state"] = notification_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_notification_events(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notification_events_type_0 = cast(list[str], data)

                return notification_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        notification_events = _parse_notification_events(d.pop("notification_events", UNSET))

        def _parse_notification_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notification_state = _parse_notification_state(d.pop("notification_state", UNSET))

        auto_scaling_group_notification_update_request = cls(
            notification_events=notification_events,
            notification_state=notification_state,
        )

        auto_scaling_group_notification_update_request.additional_properties = d
        return auto_scaling_group_notification_update_request

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
