from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_show_response_server_type_extra_specs import (
        ServerShowResponseServerTypeExtraSpecs,
    )


T = TypeVar("T", bound="ServerShowResponseServerType")


@_attrs_define
class ServerShowResponseServerType:
    """A server's type (vCPUs, memory, disks).

    Attributes:
        disk (int): Root disk size.
        ephemeral (int): Ephemeral disk size.
        extra_specs (ServerShowResponseServerTypeExtraSpecs): Further properties of the type.
        name (str): Server type name.
        ram (int): Memory size.
        swap (int): Swap disk size.
        vcpus (int): Number of virtual CPUs.
        id (None | str | Unset): Server type ID.
    """

    disk: int
    ephemeral: int
    extra_specs: ServerShowResponseServerTypeExtraSpecs
    name: str
    ram: int
    swap: int
    vcpus: int
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disk = self.disk

        ephemeral = self.ephemeral

        extra_specs = self.extra_specs.to_dict()

        name = self.name

        ram = self.ram

        swap = self.swap

        vcpus = self.vcpus

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disk": disk,
                "ephemeral": ephemeral,
                "extra_specs": extra_specs,
                "name": name,
                "ram": ram,
                "swap": swap,
                "vcpus": vcpus,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_show_response_server_type_extra_specs import (
            ServerShowResponseServerTypeExtraSpecs,  # noqa: PLC0415
        )

        d = dict(src_dict)
        disk = d.pop("disk")

        ephemeral = d.pop("ephemeral")

        extra_specs = ServerShowResponseServerTypeExtraSpecs.from_dict(d.pop("extra_specs"))

        name = d.pop("name")

        ram = d.pop("ram")

        swap = d.pop("swap")

        vcpus = d.pop("vcpus")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        server_show_response_server_type = cls(
            disk=disk,
            ephemeral=ephemeral,
            extra_specs=extra_specs,
            name=name,
            ram=ram,
            swap=swap,
            vcpus=vcpus,
            id=id,
        )

        server_show_response_server_type.additional_properties = d
        return server_show_response_server_type

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
