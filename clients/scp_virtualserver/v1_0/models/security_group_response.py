from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.security_group_response_rule import SecurityGroupResponseRule


T = TypeVar("T", bound="SecurityGroupResponse")


@_attrs_define
class SecurityGroupResponse:
    """A security group and its rules.

    Attributes:
        account_id (str): Account that owns the security group.
        description (str): The security group's own description.
        id (str): The security group's ID.
        name (str): The security group's name.
        rules (list[SecurityGroupResponseRule]): The group's rules.
    """

    account_id: str
    description: str
    id: str
    name: str
    rules: list[SecurityGroupResponseRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        description = self.description

        id = self.id

        name = self.name

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "description": description,
                "id": id,
                "name": name,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.security_group_response_rule import SecurityGroupResponseRule  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = SecurityGroupResponseRule.from_dict(rules_item_data)

            rules.append(rules_item)

        security_group_response = cls(
            account_id=account_id,
            description=description,
            id=id,
            name=name,
            rules=rules,
        )

        security_group_response.additional_properties = d
        return security_group_response

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
