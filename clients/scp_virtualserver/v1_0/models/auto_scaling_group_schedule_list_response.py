from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_scaling_group_schedule_show_response import (
        AutoScalingGroupScheduleShowResponse,
    )


T = TypeVar("T", bound="AutoScalingGroupScheduleListResponse")


@_attrs_define
class AutoScalingGroupScheduleListResponse:
    """One page of an Auto-Scaling Group's schedules.

    Attributes:
        count (int): Number of matching schedules.
        page (int): This page's number, counting from 0.
        schedules (list[AutoScalingGroupScheduleShowResponse]): The schedules.
        size (int): Page size.
        sort (list[str] | None | Unset): The sort keys applied.
    """

    count: int
    page: int
    schedules: list[AutoScalingGroupScheduleShowResponse]
    size: int
    sort: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        page = self.page

        schedules = []
        for schedules_item_data in self.schedules:
            schedules_item = schedules_item_data.to_dict()
            schedules.append(schedules_item)

        size = self.size

        sort: list[str] | None | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, list):
            sort = self.sort

        else:
            sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "page": page,
                "schedules": schedules,
                "size": size,
            }
        )
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling_group_schedule_show_response import (
            AutoScalingGroupScheduleShowResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")

        page = d.pop("page")

        schedules = []
        _schedules = d.pop("schedules")
        for schedules_item_data in _schedules:
            schedules_item = AutoScalingGroupScheduleShowResponse.from_dict(schedules_item_data)

            schedules.append(schedules_item)

        size = d.pop("size")

        def _parse_sort(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sort_type_0 = cast(list[str], data)

                return sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

        auto_scaling_group_schedule_list_response = cls(
            count=count,
            page=page,
            schedules=schedules,
            size=size,
            sort=sort,
        )

        auto_scaling_group_schedule_list_response.additional_properties = d
        return auto_scaling_group_schedule_list_response

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
