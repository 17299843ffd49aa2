"""The flows of `client.servers`, bound to a client's version; shared by sync and async."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from . import _checks as checks
from . import _flows as flows
from ._core import ClientCore
from ._flows import Flow
from .errors import DeadlineExceededError, WaitTimeoutError
from .models import Server

DEFAULT_WAIT_TIMEOUT = 600.0
DEFAULT_WAIT_INTERVAL = 5.0
WAIT_GRACE = 0.5
"""Seconds a waiter's last poll, made at its timeout, has to answer."""

T = TypeVar("T")


class ServerFlows:
    """Builds each operation's flow: ids and arguments are checked here, before any request."""

    def __init__(self, core: ClientCore) -> None:
        self._core = core

    def budget(self, timeout: object) -> float:
        """A call's time budget: `timeout=`, else 60 s."""
        return self._core.budget(timeout)

    def wait_budget(self, timeout: float | None, wait: bool = True) -> float:
        """A waiting call's budget: its timeout (checked already), and time for the last poll."""
        if not wait:
            return self._core.budget(timeout)
        return (DEFAULT_WAIT_TIMEOUT if timeout is None else timeout) + WAIT_GRACE

    def get(self, server_id: object) -> Flow[Server]:
        return flows.show(flows.checked_id(server_id), self._core.retry)

    def delete(
        self, server_id: object, wait: bool, timeout: float | None, interval: float
    ) -> Flow[None]:
        checked = flows.checked_id(server_id)
        if checks.boolean("wait", wait):
            timeout = DEFAULT_WAIT_TIMEOUT if timeout is None else timeout
            flows.check_wait(timeout, interval)
            return self._delete(checked, timeout, interval)
        self._core.budget(timeout)
        return flows.delete(checked, self._core.retry)

    def _delete(self, server_id: str, timeout: float, interval: float) -> Flow[None]:
        yield from flows.delete(server_id, self._core.retry)
        yield from _waiting(
            flows.wait_until_deleted(server_id, timeout, interval, self._core.retry),
            server_id,
            timeout,
        )

    def wait_until_deleted(self, server_id: object, timeout: float, interval: float) -> Flow[None]:
        flows.check_wait(timeout, interval)
        checked = flows.checked_id(server_id)
        return _waiting(
            flows.wait_until_deleted(checked, timeout, interval, self._core.retry),
            checked,
            timeout,
        )

    def wait_for_state(
        self, server_id: object, state: str, timeout: float, interval: float
    ) -> Flow[Server]:
        flows.check_wait(timeout, interval)
        checked = flows.checked_id(server_id)
        return _waiting(
            flows.wait_for_state(
                checked, flows.check_state(state), timeout, interval, self._core.retry
            ),
            checked,
            timeout,
        )

    def action(self, server_id: object, name: str) -> Flow[None]:
        return flows.action(flows.checked_id(server_id), name, self._core.retry)

    # Arguments are checked at once; the version's models are read only when the flow runs,
    # because with api_version="auto" the version is known only then.

    def reboot(self, server_id: object, hard: bool) -> Flow[None]:
        return self._reboot(flows.checked_id(server_id), checks.boolean("hard", hard))

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
        checks.create_arguments(arguments)
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


def _waiting(flow: Flow[T], server_id: str, timeout: float) -> Flow[T]:
    """A waiter whose last poll got no answer before the wait's deadline: a WaitTimeoutError."""
    try:
        return (yield from flow)
    except DeadlineExceededError as error:
        raise WaitTimeoutError(
            f"server {server_id}: no answer to the last poll within the wait's {timeout:g} s",
            last_state=None,
        ) from error
