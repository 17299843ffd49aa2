"""`client.quota_sets`, sync and async.

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
from . import models

if TYPE_CHECKING:
    pass

__all__ = [
    "QuotaSets",
    "AsyncQuotaSets",
]


def _load_show_quota_set(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.quota_sets import show_quota_set as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.quota_sets import show_quota_set as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.quota_sets import show_quota_set as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.quota_sets import show_quota_set as v1_3

        return v1_3
    raise LookupError(f"showQuotaSet is not in API version {version}")


_SHOW_QUOTA_SET = Operation(
    "showQuotaSet",
    "GET",
    "/v1/quota-sets",
    (),
    ok=(200,),
    load=_load_show_quota_set,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.QuotaSet,
)


def _load_show_volume_quota_set(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.quota_sets import show_volume_quota_set as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.quota_sets import show_volume_quota_set as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.quota_sets import show_volume_quota_set as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.quota_sets import show_volume_quota_set as v1_3

        return v1_3
    raise LookupError(f"showVolumeQuotaSet is not in API version {version}")


_SHOW_VOLUME_QUOTA_SET = Operation(
    "showVolumeQuotaSet",
    "GET",
    "/v1/volumes/quota-sets",
    (),
    ok=(200,),
    load=_load_show_volume_quota_set,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="json",
)


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

        Returns the account's server quotas (servers, cores, memory, key pairs, ...).

        `GET /v1/quota-sets` (showQuotaSet).
        """
        answer = self._run(self._operation(_SHOW_QUOTA_SET, (), {}, timeout))
        return cast("models.QuotaSet", answer)

    def get_for_volumes(
        self,
        *,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show Volume Quota Set.

        Returns the account's volume quotas (volumes, snapshots, sizes).

        `GET /v1/volumes/quota-sets` (showVolumeQuotaSet).
        """
        answer = self._run(self._operation(_SHOW_VOLUME_QUOTA_SET, (), {}, timeout))
        return cast("dict[str, Any]", answer)


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

        Returns the account's server quotas (servers, cores, memory, key pairs, ...).

        `GET /v1/quota-sets` (showQuotaSet).
        """
        answer = await self._run(self._operation(_SHOW_QUOTA_SET, (), {}, timeout))
        return cast("models.QuotaSet", answer)

    async def get_for_volumes(
        self,
        *,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show Volume Quota Set.

        Returns the account's volume quotas (volumes, snapshots, sizes).

        `GET /v1/volumes/quota-sets` (showVolumeQuotaSet).
        """
        answer = await self._run(self._operation(_SHOW_VOLUME_QUOTA_SET, (), {}, timeout))
        return cast("dict[str, Any]", answer)
