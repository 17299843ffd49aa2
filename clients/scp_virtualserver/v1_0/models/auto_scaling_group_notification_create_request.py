from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoScalingGroupNotificationCreateRequest")


@_attrs_define
class AutoScalingGroupNotificationCreateRequest:
    """Users to notify of an Auto-Scaling Group's events.

    Attributes:
        notification_events (list[str]): The events to notify of (such as `SCALE_OUT`, `SCALE_IN_FAIL`).
        user_ids (list[str]): The users to notify.
    """

    notification_events: list[str]
    user_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_events = self.notification_events

        user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notification_events": notification_events,
                "user_ids": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notification_events = cast(list[str], d.pop("notification_events"))

        user_ids = cast(list[str], d.pop("user_ids"))

        auto_scaling_group_notification_create_request = cls(
            notification_events=notification_events,
            user_ids=user_ids,
        )

        auto_scaling_group_notification_create_request.additional_properties = d
        return auto_scaling_group_notification_create_request

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
