from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoScalingGroupLbServerGroupShowResponse")


@_attrs_define
class AutoScalingGroupLbServerGroupShowResponse:
    """A load balancer server group an Auto-Scaling Group uses.

    Attributes:
        created_at (datetime.datetime): When the link was made.
        created_by (str): User who made the link.
        id (str): LB server group ID.
        modified_at (datetime.datetime): When the link last changed.
        modified_by (str): User who last changed the link.
        name (str): LB server group name.
        port (int): Port of the servers that the load balancer sends traffic to.
    """

    created_at: datetime.datetime
    created_by: str
    id: str
    modified_at: datetime.datetime
    modified_by: str
    name: str
    port: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = self.id

        modified_at = self.modified_at.isoformat()

        modified_by = self.modified_by

        name = self.name

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "id": id,
                "modified_at": modified_at,
                "modified_by": modified_by,
                "name": name,
                "port": port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        id = d.pop("id")

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        modified_by = d.pop("modified_by")

        name = d.pop("name")

        port = d.pop("port")

        auto_scaling_group_lb_server_group_show_response = cls(
            created_at=created_at,
            created_by=created_by,
            id=id,
            modified_at=modified_at,
            modified_by=modified_by,
            name=name,
            port=port,
        )

        auto_scaling_group_lb_server_group_show_response.additional_properties = d
        return auto_scaling_group_lb_server_group_show_response

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
