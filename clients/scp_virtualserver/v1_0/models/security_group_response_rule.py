from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.security_group_response_rule_ip_range import (
        SecurityGroupResponseRuleIpRange,
    )


T = TypeVar("T", bound="SecurityGroupResponseRule")


@_attrs_define
class SecurityGroupResponseRule:
    """One rule of a security group.

    Attributes:
        from_port (int): First port of the range the rule allows.
        id (str): Rule ID.
        ip_protocol (str): IP protocol, such as tcp.
        ip_range (SecurityGroupResponseRuleIpRange): An address range of a security group rule.
        to_port (int): Last port of the range the rule allows.
    """

    from_port: int
    id: str
    ip_protocol: str
    ip_range: SecurityGroupResponseRuleIpRange
    to_port: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_port = self.from_port

        id = self.id

        ip_protocol = self.ip_protocol

        ip_range = self.ip_range.to_dict()

        to_port = self.to_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_port": from_port,
                "id": id,
                "ip_protocol": ip_protocol,
                "ip_range": ip_range,
                "to_port": to_port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.security_group_response_rule_ip_range import (
            SecurityGroupResponseRuleIpRange,  # noqa: PLC0415
        )

        d = dict(src_dict)
        from_port = d.pop("from_port")

        id = d.pop("id")

        ip_protocol = d.pop("ip_protocol")

        ip_range = SecurityGroupResponseRuleIpRange.from_dict(d.pop("ip_range"))

        to_port = d.pop("to_port")

        security_group_response_rule = cls(
            from_port=from_port,
            id=id,
            ip_protocol=ip_protocol,
            ip_range=ip_range,
            to_port=to_port,
        )

        security_group_response_rule.additional_properties = d
        return security_group_response_rule

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
