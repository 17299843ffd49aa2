from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoScalingGroupSetServerCountRequest")


@_attrs_define
class AutoScalingGroupSetServerCountRequest:
    """New server counts for an Auto-Scaling Group.

    Attributes:
        desired_server_count (int | None | Unset): How many servers the group should run.
        max_server_count (int | None | Unset): Most servers the group may run.
        min_server_count (int | None | Unset): Fewest servers the group may run.
    """

    desired_server_count: int | None | Unset = UNSET
    max_server_count: int | None | Unset = UNSET
    min_server_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        desired_server_count: int | None | Unset
        if isinstance(self.desired_server_count, Unset):
            desired_server_count = UNSET
        else:
            desired_server_count = self.desired_server_count

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if desired_server_count is not UNSET:
            field_dict["desired_server_count"] = desired_server_count
        if max_server_count is not UNSET:
            field_dict["max_server_count"] = max_server_count
        if min_server_count is not UNSET:
            field_dict["min_server_count"] = min_server_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_desired_server_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        desired_server_count = _parse_desired_server_count(d.pop("desired_server_count", UNSET))

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

        auto_scaling_group_set_server_count_request = cls(
            desired_server_count=desired_server_count,
            max_server_count=max_server_count,
            min_server_count=min_server_count,
        )

        auto_scaling_group_set_server_count_request.additional_properties = d
        return auto_scaling_group_set_server_count_request

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
