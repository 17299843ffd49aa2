"""Each operation as its version's spec describes it: the one description the facade reads.

The generated facade names an operation by its operationId and says what its method returns;
everything else (method, path, query parameters, body schema, answers, paging) is read here from
the built spec of the version in use (shipped as JSON in `_specs`), once per operation and
version, on first use. What the specs leave to `resources.yaml` (aliases, flags, shorthands,
returned paths) is read from its JSON the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from . import _schema
from .errors import InvalidParameterError

PAGING: dict[str, tuple[str, str]] = {
    "marker": ("limit", "marker"),
    "offset": ("limit", "offset"),
    "page": ("size", "page"),
}
"""Each paging style by the query parameters that give it: (page size, where the page starts)."""

_METHODS = ("get", "put", "post", "delete", "patch")


class OperationSpec:
    """One operation in one API version: what to send and what comes back."""

    __slots__ = (
        "answers",
        "body",
        "body_schema",
        "doc",
        "extras",
        "items",
        "method",
        "operation_id",
        "paging",
        "path",
        "path_params",
        "path_schemas",
        "query",
        "states",
        "version",
    )

    def __init__(self, version: str, operation_id: str) -> None:
        doc = _schema.document(version)
        found = _index(version).get(operation_id)
        if found is None:
            raise LookupError(operation_id)
        path, method = found
        item = doc["paths"][path]
        operation = item[method]
        self.doc = doc
        self.version = version
        self.operation_id = operation_id
        self.method = method.upper()
        self.path = path
        self.path_params = tuple(re.findall(r"{(\w+)}", path))
        self.query: dict[str, Any] = {}  # name -> the parameter's schema
        self.path_schemas: dict[str, Any] = {}
        for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            parameter = _schema.resolve(doc, raw)
            if parameter.get("in") == "query":
                self.query[parameter["name"]] = parameter.get("schema")
            elif parameter.get("in") == "path":
                self.path_schemas[parameter["name"]] = parameter.get("schema")
        content = ((operation.get("requestBody") or {}).get("content") or {}).get(
            "application/json"
        )
        body = _schema.resolve(doc, content.get("schema")) if content else None
        self.body_schema: Mapping[str, Any] | None = body if isinstance(body, Mapping) else None
        self.body: Mapping[str, Any] = (self.body_schema or {}).get("properties") or {}
        self.answers: dict[int, Any] = {}  # 2xx status -> its JSON schema (None: no body)
        for code, response in (operation.get("responses") or {}).items():
            if str(code).startswith("2") and str(code).isdigit():
                media = (_schema.resolve(doc, response).get("content") or {}).get(
                    "application/json"
                )
                self.answers[int(code)] = media.get("schema") if media else None
        self.paging = next(
            (
                style
                for style, names in PAGING.items()
                if self.method == "GET" and all(name in self.query for name in names)
            ),
            None,
        )
        self.items = _items_key(doc, self.answer_schema(min(self.answers, default=200)))
        tag = (operation.get("tags") or ["default"])[0]
        declared = _extras().get(tag) or {}
        lifecycle = declared.get("lifecycle") or {}
        field = lifecycle.get("field")
        self.states: tuple[str, tuple[str, ...]] | None = None  # a list's filter by state
        if self.method == "GET" and field in self.query:
            known = (*lifecycle["stable"], *lifecycle["transitional"], *lifecycle["failed"])
            self.states = (field, tuple(known))
        self.extras = {
            key: (declared.get(key) or {}).get(operation_id) or {}
            for key in ("aliases", "flags", "item-shorthand", "returns")
        }

    def answer_schema(self, status: int) -> Any:
        """The schema of a 2xx answer: its status's, else the one 2xx answer with a body (a
        service that answers 200 where the spec says 202 still gives what the spec describes)."""
        if status in self.answers:
            return self.answers[status]
        bodies = [schema for schema in self.answers.values() if schema is not None]
        return bodies[0] if bodies else None

    def __repr__(self) -> str:
        return f"<{self.operation_id} {self.method} {self.path} (API {self.version})>"


def spec_of(version: str, operation_id: str) -> OperationSpec:
    """The operation in `version`, or an InvalidParameterError naming the versions that have it."""
    try:
        return _spec(version, operation_id)
    except LookupError:
        having = versions_with(operation_id)
        raise InvalidParameterError(
            f"{operation_id} does not exist in API version {version}; it exists in API versions "
            f"{', '.join(having) or 'none of this release'}"
        ) from None


@cache
def _spec(version: str, operation_id: str) -> OperationSpec:
    return OperationSpec(version, operation_id)


def versions_with(operation_id: str) -> list[str]:
    """The versions of this release that have the operation (reads every version's spec)."""
    from .versions import VERSIONS

    return [v.version for v in VERSIONS if operation_id in _index(v.version)]


@cache
def _index(version: str) -> dict[str, tuple[str, str]]:
    """operationId -> (path, method) in a version's spec."""
    found = {}
    for path, item in _schema.document(version)["paths"].items():
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping) and "operationId" in operation:
                found[operation["operationId"]] = (path, method)
    return found


@cache
def _extras() -> dict[str, Any]:
    text = resources.files("scp_virtualserver._specs").joinpath("resources.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _items_key(doc: Mapping[str, Any], schema: Any) -> str | None:
    """The array field of a list answer ({"servers": [...]}), if the answer is one."""
    body = _schema.resolve(doc, schema)
    if not isinstance(body, Mapping):
        return None
    for name, prop in (body.get("properties") or {}).items():
        kinds = _schema.resolve(doc, prop).get("type")
        if kinds == "array" or (isinstance(kinds, list) and "array" in kinds):
            return str(name)
    return None
