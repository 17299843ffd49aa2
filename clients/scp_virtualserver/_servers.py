"""The flows of `client.servers`, bound to a client's version; shared by sync and async."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _flows as flows
from ._core import ClientCore
from ._flows import Flow
from .models import Server

DEFAULT_WAIT_TIMEOUT = 600.0
DEFAULT_WAIT_INTERVAL = 5.0


class ServerFlows:
    """Builds each operation's flow: ids and arguments are checked here, before any request."""

    def __init__(self, core: ClientCore) -> None:
        self._core = core

    def get(self, server_id: object) -> Flow[Server]:
        return flows.show(flows.checked_id(server_id), self._core.retry)

    def delete(self, server_id: object, wait: bool, timeout: float, interval: float) -> Flow[None]:
        checked = flows.checked_id(server_id)
        if wait:
            flows.check_wait(timeout, interval)
        return self._delete(checked, wait, timeout, interval)

    def _delete(self, server_id: str, wait: bool, timeout: float, interval: float) -> Flow[None]:
        yield from flows.delete(server_id, self._core.retry)
        if wait:
            yield from flows.wait_until_deleted(server_id, timeout, interval, self._core.retry)

    def wait_until_deleted(self, server_id: object, timeout: float, interval: float) -> Flow[None]:
        flows.check_wait(timeout, interval)
        return flows.wait_until_deleted(
            flows.checked_id(server_id), timeout, interval, self._core.retry
        )

    def wait_for_state(
        self, server_id: object, state: str, timeout: float, interval: float
    ) -> Flow[Server]:
        flows.check_wait(timeout, interval)
        return flows.wait_for_state(
            flows.checked_id(server_id),
            flows.check_state(state),
            timeout,
            interval,
            self._core.retry,
        )

    def action(self, server_id: object, name: str) -> Flow[None]:
        return flows.action(flows.checked_id(server_id), name, self._core.retry)

    # Arguments are checked at once; the version's models are read only when the flow runs,
    # because with api_version="auto" the version is known only then.

    def reboot(self, server_id: object, hard: bool) -> Flow[None]:
        return self._reboot(flows.checked_id(server_id), bool(hard))

    def _reboot(self, server_id: str, hard: bool) -> Flow[None]:
        body = self._core.models().ServerRebootRequestBody.from_dict(
            {"reboot_type": "HARD" if hard else "SOFT"}
        )
        yield from flows.action(server_id, "reboot", self._core.retry, body)

    def update(self, server_id: object, name: str) -> Flow[Server]:
        return self._update(flows.checked_id(server_id), flows.check_name(name))

    def _update(self, server_id: str, name: str) -> Flow[Server]:
        body = self._core.models().ServerUpdateRequest(name=name)
        return (yield from flows.update(server_id, body, self._core.retry))

    def create(self, **arguments: Any) -> Flow[list[str]]:
        flows.check_name(arguments["name"])
        return self._create(arguments)

    def _create(self, arguments: Mapping[str, Any]) -> Flow[list[str]]:
        version = self._core.version
        assert version is not None
        body = flows.create_body(version, **arguments)
        model = getattr(self._core.models(), flows.create_schemas(version)[0]).from_dict(body)
        return (yield from flows.create(model, self._core.retry))

    def list_page(self, filters: Mapping[str, Any], marker: str | None) -> Flow[list[Server]]:
        chosen = dict(filters)
        if marker is not None:
            chosen["marker"] = marker
        return flows.list_page(chosen, self._core.retry)
