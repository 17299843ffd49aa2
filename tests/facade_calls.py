"""Every operation of the generated facade, found on a client, with arguments made up from a spec.

`facade_methods` finds, for each operation, the generated method that sends it (walking the
client's resources and their sub-resources; a method's operation is the first `Operation` its
code names). `arguments` makes up the keyword arguments of one call from the spec of the version
in use: every path parameter, and every query parameter and body field that version has,
required or not, through the facade's own conveniences where it has them (an alias such as
`count`, a flag such as `hard`, a list item given by its id alone).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

from scp_virtualserver import _methods
from scp_virtualserver._operations import PAGING, OperationSpec
from scp_virtualserver.resources import ClientResources

from . import spec_values

Method = Callable[..., Any]
ID = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f"
"""Every id of a path whose schema allows any string (a server id must be a UUID)."""
NOT_SENT = frozenset({"timeout", "wait", "interval", "on_poll"})


def facade_methods(client: Any) -> dict[str, tuple[str, _methods.Operation, Method]]:
    """Each operation id -> where its method is (`images.members.create`), the operation, and
    the method bound to a resource of `client`."""
    found: dict[str, tuple[str, _methods.Operation, Method]] = {}

    def visit(where: str, resource: object) -> None:
        for name, attribute in vars(type(resource)).items():
            if name.startswith("_"):
                continue
            if isinstance(attribute, cached_property):
                visit(f"{where}.{name}", getattr(resource, name))
            elif callable(attribute) and not (name.startswith("wait_") or name.endswith("_pages")):
                operation = first_operation(attribute)
                if operation is not None:
                    found.setdefault(
                        operation.id, (f"{where}.{name}", operation, getattr(resource, name))
                    )

    for name, attribute in vars(ClientResources).items():
        if isinstance(attribute, cached_property):
            wired = isinstance(client, ClientResources)
            visit(name, getattr(client, name) if wired else attribute.func(client))
    return found


def first_operation(function: Method) -> _methods.Operation | None:
    code = getattr(function, "__code__", None)
    names = getattr(function, "__globals__", {})
    for name in code.co_names if code is not None else ():
        value = names.get(name)
        if isinstance(value, _methods.Operation):
            return value
    return None


def spec_operations(doc: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """Each operation id of a spec -> its method and path."""
    return {
        operation["operationId"]: (method.upper(), path)
        for path, item in doc["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, Mapping) and "operationId" in operation
    }


def wire_name(op: _methods.Operation, keyword: str) -> str | None:
    """The spec's name of a method's keyword (a keyword that would clash gets a "_"), in any
    version; None for a keyword the spec has not (an alias, a flag, the facade's own)."""
    for version in op.versions:
        spec = op.spec(version)
        for name in (keyword, keyword.removesuffix("_")):
            if name in spec.query or name in spec.body:
                return name
    return None


def arguments(doc: Mapping[str, Any], op: _methods.Operation, method: Method) -> dict[str, Any]:
    """The keyword arguments of a call of `method` that the spec `doc` allows."""
    version = str(doc["info"]["x-scp-api-version"]["version"])
    spec = op.spec(version)
    item = doc["paths"][spec.path]
    operation = item[spec.method.lower()]
    parameters = {
        (parameter["in"], parameter["name"]): parameter.get("schema", {})
        for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]
    }

    def schema_of(keyword: str) -> Any:
        """The schema of a facade keyword in this version, or None where the version lacks it."""
        name = wire_name(op, keyword)
        if name is None:
            return None
        return spec.query.get(name) if name in spec.query else spec.body.get(name)

    signature = inspect.signature(method).parameters
    aliases, flags = spec.extras["aliases"], spec.extras["flags"]
    conveniences = {alias: target for alias, target in aliases.items() if alias in signature}
    conveniences |= {flag: given[0] for flag, given in flags.items() if flag in signature}
    replaced = {t for t in conveniences.values() if schema_of(t) is not None}
    made: dict[str, Any] = {}
    for keyword in signature:
        if keyword in NOT_SENT or keyword in replaced:
            continue
        if keyword in spec.path_params:
            made[keyword] = path_value(doc, parameters[("path", keyword)])
        elif keyword == "page_size":
            size = schema_of(PAGING[spec.paging][0]) if spec.paging else None
            if size is not None:
                made[keyword] = max(1, spec_values.example(doc, size))
        elif keyword in conveniences:
            target = schema_of(conveniences[keyword])
            if target is not None:
                made[keyword] = True if keyword in flags else spec_values.example(doc, target)
        elif spec.states is not None and wire_name(op, keyword) == spec.states[0]:
            made[keyword] = spec.states[1][0]  # a filter by state takes the resource's states
        elif wire_name(op, keyword) is not None:
            schema = schema_of(keyword)
            if schema is not None:
                made[keyword] = shorthand(spec, keyword, spec_values.example(doc, schema))
        else:
            raise AssertionError(f"{op.id}: {keyword!r} is neither a parameter nor a body field")
    return made


def path_value(doc: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
    if set(schema) <= {"type", "description"} and schema.get("type") == "string":
        return ID
    return spec_values.example(doc, schema)


def shorthand(spec: OperationSpec, keyword: str, value: Any) -> Any:
    """A list the facade also takes as ids: one more item first, given by its id alone."""
    field = spec.extras["item-shorthand"].get(keyword)
    if field is None or not isinstance(value, list) or not value:
        return value
    first = value[0]
    if isinstance(first, Mapping) and isinstance(first.get(field), str):
        return [first[field], *value]
    return value
