from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.volume_transfer_accept_response import VolumeTransferAcceptResponse


T = TypeVar("T", bound="VolumeTransferListResponse")


@_attrs_define
class VolumeTransferListResponse:
    """The volume transfers.

    Attributes:
        transfers (list[VolumeTransferAcceptResponse]): The transfers.
    """

    transfers: list[VolumeTransferAcceptResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfers = []
        for transfers_item_data in self.transfers:
            transfers_item = transfers_item_data.to_dict()
            transfers.append(transfers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfers": transfers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_transfer_accept_response import (
            VolumeTransferAcceptResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        transfers = []
        _transfers = d.pop("transfers")
        for transfers_item_data in _transfers:
            transfers_item = VolumeTransferAcceptResponse.from_dict(transfers_item_data)

            transfers.append(transfers_item)

        volume_transfer_list_response = cls(
            transfers=transfers,
        )

        volume_transfer_list_response.additional_properties = d
        return volume_transfer_list_response

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
