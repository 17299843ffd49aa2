from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.launch_configuration_show_response_v1_dot_2 import (
        LaunchConfigurationShowResponseV1Dot2,
    )


T = TypeVar("T", bound="LaunchConfigurationListResponseV1Dot2")


@_attrs_define
class LaunchConfigurationListResponseV1Dot2:
    """One page of launch configurations (API 1.2+).

    Attributes:
        launch_configurations (list[LaunchConfigurationShowResponseV1Dot2]): The launch configurations.
        count (int | Unset): Number of matching launch configurations. Default: 0.
    """

    launch_configurations: list[LaunchConfigurationShowResponseV1Dot2]
    count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        launch_configurations = []
        for launch_configurations_item_data in self.launch_configurations:
            launch_configurations_item = launch_configurations_item_data.to_dict()
            launch_configurations.append(launch_configurations_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "launch_configurations": launch_configurations,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.launch_configuration_show_response_v1_dot_2 import (
            LaunchConfigurationShowResponseV1Dot2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        launch_configurations = []
        _launch_configurations = d.pop("launch_configurations")
        for launch_configurations_item_data in _launch_configurations:
            launch_configurations_item = LaunchConfigurationShowResponseV1Dot2.from_dict(
                launch_configurations_item_data
            )

            launch_configurations.append(launch_configurations_item)

        count = d.pop("count", UNSET)

        launch_configuration_list_response_v1_dot_2 = cls(
            launch_configurations=launch_configurations,
            count=count,
        )

        launch_configuration_list_response_v1_dot_2.additional_properties = d
        return launch_configuration_list_response_v1_dot_2

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
