"""What every generated resource method does, written once for all of them.

A generated method (`scp_virtualserver.resources.*`) only names its `Operation` (data made from
the specs) and passes its arguments on. Here they are checked against the schema of the version
in use (ids first, then each query parameter and body field: refused before any request if the
version lacks it or the value does not fit), sent through the generated client of that version
with the shared retries (`_flows.call`), and the answer turned into the resource's model. Lists
page lazily, waiters poll with the resource's lifecycle states (declared beside the specs), and
the sync and async resources differ only in how they run the same flows.
"""

from __future__ import annotations

import time
import typing
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from enum import Enum as enum_base
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _checks as checks
from . import _schema, ids
from ._flows import Answer, Flow, Request, Sleep, call, poll_waits
from ._model import Model, pluck
from .errors import (
    ApiError,
    DeadlineExceededError,
    InvalidParameterError,
    MalformedResponseError,
    NotFound,
    ServerStateError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    from ._core import ClientCore

M = TypeVar("M", bound=Model)
T = TypeVar("T")

DEFAULT_WAIT_TIMEOUT = 600.0
DEFAULT_WAIT_INTERVAL = 5.0
WAIT_GRACE = 0.5
"""Seconds a waiter's last poll, made at its timeout, has to answer."""


class Operation:
    """One operation of the API across its versions, as the generated facade describes it."""

    __slots__ = (
        "_modules",
        "aliases",
        "body",
        "flags",
        "generated_query",
        "id",
        "items",
        "load",
        "method",
        "model",
        "ok",
        "paging",
        "path",
        "path_params",
        "query",
        "result",
        "returns",
        "shorthand",
        "versions",
    )

    def __init__(
        self,
        operation_id: str,
        method: str,
        path: str,
        path_params: tuple[str, ...],
        *,
        ok: tuple[int, ...],
        load: Callable[[str], ModuleType],
        versions: tuple[str, ...],
        query: Mapping[str, str],
        body: Mapping[str, str],
        generated_query: Mapping[str, Mapping[str, str]],
        result: str,
        model: type[Model] | None = None,
        items: str | None = None,
        paging: str | None = None,
        returns: str | None = None,
        aliases: Mapping[str, str] | None = None,
        shorthand: Mapping[str, str] | None = None,
        flags: Mapping[str, Sequence[Any]] | None = None,
    ) -> None:
        self.id = operation_id
        self._modules: dict[str, ModuleType] = {}
        self.method = method
        self.path = path
        self.path_params = path_params
        self.ok = ok
        self.load = load
        self.versions = versions
        self.query = query  # facade keyword -> the spec's parameter name
        self.body = body  # facade keyword -> the spec's body field
        self.generated_query = generated_query  # version -> spec name -> generated keyword
        self.result = result  # none, model, list, json, path
        self.model = model
        self.items = items
        self.paging = paging  # marker, offset, page or None
        self.returns = returns
        self.aliases = aliases or {}
        self.shorthand = shorthand or {}
        self.flags = flags or {}

    def __repr__(self) -> str:
        return f"<Operation {self.id}: {self.method} {self.path}>"

    def module(self, version: str) -> ModuleType:
        """The generated module of this operation in `version` (imported once)."""
        found = self._modules.get(version)
        if found is None:
            found = self._modules[version] = self.load(version)
        return found


class Lifecycle:
    """A resource's states, from spec/virtualserver/resources.yaml."""

    __slots__ = ("failed", "field", "stable", "transitional")

    def __init__(
        self,
        field: str,
        stable: tuple[str, ...],
        transitional: tuple[str, ...],
        failed: tuple[str, ...],
    ) -> None:
        self.field = field
        self.stable = stable
        self.transitional = transitional
        self.failed = failed

    @property
    def states(self) -> tuple[str, ...]:
        return (*self.stable, *self.transitional, *self.failed)


class Page(Generic[M]):
    """One page of a list: its items, and where the next page starts (None after the last)."""

    __slots__ = ("items", "next")

    def __init__(self, items: list[M], next: str | int | None) -> None:
        self.items = items
        self.next = next

    def __iter__(self) -> Iterator[M]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Page({len(self.items)} items, next={self.next!r})"


# -- arguments ----------------------------------------------------------------------------------


_BODY_CLASSES: dict[tuple[str, str], Any] = {}


def _in_version(op: Operation, version: str) -> None:
    if version not in op.versions:
        raise InvalidParameterError(
            f"{op.id} does not exist in API version {version}; it exists in API versions "
            f"{', '.join(op.versions)}"
        )


def _spec(op: Operation, version: str) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    doc = _schema.document(version)
    item = doc["paths"][op.path]
    return doc, item


def _parameters(
    doc: Mapping[str, Any], item: Mapping[str, Any], operation: Mapping[str, Any]
) -> dict[str, Any]:
    found = {}
    for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _schema.resolve(doc, raw)
        if parameter.get("in") == "query":
            found[parameter["name"]] = parameter
    return found


def _versions_with(op: Operation, name: str, where: str) -> list[str]:
    having = []
    for version in op.versions:
        doc, item = _spec(op, version)
        operation = item[op.method.lower()]
        if where == "query":
            if name in _parameters(doc, item, operation):
                having.append(version)
        else:
            schema = _body_schema(doc, operation)
            if schema is not None and name in (schema.get("properties") or {}):
                having.append(version)
    return having


def _body_schema(doc: Mapping[str, Any], operation: Mapping[str, Any]) -> Mapping[str, Any] | None:
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
    if not content:
        return None
    schema = _schema.resolve(doc, content.get("schema"))
    return schema if isinstance(schema, Mapping) else None


def _missing_in(
    op: Operation, version: str, keyword: str, name: str, where: str
) -> InvalidParameterError:
    having = _versions_with(op, name, where)
    place = f"API versions {', '.join(having)}" if having else "no API version"
    return InvalidParameterError(
        f"argument {keyword!r} does not exist in API version {version}; it exists in {place} "
        f"({op.id})"
    )


def prepare(
    op: Operation, version: str, path_values: Sequence[Any], arguments: Mapping[str, Any]
) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The checked ids and the generated function's keyword arguments, or InvalidParameterError."""
    _in_version(op, version)
    identifiers = tuple(
        ids.resource_id(name, value)
        for name, value in zip(op.path_params, path_values, strict=True)
    )
    given = dict(arguments)
    for alias, field in op.aliases.items():
        value = given.pop(alias, None)
        if value is not None:
            if given.get(field) is not None:
                raise InvalidParameterError(f"give {alias} or {field}, not both")
            given[field] = value
    for flag, (field, if_true, if_false) in op.flags.items():
        value = given.pop(flag, None)
        if value is not None:
            if not isinstance(value, bool):
                raise InvalidParameterError(f"{flag} must be True or False, not {value!r:.60}")
            if given.get(field) is not None:
                raise InvalidParameterError(f"give {flag} or {field}, not both")
            given[field] = if_true if value else if_false
    doc, parameters, schema = _facts(op, version)
    kwargs: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for keyword, value in given.items():
        if value is None:
            continue
        if keyword in op.query:
            name = op.query[keyword]
            if name not in parameters:
                raise _missing_in(op, version, keyword, name, "query")
            checked = _schema.check(
                doc, parameters[name].get("schema"), _schema.to_json(value, keyword), keyword
            )
            generated = op.generated_query[version][name]
            kwargs[generated] = _as_generated(op, version, generated, checked)
        elif keyword in op.body:
            body[op.body[keyword]] = _shorthand(
                op, op.body[keyword], _schema.to_json(value, keyword)
            )
        else:  # a generated method passes only what it declares
            raise InvalidParameterError(f"{op.id} takes no argument {keyword!r}")
    if schema is None:
        if body:
            raise _missing_in(op, version, next(iter(body)), next(iter(body)), "body")
        return identifiers, kwargs
    fields = schema.get("properties") or {}
    for name in body:
        if name not in fields:
            keyword = next(k for k, v in op.body.items() if v == name)
            raise _missing_in(op, version, keyword, name, "body")
        if isinstance(body[name], Mapping) and _is_tag_list(doc, fields[name]):
            body[name] = [{"key": key, "value": value} for key, value in body[name].items()]
    try:
        checked_body = _schema.check(doc, schema, body, "")  # each field, then what is required
    except InvalidParameterError as problem:
        raise InvalidParameterError(f"{problem} (API version {version}, {op.id})") from None
    kwargs["body"] = _body_class(op, version).from_dict(checked_body)
    return identifiers, kwargs


def _is_tag_list(doc: Mapping[str, Any], prop: Any) -> bool:
    """A list of Samsung's `Tag` ({key, value}), which may be given as a dict."""
    prop = _schema.resolve(doc, prop)
    for option in [prop, *(prop.get("anyOf") or [])] if isinstance(prop, Mapping) else []:
        items = option.get("items") if isinstance(option, Mapping) else None
        if isinstance(items, Mapping) and str(items.get("$ref", "")).endswith("/Tag"):
            return True
    return False


_FACTS: dict[tuple[str, str], tuple[Mapping[str, Any], dict[str, Any], Any]] = {}


def _facts(op: Operation, version: str) -> tuple[Mapping[str, Any], dict[str, Any], Any]:
    """The version's document, the operation's query parameters and its body schema (once)."""
    key = (op.id, version)
    found = _FACTS.get(key)
    if found is None:
        doc, item = _spec(op, version)
        operation = item[op.method.lower()]
        found = _FACTS[key] = (doc, _parameters(doc, item, operation), _body_schema(doc, operation))
    return found


def _shorthand(op: Operation, field: str, value: Any) -> Any:
    """A plain string in a declared list stands for an item with only that field."""
    item_field = op.shorthand.get(field)
    if item_field is None or not isinstance(value, list):
        return value
    return [{item_field: item} if isinstance(item, str) else item for item in value]


def _as_generated(op: Operation, version: str, keyword: str, value: Any) -> Any:
    """A checked query value as the generated function takes it: an enum's member, not its
    text (the generated code sends `.value`)."""
    enum = _query_enums(op, version).get(keyword)
    if enum is None:
        return value
    if isinstance(value, list):
        return [enum(item) for item in value]
    return enum(value)


_QUERY_ENUMS: dict[tuple[str, str], dict[str, Any]] = {}


def _query_enums(op: Operation, version: str) -> dict[str, Any]:
    key = (op.id, version)
    found = _QUERY_ENUMS.get(key)
    if found is None:
        hints = typing.get_type_hints(op.module(version).sync_detailed)
        found = {}
        for name in op.generated_query[version].values():
            enums = [
                t
                for t in _leaves(hints.get(name))
                if isinstance(t, type) and issubclass(t, enum_base)
            ]
            if enums:
                found[name] = enums[0]
        _QUERY_ENUMS[key] = found
    return found


def _leaves(annotation: Any) -> list[Any]:
    arguments = typing.get_args(annotation)
    if not arguments:
        return [annotation]
    return [leaf for argument in arguments for leaf in _leaves(argument)]


def _body_class(op: Operation, version: str) -> Any:
    key = (op.id, version)
    found = _BODY_CLASSES.get(key)
    if found is None:
        hints = typing.get_type_hints(op.module(version).sync_detailed)
        found = _BODY_CLASSES[key] = hints["body"]
    return found


# -- answers ------------------------------------------------------------------------------------


def checked_answer(op: Operation, version: str, answer: Answer) -> Any:
    """The answer's JSON, checked against the schema of its status in the version's spec: a
    wrong type in a documented field is a MalformedResponseError naming the field."""
    if not answer.content:
        return None
    raw = _json(answer.content)
    doc = _schema.document(version)
    response = doc["paths"][op.path][op.method.lower()]["responses"].get(str(answer.status))
    content = ((response or {}).get("content") or {}).get("application/json")
    if content is None or (raw is None and not answer.content):
        return raw
    problem = _schema.problem_in_answer(doc, content.get("schema"), raw)
    if problem is not None:
        raise MalformedResponseError(
            answer.status,
            None,
            answer.content,
            headers=answer.headers,
            message=f"{op.method} {op.path}: the {answer.status} answer does not read as API "
            f"version {version} documents it: {problem}",
        )
    return raw


def result(op: Operation, raw: Any) -> Any:
    if op.result == "none":
        return None
    if op.result == "path" and op.returns:
        return pluck(raw, op.returns)
    if op.result == "model" and op.model is not None and isinstance(raw, Mapping):
        return op.model.from_json(raw)
    return raw


def _json(content: bytes) -> Any:
    import json

    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


def _items(op: Operation, raw: Any) -> list[Any]:
    items = raw.get(op.items) if isinstance(raw, Mapping) and op.items else None
    if not isinstance(items, list):
        return []
    model = op.model
    return [
        model.from_json(item) if model and isinstance(item, Mapping) else item for item in items
    ]


# -- flows --------------------------------------------------------------------------------------


def _request(
    op: Operation, version: str, identifiers: tuple[str, ...], kwargs: dict[str, Any]
) -> Request:
    path = op.path
    for name, value in zip(op.path_params, identifiers, strict=True):
        path = path.replace("{" + name + "}", value)
    return Request(
        op.method, op.id, op.module(version), path=path, args=identifiers, kwargs=kwargs, ok=op.ok
    )


def operation_flow(
    op: Operation, core: ClientCore, path_values: Sequence[Any], arguments: Mapping[str, Any]
) -> Flow[Any]:
    """Checks, sends and reads one operation; the version is the client's when the flow runs."""
    version = core.version or ""
    identifiers, kwargs = prepare(op, version, path_values, arguments)
    answer = yield from call(_request(op, version, identifiers, kwargs), core.retry)
    return result(op, checked_answer(op, version, answer))


class Pager:
    """Where a lazy list is: the next page's flow, until the last page, never in a loop."""

    def __init__(
        self,
        op: Operation,
        path_values: Sequence[Any],
        arguments: Mapping[str, Any],
        page_size: int | None,
        start: str | int | None,
    ) -> None:
        if page_size is not None:
            checks.integer("page_size", page_size, low=1)
        self.op = op
        self.path_values = tuple(path_values)
        self.arguments = dict(arguments)
        self.page_size = page_size
        self.position = start
        self.done = False
        self.seen: set[Any] = set()

    def check(self, version: str | None) -> None:
        """Refuses bad arguments now when the version is known (else on the first page)."""
        if version:
            prepare(self.op, version, self.path_values, self._arguments())

    def _arguments(self) -> dict[str, Any]:
        arguments = dict(self.arguments)
        if self.op.paging is not None:
            size, position = _PAGING[self.op.paging]
            if self.page_size is not None:
                arguments[size] = self.page_size
            if self.position is not None:
                arguments[position] = self.position
        return arguments

    def flow(self, core: ClientCore) -> Flow[Page[Any]]:
        version = core.version or ""
        identifiers, kwargs = prepare(self.op, version, self.path_values, self._arguments())
        answer = yield from call(_request(self.op, version, identifiers, kwargs), core.retry)
        items = _items(self.op, checked_answer(self.op, version, answer))
        page = Page(items, self._next(items))
        self.position = page.next
        self.done = page.next is None
        return page

    def _next(self, items: list[Any]) -> str | int | None:
        if self.op.paging is None or not items:
            return None
        if self.page_size is not None and len(items) < self.page_size:
            return None
        if self.op.paging == "marker":
            last = items[-1]
            raw = last.raw if isinstance(last, Model) else last
            marker = raw.get("id") if isinstance(raw, Mapping) else None
            if marker is None and isinstance(raw, Mapping):
                marker = raw.get("name")
            if not isinstance(marker, str):
                return None
            following: str | int = marker
        elif self.op.paging == "offset":
            following = int(self.position or 0) + len(items)
        else:
            following = int(self.position or 0) + 1
        key = (following, _first_id(items))
        if following in self.seen or key in self.seen:
            raise ApiError(
                200,
                None,
                b"",
                message=(
                    f"{self.op.id}: the service answered with a page it had given already "
                    f"(at {following!r}); stopping rather than looping"
                ),
            )
        self.seen.add(following)
        self.seen.add(key)
        return following


def _first_id(items: list[Any]) -> Any:
    first = items[0]
    raw = first.raw if isinstance(first, Model) else first
    return raw.get("id") if isinstance(raw, Mapping) else repr(raw)


_PAGING = {"marker": ("limit", "marker"), "offset": ("limit", "offset"), "page": ("size", "page")}


def wait_flow(
    get: Operation,
    lifecycle: Lifecycle,
    core: ClientCore,
    path_values: Sequence[Any],
    target: str | None,
    timeout: float,
    interval: float,
) -> Flow[Any]:
    """Polls until the resource is in `target` (or gone, when target is None).

    A failure state fails fast unless it is the target; a resource that is gone while a state is
    awaited is NotFound.
    """
    deadline = time.monotonic() + timeout
    waits = poll_waits(interval)
    path_values = [
        ids.resource_id(n, v) for n, v in zip(get.path_params, path_values, strict=False)
    ]
    what = f"{get.path_params[-1]} {path_values[-1]}"
    state: Any = None
    while True:
        try:
            current = yield from operation_flow(get, core, path_values, {})
        except NotFound:
            if target is None:
                return None
            raise
        except DeadlineExceededError as late:  # the last poll outlived the wait's budget
            raise WaitTimeoutError(
                f"{what}: no answer to the last poll within {timeout:g} s (state {state})",
                last_state=state,
            ) from late
        state = current.raw.get(lifecycle.field) if isinstance(current, Model) else None
        if target is not None and state == target:
            return current
        if state in lifecycle.failed and state != target:
            waiting = "being deleted" if target is None else f"waiting for {target}"
            raise ServerStateError(f"{what} is in state {state} while {waiting}", server=current)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            if target is None:
                message = f"{what} still exists after {timeout:g} s (state {state})"
            else:
                message = f"{what} is {state}, not {target}, after {timeout:g} s"
            raise WaitTimeoutError(message, last_state=state)
        yield Sleep(min(next(waits), remaining))


def check_target(lifecycle: Lifecycle, state: object) -> str:
    if not isinstance(state, str) or state not in lifecycle.states:
        raise InvalidParameterError(
            f"state must be one of {', '.join(lifecycle.states)}, not {state!r:.60}"
        )
    return state


def wait_settings(timeout: object, interval: object) -> tuple[float, float]:
    chosen = DEFAULT_WAIT_TIMEOUT if timeout is None else timeout
    return (
        checks.seconds("timeout", chosen),
        checks.seconds("interval", interval, minimum=checks.MIN_POLL_INTERVAL),
    )


def delete_and_wait(
    op: Operation,
    get: Operation,
    lifecycle: Lifecycle,
    core: ClientCore,
    path_values: Sequence[Any],
    arguments: Mapping[str, Any],
    timeout: float,
    interval: float,
) -> Flow[None]:
    yield from operation_flow(op, core, path_values, arguments)
    yield from wait_flow(get, lifecycle, core, path_values, None, timeout, interval)


# -- the resources ------------------------------------------------------------------------------


Step = tuple[Flow[Any], float]  # a flow and its time budget, for the client to run


class _Base:
    """What a sync and an async resource share: each operation as a flow and its budget."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _operation(
        self,
        op: Operation,
        path_values: tuple[Any, ...],
        arguments: Mapping[str, Any],
        timeout: object,
    ) -> Step:
        core = self._client._core
        return operation_flow(op, core, path_values, arguments), core.budget(timeout)

    def _pager(
        self,
        op: Operation,
        path_values: tuple[Any, ...],
        arguments: Mapping[str, Any],
        page_size: int | None,
        start: str | int | None,
        timeout: object,
    ) -> tuple[Pager, float]:
        pager = Pager(op, path_values, arguments, page_size, start)
        core = self._client._core
        budget = core.budget(timeout)
        pager.check(core.version)
        return pager, budget

    def _waiting(
        self,
        get: Operation,
        lifecycle: Lifecycle,
        path_values: tuple[Any, ...],
        target: object,
        timeout: object,
        interval: object,
        *,
        gone: bool = False,
    ) -> Step:
        """Waiting for a state (always one of the lifecycle's), or with gone=True for the end."""
        target = None if gone else check_target(lifecycle, target)
        seconds, every = wait_settings(timeout, interval)
        flow = wait_flow(get, lifecycle, self._client._core, path_values, target, seconds, every)
        return flow, seconds + WAIT_GRACE

    def _deleting(
        self,
        op: Operation,
        get: Operation,
        lifecycle: Lifecycle,
        path_values: tuple[Any, ...],
        arguments: Mapping[str, Any],
        wait: bool,
        timeout: object,
        interval: object,
    ) -> Step:
        if not checks.boolean("wait", wait):
            return self._operation(op, path_values, arguments, timeout)
        seconds, every = wait_settings(timeout, interval)
        core = self._client._core
        flow = delete_and_wait(op, get, lifecycle, core, path_values, arguments, seconds, every)
        return flow, seconds + WAIT_GRACE


class Resource(_Base):
    """The base of every generated sync resource."""

    __slots__ = ()

    def _run(self, step: Step) -> Any:
        return self._client._run(*step)

    def _pages(self, pager: Pager, budget: float) -> Iterator[Page[Any]]:
        core = self._client._core
        while not pager.done:
            yield self._client._run(pager.flow(core), budget)

    def _items(self, pager: Pager, budget: float) -> Iterator[Any]:
        return (item for page in self._pages(pager, budget) for item in page.items)


class AsyncResource(_Base):
    """The base of every generated async resource: the same flows, awaited."""

    __slots__ = ()

    async def _run(self, step: Step) -> Any:
        return await self._client._run(*step)

    async def _pages(self, pager: Pager, budget: float) -> AsyncIterator[Page[Any]]:
        core = self._client._core
        while not pager.done:
            yield await self._client._run(pager.flow(core), budget)

    async def _items(self, pager: Pager, budget: float) -> AsyncIterator[Any]:
        async for page in self._pages(pager, budget):
            for item in page.items:
                yield item
