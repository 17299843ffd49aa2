"""`client.quota_sets`, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._methods import AsyncResource, Operation, Resource
from . import models

if TYPE_CHECKING:
    pass

__all__ = [
    "QuotaSets",
    "AsyncQuotaSets",
]
_SHOW_QUOTA_SET = Operation("showQuotaSet", "model", models.QuotaSet)
_SHOW_VOLUME_QUOTA_SET = Operation("showVolumeQuotaSet", "model", models.VolumeQuotaSet)


class QuotaSets(Resource):
    """`client.quota_sets`: The account's quotas for servers and volumes, with what is used.

    Every argument is checked against the API version in use before any request.
    """

    def get(
        self,
        *,
        timeout: float | None = None,
    ) -> models.QuotaSet:
        """Show Server Quota Set.

        Returns the account's server quotas (servers, cores, memory, key pairs,...).

        `GET /v1/quota-sets` (showQuotaSet).
        """
        answer = self._run(self._operation(_SHOW_QUOTA_SET, (), {}, timeout))
        return cast("models.QuotaSet", answer)

    def get_for_volumes(
        self,
        *,
        timeout: float | None = None,
    ) -> models.VolumeQuotaSet:
        """Show Volume Quota Set.

        Returns the account's volume quotas (volumes, snapshots, sizes).

        `GET /v1/volumes/quota-sets` (showVolumeQuotaSet).
        """
        answer = self._run(self._operation(_SHOW_VOLUME_QUOTA_SET, (), {}, timeout))
        return cast("models.VolumeQuotaSet", answer)


class AsyncQuotaSets(AsyncResource):
    """`client.quota_sets`: The account's quotas for servers and volumes, with what is used.

    Every argument is checked against the API version in use before any request.
    """

    async def get(
        self,
        *,
        timeout: float | None = None,
    ) -> models.QuotaSet:
        """Show Server Quota Set.

        Returns the account's server quotas (servers, cores, memory, key pairs,...).

        `GET /v1/quota-sets` (showQuotaSet).
        """
        answer = await self._run(self._operation(_SHOW_QUOTA_SET, (), {}, timeout))
        return cast("models.QuotaSet", answer)

    async def get_for_volumes(
        self,
        *,
        timeout: float | None = None,
    ) -> models.VolumeQuotaSet:
        """Show Volume Quota Set.

        Returns the account's volume quotas (volumes, snapshots, sizes).

        `GET /v1/volumes/quota-sets` (showVolumeQuotaSet).
        """
        answer = await self._run(self._operation(_SHOW_VOLUME_QUOTA_SET, (), {}, timeout))
        return cast("models.VolumeQuotaSet", answer)
