"""`client.server_types`, sync and async.

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
    "ServerTypes",
    "AsyncServerTypes",
]
_LIST_SERVER_TYPES = Operation("listServerTypes", "list", models.ServerType)
_SHOW_SERVER_TYPE = Operation("showServerType", "model", models.ServerType)


class ServerTypes(Resource):
    """`client.server_types`: The server types (sizes) available to servers.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.ServerType]:
        """List Server Types.

        Lists the server types, one page at a time, optionally only those large enough.

        `GET /v1/server-types` (listServerTypes).

        Arguments:
            min_disk: Only server types with at least this much root disk.
            min_ram: Only server types with at least this much memory.
            sort: Sort order.
        """
        return self._items(
            *self._pager(
                _LIST_SERVER_TYPES,
                (),
                {
                    "min_disk": min_disk,
                    "min_ram": min_ram,
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
        min_disk: int | None = None,
        min_ram: int | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.ServerType]]:
        """List Server Types, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_SERVER_TYPES,
                (),
                {
                    "min_disk": min_disk,
                    "min_ram": min_ram,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def get(
        self,
        server_type_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerType:
        """Show Server Type.

        Returns one server type.

        `GET /v1/server-types/{server_type_id}` (showServerType).
        """
        answer = self._run(self._operation(_SHOW_SERVER_TYPE, (server_type_id,), {}, timeout))
        return cast("models.ServerType", answer)


class AsyncServerTypes(AsyncResource):
    """`client.server_types`: The server types (sizes) available to servers.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.ServerType]:
        """List Server Types.

        Lists the server types, one page at a time, optionally only those large enough.

        `GET /v1/server-types` (listServerTypes).

        Arguments:
            min_disk: Only server types with at least this much root disk.
            min_ram: Only server types with at least this much memory.
            sort: Sort order.
        """
        return self._items(
            *self._pager(
                _LIST_SERVER_TYPES,
                (),
                {
                    "min_disk": min_disk,
                    "min_ram": min_ram,
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
        min_disk: int | None = None,
        min_ram: int | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.ServerType]]:
        """List Server Types, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_SERVER_TYPES,
                (),
                {
                    "min_disk": min_disk,
                    "min_ram": min_ram,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    async def get(
        self,
        server_type_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerType:
        """Show Server Type.

        Returns one server type.

        `GET /v1/server-types/{server_type_id}` (showServerType).
        """
        answer = await self._run(self._operation(_SHOW_SERVER_TYPE, (server_type_id,), {}, timeout))
        return cast("models.ServerType", answer)
