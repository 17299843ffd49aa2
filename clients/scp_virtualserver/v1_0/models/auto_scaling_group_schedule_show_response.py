from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_scheduling_frequency_enum import JobSchedulingFrequencyEnum

T = TypeVar("T", bound="AutoScalingGroupScheduleShowResponse")


@_attrs_define
class AutoScalingGroupScheduleShowResponse:
    """A schedule.

    Attributes:
        account_id (str): Account that owns the group.
        created_at (datetime.datetime): When the schedule was created.
        created_by (str): User who created the schedule.
        day_of_month (None | str): For a monthly schedule, the day(s) of the month it runs on.
        day_of_week (None | str): For a weekly schedule, the day(s) of the week it runs on.
        description (None | str): A free text about the schedule.
        desired_server_count (int | None): The desired server count set when the schedule runs.
        end_date (None | str): Last day the schedule runs; null for no end.
        frequency (JobSchedulingFrequencyEnum): How often a schedule runs.
        hour (int): Hour of the day it runs.
        id (str): Schedule ID.
        max_server_count (int | None): The maximum server count set when the schedule runs.
        min_server_count (int | None): The minimum server count set when the schedule runs.
        minute (int): Minute of the hour it runs.
        modified_at (datetime.datetime): When the schedule last changed.
        modified_by (str): User who last changed the schedule.
        name (str): Schedule name.
        start_date (str): First day the schedule runs.
        state (str): Schedule state (such as `ACTIVE`).
        timezone (str): Time zone of `hour` and `minute`.
    """

    account_id: str
    created_at: datetime.datetime
    created_by: str
    day_of_month: None | str
    day_of_week: None | str
    description: None | str
    desired_server_count: int | None
    end_date: None | str
    frequency: JobSchedulingFrequencyEnum
    hour: int
    id: str
    max_server_count: int | None
    min_server_count: int | None
    minute: int
    modified_at: datetime.datetime
    modified_by: str
    name: str
    start_date: str
    state: str
    timezone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        day_of_month: None | str
        day_of_month = self.day_of_month

        day_of_week: None | str
        day_of_week = self.day_of_week

        description: None | str
        description = self.description

        desired_server_count: int | None
        desired_server_count = self.desired_server_count

        end_date: None | str
        end_date = self.end_date

        frequency = self.frequency.value

        hour = self.hour

        id = self.id

        max_server_count: int | None
        max_server_count = self.max_server_count

        min_server_count: int | None
        min_server_count = self.min_server_count

        minute = self.minute

        modified_at = self.modified_at.isoformat()

        modified_by = self.modified_by

        name = self.name

        start_date = self.start_date

        state = self.state

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_at": created_at,
                "created_by": created_by,
                "day_of_month": day_of_month,
                "day_of_week": day_of_week,
                "description": description,
                "desired_server_count": desired_server_count,
                "end_date": end_date,
                "frequency": frequency,
                "hour": hour,
                "id": id,
                "max_server_count": max_server_count,
                "min_server_count": min_server_count,
                "minute": minute,
                "modified_at": modified_at,
                "modified_by": modified_by,
                "name": name,
                "start_date": start_date,
                "state": state,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        def _parse_day_of_month(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        day_of_month = _parse_day_of_month(d.pop("day_of_month"))

        def _parse_day_of_week(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        day_of_week = _parse_day_of_week(d.pop("day_of_week"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_desired_server_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        desired_server_count = _parse_desired_server_count(d.pop("desired_server_count"))

        def _parse_end_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_date = _parse_end_date(d.pop("end_date"))

        frequency = JobSchedulingFrequencyEnum(d.pop("frequency"))

        hour = d.pop("hour")

        id = d.pop("id")

        def _parse_max_server_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_server_count = _parse_max_server_count(d.pop("max_server_count"))

        def _parse_min_server_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_server_count = _parse_min_server_count(d.pop("min_server_count"))

        minute = d.pop("minute")

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        modified_by = d.pop("modified_by")

        name = d.pop("name")

        start_date = d.pop("start_date")

        state = d.pop("state")

        timezone = d.pop("timezone")

        auto_scaling_group_schedule_show_response = cls(
            account_id=account_id,
            created_at=created_at,
            created_by=created_by,
            day_of_month=day_of_month,
            day_of_week=day_of_week,
            description=description,
            desired_server_count=desired_server_count,
            end_date=end_date,
            frequency=frequency,
            hour=hour,
            id=id,
            max_server_count=max_server_count,
            min_server_count=min_server_count,
            minute=minute,
            modified_at=modified_at,
            modified_by=modified_by,
            name=name,
            start_date=start_date,
            state=state,
            timezone=timezone,
        )

        auto_scaling_group_schedule_show_response.additional_properties = d
        return auto_scaling_group_schedule_show_response

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
