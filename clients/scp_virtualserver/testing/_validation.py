"""Each request checked against the spec of the version it names, with openapi-core.

openapi-core is an optional dependency (`pip install 'scp-virtualserver[testing]'`): only the
local server needs it. Its spec objects are built once per version and shared by every local
server of the process. It is thorough but slow (about a millisecond a request), so verdicts are
remembered: two requests that differ only in values their schemas accept whatever they are (an
unconstrained string id, say) get the same verdict.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ._api import Operation, document, resolve

EXTRA = "testing"
INSTALL_HINT = (
    "the local Virtual Server API checks requests with openapi-core, which is not installed: "
    f"pip install 'scp-virtualserver[{EXTRA}]'"
)
HOST = "http://local.invalid"
CACHE_SIZE = 8192
_UNCONSTRAINED = ("enum", "pattern", "format", "minLength", "maxLength", "const")


def require() -> None:
    """Fails at once, naming the extra to install, if openapi-core is missing (without
    importing it yet: that waits for the first request)."""
    if importlib.util.find_spec("openapi_core") is None:
        raise ImportError(INSTALL_HINT)


@dataclass
class _Request:
    """A request as openapi-core's Request protocol wants it, with its route already known."""

    host_url: str
    path: str
    path_pattern: str
    method: str
    parameters: Any
    content_type: str
    body: bytes | None


class _Validators:
    """openapi-core's request validator per version, built on first use."""

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}
        self._lock = threading.Lock()

    def get(self, version: str) -> Any:
        validator = self._built.get(version)
        if validator is None:
            with self._lock:
                validator = self._built.get(version)
                if validator is None:
                    validator = self._built[version] = _build(version)
        return validator


def _build(version: str) -> Any:
    require()
    from openapi_core import Config, OpenAPI
    from openapi_core.templating.datatypes import TemplateResult
    from openapi_core.templating.paths.datatypes import PathOperationServer
    from openapi_core.templating.paths.finders import BasePathFinder

    class KnownRouteFinder(BasePathFinder):
        """The route is found already (by the local server's router): no search through the
        paths, which would cost more than the validation itself."""

        def find(self, method: str, name: str) -> PathOperationServer:
            template = urlsplit(name).path
            path = self.spec / "paths" / template
            return PathOperationServer(
                path,
                path / method,
                None,
                TemplateResult(template, {}),
                TemplateResult(HOST, {}),
            )

    config = Config(
        spec_validator_cls=None,  # the built documents are checked when they are built
        path_finder_cls=KnownRouteFinder,
    )
    return OpenAPI.from_dict(_for_requests(document(version)), config=config).request_validator


def _for_requests(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a version's document as request validation reads it.

    - no `security`: the local server checks the signature itself, more closely;
    - a parameter's type has no "null" (a query string has no null; openapi-core reads a
      parameter's type as one word);
    - an object's undeclared fields are refused, as the service refuses them.
    """
    copied: dict[str, Any] = copy.deepcopy(dict(doc))
    copied.pop("security", None)
    for item in (copied.get("paths") or {}).values():
        for key, value in item.items():
            parameters = value if key == "parameters" else value.get("parameters") or []
            for index, parameter in enumerate(parameters):
                parameters[index] = _plain_parameter(copied, parameter)
    for name, parameter in list((copied.get("components") or {}).get("parameters", {}).items()):
        copied["components"]["parameters"][name] = _plain_parameter(copied, parameter)
    _closed((copied.get("components") or {}).get("schemas"))
    _closed(copied.get("paths"))  # bodies written inline, should an operation have one
    return copied


def _plain_parameter(doc: Mapping[str, Any], parameter: Mapping[str, Any]) -> dict[str, Any]:
    plain = resolve(doc, parameter)
    schema = resolve(doc, plain.get("schema") or {})
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        schema["type"] = kinds[0] if len(kinds) == 1 else kinds
    plain["schema"] = schema
    return plain


def _closed(node: Any) -> None:
    if isinstance(node, dict):
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in node.values():
            _closed(value)
    elif isinstance(node, list):
        for value in node:
            _closed(value)


VALIDATORS = _Validators()
_verdicts: dict[tuple[Any, ...], tuple[str, ...]] = {}
_verdicts_lock = threading.Lock()


def problems(
    operation: Operation,
    path: str,
    path_parameters: Mapping[str, str],
    query: Sequence[tuple[str, str]],
    headers: Sequence[tuple[str, str]],
    content_type: str,
    body: bytes,
) -> tuple[str, ...]:
    """What is wrong with a request for `operation`, one text per problem; () if nothing."""
    key = _key(operation, path_parameters, query, content_type, body)
    with _verdicts_lock:
        known = _verdicts.get(key)
    if known is not None:
        return known
    from openapi_core.datatypes import RequestParameters
    from werkzeug.datastructures import Headers, ImmutableMultiDict

    request = _Request(
        host_url=HOST,
        path=path,
        path_pattern=operation.template,
        method=operation.method.lower(),
        parameters=RequestParameters(
            query=ImmutableMultiDict(list(query)),
            header=Headers(list(headers)),
            path=dict(path_parameters),
        ),
        content_type=content_type,
        body=body or None,
    )
    validator = VALIDATORS.get(operation.version)
    found = tuple(text for error in validator.iter_errors(request) for text in _describe(error))
    with _verdicts_lock:
        if len(_verdicts) >= CACHE_SIZE:
            _verdicts.clear()
        _verdicts[key] = found
    return found


def _key(
    operation: Operation,
    path_parameters: Mapping[str, str],
    query: Sequence[tuple[str, str]],
    content_type: str,
    body: bytes,
) -> tuple[Any, ...]:
    """What the verdict depends on: values any string passes stand in as "*"."""
    free = _free(operation)
    return (
        operation.version,
        operation.operation_id,
        tuple(sorted((k, "*" if ("path", k) in free else v) for k, v in path_parameters.items())),
        tuple(sorted((k, "*" if ("query", k) in free else v) for k, v in query)),
        content_type,
        body,
    )


@functools.cache
def _free(operation: Operation) -> frozenset[tuple[str, str]]:
    """The parameters (location, name) that any string passes."""
    return frozenset((p.location, p.name) for p in operation.parameters if _any_string(p.schema))


def _any_string(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    kinds = {kind} if isinstance(kind, str) else set(kind or ())
    return (
        kinds <= {"string", "null"}
        and "string" in kinds
        and not any(k in schema for k in _UNCONSTRAINED)
    )


def _describe(error: BaseException) -> Iterator[str]:
    """openapi-core's error as texts that name the place: "body.volumes[0].size: ..."."""
    cause = error.__cause__
    name = getattr(error, "name", None)
    location = getattr(error, "location", None)
    where = f"{location} parameter {name}" if name and location else "body"
    schema_errors = getattr(cause, "schema_errors", None)
    if schema_errors:
        for item in schema_errors:
            yield f"{where}{_place(item.absolute_path)}: {item.message}"
        return
    if cause is not None and hasattr(cause, "value") and hasattr(cause, "type"):
        yield f"{where}: {cause.value!r} is not of type {cause.type}"
        return
    text = str(cause or error)
    yield text if where == "body" or (name and name in text) else f"{where}: {text}"


def _place(path: Sequence[Any]) -> str:
    place = ""
    for part in path:
        place += f"[{part}]" if isinstance(part, int) else f".{part}"
    return place
