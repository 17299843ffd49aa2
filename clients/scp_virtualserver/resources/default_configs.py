"""`client.default_configs`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from .._resource import (
    AsyncResource,
    Operation,
    Resource,
)

if TYPE_CHECKING:
    pass

__all__ = [
    "DefaultConfigs",
    "AsyncDefaultConfigs",
]


def _load_list_default_configs(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.default_configs import list_default_configs as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.default_configs import list_default_configs as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.default_configs import list_default_configs as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.default_configs import list_default_configs as v1_3

        return v1_3
    raise LookupError(f"listDefaultConfigs is not in API version {version}")


_LIST_DEFAULT_CONFIGS = Operation(
    "listDefaultConfigs",
    "GET",
    "/v1/default-configs",
    (),
    ok=(200,),
    load=_load_list_default_configs,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={"name": "name", "category": "category"},
    body={},
    generated_query={
        "1.0": {"name": "name", "category": "category"},
        "1.1": {"name": "name", "category": "category"},
        "1.2": {"name": "name", "category": "category"},
        "1.3": {"name": "name", "category": "category"},
    },
    result="json",
)


class DefaultConfigs(Resource):
    """`client.default_configs`: The service's default settings.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        *,
        name: str | None = None,
        category: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """List Default Configs.

        Returns the service's default settings, optionally only some of them.

        `GET /v1/default-configs` (listDefaultConfigs).

        Arguments:
            name: Only the setting with this name.
            category: Only the settings of this category.
        """
        answer = self._run(
            self._operation(
                _LIST_DEFAULT_CONFIGS,
                (),
                {
                    "name": name,
                    "category": category,
                },
                timeout,
            )
        )
        return cast("dict[str, Any]", answer)


class AsyncDefaultConfigs(AsyncResource):
    """`client.default_configs`: The service's default settings.

    Every argument is checked against the API version in use before any request.
    """

    async def list(
        self,
        *,
        name: str | None = None,
        category: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """List Default Configs.

        Returns the service's default settings, optionally only some of them.

        `GET /v1/default-configs` (listDefaultConfigs).

        Arguments:
            name: Only the setting with this name.
            category: Only the settings of this category.
        """
        answer = await self._run(
            self._operation(
                _LIST_DEFAULT_CONFIGS,
                (),
                {
                    "name": name,
                    "category": category,
                },
                timeout,
            )
        )
        return cast("dict[str, Any]", answer)
