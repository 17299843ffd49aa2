from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_scaling_group_notification_show_response import (
        AutoScalingGroupNotificationShowResponse,
    )


T = TypeVar("T", bound="AutoScalingGroupNotificationListResponse")


@_attrs_define
class AutoScalingGroupNotificationListResponse:
    """A list of an Auto-Scaling Group's notifications.

    Attributes:
        count (int): Number of notifications.
        notifications (list[AutoScalingGroupNotificationShowResponse]): The notifications.
    """

    count: int
    notifications: list[AutoScalingGroupNotificationShowResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        notifications = []
        for notifications_item_data in self.notifications:
            notifications_item = notifications_item_data.to_dict()
            notifications.append(notifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "notifications": notifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling_group_notification_show_response import (
            AutoScalingGroupNotificationShowResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")

        notifications = []
        _notifications = d.pop("notifications")
        for notifications_item_data in _notifications:
            notifications_item = AutoScalingGroupNotificationShowResponse.from_dict(
                notifications_item_data
            )

            notifications.append(notifications_item)

        auto_scaling_group_notification_list_response = cls(
            count=count,
            notifications=notifications,
        )

        auto_scaling_group_notification_list_response.additional_properties = d
        return auto_scaling_group_notification_list_response

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
