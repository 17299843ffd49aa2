from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.default_config_list_response_configs import (
        DefaultConfigListResponseConfigs,
    )


T = TypeVar("T", bound="DefaultConfigListResponse")


@_attrs_define
class DefaultConfigListResponse:
    """The service's default settings.

    Attributes:
        configs (DefaultConfigListResponseConfigs): The settings, as name-value pairs.
        count (int): Number of settings.
    """

    configs: DefaultConfigListResponseConfigs
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configs = self.configs.to_dict()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configs": configs,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_config_list_response_configs import (
            DefaultConfigListResponseConfigs,  # noqa: PLC0415
        )

        d = dict(src_dict)
        configs = DefaultConfigListResponseConfigs.from_dict(d.pop("configs"))

        count = d.pop("count")

        default_config_list_response = cls(
            configs=configs,
            count=count,
        )

        default_config_list_response.additional_properties = d
        return default_config_list_response

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
