from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_scheduling_frequency_enum import JobSchedulingFrequencyEnum
from ..models.job_scheduling_state import JobSchedulingState
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoScalingGroupScheduleCreateRequest")


@_attrs_define
class AutoScalingGroupScheduleCreateRequest:
    """A new schedule.

    Attributes:
        frequency (JobSchedulingFrequencyEnum): How often a schedule runs.
        hour (int): Hour of the day it runs, 0 to 23.
        minute (int): Minute of the hour it runs.
        name (str): Schedule name (letters, digits, `-` and `_`).
        start_date (str): First day the schedule runs.
        timezone (str): Time zone of `hour` and `minute` (such as `Asia/Seoul`).
        day_of_month (None | str | Unset): For a monthly schedule, the day(s) of the month it runs on.
        day_of_week (None | str | Unset): For a weekly schedule, the day(s) of the week it runs on.
        description (None | str | Unset): A free text about the schedule.
        desired_server_count (int | None | Unset): The desired server count to set when the schedule runs.
        end_date (None | str | Unset): Last day the schedule runs; none for no end.
        max_server_count (int | None | Unset): The maximum server count to set when the schedule runs.
        min_server_count (int | None | Unset): The minimum server count to set when the schedule runs.
        state (JobSchedulingState | Unset): Whether a schedule is on, off or deleted.
    """

    frequency: JobSchedulingFrequencyEnum
    hour: int
    minute: int
    name: str
    start_date: str
    timezone: str
    day_of_month: None | str | Unset = UNSET
    day_of_week: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    desired_server_count: int | None | Unset = UNSET
    end_date: None | str | Unset = UNSET
    max_server_count: int | None | Unset = UNSET
    min_server_count: int | None | Unset = UNSET
    state: JobSchedulingState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frequency = self.frequency.value

        hour = self.hour

        minute = self.minute

        name = self.name

        start_date = self.start_date

        timezone = self.timezone

        day_of_month: None | str | Unset
        if isinstance(self.day_of_month, Unset):
            day_of_month = UNSET
        else:
            day_of_month = self.day_of_month

        day_of_week: None | str | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = self.day_of_week

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        desired_server_count: int | None | Unset
        if isinstance(self.desired_server_count, Unset):
            desired_server_count = UNSET
        else:
            desired_server_count = self.desired_server_count

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        max_server_count: int | None | Unset
        if isinstance(self.max_server_count, Unset):
            max_server_count = UNSET
        else:
            max_server_count = self.max_server_count

        min_server_count: int | None | Unset
        if isinstance(self.min_server_count, Unset):
            min_server_count = UNSET
        else:
            min_server_count = self.min_server_count

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frequency": frequency,
                "hour": hour,
                "minute": minute,
                "name": name,
                "start_date": start_date,
                "timezone": timezone,
            }
        )
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if description is not UNSET:
            field_dict["description"] = description
        if desired_server_count is not UNSET:
            field_dict["desired_server_count"] = desired_server_count
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if max_server_count is not UNSET:
            field_dict["max_server_count"] = max_server_count
        if min_server_count is not UNSET:
            field_dict["min_server_count"] = min_server_count
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frequency = JobSchedulingFrequencyEnum(d.pop("frequency"))

        hour = d.pop("hour")

        minute = d.pop("minute")

        name = d.pop("name")

        start_date = d.pop("start_date")

        timezone = d.pop("timezone")

        def _parse_day_of_month(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        day_of_month = _parse_day_of_month(d.pop("day_of_month", UNSET))

        def _parse_day_of_week(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        day_of_week = _parse_day_of_week(d.pop("day_of_week", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_desired_server_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        desired_server_count = _parse_desired_server_count(d.pop("desired_server_count", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_max_server_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_server_count = _parse_max_server_count(d.pop("max_server_count", UNSET))

        def _parse_min_server_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_server_count = _parse_min_server_count(d.pop("min_server_count", UNSET))

        _state = d.pop("state", UNSET)
        state: JobSchedulingState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobSchedulingState(_state)

        auto_scaling_group_schedule_create_request = cls(
            frequency=frequency,
            hour=hour,
            minute=minute,
            name=name,
            start_date=start_date,
            timezone=timezone,
            day_of_month=day_of_month,
            day_of_week=day_of_week,
            description=description,
            desired_server_count=desired_server_count,
            end_date=end_date,
            max_server_count=max_server_count,
            min_server_count=min_server_count,
            state=state,
        )

        auto_scaling_group_schedule_create_request.additional_properties = d
        return auto_scaling_group_schedule_create_request

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
