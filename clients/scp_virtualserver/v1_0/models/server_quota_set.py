from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_quota_set_object import ServerQuotaSetObject


T = TypeVar("T", bound="ServerQuotaSet")


@_attrs_define
class ServerQuotaSet:
    """The account's server quotas.

    Attributes:
        cores (ServerQuotaSetObject): One server quota and its use.
        id (str): ID of the quota set.
        instances (ServerQuotaSetObject): One server quota and its use.
        keypairs (ServerQuotaSetObject): One server quota and its use.
        metadata_items (ServerQuotaSetObject): One server quota and its use.
        ram (ServerQuotaSetObject): One server quota and its use.
        server_group_members (ServerQuotaSetObject): One server quota and its use.
        server_groups (ServerQuotaSetObject): One server quota and its use.
    """

    cores: ServerQuotaSetObject
    id: str
    instances: ServerQuotaSetObject
    keypairs: ServerQuotaSetObject
    metadata_items: ServerQuotaSetObject
    ram: ServerQuotaSetObject
    server_group_members: ServerQuotaSetObject
    server_groups: ServerQuotaSetObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cores = self.cores.to_dict()

        id = self.id

        instances = self.instances.to_dict()

        keypairs = self.keypairs.to_dict()

        metadata_items = self.metadata_items.to_dict()

        ram = self.ram.to_dict()

        server_group_members = self.server_group_members.to_dict()

        server_groups = self.server_groups.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cores": cores,
                "id": id,
                "instances": instances,
                "keypairs": keypairs,
                "metadata_items": metadata_items,
                "ram": ram,
                "server_group_members": server_group_members,
                "server_groups": server_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_quota_set_object import ServerQuotaSetObject  # noqa: PLC0415

        d = dict(src_dict)
        cores = ServerQuotaSetObject.from_dict(d.pop("cores"))

        id = d.pop("id")

        instances = ServerQuotaSetObject.from_dict(d.pop("instances"))

        keypairs = ServerQuotaSetObject.from_dict(d.pop("keypairs"))

        metadata_items = ServerQuotaSetObject.from_dict(d.pop("metadata_items"))

        ram = ServerQuotaSetObject.from_dict(d.pop("ram"))

        server_group_members = ServerQuotaSetObject.from_dict(d.pop("server_group_members"))

        server_groups = ServerQuotaSetObject.from_dict(d.pop("server_groups"))

        server_quota_set = cls(
            cores=cores,
            id=id,
            instances=instances,
            keypairs=keypairs,
            metadata_items=metadata_items,
            ram=ram,
            server_group_members=server_group_members,
            server_groups=server_groups,
        )

        server_quota_set.additional_properties = d
        return server_quota_set

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
