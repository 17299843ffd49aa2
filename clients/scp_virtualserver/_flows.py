"""What every operation does, written once for the sync and the async client.

A flow is a generator: it yields a `Request` to send (and receives an `Answer`, or the
httpx.TransportError the attempt ended in) or a `Sleep`, and returns the operation's result.
`client.py` runs flows with blocking I/O, `aio.py` with asyncio; the logic (retries, error
mapping, waiting, version checks) lives only here.
"""

from __future__ import annotations

import contextvars
import json
import logging
import time
from collections.abc import Generator, Iterator, Mapping, Sequence
from types import ModuleType
from typing import Any, TypeVar

import httpx

from . import _checks as checks
from . import ids
from ._runtime import UNSET, MalformedResponse
from ._runtime import Response as GeneratedResponse
from ._transport import call_deadline, gave_up, with_clock_hint
from ._versions_table import (
    QUERY_PARAMETERS,
    REQUEST_BODIES,
    SCHEMA_FIELDS,
    SCHEMA_REFS,
    SCHEMA_REQUIRED,
)
from .errors import (
    ApiError,
    InvalidParameterError,
    MalformedResponseError,
    NotFound,
    ServerStateError,
    WaitTimeoutError,
    error_from_response,
    parse_detail,
)
from .models import Network, Server, ServerState, Volume
from .retry import RetryPolicy, RetryState

logger = logging.getLogger("scp_virtualserver")

# The attempt number of the request being sent, for the debug log.
attempt_number: contextvars.ContextVar[int] = contextvars.ContextVar("attempt_number", default=1)

T = TypeVar("T")


# Plain slotted classes rather than dataclasses: these are internal, and made on every call.


class Request:
    """One generated operation to send, by its module name, and the statuses that mean success.

    `path` is the request's path, for error messages ("DELETE /v1/servers/…: 409 Conflict").
    """

    __slots__ = ("args", "kwargs", "method", "module", "ok", "op", "path")

    def __init__(
        self,
        method: str,
        op: str,
        *,
        path: str = "",
        args: tuple[Any, ...] = (),
        kwargs: Mapping[str, Any] | None = None,
        ok: tuple[int, ...] = (200,),
    ) -> None:
        self.method = method
        self.op = op
        self.path = path
        self.args = args
        self.kwargs = kwargs or {}
        self.ok = ok
        self.module: ModuleType | None = None  # the generated module, when not under servers


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Answer:
    """An answer as the facade needs it, whatever produced it."""

    __slots__ = ("content", "headers", "malformed", "parsed", "status")

    def __init__(
        self,
        status: int,
        headers: Mapping[str, str],
        content: bytes,
        parsed: Any = None,
        malformed: str | None = None,
    ) -> None:
        self.status = status
        self.headers = headers
        self.content = content
        self.parsed = parsed
        self.malformed = malformed

    @classmethod
    def of(cls, response: GeneratedResponse[Any]) -> Answer:
        return cls(response.status_code, response.headers, response.content, response.parsed)

    @classmethod
    def of_malformed(cls, error: MalformedResponse) -> Answer:
        raw = error.response
        return cls(raw.status_code, raw.headers, raw.content, None, str(error))

    @classmethod
    def of_httpx(cls, response: httpx.Response) -> Answer:
        return cls(response.status_code, response.headers, response.content)


Outcome = Answer | httpx.TransportError
Flow = Generator[Request | Sleep, Any, T]


def call(request: Request, policy: RetryPolicy) -> Flow[Answer]:
    """Sends a request with retries; returns the final answer or raises the typed error."""
    state = RetryState(policy, request.method, deadline=call_deadline.get())
    while True:
        attempt_number.set(state.attempt)
        outcome: Outcome = yield request
        if isinstance(outcome, httpx.TransportError):
            delay = state.after_error(outcome)
            if delay is None:
                raise gave_up(
                    outcome, _line(request), state.attempt, state.may_have_reached
                ) from outcome
            logger.debug("retrying in %.2f s after %s", delay, type(outcome).__name__)
        else:
            delay = state.after_status(outcome.status, outcome.headers)
            if delay is None:
                return _final(outcome, request, state)
            logger.debug("retrying in %.2f s after status %d", delay, outcome.status)
        yield Sleep(delay)


