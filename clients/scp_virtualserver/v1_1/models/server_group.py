from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerGroup")


@_attrs_define
class ServerGroup:
    """A server group.

    Attributes:
        account_id (str): Account that owns the group.
        id (str): The group's ID.
        members (list[str]): IDs of the servers in the group.
        name (str): The group's name.
        policy (str): How the group places its servers: affinity, anti-affinity or partition.
        user_id (str): User who created the group.
        partition_size (int | None): The group's partition size, or null. API 1.1+.
    """

    account_id: str
    id: str
    members: list[str]
    name: str
    policy: str
    user_id: str
    partition_size: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        id = self.id

        members = self.members

        name = self.name

        policy = self.policy

        user_id = self.user_id

        partition_size: int | None
        partition_size = self.partition_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "id": id,
                "members": members,
                "name": name,
                "policy": policy,
                "user_id": user_id,
                "partition_size": partition_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        id = d.pop("id")

        members = cast(list[str], d.pop("members"))

        name = d.pop("name")

        policy = d.pop("policy")

        user_id = d.pop("user_id")

        def _parse_partition_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        partition_size = _parse_partition_size(d.pop("partition_size"))

        server_group = cls(
            account_id=account_id,
            id=id,
            members=members,
            name=name,
            policy=policy,
            user_id=user_id,
            partition_size=partition_size,
        )

        server_group.additional_properties = d
        return server_group

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
