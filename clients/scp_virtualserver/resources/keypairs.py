"""`client.keypairs`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from .._resource import (
    AsyncResource,
    Operation,
    Page,
    Resource,
)
from .._schema import JsonObject
from . import models

if TYPE_CHECKING:
    from uuid import (
        UUID,  # ids may be given as UUIDs; importing uuid costs, so only for types
    )

__all__ = [
    "Keypairs",
    "AsyncKeypairs",
]


def _load_list_keypairs(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.keypairs import list_keypairs as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.keypairs import list_keypairs as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.keypairs import list_keypairs as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.keypairs import list_keypairs as v1_3

        return v1_3
    raise LookupError(f"listKeypairs is not in API version {version}")


_LIST_KEYPAIRS = Operation(
    "listKeypairs",
    "GET",
    "/v1/keypairs",
    (),
    ok=(200,),
    load=_load_list_keypairs,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={"limit": "limit", "marker": "marker"},
    body={},
    generated_query={
        "1.0": {"limit": "limit", "marker": "marker"},
        "1.1": {"limit": "limit", "marker": "marker"},
        "1.2": {"limit": "limit", "marker": "marker"},
        "1.3": {"limit": "limit", "marker": "marker"},
    },
    result="list",
    model=models.Keypair,
    items="keypairs",
    paging="marker",
)


def _load_create_keypair(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.keypairs import create_keypair as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.keypairs import create_keypair as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.keypairs import create_keypair as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.keypairs import create_keypair as v1_3

        return v1_3
    raise LookupError(f"createKeypair is not in API version {version}")


_CREATE_KEYPAIR = Operation(
    "createKeypair",
    "POST",
    "/v1/keypairs",
    (),
    ok=(201,),
    load=_load_create_keypair,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={"name": "name", "public_key": "public_key", "tags": "tags"},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="json",
)


def _load_show_keypair(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.keypairs import show_keypair as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.keypairs import show_keypair as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.keypairs import show_keypair as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.keypairs import show_keypair as v1_3

        return v1_3
    raise LookupError(f"showKeypair is not in API version {version}")


_SHOW_KEYPAIR = Operation(
    "showKeypair",
    "GET",
    "/v1/keypairs/{keypair_name}",
    ("keypair_name",),
    ok=(200,),
    load=_load_show_keypair,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.Keypair,
)


def _load_delete_keypair(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.keypairs import delete_keypair as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.keypairs import delete_keypair as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.keypairs import delete_keypair as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.keypairs import delete_keypair as v1_3

        return v1_3
    raise LookupError(f"deleteKeypair is not in API version {version}")


_DELETE_KEYPAIR = Operation(
    "deleteKeypair",
    "DELETE",
    "/v1/keypairs/{keypair_name}",
    ("keypair_name",),
    ok=(204,),
    load=_load_delete_keypair,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="none",
)


class Keypairs(Resource):
    """`client.keypairs`: Key pairs for logging in to servers.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Keypair]:
        """List Keypairs.

        Lists the key pairs, one page at a time.

        `GET /v1/keypairs` (listKeypairs).
        """
        return self._items(*self._pager(_LIST_KEYPAIRS, (), {}, page_size, marker, timeout))

    def list_pages(
        self,
        *,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.Keypair]]:
        """List Keypairs, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(*self._pager(_LIST_KEYPAIRS, (), {}, page_size, marker, timeout))

    def create(
        self,
        *,
        name: str,
        public_key: str | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Create Keypair.

        Creates a key pair. Give a public key to import it; without one, the service generates the
        pair and returns its private key in this answer.

        `POST /v1/keypairs` (createKeypair).

        Arguments:
            name: Name: letters, digits, spaces, `-` and `_`.
            public_key: A public key to import; left out, a new pair is generated.
            tags: Tags to attach to the key pair.
        """
        answer = self._run(
            self._operation(
                _CREATE_KEYPAIR,
                (),
                {
                    "name": name,
                    "public_key": public_key,
                    "tags": tags,
                },
                timeout,
            )
        )
        return cast("dict[str, Any]", answer)

    def get(
        self,
        keypair_name: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.Keypair:
        """Show Keypair.

        Returns one key pair (its public part).

        `GET /v1/keypairs/{keypair_name}` (showKeypair).
        """
        answer = self._run(self._operation(_SHOW_KEYPAIR, (keypair_name,), {}, timeout))
        return cast("models.Keypair", answer)

    def delete(
        self,
        keypair_name: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Keypair.

        Deletes the key pair.

        `DELETE /v1/keypairs/{keypair_name}` (deleteKeypair).
        """
        self._run(self._operation(_DELETE_KEYPAIR, (keypair_name,), {}, timeout))


class AsyncKeypairs(AsyncResource):
    """`client.keypairs`: Key pairs for logging in to servers.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.Keypair]:
        """List Keypairs.

        Lists the key pairs, one page at a time.

        `GET /v1/keypairs` (listKeypairs).
        """
        return self._items(*self._pager(_LIST_KEYPAIRS, (), {}, page_size, marker, timeout))

    def list_pages(
        self,
        *,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.Keypair]]:
        """List Keypairs, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(*self._pager(_LIST_KEYPAIRS, (), {}, page_size, marker, timeout))

    async def create(
        self,
        *,
        name: str,
        public_key: str | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Create Keypair.

        Creates a key pair. Give a public key to import it; without one, the service generates the
        pair and returns its private key in this answer.

        `POST /v1/keypairs` (createKeypair).

        Arguments:
            name: Name: letters, digits, spaces, `-` and `_`.
            public_key: A public key to import; left out, a new pair is generated.
            tags: Tags to attach to the key pair.
        """
        answer = await self._run(
            self._operation(
                _CREATE_KEYPAIR,
                (),
                {
                    "name": name,
                    "public_key": public_key,
                    "tags": tags,
                },
                timeout,
            )
        )
        return cast("dict[str, Any]", answer)

    async def get(
        self,
        keypair_name: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.Keypair:
        """Show Keypair.

        Returns one key pair (its public part).

        `GET /v1/keypairs/{keypair_name}` (showKeypair).
        """
        answer = await self._run(self._operation(_SHOW_KEYPAIR, (keypair_name,), {}, timeout))
        return cast("models.Keypair", answer)

    async def delete(
        self,
        keypair_name: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Keypair.

        Deletes the key pair.

        `DELETE /v1/keypairs/{keypair_name}` (deleteKeypair).
        """
        await self._run(self._operation(_DELETE_KEYPAIR, (keypair_name,), {}, timeout))
