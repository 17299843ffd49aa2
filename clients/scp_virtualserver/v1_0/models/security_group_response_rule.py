from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.security_group_response_rule_ip_range import (
        SecurityGroupResponseRuleIpRange,
    )


T = TypeVar("T", bound="SecurityGroupResponseRule")


@_attrs_define
class SecurityGroupResponseRule:
    """One rule of a security group.

    Attributes:
        from_port (int | None): First port of the range the rule allows (null for any port).
        id (str): Rule ID.
        ip_protocol (None | str): IP protocol, such as tcp (null for any protocol).
        to_port (int | None): Last port of the range the rule allows (null for any port).
        ip_range (None | SecurityGroupResponseRuleIpRange | Unset): Addresses the rule applies to.
    """

    from_port: int | None
    id: str
    ip_protocol: None | str
    to_port: int | None
    ip_range: None | SecurityGroupResponseRuleIpRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.security_group_response_rule_ip_range import (
            SecurityGroupResponseRuleIpRange,  # noqa: PLC0415
        )

        from_port: int | None
        from_port = self.from_port

        id = self.id

        ip_protocol: None | str
        ip_protocol = self.ip_protocol

        to_port: int | None
        to_port = self.to_port

        ip_range: dict[str, Any] | None | Unset
        if isinstance(self.ip_range, Unset):
            ip_range = UNSET
        elif isinstance(self.ip_range, SecurityGroupResponseRuleIpRange):
            ip_range = self.ip_range.to_dict()
        else:
            ip_range = self.ip_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_port": from_port,
                "id": id,
                "ip_protocol": ip_protocol,
                "to_port": to_port,
            }
        )
        if ip_range is not UNSET:
            field_dict["ip_range"] = ip_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.security_group_response_rule_ip_range import (
            SecurityGroupResponseRuleIpRange,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_from_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_port = _parse_from_port(d.pop("from_port"))

        id = d.pop("id")

        def _parse_ip_protocol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip_protocol = _parse_ip_protocol(d.pop("ip_protocol"))

        def _parse_to_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to_port = _parse_to_port(d.pop("to_port"))

        def _parse_ip_range(data: object) -> None | SecurityGroupResponseRuleIpRange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_range_type_0 = SecurityGroupResponseRuleIpRange.from_dict(data)

                return ip_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SecurityGroupResponseRuleIpRange | Unset, data)

        ip_range = _parse_ip_range(d.pop("ip_range", UNSET))

        security_group_response_rule = cls(
            from_port=from_port,
            id=id,
            ip_protocol=ip_protocol,
            to_port=to_port,
            ip_range=ip_range,
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
