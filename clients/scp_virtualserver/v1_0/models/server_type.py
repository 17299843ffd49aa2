from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_type_extra_specs import ServerTypeExtraSpecs


T = TypeVar("T", bound="ServerType")


@_attrs_define
class ServerType:
    """A server type, the size of a server.

    Attributes:
        description (None | str): What the server type is for.
        disk (int): Root disk size.
        ephemeral (int): Ephemeral disk size.
        extra_specs (ServerTypeExtraSpecs): Further properties of the type
        id (str): The type's ID, such as s1v1m2.
        name (str): The type's name.
        ram (int): Memory size.
        swap (int): Swap disk size.
        vcpus (int): Number of virtual CPUs.
    """

    description: None | str
    disk: int
    ephemeral: int
    extra_specs: ServerTypeExtraSpecs
    id: str
    name: str
    ram: int
    swap: int
    vcpus: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str
        description = self.description

        disk = self.disk

        ephemeral = self.ephemeral

        extra_specs = self.extra_specs.to_dict()

        id = self.id

        name = self.name

        ram = self.ram

        swap = self.swap

        vcpus = self.vcpus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "disk": disk,
                "ephemeral": ephemeral,
                "extra_specs": extra_specs,
                "id": id,
                "name": name,
                "ram": ram,
                "swap": swap,
                "vcpus": vcpus,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_type_extra_specs import ServerTypeExtraSpecs  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        disk = d.pop("disk")

        ephemeral = d.pop("ephemeral")

        extra_specs = ServerTypeExtraSpecs.from_dict(d.pop("extra_specs"))

        id = d.pop("id")

        name = d.pop("name")

        ram = d.pop("ram")

        swap = d.pop("swap")

        vcpus = d.pop("vcpus")

        server_type = cls(
            description=description,
            disk=disk,
            ephemeral=ephemeral,
            extra_specs=extra_specs,
            id=id,
            name=name,
            ram=ram,
            swap=swap,
            vcpus=vcpus,
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