def _line(request: Request) -> str:
    return f"{request.method} {request.path}" if request.path else request.method


def _final(answer: Answer, request: Request, state: RetryState) -> Answer:
    if answer.status in request.ok:
        if answer.malformed is not None:
            raise MalformedResponseError(
                answer.status,
                parse_detail(answer.content),
                answer.content,
                headers=answer.headers,
                message=f"{_line(request)}: {answer.malformed}",
            )
        return answer
    if answer.status == 404 and request.method == "DELETE" and state.may_have_reached:
        # An earlier attempt of this call may have started the deletion; it is done now.
        logger.debug("404 on a retried DELETE: an earlier attempt deleted it")
        return answer
    raise with_clock_hint(
        error_from_response(answer.status, answer.content, answer.headers, request=_line(request))
    )


# -- servers ----------------------------------------------------------------------------------


def show(server_id: str, policy: RetryPolicy) -> Flow[Server]:
    request = Request(
        "GET", "show_virtual_server", path=f"/v1/servers/{server_id}", args=(server_id,)
    )
    answer = yield from call(request, policy)
    return to_server(answer.parsed, answer.content)


def delete(server_id: str, policy: RetryPolicy) -> Flow[None]:
    path = f"/v1/servers/{server_id}"
    yield from call(
        Request("DELETE", "delete_virtual_server", path=path, args=(server_id,), ok=(202,)),
        policy,
    )


def action(server_id: str, name: str, policy: RetryPolicy, body: Any = None) -> Flow[None]:
    kwargs = {} if body is None else {"body": body}
    request = Request(
        "POST",
        f"{name}_virtual_server",
        path=f"/v1/servers/{server_id}/{name}",
        args=(server_id,),
        kwargs=kwargs,
        ok=(202,),
    )
    yield from call(request, policy)


def update(server_id: str, body: Any, policy: RetryPolicy) -> Flow[Server]:
    request = Request(
        "PUT",
        "update_virtual_server",
        path=f"/v1/servers/{server_id}",
        args=(server_id,),
        kwargs={"body": body},
    )
    answer = yield from call(request, policy)
    return to_server(answer.parsed, answer.content)


def create(body: Any, policy: RetryPolicy) -> Flow[list[str]]:
    request = Request(
        "POST", "create_virtual_server", path="/v1/servers", kwargs={"body": body}, ok=(202,)
    )
    answer = yield from call(request, policy)
    return [created.id for created in answer.parsed.servers]


def list_page(filters: Mapping[str, Any], policy: RetryPolicy) -> Flow[list[Server]]:
    request = Request("GET", "list_virtual_servers", path="/v1/servers", kwargs=filters)
    answer = yield from call(request, policy)
    raw = _json(answer.content)
    raw_servers = raw.get("servers") if isinstance(raw, dict) else None
    raws = raw_servers if isinstance(raw_servers, list) else []
    return [
        to_server(model, None, raws[index] if index < len(raws) else {})
        for index, model in enumerate(answer.parsed.servers)
    ]


def next_marker(
    page: Sequence[Server], filters: Mapping[str, Any], marker: str | None
) -> str | None:
    """The marker of the page after `page`, or None when `page` was the last one.

    A page shorter than the limit asked for, or an empty one, is the last. A page that ends where
    the previous one did means the service ignores the marker: stop rather than loop forever.
    """
    limit = filters.get("limit")
    if not page or (limit is not None and len(page) < limit):
        return None
    if page[-1].id == marker:
        raise ApiError(
            200, None, b"", message=f"the service answered the page after {marker} with it again"
        )
    return page[-1].id


FIRST_POLL_WAIT = 0.1
"""Seconds a waiter waits before its second poll; each later wait doubles, up to `interval`.

Short transitions (a local server, a quick stop) are seen at once; long ones are polled every
`interval` seconds after the first few."""


