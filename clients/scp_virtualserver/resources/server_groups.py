"""`client.server_groups`, sync and async.

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
    "ServerGroups",
    "AsyncServerGroups",
]
_LIST_SERVER_GROUPS = Operation("listServerGroups", "list", models.ServerGroup)
_CREATE_SERVER_GROUP = Operation("createServerGroup", "model", models.ServerGroup)
_SHOW_SERVER_GROUP = Operation("showServerGroup", "model", models.ServerGroup)
_DELETE_SERVER_GROUP = Operation("deleteServerGroup", "none")
_GET_PARTITION_SIZE = Operation(
    "getPartitionSize", "model", models.ServerGroupPartitionSizeResponse
)


class ServerGroups(Resource):
    """`client.server_groups`: Server groups, which place their servers by a policy.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.ServerGroup]:
        """List Server Groups.

        Lists the server groups of the account, one page at a time.

        `GET /v1/server-groups` (listServerGroups).
        """
        return self._items(*self._pager(_LIST_SERVER_GROUPS, (), {}, page_size, offset, timeout))

    def list_pages(
        self,
        *,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.ServerGroup]]:
        """List Server Groups, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(*self._pager(_LIST_SERVER_GROUPS, (), {}, page_size, offset, timeout))

    def create(
        self,
        *,
        name: str,
        policy: str,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        timeout: float | None = None,
    ) -> models.ServerGroup:
        """Create Server Group.

        Creates a server group with a placement policy.

        `POST /v1/server-groups` (createServerGroup).

        Arguments:
            name: Name: letters, digits, spaces, `-` and `_`.
            policy: Placement policy: affinity (servers together) or anti-affinity (apart).
            tags: Tags to attach to the group.
        """
        answer = self._run(
            self._operation(
                _CREATE_SERVER_GROUP,
                (),
                {
                    "name": name,
                    "policy": policy,
                    "tags": tags,
                },
                timeout,
            )
        )
        return cast("models.ServerGroup", answer)

    def get(
        self,
        server_group_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerGroup:
        """Show Server Group.

        Returns one server group and its members.

        `GET /v1/server-groups/{server_group_id}` (showServerGroup).
        """
        answer = self._run(self._operation(_SHOW_SERVER_GROUP, (server_group_id,), {}, timeout))
        return cast("models.ServerGroup", answer)

    def delete(
        self,
        server_group_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Group.

        Deletes the server group.

        `DELETE /v1/server-groups/{server_group_id}` (deleteServerGroup).
        """
        self._run(self._operation(_DELETE_SERVER_GROUP, (server_group_id,), {}, timeout))

    def get_partition_size(
        self,
        *,
        timeout: float | None = None,
    ) -> models.ServerGroupPartitionSizeResponse:
        """Get Partition Size.

        Returns the largest partition size a partition server group may have in this region.

        `GET /v1/server-groups/partition-size` (getPartitionSize).
        In API versions 1.1, 1.2, 1.3 only.
        """
        answer = self._run(self._operation(_GET_PARTITION_SIZE, (), {}, timeout))
        return cast("models.ServerGroupPartitionSizeResponse", answer)


class AsyncServerGroups(AsyncResource):
    """`client.server_groups`: Server groups, which place their servers by a policy.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.ServerGroup]:
        """List Server Groups.

        Lists the server groups of the account, one page at a time.

        `GET /v1/server-groups` (listServerGroups).
        """
        return self._items(*self._pager(_LIST_SERVER_GROUPS, (), {}, page_size, offset, timeout))

    def list_pages(
        self,
        *,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.ServerGroup]]:
        """List Server Groups, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(*self._pager(_LIST_SERVER_GROUPS, (), {}, page_size, offset, timeout))

    async def create(
        self,
        *,
        name: str,
        policy: str,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        timeout: float | None = None,
    ) -> models.ServerGroup:
        """Create Server Group.

        Creates a server group with a placement policy.

        `POST /v1/server-groups` (createServerGroup).

        Arguments:
            name: Name: letters, digits, spaces, `-` and `_`.
            policy: Placement policy: affinity (servers together) or anti-affinity (apart).
            tags: Tags to attach to the group.
        """
        answer = await self._run(
            self._operation(
                _CREATE_SERVER_GROUP,
                (),
                {
                    "name": name,
                    "policy": policy,
                    "tags": tags,
                },
                timeout,
            )
        )
        return cast("models.ServerGroup", answer)

    async def get(
        self,
        server_group_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerGroup:
        """Show Server Group.

        Returns one server group and its members.

        `GET /v1/server-groups/{server_group_id}` (showServerGroup).
        """
        answer = await self._run(
            self._operation(_SHOW_SERVER_GROUP, (server_group_id,), {}, timeout)
        )
        return cast("models.ServerGroup", answer)

    async def delete(
        self,
        server_group_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Group.

        Deletes the server group.

        `DELETE /v1/server-groups/{server_group_id}` (deleteServerGroup).
        """
        await self._run(self._operation(_DELETE_SERVER_GROUP, (server_group_id,), {}, timeout))

    async def get_partition_size(
        self,
        *,
        timeout: float | None = None,
    ) -> models.ServerGroupPartitionSizeResponse:
        """Get Partition Size.

        Returns the largest partition size a partition server group may have in this region.

        `GET /v1/server-groups/partition-size` (getPartitionSize).
        In API versions 1.1, 1.2, 1.3 only.
        """
        answer = await self._run(self._operation(_GET_PARTITION_SIZE, (), {}, timeout))
        return cast("models.ServerGroupPartitionSizeResponse", answer)
