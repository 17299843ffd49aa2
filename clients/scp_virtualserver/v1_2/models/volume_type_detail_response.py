from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_type_extra_specs import VolumeTypeExtraSpecs


T = TypeVar("T", bound="VolumeTypeDetailResponse")


@_attrs_define
class VolumeTypeDetailResponse:
    """A volume type. From 1.2 on `extra_specs` is no longer required.

    Attributes:
        id (str): Volume type ID.
        description (None | str | Unset): What the volume type is for.
        extra_specs (None | Unset | VolumeTypeExtraSpecs): Further properties of the volume type.
        name (None | str | Unset): Volume type name.
    """

    id: str
    description: None | str | Unset = UNSET
    extra_specs: None | Unset | VolumeTypeExtraSpecs = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.volume_type_extra_specs import VolumeTypeExtraSpecs  # noqa: PLC0415

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        extra_specs: dict[str, Any] | None | Unset
        if isinstance(self.extra_specs, Unset):
            extra_specs = UNSET
        elif isinstance(self.extra_specs, VolumeTypeExtraSpecs):
            extra_specs = self.extra_specs.to_dict()
        else:
            extra_specs = self.extra_specs

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if extra_specs is not UNSET:
            field_dict["extra_specs"] = extra_specs
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_type_extra_specs import VolumeTypeExtraSpecs  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_extra_specs(data: object) -> None | Unset | VolumeTypeExtraSpecs:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_specs_type_0 = VolumeTypeExtraSpecs.from_dict(data)

                return extra_specs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VolumeTypeExtraSpecs, data)

        extra_specs = _parse_extra_specs(d.pop("extra_specs", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        volume_type_detail_response = cls(
            id=id,
            description=description,
            extra_specs=extra_specs,
            name=name,
        )

        volume_type_detail_response.additional_properties = d
        return volume_type_detail_response

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
