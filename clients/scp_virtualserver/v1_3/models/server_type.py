from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_type_extra_specs import ServerTypeExtraSpecs


T = TypeVar("T", bound="ServerType")


@_attrs_define
class ServerType:
    """The server type (flavour) of a server.

    Attributes:
        id (None | str | Unset): Server type ID (s1v1m2, ...).
        name (str | Unset): Server type name.
        vcpus (int | Unset): Number of virtual CPUs.
        ram (int | Unset): Memory
        disk (int | Unset): Root disk size
        ephemeral (int | Unset): Ephemeral disk size
        swap (int | Unset): Swap disk size
        extra_specs (ServerTypeExtraSpecs | Unset):
    """

    id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    vcpus: int | Unset = UNSET
    ram: int | Unset = UNSET
    disk: int | Unset = UNSET
    ephemeral: int | Unset = UNSET
    swap: int | Unset = UNSET
    extra_specs: ServerTypeExtraSpecs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        vcpus = self.vcpus

        ram = self.ram

        disk = self.disk

        ephemeral = self.ephemeral

        swap = self.swap

        extra_specs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_specs, Unset):
            extra_specs = self.extra_specs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if vcpus is not UNSET:
            field_dict["vcpus"] = vcpus
        if ram is not UNSET:
            field_dict["ram"] = ram
        if disk is not UNSET:
            field_dict["disk"] = disk
        if ephemeral is not UNSET:
            field_dict["ephemeral"] = ephemeral
        if swap is not UNSET:
            field_dict["swap"] = swap
        if extra_specs is not UNSET:
            field_dict["extra_specs"] = extra_specs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_type_extra_specs import ServerTypeExtraSpecs  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        vcpus = d.pop("vcpus", UNSET)

        ram = d.pop("ram", UNSET)

        disk = d.pop("disk", UNSET)

        ephemeral = d.pop("ephemeral", UNSET)

        swap = d.pop("swap", UNSET)

        _extra_specs = d.pop("extra_specs", UNSET)
        extra_specs: ServerTypeExtraSpecs | Unset
        if isinstance(_extra_specs, Unset):
            extra_specs = UNSET
        else:
            extra_specs = ServerTypeExtraSpecs.from_dict(_extra_specs)

        server_type = cls(
            id=id,
            name=name,
            vcpus=vcpus,
            ram=ram,
            disk=disk,
            ephemeral=ephemeral,
            swap=swap,
            extra_specs=extra_specs,
        )

        server_type.additional_properties = d
        return server_type

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
