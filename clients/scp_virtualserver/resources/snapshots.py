"""`client.snapshots`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from .._methods import AsyncResource, Lifecycle, Operation, Page, PollProgress, Resource
from .._schema import JsonObject
from . import models

if TYPE_CHECKING:
    from uuid import (
        UUID,  # ids may be given as UUIDs; importing uuid costs, so only for types
    )

__all__ = [
    "Snapshots",
    "AsyncSnapshots",
]

_SNAPSHOTS_LIFECYCLE = Lifecycle(
    "status",
    ("available",),
    ("creating", "deleting", "restoring", "backing-up"),
    ("error", "error_deleting"),
)
_LIST_SNAPSHOT = Operation("listSnapshot", "list", models.Snapshot)
_CREATE_SNAPSHOT = Operation("createSnapshot", "model", models.Snapshot)
_SHOW_SNAPSHOT = Operation("showSnapshot", "model", models.Snapshot)
_UPDATE_SNAPSHOT = Operation("updateSnapshot", "model", models.Snapshot)
_DELETE_SNAPSHOT = Operation("deleteSnapshot", "none")


class Snapshots(Resource):
    """`client.snapshots`: Point-in-time snapshots of block storage volumes.

    Every argument is checked against the API version in use before any request. Its `status`
    moves through creating, deleting, restoring, backing-up to available; error, error_deleting
    means it failed.
    """

    def list(
        self,
        *,
        volume_id: str | None = None,
        offset: int | None = None,
        with_count: bool | None = None,
        name: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Snapshot]:
        """List Snapshots.

        Lists snapshots with their details, one page at a time (`limit` with `offset` or `marker`).
        Ask for `with_count` to get the total in `count`.

        `GET /v1/snapshots` (listSnapshot).

        Arguments:
            volume_id: Only snapshots of this volume.
            offset: How many snapshots to skip before the page starts.
            with_count: Whether to give the total number of snapshots in `count`.
            name: Only snapshots with this name.
            sort: Sort order of the list. (API versions 1.3)
        """
        return self._items(
            *self._pager(
                _LIST_SNAPSHOT,
                (),
                {
                    "volume_id": volume_id,
                    "offset": offset,
                    "with_count": with_count,
                    "name": name,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        volume_id: str | None = None,
        offset: int | None = None,
        with_count: bool | None = None,
        name: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.Snapshot]]:
        """List Snapshots, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_SNAPSHOT,
                (),
                {
                    "volume_id": volume_id,
                    "offset": offset,
                    "with_count": with_count,
                    "name": name,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def create(
        self,
        *,
        name: str,
        volume_id: str,
        description: str | None = None,
        force: bool | None = None,
        metadata: Mapping[str, Any] | JsonObject | None = None,
        timeout: float | None = None,
    ) -> models.Snapshot:
        """Create Snapshot.

        Starts taking a snapshot of a volume. The answer carries the new snapshot at once; follow
        its `status` to see when it is ready.

        `POST /v1/snapshots` (createSnapshot).

        Arguments:
            name: Name of the snapshot (letters, digits, space, `-` and `_`).
            volume_id: The volume to take the snapshot of.
            description: Free text about the snapshot.
            force: Whether to take the snapshot even while the volume is attached to a server.
            metadata: Key-value metadata to store with the snapshot.
        """
        answer = self._run(
            self._operation(
                _CREATE_SNAPSHOT,
                (),
                {
                    "name": name,
                    "volume_id": volume_id,
                    "description": description,
                    "force": force,
                    "metadata": metadata,
                },
                timeout,
            )
        )
        return cast("models.Snapshot", answer)

    def get(
        self,
        snapshot_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.Snapshot:
        """Show Snapshot.

        Shows one snapshot with its details.

        `GET /v1/snapshots/{snapshot_id}` (showSnapshot).
        """
        answer = self._run(self._operation(_SHOW_SNAPSHOT, (snapshot_id,), {}, timeout))
        return cast("models.Snapshot", answer)

    def update(
        self,
        snapshot_id: str | UUID,
        *,
        name: str,
        description: str | None = None,
        timeout: float | None = None,
    ) -> models.Snapshot:
        """Update Snapshot.

        Renames a snapshot and sets its description.

        `PUT /v1/snapshots/{snapshot_id}` (updateSnapshot).

        Arguments:
            name: New name (letters, digits, space, `-` and `_`).
            description: New description.
        """
        answer = self._run(
            self._operation(
                _UPDATE_SNAPSHOT,
                (snapshot_id,),
                {
                    "name": name,
                    "description": description,
                },
                timeout,
            )
        )
        return cast("models.Snapshot", answer)

    def delete(
        self,
        snapshot_id: str | UUID,
        *,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Snapshot.

        Starts deleting a snapshot. The answer comes at once, without a body.

        `DELETE /v1/snapshots/{snapshot_id}` (deleteSnapshot).
        """
        self._run(
            self._deleting(
                _DELETE_SNAPSHOT,
                _SHOW_SNAPSHOT,
                _SNAPSHOTS_LIFECYCLE,
                (snapshot_id,),
                {},
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    def wait_for_state(
        self,
        snapshot_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.Snapshot:
        """Polls until it is in `state` (available, creating, deleting, restoring, backing-up, error, error_deleting).

        Fails fast with ServerStateError in a failure state (error, error_deleting)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = self._run(
            self._waiting(
                _SHOW_SNAPSHOT,
                _SNAPSHOTS_LIFECYCLE,
                (snapshot_id,),
                state,
                timeout,
                interval,
                on_poll,
            )
        )
        return cast("models.Snapshot", answer)

    def wait_until_deleted(
        self,
        snapshot_id: str | UUID,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Polls until it is gone (the service answers 404); fails fast in a failure state.

        `on_poll(state, elapsed, polls)` is called after every poll.
        """
        self._run(
            self._waiting(
                _SHOW_SNAPSHOT,
                _SNAPSHOTS_LIFECYCLE,
                (snapshot_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )


class AsyncSnapshots(AsyncResource):
    """`client.snapshots`: Point-in-time snapshots of block storage volumes.

    Every argument is checked against the API version in use before any request. Its `status`
    moves through creating, deleting, restoring, backing-up to available; error, error_deleting
    means it failed.
    """

    def list(
        self,
        *,
        volume_id: str | None = None,
        offset: int | None = None,
        with_count: bool | None = None,
        name: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.Snapshot]:
        """List Snapshots.

        Lists snapshots with their details, one page at a time (`limit` with `offset` or `marker`).
        Ask for `with_count` to get the total in `count`.

        `GET /v1/snapshots` (listSnapshot).

        Arguments:
            volume_id: Only snapshots of this volume.
            offset: How many snapshots to skip before the page starts.
            with_count: Whether to give the total number of snapshots in `count`.
            name: Only snapshots with this name.
            sort: Sort order of the list. (API versions 1.3)
        """
        return self._items(
            *self._pager(
                _LIST_SNAPSHOT,
                (),
                {
                    "volume_id": volume_id,
                    "offset": offset,
                    "with_count": with_count,
                    "name": name,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        volume_id: str | None = None,
        offset: int | None = None,
        with_count: bool | None = None,
        name: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.Snapshot]]:
        """List Snapshots, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_SNAPSHOT,
                (),
                {
                    "volume_id": volume_id,
                    "offset": offset,
                    "with_count": with_count,
                    "name": name,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    async def create(
        self,
        *,
        name: str,
        volume_id: str,
        description: str | None = None,
        force: bool | None = None,
        metadata: Mapping[str, Any] | JsonObject | None = None,
        timeout: float | None = None,
    ) -> models.Snapshot:
        """Create Snapshot.

        Starts taking a snapshot of a volume. The answer carries the new snapshot at once; follow
        its `status` to see when it is ready.

        `POST /v1/snapshots` (createSnapshot).

        Arguments:
            name: Name of the snapshot (letters, digits, space, `-` and `_`).
            volume_id: The volume to take the snapshot of.
            description: Free text about the snapshot.
            force: Whether to take the snapshot even while the volume is attached to a server.
            metadata: Key-value metadata to store with the snapshot.
        """
        answer = await self._run(
            self._operation(
                _CREATE_SNAPSHOT,
                (),
                {
                    "name": name,
                    "volume_id": volume_id,
                    "description": description,
                    "force": force,
                    "metadata": metadata,
                },
                timeout,
            )
        )
        return cast("models.Snapshot", answer)

    async def get(
        self,
        snapshot_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.Snapshot:
        """Show Snapshot.

        Shows one snapshot with its details.

        `GET /v1/snapshots/{snapshot_id}` (showSnapshot).
        """
        answer = await self._run(self._operation(_SHOW_SNAPSHOT, (snapshot_id,), {}, timeout))
        return cast("models.Snapshot", answer)

    async def update(
        self,
        snapshot_id: str | UUID,
        *,
        name: str,
        description: str | None = None,
        timeout: float | None = None,
    ) -> models.Snapshot:
        """Update Snapshot.

        Renames a snapshot and sets its description.

        `PUT /v1/snapshots/{snapshot_id}` (updateSnapshot).

        Arguments:
            name: New name (letters, digits, space, `-` and `_`).
            description: New description.
        """
        answer = await self._run(
            self._operation(
                _UPDATE_SNAPSHOT,
                (snapshot_id,),
                {
                    "name": name,
                    "description": description,
                },
                timeout,
            )
        )
        return cast("models.Snapshot", answer)

    async def delete(
        self,
        snapshot_id: str | UUID,
        *,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Snapshot.

        Starts deleting a snapshot. The answer comes at once, without a body.

        `DELETE /v1/snapshots/{snapshot_id}` (deleteSnapshot).
        """
        await self._run(
            self._deleting(
                _DELETE_SNAPSHOT,
                _SHOW_SNAPSHOT,
                _SNAPSHOTS_LIFECYCLE,
                (snapshot_id,),
                {},
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    async def wait_for_state(
        self,
        snapshot_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.Snapshot:
        """Polls until it is in `state` (available, creating, deleting, restoring, backing-up, error, error_deleting).

        Fails fast with ServerStateError in a failure state (error, error_deleting)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = await self._run(
            self._waiting(
                _SHOW_SNAPSHOT,
                _SNAPSHOTS_LIFECYCLE,
                (snapshot_id,),
                state,
                timeout,
                interval,
                on_poll,
            )
        )
        return cast("models.Snapshot", answer)

    async def wait_until_deleted(
        self,
        snapshot_id: str | UUID,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Polls until it is gone (the service answers 404); fails fast in a failure state.

        `on_poll(state, elapsed, polls)` is called after every poll.
        """
        await self._run(
            self._waiting(
                _SHOW_SNAPSHOT,
                _SNAPSHOTS_LIFECYCLE,
                (snapshot_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )
