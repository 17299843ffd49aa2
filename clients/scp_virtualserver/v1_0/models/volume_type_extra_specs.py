from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeTypeExtraSpecs")


@_attrs_define
class VolumeTypeExtraSpecs:
    """Further properties of a volume type.

    Attributes:
        multiattach (None | str | Unset): Whether volumes of this type can be attached to several servers at once, as
            text.
    """

    multiattach: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multiattach: None | str | Unset
        if isinstance(self.multiattach, Unset):
            multiattach = UNSET
        else:
            multiattach = self.multiattach

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if multiattach is not UNSET:
            field_dict["multiattach"] = multiattach

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_multiattach(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        multiattach = _parse_multiattach(d.pop("multiattach", UNSET))

        volume_type_extra_specs = cls(
            multiattach=multiattach,
        )

        volume_type_extra_specs.additional_properties = d
        return volume_type_extra_specs

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
