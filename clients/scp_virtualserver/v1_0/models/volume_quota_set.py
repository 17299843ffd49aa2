from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.volume_quota_set_object import VolumeQuotaSetObject


T = TypeVar("T", bound="VolumeQuotaSet")


@_attrs_define
class VolumeQuotaSet:
    """The account's volume quotas.

    Attributes:
        id (str): ID of the quota set.
        per_volume_size (VolumeQuotaSetObject): One volume quota and its use.
        snapshots (VolumeQuotaSetObject): One volume quota and its use.
        usages (VolumeQuotaSetObject): One volume quota and its use.
        volumes (VolumeQuotaSetObject): One volume quota and its use.
    """

    id: str
    per_volume_size: VolumeQuotaSetObject
    snapshots: VolumeQuotaSetObject
    usages: VolumeQuotaSetObject
    volumes: VolumeQuotaSetObject

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        per_volume_size = self.per_volume_size.to_dict()

        snapshots = self.snapshots.to_dict()

        usages = self.usages.to_dict()

        volumes = self.volumes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "per_volume_size": per_volume_size,
                "snapshots": snapshots,
                "usages": usages,
                "volumes": volumes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_quota_set_object import VolumeQuotaSetObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        per_volume_size = VolumeQuotaSetObject.from_dict(d.pop("per_volume_size"))

        snapshots = VolumeQuotaSetObject.from_dict(d.pop("snapshots"))

        usages = VolumeQuotaSetObject.from_dict(d.pop("usages"))

        volumes = VolumeQuotaSetObject.from_dict(d.pop("volumes"))

        volume_quota_set = cls(
            id=id,
            per_volume_size=per_volume_size,
            snapshots=snapshots,
            usages=usages,
            volumes=volumes,
        )

        return volume_quota_set
