"""`client.launch_configurations`, sync and async.

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
    "LaunchConfigurations",
    "AsyncLaunchConfigurations",
]


def _load_list_launch_configurations(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.launch_configurations import list_launch_configurations as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.launch_configurations import list_launch_configurations as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.launch_configurations import list_launch_configurations as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.launch_configurations import list_launch_configurations as v1_3

        return v1_3
    raise LookupError(f"listLaunchConfigurations is not in API version {version}")


_LIST_LAUNCH_CONFIGURATIONS = Operation(
    "listLaunchConfigurations",
    "GET",
    "/v1/launch-configurations",
    (),
    ok=(200,),
    load=_load_list_launch_configurations,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={
        "name": "name",
        "image_id": "image_id",
        "offset": "offset",
        "limit": "limit",
        "sort": "sort",
    },
    body={},
    generated_query={
        "1.0": {
            "name": "name",
            "image_id": "image_id",
            "offset": "offset",
            "limit": "limit",
            "sort": "sort",
        },
        "1.1": {
            "name": "name",
            "image_id": "image_id",
            "offset": "offset",
            "limit": "limit",
            "sort": "sort",
        },
        "1.2": {
            "name": "name",
            "image_id": "image_id",
            "offset": "offset",
            "limit": "limit",
            "sort": "sort",
        },
        "1.3": {
            "name": "name",
            "image_id": "image_id",
            "offset": "offset",
            "limit": "limit",
            "sort": "sort",
        },
    },
    result="list",
    model=models.LaunchConfiguration,
    items="launch_configurations",
    paging="offset",
)


def _load_create_launch_configuration(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.launch_configurations import create_launch_configuration as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.launch_configurations import create_launch_configuration as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.launch_configurations import create_launch_configuration as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.launch_configurations import create_launch_configuration as v1_3

        return v1_3
    raise LookupError(f"createLaunchConfiguration is not in API version {version}")


_CREATE_LAUNCH_CONFIGURATION = Operation(
    "createLaunchConfiguration",
    "POST",
    "/v1/launch-configurations",
    (),
    ok=(201,),
    load=_load_create_launch_configuration,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={
        "image_id": "image_id",
        "keypair_name": "keypair_name",
        "name": "name",
        "server_type_id": "server_type_id",
        "tags": "tags",
        "user_data": "user_data",
        "volumes": "volumes",
    },
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.LaunchConfiguration,
)


def _load_show_launch_configuration(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.launch_configurations import show_launch_configuration as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.launch_configurations import show_launch_configuration as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.launch_configurations import show_launch_configuration as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.launch_configurations import show_launch_configuration as v1_3

        return v1_3
    raise LookupError(f"showLaunchConfiguration is not in API version {version}")


_SHOW_LAUNCH_CONFIGURATION = Operation(
    "showLaunchConfiguration",
    "GET",
    "/v1/launch-configurations/{launch_configuration_id}",
    ("launch_configuration_id",),
    ok=(200,),
    load=_load_show_launch_configuration,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.LaunchConfiguration,
)


def _load_delete_launch_configuration(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.launch_configurations import delete_launch_configuration as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.launch_configurations import delete_launch_configuration as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.launch_configurations import delete_launch_configuration as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.launch_configurations import delete_launch_configuration as v1_3

        return v1_3
    raise LookupError(f"deleteLaunchConfiguration is not in API version {version}")


_DELETE_LAUNCH_CONFIGURATION = Operation(
    "deleteLaunchConfiguration",
    "DELETE",
    "/v1/launch-configurations/{launch_configuration_id}",
    ("launch_configuration_id",),
    ok=(204,),
    load=_load_delete_launch_configuration,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="none",
)


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
