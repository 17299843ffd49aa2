"""`client.volume_types`, sync and async.

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
    "VolumeTypes",
    "AsyncVolumeTypes",
]
_LIST_VOLUME_TYPES = Operation("listVolumeTypes", "list", models.VolumeType)
_SHOW_DEFAULT_VOLUME_TYPE = Operation("showDefaultVolumeType", "model", models.VolumeType)
_SHOW_VOLUME_TYPE = Operation("showVolumeType", "model", models.VolumeType)


class VolumeTypes(Resource):
    """`client.volume_types`: The kinds of Block Storage a volume can be made of.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        offset: int | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.VolumeType]:
        """List Volume Types.

        Lists the volume types, one page at a time.

        `GET /v1/volume-types` (listVolumeTypes).

        Arguments:
            offset: How many volume types to skip before the page starts.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_VOLUME_TYPES,
                (),
                {
                    "offset": offset,
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
        offset: int | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.VolumeType]]:
        """List Volume Types, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_VOLUME_TYPES,
                (),
                {
                    "offset": offset,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def get_default(
        self,
        *,
        timeout: float | None = None,
    ) -> models.VolumeType:
        """Show Default Volume Type.

        Shows the volume type a new volume gets when none is named.

        `GET /v1/volume-types/default` (showDefaultVolumeType).
        """
        answer = self._run(self._operation(_SHOW_DEFAULT_VOLUME_TYPE, (), {}, timeout))
        return cast("models.VolumeType", answer)

    def get(
        self,
        volume_type_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.VolumeType:
        """Show Volume Type.

        Shows one volume type.

        `GET /v1/volume-types/{volume_type_id}` (showVolumeType).
        """
        answer = self._run(self._operation(_SHOW_VOLUME_TYPE, (volume_type_id,), {}, timeout))
        return cast("models.VolumeType", answer)


class AsyncVolumeTypes(AsyncResource):
    """`client.volume_types`: The kinds of Block Storage a volume can be made of.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        offset: int | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.VolumeType]:
        """List Volume Types.

        Lists the volume types, one page at a time.

        `GET /v1/volume-types` (listVolumeTypes).

        Arguments:
            offset: How many volume types to skip before the page starts.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_VOLUME_TYPES,
                (),
                {
                    "offset": offset,
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
        offset: int | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.VolumeType]]:
        """List Volume Types, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_VOLUME_TYPES,
                (),
                {
                    "offset": offset,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    async def get_default(
        self,
        *,
        timeout: float | None = None,
    ) -> models.VolumeType:
        """Show Default Volume Type.

        Shows the volume type a new volume gets when none is named.

        `GET /v1/volume-types/default` (showDefaultVolumeType).
        """
        answer = await self._run(self._operation(_SHOW_DEFAULT_VOLUME_TYPE, (), {}, timeout))
        return cast("models.VolumeType", answer)

    async def get(
        self,
        volume_type_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.VolumeType:
        """Show Volume Type.

        Shows one volume type.

        `GET /v1/volume-types/{volume_type_id}` (showVolumeType).
        """
        answer = await self._run(self._operation(_SHOW_VOLUME_TYPE, (volume_type_id,), {}, timeout))
        return cast("models.VolumeType", answer)
