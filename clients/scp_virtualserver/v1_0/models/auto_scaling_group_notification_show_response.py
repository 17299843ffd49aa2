from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoScalingGroupNotificationShowResponse")


@_attrs_define
class AutoScalingGroupNotificationShowResponse:
    """One user's notification of an Auto-Scaling Group's events.

    Attributes:
        account_id (str): Account that owns the group.
        auto_scaling_group_id (str): The Auto-Scaling Group.
        created_at (datetime.datetime): When the notification was created.
        created_by (str): User who created the notification.
        id (str): Notification ID.
        modified_at (datetime.datetime): When the notification last changed.
        modified_by (str): User who last changed the notification.
        notification_events (list[str]): The events the user is notified of.
        notification_state (str): The notification's state (such as `ACTIVE`).
        user_email (str): The notified user's email address.
        user_id (str): The notified user.
        user_name (str): The notified user's name.
    """

    account_id: str
    auto_scaling_group_id: str
    created_at: datetime.datetime
    created_by: str
    id: str
    modified_at: datetime.datetime
    modified_by: str
    notification_events: list[str]
    notification_state: str
    user_email: str
    user_id: str
    user_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        auto_scaling_group_id = self.auto_scaling_group_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = self.id

        modified_at = self.modified_at.isoformat()

        modified_by = self.modified_by

        notification_events = self.notification_events

        notification_state = self.notification_state

        user_email = self.user_email

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "auto_scaling_group_id": auto_scaling_group_id,
                "created_at": created_at,
                "created_by": created_by,
                "id": id,
                "modified_at": modified_at,
                "modified_by": modified_by,
                "notification_events": notification_events,
                "notification_state": notification_state,
                "user_email": user_email,
                "user_id": user_id,
                "user_name": user_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        auto_scaling_group_id = d.pop("auto_scaling_group_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        id = d.pop("id")

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        modified_by = d.pop("modified_by")

        notification_events = cast(list[str], d.pop("notification_events"))

        notification_state = d.pop("notification_state")

        user_email = d.pop("user_email")

        user_id = d.pop("user_id")

        user_name = d.pop("user_name")

        auto_scaling_group_notification_show_response = cls(
            account_id=account_id,
            auto_scaling_group_id=auto_scaling_group_id,
            created_at=created_at,
            created_by=created_by,
            id=id,
            modified_at=modified_at,
            modified_by=modified_by,
            notification_events=notification_events,
            notification_state=notification_state,
            user_email=user_email,
            user_id=user_id,
            user_name=user_name,
        )

        auto_scaling_group_notification_show_response.additional_properties = d
        return auto_scaling_group_notification_show_response

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
