"""`client.volume_types`, sync and async.

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
    "VolumeTypes",
    "AsyncVolumeTypes",
]


def _load_list_volume_types(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.volume_types import list_volume_types as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.volume_types import list_volume_types as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.volume_types import list_volume_types as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.volume_types import list_volume_types as v1_3

        return v1_3
    raise LookupError(f"listVolumeTypes is not in API version {version}")


_LIST_VOLUME_TYPES = Operation(
    "listVolumeTypes",
    "GET",
    "/v1/volume-types",
    (),
    ok=(200,),
    load=_load_list_volume_types,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={"limit": "limit", "offset": "offset", "marker": "marker", "sort": "sort"},
    body={},
    generated_query={
        "1.0": {"limit": "limit", "offset": "offset", "marker": "marker", "sort": "sort"},
        "1.1": {"limit": "limit", "offset": "offset", "marker": "marker", "sort": "sort"},
        "1.2": {"limit": "limit", "offset": "offset", "marker": "marker", "sort": "sort"},
        "1.3": {"limit": "limit", "offset": "offset", "marker": "marker", "sort": "sort"},
    },
    result="list",
    model=models.VolumeType,
    items="volume_types",
    paging="marker",
)


def _load_show_default_volume_type(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.volume_types import show_default_volume_type as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.volume_types import show_default_volume_type as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.volume_types import show_default_volume_type as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.volume_types import show_default_volume_type as v1_3

        return v1_3
    raise LookupError(f"showDefaultVolumeType is not in API version {version}")


_SHOW_DEFAULT_VOLUME_TYPE = Operation(
    "showDefaultVolumeType",
    "GET",
    "/v1/volume-types/default",
    (),
    ok=(200,),
    load=_load_show_default_volume_type,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.VolumeType,
)


def _load_show_volume_type(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.volume_types import show_volume_type as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.volume_types import show_volume_type as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.volume_types import show_volume_type as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.volume_types import show_volume_type as v1_3

        return v1_3
    raise LookupError(f"showVolumeType is not in API version {version}")


_SHOW_VOLUME_TYPE = Operation(
    "showVolumeType",
    "GET",
    "/v1/volume-types/{volume_type_id}",
    ("volume_type_id",),
    ok=(200,),
    load=_load_show_volume_type,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.VolumeType,
)


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
