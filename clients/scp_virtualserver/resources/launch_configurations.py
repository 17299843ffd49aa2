"""`client.launch_configurations`, sync and async.

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
    "LaunchConfigurations",
    "AsyncLaunchConfigurations",
]
_LIST_LAUNCH_CONFIGURATIONS = Operation(
    "listLaunchConfigurations", "list", models.LaunchConfiguration
)
_CREATE_LAUNCH_CONFIGURATION = Operation(
    "createLaunchConfiguration", "model", models.LaunchConfiguration
)
_SHOW_LAUNCH_CONFIGURATION = Operation(
    "showLaunchConfiguration", "model", models.LaunchConfiguration
)
_DELETE_LAUNCH_CONFIGURATION = Operation("deleteLaunchConfiguration", "none")


class LaunchConfigurations(Resource):
    """`client.launch_configurations`: Server templates that Auto-Scaling Groups create their servers from.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        name: str | None = None,
        image_id: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.LaunchConfiguration]:
        """List Launch Configurations.

        Lists the launch configurations of the account, one page at a time, optionally filtered by
        name or image.

        `GET /v1/launch-configurations` (listLaunchConfigurations).

        Arguments:
            name: Only launch configurations with this name.
            image_id: Only launch configurations that use this image.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_LAUNCH_CONFIGURATIONS,
                (),
                {
                    "name": name,
                    "image_id": image_id,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        name: str | None = None,
        image_id: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.LaunchConfiguration]]:
        """List Launch Configurations, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_LAUNCH_CONFIGURATIONS,
                (),
                {
                    "name": name,
                    "image_id": image_id,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def create(
        self,
        *,
        image_id: str,
        keypair_name: str,
        name: str,
        server_type_id: str,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        user_data: str | None = None,
        volumes: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        timeout: float | None = None,
    ) -> models.LaunchConfiguration:
        """Create Launch Configuration.

        Creates a launch configuration: the image, server type, keypair, volumes, user data and tags
        that an Auto-Scaling Group's new servers get.

        `POST /v1/launch-configurations` (createLaunchConfiguration).

        Arguments:
            image_id: Image the servers are created from.
            keypair_name: Keypair installed on the servers.
            name: Launch configuration name (letters, digits, `-` and `_`).
            server_type_id: Server type of the servers (such as `s1v1m2`).
            tags: Tags to attach to the launch configuration.
            user_data: A script or data each server receives at its first start.
            volumes: The servers' volumes.
        """
        answer = self._run(
            self._operation(
                _CREATE_LAUNCH_CONFIGURATION,
                (),
                {
                    "image_id": image_id,
                    "keypair_name": keypair_name,
                    "name": name,
                    "server_type_id": server_type_id,
                    "tags": tags,
                    "user_data": user_data,
                    "volumes": volumes,
                },
                timeout,
            )
        )
        return cast("models.LaunchConfiguration", answer)

    def get(
        self,
        launch_configuration_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.LaunchConfiguration:
        """Show Launch Configuration.

        Shows one launch configuration, with its volumes and user data.

        `GET /v1/launch-configurations/{launch_configuration_id}` (showLaunchConfiguration).
        """
        answer = self._run(
            self._operation(_SHOW_LAUNCH_CONFIGURATION, (launch_configuration_id,), {}, timeout)
        )
        return cast("models.LaunchConfiguration", answer)

    def delete(
        self,
        launch_configuration_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Launch Configuration.

        Deletes a launch configuration.

        `DELETE /v1/launch-configurations/{launch_configuration_id}` (deleteLaunchConfiguration).
        """
        self._run(
            self._operation(_DELETE_LAUNCH_CONFIGURATION, (launch_configuration_id,), {}, timeout)
        )


class AsyncLaunchConfigurations(AsyncResource):
    """`client.launch_configurations`: Server templates that Auto-Scaling Groups create their servers from.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        name: str | None = None,
        image_id: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.LaunchConfiguration]:
        """List Launch Configurations.

        Lists the launch configurations of the account, one page at a time, optionally filtered by
        name or image.

        `GET /v1/launch-configurations` (listLaunchConfigurations).

        Arguments:
            name: Only launch configurations with this name.
            image_id: Only launch configurations that use this image.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_LAUNCH_CONFIGURATIONS,
                (),
                {
                    "name": name,
                    "image_id": image_id,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        name: str | None = None,
        image_id: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.LaunchConfiguration]]:
        """List Launch Configurations, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_LAUNCH_CONFIGURATIONS,
                (),
                {
                    "name": name,
                    "image_id": image_id,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    async def create(
        self,
        *,
        image_id: str,
        keypair_name: str,
        name: str,
        server_type_id: str,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        user_data: str | None = None,
        volumes: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        timeout: float | None = None,
    ) -> models.LaunchConfiguration:
        """Create Launch Configuration.

        Creates a launch configuration: the image, server type, keypair, volumes, user data and tags
        that an Auto-Scaling Group's new servers get.

        `POST /v1/launch-configurations` (createLaunchConfiguration).

        Arguments:
            image_id: Image the servers are created from.
            keypair_name: Keypair installed on the servers.
            name: Launch configuration name (letters, digits, `-` and `_`).
            server_type_id: Server type of the servers (such as `s1v1m2`).
            tags: Tags to attach to the launch configuration.
            user_data: A script or data each server receives at its first start.
            volumes: The servers' volumes.
        """
        answer = await self._run(
            self._operation(
                _CREATE_LAUNCH_CONFIGURATION,
                (),
                {
                    "image_id": image_id,
                    "keypair_name": keypair_name,
                    "name": name,
                    "server_type_id": server_type_id,
                    "tags": tags,
                    "user_data": user_data,
                    "volumes": volumes,
                },
                timeout,
            )
        )
        return cast("models.LaunchConfiguration", answer)

    async def get(
        self,
        launch_configuration_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.LaunchConfiguration:
        """Show Launch Configuration.

        Shows one launch configuration, with its volumes and user data.

        `GET /v1/launch-configurations/{launch_configuration_id}` (showLaunchConfiguration).
        """
        answer = await self._run(
            self._operation(_SHOW_LAUNCH_CONFIGURATION, (launch_configuration_id,), {}, timeout)
        )
        return cast("models.LaunchConfiguration", answer)

    async def delete(
        self,
        launch_configuration_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Launch Configuration.

        Deletes a launch configuration.

        `DELETE /v1/launch-configurations/{launch_configuration_id}` (deleteLaunchConfiguration).
        """
        await self._run(
            self._operation(_DELETE_LAUNCH_CONFIGURATION, (launch_configuration_id,), {}, timeout)
        )