def poll_waits(interval: float) -> Iterator[float]:
    """The waits between a waiter's polls: 0.1 s, 0.2 s, 0.4 s ... then `interval` each time."""
    wait = min(FIRST_POLL_WAIT, interval)
    while True:
        yield wait
        wait = min(wait * 2.0, interval)


def wait_until_deleted(
    server_id: str, timeout: float, interval: float, policy: RetryPolicy
) -> Flow[None]:
    """Polls until the server is gone (404); fails fast if it reports ERROR."""
    deadline = time.monotonic() + timeout
    waits = poll_waits(interval)
    while True:
        try:
            server = yield from show(server_id, policy)
        except NotFound:
            return None
        if server.state == ServerState.ERROR:
            raise ServerStateError(
                f"server {server_id} is in state ERROR while being deleted", server=server
            )
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(
                f"server {server_id} still exists after {timeout:g} s (state {server.state})",
                last_state=server.state,
            )
        yield Sleep(min(next(waits), remaining))


def wait_for_state(
    server_id: str, state: str, timeout: float, interval: float, policy: RetryPolicy
) -> Flow[Server]:
    """Polls until the server is in `state`; fails fast on ERROR (unless ERROR is awaited)."""
    deadline = time.monotonic() + timeout
    waits = poll_waits(interval)
    while True:
        server = yield from show(server_id, policy)
        if server.state == state:
            return server
        if server.state == ServerState.ERROR:
            raise ServerStateError(
                f"server {server_id} went into state ERROR while waiting for {state}",
                server=server,
            )
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(
                f"server {server_id} is {server.state}, not {state}, after {timeout:g} s",
                last_state=server.state,
            )
        yield Sleep(min(next(waits), remaining))


def check_state(state: object) -> str:
    return checks.awaited_state(state)


def check_wait(timeout: float, interval: float) -> None:
    checks.seconds("timeout", timeout)
    checks.seconds("interval", interval, minimum=checks.MIN_POLL_INTERVAL)


# -- request bodies ---------------------------------------------------------------------------


CREATE_SERVER = "createVirtualServer"


def create_schemas(version: str) -> tuple[str, str]:
    """The version's create body schema and its volume schema (Samsung renames both in 1.2)."""
    body = REQUEST_BODIES[version][CREATE_SERVER][0]
    return body, SCHEMA_REFS[version][f"{body}.volumes"][0]


def versions_with(field: str, of_volume: bool = False) -> list[str]:
    return [
        version
        for version in SCHEMA_FIELDS
        if field in SCHEMA_FIELDS[version].get(create_schemas(version)[of_volume], ())
    ]


def check_fields(
    version: str, values: Mapping[str, Any], what: str, *, of_volume: bool = False
) -> None:
    """Refuses, before any request, a field that `version` does not have."""
    known = SCHEMA_FIELDS[version].get(create_schemas(version)[of_volume], ())
    for name, value in values.items():
        if value is not None and name not in known:
            having = versions_with(name, of_volume)
            where = f"API versions {', '.join(having)}" if having else "no API version"
            raise InvalidParameterError(
                f"{what} {name!r} does not exist in API version {version}; it exists in {where}"
            )


