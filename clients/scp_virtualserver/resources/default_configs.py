"""`client.default_configs`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._methods import AsyncResource, Operation, Resource
from . import models

if TYPE_CHECKING:
    pass

__all__ = [
    "DefaultConfigs",
    "AsyncDefaultConfigs",
]
_LIST_DEFAULT_CONFIGS = Operation("listDefaultConfigs", "model", models.DefaultConfigListResponse)


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
    ) -> models.DefaultConfigListResponse:
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
        return cast("models.DefaultConfigListResponse", answer)


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
    ) -> models.DefaultConfigListResponse:
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
        return cast("models.DefaultConfigListResponse", answer)
