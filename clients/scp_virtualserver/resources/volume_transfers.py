"""`client.volume_transfers`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from .._resource import (
    AsyncResource,
    Operation,
    Page,
    Resource,
)
from . import models

if TYPE_CHECKING:
    from uuid import (
        UUID,  # ids may be given as UUIDs; importing uuid costs, so only for types
    )

__all__ = [
    "VolumeTransfers",
    "AsyncVolumeTransfers",
]


def _load_list_volume_transfer(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.volume_transfers import list_volume_transfer as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.volume_transfers import list_volume_transfer as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.volume_transfers import list_volume_transfer as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.volume_transfers import list_volume_transfer as v1_3

        return v1_3
    raise LookupError(f"listVolumeTransfer is not in API version {version}")


_LIST_VOLUME_TRANSFER = Operation(
    "listVolumeTransfer",
    "GET",
    "/v1/volume-transfer",
    (),
    ok=(200,),
    load=_load_list_volume_transfer,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="list",
    model=models.VolumeTransfer,
    items="transfers",
)


def _load_create_volume_transfer(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.volume_transfers import create_volume_transfer as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.volume_transfers import create_volume_transfer as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.volume_transfers import create_volume_transfer as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.volume_transfers import create_volume_transfer as v1_3

        return v1_3
    raise LookupError(f"createVolumeTransfer is not in API version {version}")


_CREATE_VOLUME_TRANSFER = Operation(
    "createVolumeTransfer",
    "POST",
    "/v1/volume-transfer",
    (),
    ok=(202,),
    load=_load_create_volume_transfer,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={"name": "name", "volume_id": "volume_id"},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="json",
)


def _load_show_volume_transfer(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.volume_transfers import show_volume_transfer as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.volume_transfers import show_volume_transfer as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.volume_transfers import show_volume_transfer as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.volume_transfers import show_volume_transfer as v1_3

        return v1_3
    raise LookupError(f"showVolumeTransfer is not in API version {version}")


_SHOW_VOLUME_TRANSFER = Operation(
    "showVolumeTransfer",
    "GET",
    "/v1/volume-transfer/{transfer_id}",
    ("transfer_id",),
    ok=(200,),
    load=_load_show_volume_transfer,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.VolumeTransfer,
)


def _load_delete_volume_transfer(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.volume_transfers import delete_volume_transfer as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.volume_transfers import delete_volume_transfer as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.volume_transfers import delete_volume_transfer as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.volume_transfers import delete_volume_transfer as v1_3

        return v1_3
    raise LookupError(f"deleteVolumeTransfer is not in API version {version}")


_DELETE_VOLUME_TRANSFER = Operation(
    "deleteVolumeTransfer",
    "DELETE",
    "/v1/volume-transfer/{transfer_id}",
    ("transfer_id",),
    ok=(202,),
    load=_load_delete_volume_transfer,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="none",
)


def _load_accept_volume_transfer(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.volume_transfers import accept_volume_transfer as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.volume_transfers import accept_volume_transfer as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.volume_transfers import accept_volume_transfer as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.volume_transfers import accept_volume_transfer as v1_3

        return v1_3
    raise LookupError(f"acceptVolumeTransfer is not in API version {version}")


_ACCEPT_VOLUME_TRANSFER = Operation(
    "acceptVolumeTransfer",
    "POST",
    "/v1/volume-transfer/{transfer_id}/accept",
    ("transfer_id",),
    ok=(202,),
    load=_load_accept_volume_transfer,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={"auth_key": "auth_key"},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.VolumeTransfer,
)


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
    ) -> dict[str, Any]:
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
        return cast("dict[str, Any]", answer)

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
    ) -> dict[str, Any]:
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
        return cast("dict[str, Any]", answer)

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
