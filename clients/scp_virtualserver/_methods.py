"""What every generated resource method does, written once for all of them.

A generated method (`scp_virtualserver.resources.*`) only names its `Operation` (an operationId
and what it returns) and passes its arguments on, keyed by the spec's names. Here they are
checked against the spec of the version in use (ids first, then each query parameter and body
field: refused before any request if the version lacks it or the value does not fit), sent with
the shared retries (`_calls.call`), and the answer read once into the resource's model
(`_reading`). Lists page lazily (`_paging`), waiters poll with the resource's lifecycle states
(`_waiting`), and the sync and async resources differ only in how they run the same flows.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from . import _checks as checks
from . import _reading as reading
from . import _schema, ids
from ._calls import Answer, Flow, Request, call
from ._model import Model, pluck
from ._operations import OperationSpec, spec_of, versions_with
from ._paging import Page, Pager
from ._waiting import (
    WAIT_GRACE,
    Lifecycle,
    PollProgress,
    check_on_poll,
    check_target,
    wait_flow,
    wait_settings,
    what_is_awaited,
)
from .errors import InvalidParameterError, MalformedResponseError

if TYPE_CHECKING:
    from ._settings import ClientSettings

__all__ = ["AsyncResource", "Lifecycle", "Operation", "Page", "PollProgress", "Resource"]

T = TypeVar("T")


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


def _decoded(op: Operation, request: Request, answer: Answer) -> tuple[OperationSpec, Any]:
    """The answer's JSON object and the operation's spec; no body or another kind of JSON
    than an object is a MalformedResponseError keeping the body."""
    spec = op.spec(request.version)
    raw = reading.decode(answer.status, answer.content, answer.headers, request.line)
    if not isinstance(raw, dict):
        raise MalformedResponseError(
            answer.status,
            None,
            answer.content,
            headers=answer.headers,
            message=f"{request.line}: the {answer.status} answer is a JSON "
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
        line=request.line,
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
) -> tuple[list[Any], Any, tuple[reading.Deviation, ...]]:
    """A list answer's items as models, each with its own deviations; the answer's JSON; and
    the deviations of the rest of the answer. An item that does not fit is still an item: what
    fits is read."""
    raw, noted = _checked(op, request, answer, strict)
    key = op.spec(request.version).items
    items = raw.get(key) if key else None
    if not isinstance(items, list):
        return [], raw, reading.deviations_of(noted)
    model = op.model
    if model is None:
        return items, raw, reading.deviations_of(noted)
    if not noted:
        return [model.from_json(item) if type(item) is dict else item for item in items], raw, ()
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
    return built, raw, reading.deviations_of(rest)


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
    op: Operation, core: ClientSettings, path_values: Sequence[Any], arguments: Mapping[str, Any]
) -> Flow[Any]:
    """Checks, sends and reads one operation; the version is the client's when the flow runs."""
    request = prepare(op, core.version or "", path_values, arguments)
    answer = yield from call(request, core.retry)
    return result(op, request, answer, core.strict)


def page_flow(
    op: Operation, core: ClientSettings, path_values: Sequence[Any], arguments: Mapping[str, Any]
) -> Flow[tuple[list[Any], Any, tuple[reading.Deviation, ...]]]:
    """One page of a list: its items (models), the answer's JSON (for its count), and the
    deviations of the answer outside its items."""
    request = prepare(op, core.version or "", path_values, arguments)
    answer = yield from call(request, core.retry)
    return page_items(op, request, answer, core.strict)


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
        core = self._client._settings
        return operation_flow(op, core, path_values, arguments), core.budget(timeout)

    def _pager(
        self,
        op: Operation,
        path_values: tuple[Any, ...],
        arguments: Mapping[str, Any],
        page_size: int | None,
        start: str | int | None,
        timeout: object,
    ) -> tuple[Pager]:
        """A lazy list's pager; its arguments are refused now when the version is known."""
        if page_size is not None:
            checks.integer("page_size", page_size, low=1)
        core = self._client._settings
        values = tuple(path_values)

        def fetch(
            core: ClientSettings, arguments: Mapping[str, Any]
        ) -> Flow[tuple[list[Any], Any, tuple[reading.Deviation, ...]]]:
            return page_flow(op, core, values, arguments)

        pager = Pager(
            op.id,
            op.paging,
            fetch,
            arguments,
            page_size,
            start,
            core.budget(timeout),
            whole=timeout is not None,
        )
        if core.version:
            prepare(op, core.version, values, pager.arguments_for(start))
        return (pager,)

    def _waiting(
        self,
        get: Operation,
        lifecycle: Lifecycle,
        path_values: tuple[Any, ...],
        target: object,
        timeout: object,
        interval: object,
        on_poll: object = None,
        *,
        gone: bool = False,
    ) -> Step:
        """Waiting for a state (always one of the lifecycle's), or with gone=True for the end."""
        target = None if gone else check_target(lifecycle, target)
        seconds, every = wait_settings(timeout, interval)
        flow = wait_flow(
            self._poll(get, path_values),
            lifecycle,
            what_is_awaited(get.path_params, path_values),
            target,
            seconds,
            every,
            check_on_poll(on_poll),
        )
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
        on_poll: object = None,
    ) -> Step:
        if not checks.boolean("wait", wait):
            if on_poll is not None:
                raise InvalidParameterError("on_poll is for delete(wait=True) only")
            return self._operation(op, path_values, arguments, timeout)
        seconds, every = wait_settings(timeout, interval)
        hook = check_on_poll(on_poll)
        core = self._client._settings
        what = what_is_awaited(get.path_params, path_values)
        poll = self._poll(get, path_values)

        def delete_and_wait() -> Flow[None]:
            yield from operation_flow(op, core, path_values, arguments)
            yield from wait_flow(poll, lifecycle, what, None, seconds, every, hook)

        return delete_and_wait(), seconds + WAIT_GRACE

    def _poll(self, get: Operation, path_values: tuple[Any, ...]) -> Callable[[], Flow[Any]]:
        core = self._client._settings
        return lambda: operation_flow(get, core, path_values, {})


class Resource(_Base):
    """The base of every generated sync resource."""

    __slots__ = ()

    def _run(self, step: Step) -> Any:
        return self._client._run(*step)

    def _pages(self, pager: Pager) -> Iterator[Page[Any]]:
        core = self._client._settings
        while not pager.done:
            yield self._client._run(pager.flow(core), pager.next_budget())

    def _items(self, pager: Pager) -> Iterator[Any]:
        """The items, each page's only after the next page is fetched: where the next page
        starts is used before the caller can delete the item it names."""
        pages = self._pages(pager)
        current = next(pages, None)
        while current is not None:
            following = next(pages, None) if current.next is not None else None
            yield from current.items
            current = following


class AsyncResource(_Base):
    """The base of every generated async resource: the same flows, awaited."""

    __slots__ = ()

    async def _run(self, step: Step) -> Any:
        return await self._client._run(*step)

    async def _pages(self, pager: Pager) -> AsyncIterator[Page[Any]]:
        core = self._client._settings
        while not pager.done:
            yield await self._client._run(pager.flow(core), pager.next_budget())

    async def _items(self, pager: Pager) -> AsyncIterator[Any]:
        """The items, each page's only after the next page is fetched (see Resource)."""
        pages = self._pages(pager)
        current = await anext(pages, None)
        while current is not None:
            following = await anext(pages, None) if current.next is not None else None
            for item in current.items:
                yield item
            current = following
