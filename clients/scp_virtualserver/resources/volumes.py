"""`client.volumes`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from .._methods import AsyncResource, Lifecycle, Operation, Page, PollProgress, Resource
from .._schema import JsonObject
from . import models

if TYPE_CHECKING:
    from uuid import (
        UUID,  # ids may be given as UUIDs; importing uuid costs, so only for types
    )

__all__ = [
    "Volumes",
    "AsyncVolumes",
]

_VOLUMES_LIFECYCLE = Lifecycle(
    "state",
    ("available", "in-use"),
    (
        "creating",
        "attaching",
        "detaching",
        "extending",
        "deleting",
        "reserved",
        "retyping",
        "awaiting-transfer",
        "maintenance",
    ),
    ("error", "error_deleting", "error_extending"),
)
_LIST_VOLUMES = Operation("listVolumes", "list", models.BlockStorageVolume)
_CREATE_VOLUME = Operation("createVolume", "model", models.BlockStorageVolume)
_SHOW_VOLUME = Operation("showVolume", "model", models.BlockStorageVolume)
_UPDATE_VOLUME = Operation("updateVolume", "model", models.BlockStorageVolume)
_DELETE_VOLUME = Operation("deleteVolume", "none")
_REVERT_VOLUME_TO_SNAPSHOT = Operation("revertVolumeToSnapshot", "none")
_ATTACH_VOLUME_TO_VIRTUAL_SERVER = Operation(
    "attachVolumeToVirtualServer", "model", models.VolumeServerAttachResponse
)
_DETACH_VOLUME_FROM_VIRTUAL_SERVER = Operation("detachVolumeFromVirtualServer", "none")
_EXTEND_VOLUME = Operation("extendVolume", "model", models.BlockStorageVolume)
_SET_VOLUME_QOS = Operation("setVolumeQos", "none")


class Volumes(Resource):
    """`client.volumes`: Block Storage volumes, and attaching them to virtual servers.

    Every argument is checked against the API version in use before any request. Its `state`
    moves through creating, attaching, detaching, extending, deleting, reserved, retyping,
    awaiting-transfer, maintenance to available, in-use; error, error_deleting, error_extending
    means it failed.
    """

    def list(
        self,
        *,
        with_count: bool | None = None,
        sort: str | None = None,
        offset: int | None = None,
        name: str | None = None,
        state: Literal[
            "available",
            "in-use",
            "creating",
            "attaching",
            "detaching",
            "extending",
            "deleting",
            "reserved",
            "retyping",
            "awaiting-transfer",
            "maintenance",
            "error",
            "error_deleting",
            "error_extending",
        ]
        | None = None,
        bootable: bool | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.BlockStorageVolume]:
        """List Volumes.

        Lists the volumes of the account, one page at a time, optionally filtered by name, state or
        bootability.

        `GET /v1/volumes` (listVolumes).

        Arguments:
            with_count: Also return the total number of matching volumes.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
            offset: How many volumes to skip before the page starts.
            name: Only volumes with this name.
            state: Only volumes in this state (such as `available` or `in-use`).
            bootable: Only bootable (true) or only non-bootable (false) volumes.
        """
        return self._items(
            *self._pager(
                _LIST_VOLUMES,
                (),
                {
                    "with_count": with_count,
                    "sort": sort,
                    "offset": offset,
                    "name": name,
                    "state": state,
                    "bootable": bootable,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        with_count: bool | None = None,
        sort: str | None = None,
        offset: int | None = None,
        name: str | None = None,
        state: Literal[
            "available",
            "in-use",
            "creating",
            "attaching",
            "detaching",
            "extending",
            "deleting",
            "reserved",
            "retyping",
            "awaiting-transfer",
            "maintenance",
            "error",
            "error_deleting",
            "error_extending",
        ]
        | None = None,
        bootable: bool | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.BlockStorageVolume]]:
        """List Volumes, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_VOLUMES,
                (),
                {
                    "with_count": with_count,
                    "sort": sort,
                    "offset": offset,
                    "name": name,
                    "state": state,
                    "bootable": bootable,
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
        size: int,
        snapshot_id: str | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        volume_type: str | None = None,
        max_iops: int | None = None,
        max_throughput: int | None = None,
        timeout: float | None = None,
    ) -> models.BlockStorageVolume:
        """Create Volume.

        Starts creating a volume, empty or from a snapshot. The answer describes the new volume at
        once; it becomes `available` when the creation has finished.

        `POST /v1/volumes` (createVolume).

        Arguments:
            name: Volume name (letters, digits, spaces, `-` and `_`).
            size: Volume size, in GiB.
            snapshot_id: Snapshot to create the volume from.
            tags: Tags to attach to the volume.
            volume_type: Volume type name; the default type when left out.
            max_iops: QoS limit on I/O operations per second. (API versions 1.2, 1.3)
            max_throughput: QoS limit on throughput. (API versions 1.2, 1.3)
        """
        answer = self._run(
            self._operation(
                _CREATE_VOLUME,
                (),
                {
                    "name": name,
                    "size": size,
                    "snapshot_id": snapshot_id,
                    "tags": tags,
                    "volume_type": volume_type,
                    "max_iops": max_iops,
                    "max_throughput": max_throughput,
                },
                timeout,
            )
        )
        return cast("models.BlockStorageVolume", answer)

    def get(
        self,
        volume_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.BlockStorageVolume:
        """Show Volume.

        Shows one volume, with the servers it is attached to.

        `GET /v1/volumes/{volume_id}` (showVolume).
        """
        answer = self._run(self._operation(_SHOW_VOLUME, (volume_id,), {}, timeout))
        return cast("models.BlockStorageVolume", answer)

    def update(
        self,
        volume_id: str | UUID,
        *,
        name: str | None = None,
        timeout: float | None = None,
    ) -> models.BlockStorageVolume:
        """Update Volume.

        Renames a volume.

        `PUT /v1/volumes/{volume_id}` (updateVolume).

        Arguments:
            name: New volume name (letters, digits, spaces, `-` and `_`).
        """
        answer = self._run(
            self._operation(
                _UPDATE_VOLUME,
                (volume_id,),
                {
                    "name": name,
                },
                timeout,
            )
        )
        return cast("models.BlockStorageVolume", answer)

    def delete(
        self,
        volume_id: str | UUID,
        *,
        cascade: bool | None = None,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Volume.

        Starts deleting a volume, and its snapshots too when `cascade` is true. A volume that is
        attached to a server, or in a busy state, cannot be deleted (409).

        `DELETE /v1/volumes/{volume_id}` (deleteVolume).

        Arguments:
            cascade: Delete the volume's snapshots with it.
        """
        self._run(
            self._deleting(
                _DELETE_VOLUME,
                _SHOW_VOLUME,
                _VOLUMES_LIFECYCLE,
                (volume_id,),
                {
                    "cascade": cascade,
                },
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    def revert_to_snapshot(
        self,
        volume_id: str | UUID,
        *,
        snapshot_id: str,
        timeout: float | None = None,
    ) -> None:
        """Revert Volume to Snapshot.

        Starts putting a volume back to the content of one of its snapshots.

        `POST /v1/volumes/{volume_id}/revert` (revertVolumeToSnapshot).

        Arguments:
            snapshot_id: Snapshot ID.
        """
        self._run(
            self._operation(
                _REVERT_VOLUME_TO_SNAPSHOT,
                (volume_id,),
                {
                    "snapshot_id": snapshot_id,
                },
                timeout,
            )
        )

    def attach(
        self,
        volume_id: str | UUID,
        server_id: str,
        *,
        delete_on_termination: bool | None = None,
        timeout: float | None = None,
    ) -> models.VolumeServerAttachResponse:
        """Attach Volume to Virtual Server.

        Starts attaching a volume to a server.

        `POST /v1/volumes/{volume_id}/servers` (attachVolumeToVirtualServer).

        Arguments:
            server_id: Server ID.
            delete_on_termination: Delete the volume when the server is deleted.
        """
        answer = self._run(
            self._operation(
                _ATTACH_VOLUME_TO_VIRTUAL_SERVER,
                (volume_id,),
                {
                    "server_id": server_id,
                    "delete_on_termination": delete_on_termination,
                },
                timeout,
            )
        )
        return cast("models.VolumeServerAttachResponse", answer)

    def detach(
        self,
        volume_id: str | UUID,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Detach Volume from Virtual Server.

        Starts detaching a volume from a server.

        `DELETE /v1/volumes/{volume_id}/servers/{server_id}` (detachVolumeFromVirtualServer).
        """
        self._run(
            self._operation(
                _DETACH_VOLUME_FROM_VIRTUAL_SERVER,
                (
                    volume_id,
                    server_id,
                ),
                {},
                timeout,
            )
        )

    def extend(
        self,
        volume_id: str | UUID,
        *,
        size: int,
        timeout: float | None = None,
    ) -> models.BlockStorageVolume:
        """Extend Volume.

        Starts growing a volume to a larger size. A volume can not be made smaller.

        `PUT /v1/volumes/{volume_id}/size` (extendVolume).

        Arguments:
            size: New volume size, in GiB; larger than the current one.
        """
        answer = self._run(
            self._operation(
                _EXTEND_VOLUME,
                (volume_id,),
                {
                    "size": size,
                },
                timeout,
            )
        )
        return cast("models.BlockStorageVolume", answer)

    def set_qos(
        self,
        volume_id: str | UUID,
        *,
        max_iops: int | None = None,
        max_throughput: int | None = None,
        timeout: float | None = None,
    ) -> None:
        """Set Volume QoS.

        Changes a volume's QoS limits: its largest IOPS and its largest throughput. API 1.2+.

        `PUT /v1/volumes/{volume_id}/qos` (setVolumeQos).
        In API versions 1.2, 1.3 only.

        Arguments:
            max_iops: QoS limit on I/O operations per second.
            max_throughput: QoS limit on throughput.
        """
        self._run(
            self._operation(
                _SET_VOLUME_QOS,
                (volume_id,),
                {
                    "max_iops": max_iops,
                    "max_throughput": max_throughput,
                },
                timeout,
            )
        )

    def wait_for_state(
        self,
        volume_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.BlockStorageVolume:
        """Polls until it is in `state` (available, in-use, creating, attaching, detaching, extending, deleting, reserved, retyping, awaiting-transfer, maintenance, error, error_deleting, error_extending).

        Fails fast with ServerStateError in a failure state (error, error_deleting, error_extending)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = self._run(
            self._waiting(
                _SHOW_VOLUME, _VOLUMES_LIFECYCLE, (volume_id,), state, timeout, interval, on_poll
            )
        )
        return cast("models.BlockStorageVolume", answer)

    def wait_until_deleted(
        self,
        volume_id: str | UUID,
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
                _SHOW_VOLUME,
                _VOLUMES_LIFECYCLE,
                (volume_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )


class AsyncVolumes(AsyncResource):
    """`client.volumes`: Block Storage volumes, and attaching them to virtual servers.

    Every argument is checked against the API version in use before any request. Its `state`
    moves through creating, attaching, detaching, extending, deleting, reserved, retyping,
    awaiting-transfer, maintenance to available, in-use; error, error_deleting, error_extending
    means it failed.
    """

    def list(
        self,
        *,
        with_count: bool | None = None,
        sort: str | None = None,
        offset: int | None = None,
        name: str | None = None,
        state: Literal[
            "available",
            "in-use",
            "creating",
            "attaching",
            "detaching",
            "extending",
            "deleting",
            "reserved",
            "retyping",
            "awaiting-transfer",
            "maintenance",
            "error",
            "error_deleting",
            "error_extending",
        ]
        | None = None,
        bootable: bool | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.BlockStorageVolume]:
        """List Volumes.

        Lists the volumes of the account, one page at a time, optionally filtered by name, state or
        bootability.

        `GET /v1/volumes` (listVolumes).

        Arguments:
            with_count: Also return the total number of matching volumes.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
            offset: How many volumes to skip before the page starts.
            name: Only volumes with this name.
            state: Only volumes in this state (such as `available` or `in-use`).
            bootable: Only bootable (true) or only non-bootable (false) volumes.
        """
        return self._items(
            *self._pager(
                _LIST_VOLUMES,
                (),
                {
                    "with_count": with_count,
                    "sort": sort,
                    "offset": offset,
                    "name": name,
                    "state": state,
                    "bootable": bootable,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        with_count: bool | None = None,
        sort: str | None = None,
        offset: int | None = None,
        name: str | None = None,
        state: Literal[
            "available",
            "in-use",
            "creating",
            "attaching",
            "detaching",
            "extending",
            "deleting",
            "reserved",
            "retyping",
            "awaiting-transfer",
            "maintenance",
            "error",
            "error_deleting",
            "error_extending",
        ]
        | None = None,
        bootable: bool | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.BlockStorageVolume]]:
        """List Volumes, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_VOLUMES,
                (),
                {
                    "with_count": with_count,
                    "sort": sort,
                    "offset": offset,
                    "name": name,
                    "state": state,
                    "bootable": bootable,
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
        size: int,
        snapshot_id: str | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        volume_type: str | None = None,
        max_iops: int | None = None,
        max_throughput: int | None = None,
        timeout: float | None = None,
    ) -> models.BlockStorageVolume:
        """Create Volume.

        Starts creating a volume, empty or from a snapshot. The answer describes the new volume at
        once; it becomes `available` when the creation has finished.

        `POST /v1/volumes` (createVolume).

        Arguments:
            name: Volume name (letters, digits, spaces, `-` and `_`).
            size: Volume size, in GiB.
            snapshot_id: Snapshot to create the volume from.
            tags: Tags to attach to the volume.
            volume_type: Volume type name; the default type when left out.
            max_iops: QoS limit on I/O operations per second. (API versions 1.2, 1.3)
            max_throughput: QoS limit on throughput. (API versions 1.2, 1.3)
        """
        answer = await self._run(
            self._operation(
                _CREATE_VOLUME,
                (),
                {
                    "name": name,
                    "size": size,
                    "snapshot_id": snapshot_id,
                    "tags": tags,
                    "volume_type": volume_type,
                    "max_iops": max_iops,
                    "max_throughput": max_throughput,
                },
                timeout,
            )
        )
        return cast("models.BlockStorageVolume", answer)

    async def get(
        self,
        volume_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.BlockStorageVolume:
        """Show Volume.

        Shows one volume, with the servers it is attached to.

        `GET /v1/volumes/{volume_id}` (showVolume).
        """
        answer = await self._run(self._operation(_SHOW_VOLUME, (volume_id,), {}, timeout))
        return cast("models.BlockStorageVolume", answer)

    async def update(
        self,
        volume_id: str | UUID,
        *,
        name: str | None = None,
        timeout: float | None = None,
    ) -> models.BlockStorageVolume:
        """Update Volume.

        Renames a volume.

        `PUT /v1/volumes/{volume_id}` (updateVolume).

        Arguments:
            name: New volume name (letters, digits, spaces, `-` and `_`).
        """
        answer = await self._run(
            self._operation(
                _UPDATE_VOLUME,
                (volume_id,),
                {
                    "name": name,
                },
                timeout,
            )
        )
        return cast("models.BlockStorageVolume", answer)

    async def delete(
        self,
        volume_id: str | UUID,
        *,
        cascade: bool | None = None,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Volume.

        Starts deleting a volume, and its snapshots too when `cascade` is true. A volume that is
        attached to a server, or in a busy state, cannot be deleted (409).

        `DELETE /v1/volumes/{volume_id}` (deleteVolume).

        Arguments:
            cascade: Delete the volume's snapshots with it.
        """
        await self._run(
            self._deleting(
                _DELETE_VOLUME,
                _SHOW_VOLUME,
                _VOLUMES_LIFECYCLE,
                (volume_id,),
                {
                    "cascade": cascade,
                },
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    async def revert_to_snapshot(
        self,
        volume_id: str | UUID,
        *,
        snapshot_id: str,
        timeout: float | None = None,
    ) -> None:
        """Revert Volume to Snapshot.

        Starts putting a volume back to the content of one of its snapshots.

        `POST /v1/volumes/{volume_id}/revert` (revertVolumeToSnapshot).

        Arguments:
            snapshot_id: Snapshot ID.
        """
        await self._run(
            self._operation(
                _REVERT_VOLUME_TO_SNAPSHOT,
                (volume_id,),
                {
                    "snapshot_id": snapshot_id,
                },
                timeout,
            )
        )

    async def attach(
        self,
        volume_id: str | UUID,
        server_id: str,
        *,
        delete_on_termination: bool | None = None,
        timeout: float | None = None,
    ) -> models.VolumeServerAttachResponse:
        """Attach Volume to Virtual Server.

        Starts attaching a volume to a server.

        `POST /v1/volumes/{volume_id}/servers` (attachVolumeToVirtualServer).

        Arguments:
            server_id: Server ID.
            delete_on_termination: Delete the volume when the server is deleted.
        """
        answer = await self._run(
            self._operation(
                _ATTACH_VOLUME_TO_VIRTUAL_SERVER,
                (volume_id,),
                {
                    "server_id": server_id,
                    "delete_on_termination": delete_on_termination,
                },
                timeout,
            )
        )
        return cast("models.VolumeServerAttachResponse", answer)

    async def detach(
        self,
        volume_id: str | UUID,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Detach Volume from Virtual Server.

        Starts detaching a volume from a server.

        `DELETE /v1/volumes/{volume_id}/servers/{server_id}` (detachVolumeFromVirtualServer).
        """
        await self._run(
            self._operation(
                _DETACH_VOLUME_FROM_VIRTUAL_SERVER,
                (
                    volume_id,
                    server_id,
                ),
                {},
                timeout,
            )
        )

    async def extend(
        self,
        volume_id: str | UUID,
        *,
        size: int,
        timeout: float | None = None,
    ) -> models.BlockStorageVolume:
        """Extend Volume.

        Starts growing a volume to a larger size. A volume can not be made smaller.

        `PUT /v1/volumes/{volume_id}/size` (extendVolume).

        Arguments:
            size: New volume size, in GiB; larger than the current one.
        """
        answer = await self._run(
            self._operation(
                _EXTEND_VOLUME,
                (volume_id,),
                {
                    "size": size,
                },
                timeout,
            )
        )
        return cast("models.BlockStorageVolume", answer)

    async def set_qos(
        self,
        volume_id: str | UUID,
        *,
        max_iops: int | None = None,
        max_throughput: int | None = None,
        timeout: float | None = None,
    ) -> None:
        """Set Volume QoS.

        Changes a volume's QoS limits: its largest IOPS and its largest throughput. API 1.2+.

        `PUT /v1/volumes/{volume_id}/qos` (setVolumeQos).
        In API versions 1.2, 1.3 only.

        Arguments:
            max_iops: QoS limit on I/O operations per second.
            max_throughput: QoS limit on throughput.
        """
        await self._run(
            self._operation(
                _SET_VOLUME_QOS,
                (volume_id,),
                {
                    "max_iops": max_iops,
                    "max_throughput": max_throughput,
                },
                timeout,
            )
        )

    async def wait_for_state(
        self,
        volume_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.BlockStorageVolume:
        """Polls until it is in `state` (available, in-use, creating, attaching, detaching, extending, deleting, reserved, retyping, awaiting-transfer, maintenance, error, error_deleting, error_extending).

        Fails fast with ServerStateError in a failure state (error, error_deleting, error_extending)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = await self._run(
            self._waiting(
                _SHOW_VOLUME, _VOLUMES_LIFECYCLE, (volume_id,), state, timeout, interval, on_poll
            )
        )
        return cast("models.BlockStorageVolume", answer)

    async def wait_until_deleted(
        self,
        volume_id: str | UUID,
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
                _SHOW_VOLUME,
                _VOLUMES_LIFECYCLE,
                (volume_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )
