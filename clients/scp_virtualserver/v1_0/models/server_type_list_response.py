from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_type import ServerType


T = TypeVar("T", bound="ServerTypeListResponse")


@_attrs_define
class ServerTypeListResponse:
    """A page of server types.

    Attributes:
        server_types (list[ServerType]):
    """

    server_types: list[ServerType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_types = []
        for server_types_item_data in self.server_types:
            server_types_item = server_types_item_data.to_dict()
            server_types.append(server_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_types": server_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_type import ServerType  # noqa: PLC0415

        d = dict(src_dict)
        server_types = []
        _server_types = d.pop("server_types")
        for server_types_item_data in _server_types:
            server_types_item = ServerType.from_dict(server_types_item_data)

            server_types.append(server_types_item)

        server_type_list_response = cls(
            server_types=server_types,
        )

        server_type_list_response.additional_properties = d
        return server_type_list_response

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
