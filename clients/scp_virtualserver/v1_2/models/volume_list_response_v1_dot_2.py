from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_show_response_v1_dot_2 import VolumeShowResponseV1Dot2


T = TypeVar("T", bound="VolumeListResponseV1Dot2")


@_attrs_define
class VolumeListResponseV1Dot2:
    """One page of volumes, with their QoS limits (1.2 on).

    Attributes:
        volumes (list[VolumeShowResponseV1Dot2]): The volumes.
        count (int | None | Unset): Total number of matching volumes, when `with_count` was asked.
    """

    volumes: list[VolumeShowResponseV1Dot2]
    count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volumes = []
        for volumes_item_data in self.volumes:
            volumes_item = volumes_item_data.to_dict()
            volumes.append(volumes_item)

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volumes": volumes,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_show_response_v1_dot_2 import VolumeShowResponseV1Dot2  # noqa: PLC0415

        d = dict(src_dict)
        volumes = []
        _volumes = d.pop("volumes")
        for volumes_item_data in _volumes:
            volumes_item = VolumeShowResponseV1Dot2.from_dict(volumes_item_data)

            volumes.append(volumes_item)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        volume_list_response_v1_dot_2 = cls(
            volumes=volumes,
            count=count,
        )

        volume_list_response_v1_dot_2.additional_properties = d
        return volume_list_response_v1_dot_2

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
