"""What every generated resource method does, written once for all of them.

A generated method (`scp_virtualserver.resources.*`) only names its `Operation` (an operationId
and what it returns) and passes its arguments on, keyed by the spec's names. Here they are
checked against the spec of the version in use (ids first, then each query parameter and body
field: refused before any request if the version lacks it or the value does not fit), sent with
the shared retries (`_flows.call`), and the answer read once into the resource's model
(`_reading`). Lists page lazily, waiters poll with the resource's lifecycle states (declared
beside the specs), and the sync and async resources differ only in how they run the same flows.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _checks as checks
from . import _reading as reading
from . import _schema, ids
from ._flows import Answer, Flow, Request, Sleep, call, poll_waits
from ._model import Model, pluck
from ._operations import PAGING, OperationSpec, spec_of, versions_with
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
    """One operation of the API, as a generated method names it: its operationId, and what the
    method returns (none, model, list, path or json) with its model. Everything else is read
    from the spec of the version in use (`_operations`)."""

    __slots__ = ("id", "model", "result")

    def __init__(
        self, operation_id: str, result: str = "none", model: type[Model] | None = None
    ) -> None:
        self.id = operation_id
        self.result = result
        self.model = model

    def __repr__(self) -> str:
        return f"<Operation {self.id}>"

    def spec(self, version: str) -> OperationSpec:
        """The operation in `version`; InvalidParameterError if that version lacks it."""
        return spec_of(version, self.id)

    @property
    def versions(self) -> list[str]:
        return versions_with(self.id)

    @property
    def _any(self) -> OperationSpec:
        """The operation in the newest version that has it: for what no version changes."""
        return self.spec(self.versions[-1])

    @property
    def method(self) -> str:
        return self._any.method

    @property
    def path(self) -> str:
        return self._any.path

    @property
    def path_params(self) -> tuple[str, ...]:
        return self._any.path_params

    @property
    def paging(self) -> str | None:
        return self._any.paging

    @property
    def items(self) -> str | None:
        return self._any.items


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
    """One page of a list: its items, and where the next page starts (None after the last).

    `deviations`: where the answer, outside its items, differed from its schema (each item
    has its own)."""

    __slots__ = ("deviations", "items", "next")

    def __init__(
        self,
        items: list[M],
        next: str | int | None,
        deviations: tuple[reading.Deviation, ...] = (),
    ) -> None:
        self.items = items
        self.next = next
        self.deviations = deviations

    def __iter__(self) -> Iterator[M]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Page({len(self.items)} items, next={self.next!r})"


# -- arguments ----------------------------------------------------------------------------------


def _versions_with(op: Operation, name: str) -> tuple[list[str], list[str]]:
    """The versions whose operation takes `name` as a query parameter, and as a body field."""
    query, body = [], []
    for version in op.versions:
        spec = op.spec(version)
        if name in spec.query:
            query.append(version)
        if name in spec.body:
            body.append(version)
    return query, body


def _missing_in(op: Operation, version: str, name: str) -> InvalidParameterError:
    query, body = _versions_with(op, name)
    having = sorted(set(query) | set(body))
    place = f"API versions {', '.join(having)}" if having else "no API version"
    return InvalidParameterError(
        f"argument {name!r} does not exist in API version {version}; it exists in {place} ({op.id})"
    )


def prepare(
    op: Operation, version: str, path_values: Sequence[Any], arguments: Mapping[str, Any]
) -> Request:
    """The request to send, every argument checked against `version`'s spec, or
    InvalidParameterError. `arguments` are keyed by the spec's names (and the aliases and
    flags resources.yaml declares)."""
    spec = op.spec(version)
    path = spec.path
    for name, value in zip(spec.path_params, path_values, strict=True):
        path = path.replace(
            "{" + name + "}", ids.path_value(name, value, spec.path_schemas.get(name), spec.doc)
        )
    given = dict(arguments)
    for alias, field in spec.extras["aliases"].items():
        value = given.pop(alias, None)
        if value is not None:
            if given.get(field) is not None:
                raise InvalidParameterError(f"give {alias} or {field}, not both")
            given[field] = value
    for flag, (field, if_true, if_false) in spec.extras["flags"].items():
        value = given.pop(flag, None)
        if value is not None:
            if not isinstance(value, bool):
                raise InvalidParameterError(f"{flag} must be True or False, not {value!r:.60}")
            if given.get(field) is not None:
                raise InvalidParameterError(f"give {flag} or {field}, not both")
            given[field] = if_true if value else if_false
    doc = spec.doc
    params: list[tuple[str, Any]] = []
    body: dict[str, Any] = {}
    for name, value in given.items():
        if value is None:
            continue
        if name in spec.query:
            checked = _schema.check(doc, spec.query[name], _schema.to_json(value, name), name)
            if spec.states is not None and name == spec.states[0]:
                _known_state(name, checked, spec.states[1])
            if isinstance(checked, list):
                params.extend((name, item) for item in checked)
            else:
                params.append((name, checked))
        elif name in spec.body:
            body[name] = _shorthand(spec, name, _schema.to_json(value, name))
        else:
            raise _missing_in(op, version, name)
    json_body: dict[str, Any] | None = None
    if spec.body_schema is not None:
        for name, value in body.items():
            if isinstance(value, Mapping) and _is_tag_list(doc, spec.body[name]):
                body[name] = [{"key": key, "value": item} for key, item in value.items()]
        try:
            json_body = _schema.check(doc, spec.body_schema, body, "")
        except InvalidParameterError as problem:
            raise InvalidParameterError(f"{problem} (API version {version}, {op.id})") from None
    return Request(
        spec.method, op.id, path, version, params=params, json=json_body, template=spec.path
    )


def _known_state(name: str, value: Any, states: tuple[str, ...]) -> None:
    """A filter by state names a state the resource has: a typo would list nothing."""
    for item in value if isinstance(value, list) else [value]:
        if item not in states:
            raise InvalidParameterError(
                f"{name} must be one of {', '.join(states)}, not {checks.shown(item)}"
            )


def _is_tag_list(doc: Mapping[str, Any], prop: Any) -> bool:
    """A list of Samsung's `Tag` ({key, value}), which may be given as a dict."""
    prop = _schema.resolve(doc, prop)
    for option in [prop, *(prop.get("anyOf") or [])] if isinstance(prop, Mapping) else []:
        items = option.get("items") if isinstance(option, Mapping) else None
        if isinstance(items, Mapping) and str(items.get("$ref", "")).endswith("/Tag"):
            return True
    return False


