"""`client.keypairs`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .._methods import AsyncResource, Operation, Page, Resource
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
_LIST_KEYPAIRS = Operation("listKeypairs", "list", models.Keypair)
_CREATE_KEYPAIR = Operation("createKeypair", "model", models.KeypairCreateResponse)
_SHOW_KEYPAIR = Operation("showKeypair", "model", models.Keypair)
_DELETE_KEYPAIR = Operation("deleteKeypair", "none")


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
    ) -> models.KeypairCreateResponse:
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
        return cast("models.KeypairCreateResponse", answer)

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
    ) -> models.KeypairCreateResponse:
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
        return cast("models.KeypairCreateResponse", answer)

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
