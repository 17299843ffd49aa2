"""`client.volume_transfers`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, cast

from .._methods import AsyncResource, Operation, Page, Resource
from . import models

if TYPE_CHECKING:
    from uuid import (
        UUID,  # ids may be given as UUIDs; importing uuid costs, so only for types
    )

__all__ = [
    "VolumeTransfers",
    "AsyncVolumeTransfers",
]
_LIST_VOLUME_TRANSFER = Operation("listVolumeTransfer", "list", models.VolumeTransfer)
_CREATE_VOLUME_TRANSFER = Operation(
    "createVolumeTransfer", "model", models.VolumeTransferCreateResponse
)
_SHOW_VOLUME_TRANSFER = Operation("showVolumeTransfer", "model", models.VolumeTransfer)
_DELETE_VOLUME_TRANSFER = Operation("deleteVolumeTransfer", "none")
_ACCEPT_VOLUME_TRANSFER = Operation("acceptVolumeTransfer", "model", models.VolumeTransfer)


class VolumeTransfers(Resource):
    """`client.volume_transfers`: Handing a volume over to another account.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.VolumeTransfer]:
        """List Volume Transfers.

        Lists the account's volume transfers.

        `GET /v1/volume-transfer` (listVolumeTransfer).
        """
        return self._items(*self._pager(_LIST_VOLUME_TRANSFER, (), {}, page_size, None, timeout))

    def list_pages(
        self,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.VolumeTransfer]]:
        """List Volume Transfers, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(*self._pager(_LIST_VOLUME_TRANSFER, (), {}, page_size, None, timeout))

    def create(
        self,
        *,
        volume_id: str,
        name: str | None = None,
        timeout: float | None = None,
    ) -> models.VolumeTransferCreateResponse:
        """Create Volume Transfer.

        Offers a volume for transfer. The answer carries the transfer's id and its `auth_key`, which
        the receiving account needs to accept it; showing the transfer later does not return the
        key.

        `POST /v1/volume-transfer` (createVolumeTransfer).

        Arguments:
            name: Name of the transfer.
            volume_id: Volume ID.
        """
        answer = self._run(
            self._operation(
                _CREATE_VOLUME_TRANSFER,
                (),
                {
                    "name": name,
                    "volume_id": volume_id,
                },
                timeout,
            )
        )
        return cast("models.VolumeTransferCreateResponse", answer)

    def get(
        self,
        transfer_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.VolumeTransfer:
        """Show Volume Transfer.

        Shows one volume transfer.

        `GET /v1/volume-transfer/{transfer_id}` (showVolumeTransfer).
        """
        answer = self._run(self._operation(_SHOW_VOLUME_TRANSFER, (transfer_id,), {}, timeout))
        return cast("models.VolumeTransfer", answer)

    def delete(
        self,
        transfer_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Volume Transfer.

        Withdraws a volume transfer that has not been accepted; the volume stays where it is.

        `DELETE /v1/volume-transfer/{transfer_id}` (deleteVolumeTransfer).
        """
        self._run(self._operation(_DELETE_VOLUME_TRANSFER, (transfer_id,), {}, timeout))

    def accept(
        self,
        transfer_id: str | UUID,
        *,
        auth_key: str,
        timeout: float | None = None,
    ) -> models.VolumeTransfer:
        """Accept Volume Transfer.

        Takes over a volume offered for transfer, proving the right to it with its `auth_key`.

        `POST /v1/volume-transfer/{transfer_id}/accept` (acceptVolumeTransfer).

        Arguments:
            auth_key: The transfer's key, as its creation returned it.
        """
        answer = self._run(
            self._operation(
                _ACCEPT_VOLUME_TRANSFER,
                (transfer_id,),
                {
                    "auth_key": auth_key,
                },
                timeout,
            )
        )
        return cast("models.VolumeTransfer", answer)


class AsyncVolumeTransfers(AsyncResource):
    """`client.volume_transfers`: Handing a volume over to another account.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.VolumeTransfer]:
        """List Volume Transfers.

        Lists the account's volume transfers.

        `GET /v1/volume-transfer` (listVolumeTransfer).
        """
        return self._items(*self._pager(_LIST_VOLUME_TRANSFER, (), {}, page_size, None, timeout))

    def list_pages(
        self,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.VolumeTransfer]]:
        """List Volume Transfers, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(*self._pager(_LIST_VOLUME_TRANSFER, (), {}, page_size, None, timeout))

    async def create(
        self,
        *,
        volume_id: str,
        name: str | None = None,
        timeout: float | None = None,
    ) -> models.VolumeTransferCreateResponse:
        """Create Volume Transfer.

        Offers a volume for transfer. The answer carries the transfer's id and its `auth_key`, which
        the receiving account needs to accept it; showing the transfer later does not return the
        key.

        `POST /v1/volume-transfer` (createVolumeTransfer).

        Arguments:
            name: Name of the transfer.
            volume_id: Volume ID.
        """
        answer = await self._run(
            self._operation(
                _CREATE_VOLUME_TRANSFER,
                (),
                {
                    "name": name,
                    "volume_id": volume_id,
                },
                timeout,
            )
        )
        return cast("models.VolumeTransferCreateResponse", answer)

    async def get(
        self,
        transfer_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.VolumeTransfer:
        """Show Volume Transfer.

        Shows one volume transfer.

        `GET /v1/volume-transfer/{transfer_id}` (showVolumeTransfer).
        """
        answer = await self._run(
            self._operation(_SHOW_VOLUME_TRANSFER, (transfer_id,), {}, timeout)
        )
        return cast("models.VolumeTransfer", answer)

    async def delete(
        self,
        transfer_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Volume Transfer.

        Withdraws a volume transfer that has not been accepted; the volume stays where it is.

        `DELETE /v1/volume-transfer/{transfer_id}` (deleteVolumeTransfer).
        """
        await self._run(self._operation(_DELETE_VOLUME_TRANSFER, (transfer_id,), {}, timeout))

    async def accept(
        self,
        transfer_id: str | UUID,
        *,
        auth_key: str,
        timeout: float | None = None,
    ) -> models.VolumeTransfer:
        """Accept Volume Transfer.

        Takes over a volume offered for transfer, proving the right to it with its `auth_key`.

        `POST /v1/volume-transfer/{transfer_id}/accept` (acceptVolumeTransfer).

        Arguments:
            auth_key: The transfer's key, as its creation returned it.
        """
        answer = await self._run(
            self._operation(
                _ACCEPT_VOLUME_TRANSFER,
                (transfer_id,),
                {
                    "auth_key": auth_key,
                },
                timeout,
            )
        )
        return cast("models.VolumeTransfer", answer)