def create_body(
    version: str,
    *,
    name: str,
    image_id: str,
    server_type_id: str,
    keypair_name: str,
    networks: Sequence[Network | str],
    volumes: Sequence[Volume] = (),
    security_groups: Sequence[str] = (),
    server_group_id: str | None,
    tags: Mapping[str, str | None] | None,
    user_data: str | None,
    metadata: Mapping[str, str] | None,
    lock: bool | None,
    count: int,
    product_category: str | None,
    product_offering: str | None,
    partition_number: int | None,
    file_storage_ids: Sequence[str] | None,
) -> dict[str, Any]:
    """The create body as JSON, checked against the version's fields."""
    check_name(name)
    if not networks:
        raise InvalidParameterError("networks must name at least one subnet or Network")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise InvalidParameterError(f"count must be an integer >= 1, not {count!r}")
    optional = {
        "partition_number": partition_number,
        "file_storage_ids": list(file_storage_ids) if file_storage_ids is not None else None,
    }
    check_fields(version, optional, "argument")
    if not volumes and "volumes" in SCHEMA_REQUIRED[version].get(create_schemas(version)[0], ()):
        raise InvalidParameterError(
            f"volumes is required in API version {version}: give at least the boot Volume"
        )
    network_json = [
        Network(subnet_id=item).to_json() if isinstance(item, str) else item.to_json()
        for item in networks
    ]
    volume_json = []
    for volume in volumes:
        check_fields(version, volume.to_json(), "Volume field", of_volume=True)
        volume_json.append(volume.to_json())
    body: dict[str, Any] = {
        "name": name,
        "image_id": image_id,
        "server_type_id": server_type_id,
        "keypair_name": keypair_name,
        "networks": network_json,
        "volumes": volume_json or None,
        "security_groups": list(security_groups) or None,
        "server_group_id": server_group_id,
        "tags": [{"key": k, "value": v} for k, v in tags.items()] if tags else None,
        "user_data": user_data,
        "metadata": dict(metadata) if metadata else None,
        "lock": lock,
        "max_count": count if count != 1 else None,
        "product_category": product_category,
        "product_offering": product_offering,
        **optional,
    }
    return {key: value for key, value in body.items() if value is not None}


NAME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ ")


def check_name(name: object) -> str:
    if not isinstance(name, str) or not 1 <= len(name) <= 63 or not set(name) <= NAME_CHARACTERS:
        raise InvalidParameterError(
            f"a server name is 1 to 63 letters, digits, '-', '_' or spaces, not {name!r}"
        )
    return name


PAGING = frozenset({"limit", "marker"})


def filters_of(version: str) -> frozenset[str]:
    """The list filters `version` documents (its query parameters, paging aside)."""
    return frozenset(QUERY_PARAMETERS[version]["listVirtualServers"]) - PAGING


def list_filters(version: str, filters: Mapping[str, Any], page_size: int | None) -> dict[str, Any]:
    known = filters_of(version)
    unknown = set(filters) - known
    if unknown:
        raise InvalidParameterError(
            f"unknown list filter {', '.join(sorted(unknown))}; "
            f"API version {version} knows: {', '.join(sorted(known))}"
        )
    checks.list_filters(filters)
    if page_size is not None and (
        isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1
    ):
        raise InvalidParameterError(f"page_size must be an integer >= 1, not {page_size!r}")
    chosen = {key: value for key, value in filters.items() if value is not None}
    if page_size is not None:
        chosen["limit"] = page_size
    return chosen


def checked_id(server_id: object) -> str:
    return ids.server_id(server_id)


# -- answers ----------------------------------------------------------------------------------


def _json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def _value(model: Any, name: str) -> Any:
    value = getattr(model, name, None)
    return None if value is UNSET else value


def to_server(model: Any, content: bytes | None, raw: Any = None) -> Server:
    """A facade Server from the generated model of any version (and the raw body)."""
    if raw is None:
        raw = _json(content or b"")
    addresses = _value(model, "addresses") or []
    volumes = _value(model, "volumes") or []
    metadata = _value(model, "metadata")
    server_type = _value(model, "server_type")
    return Server(
        id=model.id,
        name=model.name,
        state=model.state,
        locked=_value(model, "locked"),
        server_type_id=_value(server_type, "id"),
        server_type_name=_value(server_type, "name"),
        image_id=_value(model, "image_id"),
        keypair_name=_value(model, "keypair_name"),
        vpc_id=_value(model, "vpc_id"),
        server_group_id=_value(model, "server_group_id"),
        auto_scaling_group_id=_value(model, "auto_scaling_group_id"),
        partition_number=_value(model, "partition_number"),
        created_at=_value(model, "created_at"),
        modified_at=_value(model, "modified_at"),
        ip_addresses=tuple(ip.ip_address for address in addresses for ip in address.ip_addresses),
        volume_ids=tuple(volume.id for volume in volumes),
        metadata=dict(metadata.additional_properties) if metadata is not None else {},
        raw=raw if isinstance(raw, dict) else {},
    )