def _shorthand(spec: OperationSpec, field: str, value: Any) -> Any:
    """A plain string in a declared list stands for an item with only that field."""
    item_field = spec.extras["item-shorthand"].get(field)
    if item_field is None or not isinstance(value, list):
        return value
    return [{item_field: item} if isinstance(item, str) else item for item in value]


# -- answers ------------------------------------------------------------------------------------


def _line(request: Request) -> str:
    return f"{request.method} {request.path}"


def _decoded(op: Operation, request: Request, answer: Answer) -> tuple[OperationSpec, Any]:
    """The answer's JSON object and the operation's spec; no body or another kind of JSON
    than an object is a MalformedResponseError keeping the body."""
    spec = op.spec(request.version)
    raw = reading.decode(answer.status, answer.content, answer.headers, _line(request))
    if not isinstance(raw, dict):
        raise MalformedResponseError(
            answer.status,
            None,
            answer.content,
            headers=answer.headers,
            message=f"{_line(request)}: the {answer.status} answer is a JSON "
            f"{reading.json_type(raw)}, not the object API version {request.version} documents",
        )
    return spec, raw


def _checked(
    op: Operation, request: Request, answer: Answer, strict: bool
) -> tuple[Any, reading.Noted]:
    spec, raw = _decoded(op, request, answer)
    noted: reading.Noted = []
    reading.checker_for(spec.doc, spec.answer_schema(answer.status))(raw, None, noted)
    reading.report(
        op.id,
        request.version,
        noted,
        strict=strict,
        status=answer.status,
        content=answer.content,
        headers=answer.headers,
        line=_line(request),
    )
    return raw, noted


def result(op: Operation, request: Request, answer: Answer, strict: bool) -> Any:
    """What a method returns for a successful answer, read once; see `_reading`."""
    if op.result == "none":
        return None  # nothing reads it: it is not decoded
    if not answer.content and op.result != "model":
        return [] if op.result == "path" else None
    raw, noted = _checked(op, request, answer, strict)
    if op.result == "model" and op.model is not None:
        return op.model.from_json(raw, reading.deviations_of(noted))
    if op.result == "path":
        returns = op.spec(request.version).extras["returns"]
        return pluck(raw, returns) if isinstance(returns, str) else raw
    return raw


def page_items(
    op: Operation, request: Request, answer: Answer, strict: bool
) -> tuple[list[Any], tuple[reading.Deviation, ...]]:
    """A list answer's items as models, each with its own deviations, and the deviations of the
    rest of the answer. An item that does not fit is still an item: what fits is read."""
    raw, noted = _checked(op, request, answer, strict)
    key = op.spec(request.version).items
    items = raw.get(key) if key else None
    if not isinstance(items, list):
        return [], reading.deviations_of(noted)
    model = op.model
    if model is None:
        return items, reading.deviations_of(noted)
    if not noted:
        return [model.from_json(item) if type(item) is dict else item for item in items], ()
    per_item: dict[int, reading.Noted] = {}
    rest: reading.Noted = []
    for entry in noted:
        index = _item_index(entry[0], key)
        (per_item.setdefault(index, []) if index is not None else rest).append(entry)
    built = []
    for index, item in enumerate(items):
        if type(item) is not dict:
            built.append(item)
            continue
        mine = per_item.get(index)
        under: reading.Where = ((None, key), index) if key else None
        built.append(model.from_json(item, reading.deviations_of(mine, under) if mine else ()))
    return built, reading.deviations_of(rest)


def _item_index(where: reading.Where, key: str | None) -> int | None:
    """The index of the list item a noted place is in (None: outside the items)."""
    while where is not None:
        parent, step = where
        if parent == (None, key) and isinstance(step, int):
            return step
        where = parent
    return None


# -- flows --------------------------------------------------------------------------------------


def operation_flow(
    op: Operation, core: ClientCore, path_values: Sequence[Any], arguments: Mapping[str, Any]
) -> Flow[Any]:
    """Checks, sends and reads one operation; the version is the client's when the flow runs."""
    request = prepare(op, core.version or "", path_values, arguments)
    answer = yield from call(request, core.retry)
    return result(op, request, answer, core.strict)


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
            size, position = PAGING[self.op.paging]
            if self.page_size is not None:
                arguments[size] = self.page_size
            if self.position is not None:
                arguments[position] = self.position
        return arguments

    def flow(self, core: ClientCore) -> Flow[Page[Any]]:
        request = prepare(self.op, core.version or "", self.path_values, self._arguments())
        answer = yield from call(request, core.retry)
        items, deviations = page_items(self.op, request, answer, core.strict)
        page = Page(items, self._next(items), deviations)
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
