"""`client.server_types`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, cast

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
    "ServerTypes",
    "AsyncServerTypes",
]


def _load_list_server_types(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.server_types import list_server_types as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.server_types import list_server_types as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.server_types import list_server_types as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.server_types import list_server_types as v1_3

        return v1_3
    raise LookupError(f"listServerTypes is not in API version {version}")


_LIST_SERVER_TYPES = Operation(
    "listServerTypes",
    "GET",
    "/v1/server-types",
    (),
    ok=(200,),
    load=_load_list_server_types,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={
        "limit": "limit",
        "marker": "marker",
        "min_disk": "min_disk",
        "min_ram": "min_ram",
        "sort": "sort",
    },
    body={},
    generated_query={
        "1.0": {
            "limit": "limit",
            "marker": "marker",
            "min_disk": "min_disk",
            "min_ram": "min_ram",
            "sort": "sort",
        },
        "1.1": {
            "limit": "limit",
            "marker": "marker",
            "min_disk": "min_disk",
            "min_ram": "min_ram",
            "sort": "sort",
        },
        "1.2": {
            "limit": "limit",
            "marker": "marker",
            "min_disk": "min_disk",
            "min_ram": "min_ram",
            "sort": "sort",
        },
        "1.3": {
            "limit": "limit",
            "marker": "marker",
            "min_disk": "min_disk",
            "min_ram": "min_ram",
            "sort": "sort",
        },
    },
    result="list",
    model=models.ServerType,
    items="server_types",
    paging="marker",
)


def _load_show_server_type(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.server_types import show_server_type as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.server_types import show_server_type as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.server_types import show_server_type as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.server_types import show_server_type as v1_3

        return v1_3
    raise LookupError(f"showServerType is not in API version {version}")


_SHOW_SERVER_TYPE = Operation(
    "showServerType",
    "GET",
    "/v1/server-types/{server_type_id}",
    ("server_type_id",),
    ok=(200,),
    load=_load_show_server_type,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.ServerType,
)


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
