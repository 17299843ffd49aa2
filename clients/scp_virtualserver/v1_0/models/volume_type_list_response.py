from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.volume_type_detail_response import VolumeTypeDetailResponse


T = TypeVar("T", bound="VolumeTypeListResponse")


@_attrs_define
class VolumeTypeListResponse:
    """One page of volume types.

    Attributes:
        volume_types (list[VolumeTypeDetailResponse]): The volume types.
    """

    volume_types: list[VolumeTypeDetailResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_types = []
        for volume_types_item_data in self.volume_types:
            volume_types_item = volume_types_item_data.to_dict()
            volume_types.append(volume_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volume_types": volume_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_type_detail_response import VolumeTypeDetailResponse  # noqa: PLC0415

        d = dict(src_dict)
        volume_types = []
        _volume_types = d.pop("volume_types")
        for volume_types_item_data in _volume_types:
            volume_types_item = VolumeTypeDetailResponse.from_dict(volume_types_item_data)

            volume_types.append(volume_types_item)

        volume_type_list_response = cls(
            volume_types=volume_types,
        )

        volume_type_list_response.additional_properties = d
        return volume_type_list_response

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
