from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_scheduling_frequency_enum import JobSchedulingFrequencyEnum
from ..models.job_scheduling_state import JobSchedulingState
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoScalingGroupScheduleUpdateRequest")


@_attrs_define
class AutoScalingGroupScheduleUpdateRequest:
    """What to change on a schedule.

    Attributes:
        day_of_month (None | str | Unset): For a monthly schedule, the day(s) of the month it runs on.
        day_of_week (None | str | Unset): For a weekly schedule, the day(s) of the week it runs on.
        description (None | str | Unset): A free text about the schedule.
        desired_server_count (int | None | Unset): The desired server count to set when the schedule runs.
        end_date (None | str | Unset): Last day the schedule runs.
        frequency (JobSchedulingFrequencyEnum | Unset): How often a schedule runs.
        hour (int | None | Unset): Hour of the day it runs, 0 to 23.
        max_server_count (int | None | Unset): The maximum server count to set when the schedule runs.
        min_server_count (int | None | Unset): The minimum server count to set when the schedule runs.
        minute (int | None | Unset): Minute of the hour it runs.
        name (None | str | Unset): Schedule name (letters, digits, `-` and `_`).
        start_date (None | str | Unset): First day the schedule runs.
        state (JobSchedulingState | Unset): Whether a schedule is on, off or deleted.
        timezone (None | str | Unset): Time zone of `hour` and `minute` (such as `Asia/Seoul`).
    """

    day_of_month: None | str | Unset = UNSET
    day_of_week: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    desired_server_count: int | None | Unset = UNSET
    end_date: None | str | Unset = UNSET
    frequency: JobSchedulingFrequencyEnum | Unset = UNSET
    hour: int | None | Unset = UNSET
    max_server_count: int | None | Unset = UNSET
    min_server_count: int | None | Unset = UNSET
    minute: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    state: JobSchedulingState | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        hour: int | None | Unset
        if isinstance(self.hour, Unset):
            hour = UNSET
        else:
            hour = self.hour

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

        minute: int | None | Unset
        if isinstance(self.minute, Unset):
            minute = UNSET
        else:
            minute = self.minute

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if hour is not UNSET:
            field_dict["hour"] = hour
        if max_server_count is not UNSET:
            field_dict["max_server_count"] = max_server_count
        if min_server_count is not UNSET:
            field_dict["min_server_count"] = min_server_count
        if minute is not UNSET:
            field_dict["minute"] = minute
        if name is not UNSET:
            field_dict["name"] = name
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        _frequency = d.pop("frequency", UNSET)
        frequency: JobSchedulingFrequencyEnum | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = JobSchedulingFrequencyEnum(_frequency)

        def _parse_hour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hour = _parse_hour(d.pop("hour", UNSET))

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

        def _parse_minute(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minute = _parse_minute(d.pop("minute", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        _state = d.pop("state", UNSET)
        state: JobSchedulingState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobSchedulingState(_state)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        auto_scaling_group_schedule_update_request = cls(
            day_of_month=day_of_month,
            day_of_week=day_of_week,
            description=description,
            desired_server_count=desired_server_count,
            end_date=end_date,
            frequency=frequency,
            hour=hour,
            max_server_count=max_server_count,
            min_server_count=min_server_count,
            minute=minute,
            name=name,
            start_date=start_date,
            state=state,
            timezone=timezone,
        )

        auto_scaling_group_schedule_update_request.additional_properties = d
        return auto_scaling_group_schedule_update_request

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
