"""Renders the facade's resources and models from the built documents and resources.yaml.

Every operation of every version becomes a method of a resource (a tag of the specs): sync and
async from one template, its arguments the union of what the versions document, each refused
at run time by the version in use when that version lacks it. Nothing here is per operation:
a new operation in a spec is a new method after `python -m generator`.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import snake_case

from . import bundle
from .lint import SpecError

TEMPLATES = Path(__file__).resolve().parent / "templates" / "facade"
PACKAGE = "resources"
VERBS = {"list": "list", "show": "get", "get": "get", "create": "create", "update": "update"}
PAGING = {"marker": ("limit", "marker"), "offset": ("limit", "offset"), "page": ("size", "page")}
# Keyword arguments every generated method may take; a spec field of the same name gets a "_".
RESERVED = {"self", "timeout", "wait", "interval", "on_poll", "page_size"}
DEFAULT_INTERVAL = 5.0
DEFAULT_TIMEOUT = 600.0
WIDTH = 92


@dataclass
class Argument:
    name: str  # the spec's name
    python: str  # the facade's keyword
    annotation: str
    description: str
    versions: set[str] = field(default_factory=set)
    required_in: set[str] = field(default_factory=set)
    required: bool = False


@dataclass
class Method:
    operation_id: str
    name: str
    http_method: str
    path: str
    summary: str
    description: str
    versions: list[str]
    path_params: list[str]
    query: dict[str, Argument] = field(default_factory=dict)
    body: dict[str, Argument] = field(default_factory=dict)
    body_versions: set[str] = field(default_factory=set)
    ok: tuple[int, ...] = ()
    answers: dict[str, str | None] = field(default_factory=dict)  # version -> 2xx schema
    result: str = "None"  # the return annotation
    result_kind: str = "none"  # none, model, json, path, list
    returns: str | None = None
    paging: str | None = None
    items: str | None = None
    positional: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)
    shorthand: dict[str, str] = field(default_factory=dict)
    flags: dict[str, list[Any]] = field(default_factory=dict)
    deletes: bool = False
    # presentation, filled by `_present`
    keywords: list[Argument] = field(default_factory=list)
    call_arguments: list[tuple[str, str]] = field(default_factory=list)  # (spec name, keyword)
    query_map: dict[str, str] = field(default_factory=dict)
    body_map: dict[str, str] = field(default_factory=dict)
    start: str | None = None
    start_annotation: str = "str"
    constant: str = ""
    docstring: str = ""
    annotation: str = "None"


@dataclass
class Resource:
    tag: str
    attribute: str
    class_name: str
    model: str
    parent: str | None
    description: str
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    model_schemas: dict[str, set[str]] = field(default_factory=dict)  # version -> schemas
    answer_models: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # name -> same
    lifecycle: dict[str, Any] | None = None
    get: Method | None = None
    derived: dict[str, str] = field(default_factory=dict)
    family: list[Resource] = field(default_factory=list)
    docstring: str = ""
    summary: str = ""
    lifecycle_constant: str = ""


@dataclass
class ModelField:
    name: str
    annotation: str
    converter: str
    description: str


def render_all(documents: Mapping[str, Mapping[str, Any]], resources_yaml: Path) -> dict[str, str]:
    """File name under the package's `resources/` -> its text."""
    data = bundle.read_mapping(resources_yaml) if resources_yaml.is_file() else {}
    resources = collect(documents, data)
    environment = jinja2.Environment(
        autoescape=jinja2.select_autoescape(default=False),  # it writes Python, not HTML
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["pyrepr"] = _pyrepr
    environment.filters["tuple"] = tuple
    environment.filters["enum_name"] = _enum_name
    environment.globals["default_interval"] = DEFAULT_INTERVAL
    environment.globals["default_timeout"] = DEFAULT_TIMEOUT
    for resource in resources.values():
        _present(resource)
    top = [r for r in resources.values() if r.parent is None]
    files = {}
    module = environment.get_template("resource_module.py.jinja")
    for resource in top:
        resource.family = _family(resource)
        files[f"{resource.attribute}.py"] = module.render(resource=resource)
    models = [_model(r, documents) for r in resources.values()]
    models += _answer_models(resources.values(), documents, {m.name for m in models})
    files["models.py"] = environment.get_template("models.py.jinja").render(
        models=models, resources=list(resources.values())
    )
    files["__init__.py"] = environment.get_template("package_init.py.jinja").render(
        resources=top, models=models
    )
    return files


# -- collecting -----------------------------------------------------------------------------


def collect(
    documents: Mapping[str, Mapping[str, Any]], data: Mapping[str, Any]
) -> dict[str, Resource]:
    resources: dict[str, Resource] = {}
    tags = _tags(documents)
    for tag in sorted(tags):
        declared = data.get(tag) or {}
        unknown = set(declared) - {
            "attribute",
            "parent",
            "model",
            "nouns",
            "methods",
            "positional",
            "aliases",
            "item-shorthand",
            "flags",
            "returns",
            "lifecycle",
            "makes",
            "sources",
            "derived",
            "not-found",
            "references",
            "parts",
        }
        if unknown:
            raise SpecError(f"resources.yaml: {tag}: unknown keys {', '.join(sorted(unknown))}")
        attribute = declared.get("attribute") or snake_case(tag)
        model = declared.get("model") or _pascal(_singular(attribute))
        if declared.get("parent"):
            parent_model = _pascal(_singular(snake_case(declared["parent"])))
            model = declared.get("model") or parent_model + _pascal(_singular(attribute))
        resources[tag] = Resource(
            tag=tag,
            attribute=attribute,
            class_name=_pascal(snake_case(tag)),
            model=model,
            parent=declared.get("parent"),
            description=tags[tag],
            lifecycle=declared.get("lifecycle"),
            derived=dict(declared.get("derived") or {}),
        )
    missing = set(data) - set(resources)
    if missing:
        raise SpecError(f"resources.yaml names tags no spec has: {', '.join(sorted(missing))}")
    for resource in resources.values():
        if resource.parent:
            resources[resource.parent].children.append(resource)
    methods: dict[str, Method] = {}
    for version, document in documents.items():
        for url, verb, operation in bundle.operations(document):
            tag = (operation.get("tags") or ["default"])[0]
            resource = resources[tag]
            method = methods.get(operation["operationId"])
            if method is None:
                method = _new_method(resource, data.get(tag) or {}, url, verb, operation)
                methods[operation["operationId"]] = method
                resource.methods.append(method)
            _add_version(method, version, document, url, verb, operation)
    for resource in resources.values():
        _finish(resource, data.get(resource.tag) or {}, documents)
    _check_makes(resources, methods, data)
    _check_not_found(resources, data, documents)
    _check_references(resources, methods, data, documents)
    _check_parts(resources, methods, data)
    return resources


def _check_parts(
    resources: Mapping[str, Resource], methods: Mapping[str, Method], data: Mapping[str, Any]
) -> None:
    """`parts` names a create of the resource, a list of its body, and a top-level resource."""
    keys = {"list", "resource", "fields", "shown", "with-owner", "left"}
    for tag, declared in data.items():
        for operation_id, part in ((declared or {}).get("parts") or {}).items():
            where = f"resources.yaml: {tag}: parts: {operation_id}"
            method = methods.get(operation_id)
            if method is None or method not in resources[tag].methods:
                raise SpecError(f"{where}: not an operation of {tag}")
            if not isinstance(part, Mapping) or set(part) - keys:
                raise SpecError(f"{where}: give {', '.join(sorted(keys))} only")
            if part.get("list") not in method.body:
                raise SpecError(f"{where}: the body has no list {part.get('list')!r}")
            other = resources.get(str(part.get("resource")))
            if other is None or other.parent is not None:
                raise SpecError(f"{where}: {part.get('resource')!r} is not a top-level resource")
            flag = part.get("with-owner")
            if flag is not None and flag not in (part.get("shown") or {}):
                raise SpecError(f"{where}: with-owner {flag!r} is not among the shown fields")


CONFIDENCE = ("confirmed", "likely", "guess")


def _check_not_found(
    resources: Mapping[str, Resource], data: Mapping[str, Any], documents: Mapping[str, Any]
) -> None:
    """Every resource with a lifecycle says, with evidence, how the service answers for a
    missing one (others may); its get documents that status in every version, and for a
    resource with a lifecycle it is 404 (what waiters take as gone)."""
    for tag, resource in resources.items():
        declared = (data.get(tag) or {}).get("not-found")
        get = resource.get
        where = f"resources.yaml: {tag}: not-found"
        if get is None or not get.path_params:
            if declared is not None:
                raise SpecError(f"{where}: {tag} has no get of one item to answer it")
            continue
        if declared is None and not resource.lifecycle:
            continue  # a resource without waiters may leave it to its spec's statuses
        if not isinstance(declared, Mapping):
            raise SpecError(
                f"{where} is missing: say how the service answers {get.operation_id} for a "
                "missing one (status, confidence, evidence); its waiters depend on it"
            )
        if set(declared) != {"status", "confidence", "evidence"}:
            raise SpecError(f"{where}: give status, confidence and evidence only")
        status = declared["status"]
        if not isinstance(status, int) or not 400 <= status < 500:
            raise SpecError(f"{where}: status {status!r} is not a 4xx status")
        if declared["confidence"] not in CONFIDENCE:
            raise SpecError(f"{where}: confidence must be one of {', '.join(CONFIDENCE)}")
        if not str(declared["evidence"]).strip():
            raise SpecError(f"{where}: evidence is empty")
        if resource.lifecycle and status != 404:
            raise SpecError(f"{where}: waiters take 404 as gone; {tag} has a lifecycle")
        for version in get.versions:
            operation = documents[version]["paths"][get.path]["get"]
            if str(status) not in (operation.get("responses") or {}):
                raise SpecError(
                    f"{where}: {get.operation_id} does not document {status} in API version "
                    f"{version}"
                )


def _check_references(
    resources: Mapping[str, Resource],
    methods: Mapping[str, Method],
    data: Mapping[str, Any],
    documents: Mapping[str, Any],
) -> None:
    """`references` names operations of the resource, fields their bodies (or paths) have in
    some version, and top-level resources with an item path."""
    for tag, declared in data.items():
        for operation_id, fields in ((declared or {}).get("references") or {}).items():
            where = f"resources.yaml: {tag}: references: {operation_id}"
            method = methods.get(operation_id)
            if method is None or method not in resources[tag].methods:
                raise SpecError(f"{where}: not an operation of {tag}")
            if not isinstance(fields, Mapping) or not fields:
                raise SpecError(f"{where}: give {{field: tag}}")
            for name, target in fields.items():
                other = resources.get(str(target))
                if other is None or other.parent is not None or other.get is None:
                    raise SpecError(f"{where}: {name}: {target!r} is not a top-level resource")
                if str(name).startswith("path."):
                    if str(name)[5:] not in method.path_params:
                        raise SpecError(f"{where}: {name}: the path has no such parameter")
                elif str(name).split(".")[0].removesuffix("[]") not in method.body:
                    raise SpecError(f"{where}: {name}: no version's body has that field")


def _check_makes(
    resources: Mapping[str, Resource], methods: Mapping[str, Method], data: Mapping[str, Any]
) -> None:
    """`makes` names an action of the resource itself and a top-level resource it makes."""
    for tag, declared in data.items():
        for operation_id, made in ((declared or {}).get("makes") or {}).items():
            where = f"resources.yaml: {tag}: makes: {operation_id}"
            method = methods.get(operation_id)
            if method is None or method not in resources[tag].methods:
                raise SpecError(f"{where}: not an operation of {tag}")
            if not isinstance(made, Mapping) or set(made) - {"resource", "answer", "fields"}:
                raise SpecError(f"{where}: give resource, answer and fields only")
            other = resources.get(str(made.get("resource")))
            if other is None or other.parent is not None:
                raise SpecError(f"{where}: {made.get('resource')!r} is not a top-level resource")
            if not made.get("answer"):
                raise SpecError(f"{where}: answer (the answer's field for the new id) is missing")


def _tags(documents: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for document in documents.values():
        for tag in document.get("tags") or []:
            found[tag["name"]] = " ".join(str(tag.get("description", "")).split())
        for _, _, operation in bundle.operations(document):
            found.setdefault((operation.get("tags") or ["default"])[0], "")
    return found


def _words(name: str) -> list[str]:
    return re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|\b)|[A-Z]?[a-z]+|[A-Z]+|\d+", name)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def method_name(operation_id: str, nouns: Iterable[str]) -> str:
    """listVirtualServers -> list; showVirtualServerConsoleLog -> get_console_log."""
    words = _words(operation_id[:1].upper() + operation_id[1:])
    verb, rest = words[0].lower(), words[1:]
    for noun in nouns:
        noun_words = _words(noun)
        for start in range(len(rest) - len(noun_words) + 1):
            window = rest[start : start + len(noun_words)]
            if [_singular(w).lower() for w in window] == [_singular(w).lower() for w in noun_words]:
                rest = rest[:start] + rest[start + len(noun_words) :]
                break
        else:
            continue
        break
    name = "_".join([VERBS.get(verb, verb), *(w.lower() for w in rest)])
    return name + "_" if keyword.iskeyword(name) else name


def _new_method(
    resource: Resource, declared: Mapping[str, Any], url: str, verb: str, op: Mapping[str, Any]
) -> Method:
    operation_id = op["operationId"]
    nouns = [*list(declared.get("nouns") or []), _pascal(_singular(snake_case(resource.tag)))]
    name = (declared.get("methods") or {}).get(operation_id) or method_name(operation_id, nouns)
    return Method(
        operation_id=operation_id,
        name=name,
        http_method=verb.upper(),
        path=url,
        summary=str(op.get("summary") or operation_id),
        description=" ".join(str(op.get("description") or "").split()),
        versions=[],
        path_params=re.findall(r"{(\w+)}", url),
        positional=list((declared.get("positional") or {}).get(operation_id) or []),
        aliases=dict((declared.get("aliases") or {}).get(operation_id) or {}),
        shorthand=dict((declared.get("item-shorthand") or {}).get(operation_id) or {}),
        flags=dict((declared.get("flags") or {}).get(operation_id) or {}),
        returns=(declared.get("returns") or {}).get(operation_id),
    )


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = document["components"][kind][name]
    return node


def _add_version(
    method: Method,
    version: str,
    document: Mapping[str, Any],
    url: str,
    verb: str,
    op: Mapping[str, Any],
) -> None:
    method.versions.append(version)
    item = document["paths"][url]
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        parameter = _resolve(document, raw)
        if parameter.get("in") != "query":
            continue
        name = parameter["name"]
        argument = method.query.setdefault(
            name,
            Argument(
                name,
                _identifier(name),
                annotation(document, parameter.get("schema") or {}),
                " ".join(str(parameter.get("description") or "").split()),
            ),
        )
        argument.versions.add(version)
        if parameter.get("required"):
            argument.required_in.add(version)
    body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    schema = _resolve(document, body.get("schema")) if body else None
    if isinstance(schema, dict):
        method.body_versions.add(version)
        for name, prop in (schema.get("properties") or {}).items():
            argument = method.body.setdefault(
                name,
                Argument(
                    name,
                    _identifier(name),
                    annotation(document, prop),
                    " ".join(str(_resolve(document, prop).get("description") or "").split()),
                ),
            )
            argument.versions.add(version)
            if name in (schema.get("required") or []):
                argument.required_in.add(version)
    statuses = sorted(int(code) for code in op.get("responses", {}) if str(code).startswith("2"))
    method.ok = tuple(sorted(set(method.ok) | set(statuses)))
    answer = None
    for code in statuses:
        content = ((op["responses"][str(code)].get("content") or {}).get("application/json")) or {}
        ref = (content.get("schema") or {}).get("$ref")
        if ref:
            answer = ref.rsplit("/", 1)[-1]
    method.answers[version] = answer


def _identifier(name: str) -> str:
    python = snake_case(name)
    if keyword.iskeyword(python) or python in RESERVED:
        python += "_"
    return python


def annotation(document: Mapping[str, Any], schema: Any) -> str:
    """The Python type an argument of this schema takes (None is always allowed: not sent)."""
    schema = _resolve(document, schema) if isinstance(schema, dict) else {}
    for key in ("anyOf", "oneOf"):
        parts = [
            p
            for p in schema.get(key) or []
            if not (isinstance(p, dict) and p.get("type") == "null")
        ]
        if parts:
            options = list(dict.fromkeys(annotation(document, part) for part in parts))
            return "Any" if "Any" in options else " | ".join(options)
    kinds = schema.get("type")
    kinds = [k for k in (kinds if isinstance(kinds, list) else [kinds]) if k and k != "null"]
    kind = kinds[0] if len(kinds) == 1 else None
    if kind == "string":
        values = [v for v in schema.get("enum") or [] if isinstance(v, str)]
        return _literal(values) if values else "str"
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "array":
        items = schema.get("items") or {}
        listed = f"Sequence[{annotation(document, items)}]"
        if isinstance(items, dict) and items.get("$ref", "").endswith("/Tag"):
            return f"{listed} | Mapping[str, str | None]"  # tags may be given as a dict
        return listed
    if kind == "object" or "properties" in schema:
        return "Mapping[str, Any] | JsonObject"
    return "Any"


def _literal(values: Iterable[str]) -> str:
    """Literal["a", "b"]: the values an editor completes and a type checker holds to."""
    return "Literal[" + ", ".join(repr(v) for v in dict.fromkeys(values)) + "]"


def _finish(resource: Resource, declared: Mapping[str, Any], documents: Mapping[str, Any]) -> None:
    seen: dict[str, str] = {}
    lifecycle = resource.lifecycle or {}
    field_name = lifecycle.get("field")
    states = [
        *lifecycle.get("stable", []),
        *lifecycle.get("transitional", []),
        *lifecycle.get("failed", []),
    ]
    for method in resource.methods:
        state_filter = method.query.get(field_name) if field_name else None
        if (
            state_filter is not None
            and method.http_method == "GET"
            and state_filter.annotation == "str"
        ):
            state_filter.annotation = _literal(states)  # the states the runtime checks it against
    for method in resource.methods:
        if method.name in seen:
            raise SpecError(
                f"resources.yaml: {resource.tag}: {method.operation_id} and {seen[method.name]} "
                f"would both be `{method.name}`; name one under methods"
            )
        seen[method.name] = method.operation_id
        for argument in (*method.query.values(), *method.body.values()):
            if argument.python in method.path_params:
                argument.python += "_"
        _paging(method)
        method.deletes = method.http_method == "DELETE" and method.name == "delete"
        if method.http_method == "GET" and method.name == "get":
            resource.get = method
            for version, schema in method.answers.items():
                if schema:
                    resource.model_schemas.setdefault(version, set()).add(schema)
    for method in resource.methods:
        if method.http_method == "GET" and method.name.startswith("list"):
            for version, schema in method.answers.items():
                items = _items_schema(documents[version], schema) if schema else None
                if items and (resource.get is None or method.name == "list"):
                    resource.model_schemas.setdefault(version, set()).add(items)
    for method in resource.methods:
        _result(resource, method, documents)


def _paging(method: Method) -> None:
    for style, (size, position) in PAGING.items():
        if method.http_method == "GET" and size in method.query and position in method.query:
            method.paging = style
            return


def _items_schema(document: Mapping[str, Any], schema: str) -> str | None:
    """The schema of the items of a list answer ({servers: [ServerShowResponse]})."""
    body = document["components"]["schemas"].get(schema) or {}
    for prop in (body.get("properties") or {}).values():
        prop = _resolve(document, prop)
        items = prop.get("items") if isinstance(prop, dict) else None
        ref = items.get("$ref") if isinstance(items, dict) else None
        if (
            prop.get("type") == "array"
            or (isinstance(prop.get("type"), list) and "array" in prop["type"])
        ) and ref:
            return str(ref.rsplit("/", 1)[-1])
    return None


def _items_key(document: Mapping[str, Any], schema: str) -> str | None:
    body = document["components"]["schemas"].get(schema) or {}
    for name, prop in (body.get("properties") or {}).items():
        prop = _resolve(document, prop)
        kinds = prop.get("type")
        if kinds == "array" or (isinstance(kinds, list) and "array" in kinds):
            return str(name)
    return None


def _result(resource: Resource, method: Method, documents: Mapping[str, Any]) -> None:
    answers = {v: s for v, s in method.answers.items() if s}
    if method.returns:
        newest = max(answers, key=lambda v: tuple(int(n) for n in v.split(".")))
        document = documents[newest]
        leaf = path_type(
            document, {"$ref": f"#/components/schemas/{answers[newest]}"}, method.returns
        )
        method.result_kind, method.result = "path", f"builtins.list[{leaf}]"
        return
    if not answers:
        method.result_kind, method.result = "none", "None"
        return
    if all(schema in resource.model_schemas.get(v, ()) for v, schema in answers.items()):
        method.result_kind, method.result = "model", resource.model
        return
    items = {v: _items_schema(documents[v], s) for v, s in answers.items()}
    if method.http_method == "GET" and all(
        schema and schema in resource.model_schemas.get(v, ()) for v, schema in items.items()
    ):
        keys = {_items_key(documents[v], s) for v, s in answers.items()}
        if len(keys) == 1:
            method.items = keys.pop()
            method.result_kind, method.result = "list", resource.model
            return
    name = _answer_model_name(answers)
    for version, schema in answers.items():
        resource.answer_models.setdefault(name, {}).setdefault(version, set()).add(schema)
    method.result_kind, method.result = "model", name


def _answer_model_name(answers: Mapping[str, str]) -> str:
    """The model of an answer no resource model covers: its newest schema's name, without the
    version Samsung's documents put in renamed schemas (`...V1Dot2`)."""
    newest = max(answers, key=lambda v: tuple(int(n) for n in v.split(".")))
    return re.sub(r"V\d+Dot\d+$", "", answers[newest])


# -- models ----------------------------------------------------------------------------------


@dataclass
class Model:
    name: str
    description: str
    fields: list[ModelField]
    id_field: str | None
    derived: dict[str, tuple[str, str]]  # property -> (path, type of its values)
    states: list[str]
    state_field: str | None

    @property
    def state_alias(self) -> bool:
        """A lifecycle kept in another field (`status`) is also `state`, as on every model."""
        return (
            bool(self.state_field)
            and self.state_field != "state"
            and not any(f.name == "state" for f in self.fields)
        )

    @property
    def article(self) -> str:
        return ("an " if self.name[:1] in "AEIOU" else "a ") + self.name

    @property
    def docstring(self) -> str:
        lines = [
            f"{self.article[:1].upper()}{self.article[1:]}, as the service answers it.",
            "",
            *_wrap(self.description),
            *([""] if self.description else []),
            *_wrap(
                "It has the fields of every API version: a field the version in use does not "
                "have, or whose value does not fit the schema, is None. `raw` is the answer as "
                "sent, unknown fields included; `deviations` where it differed from the schema."
            ),
        ]
        return _quote(lines)


def _model(resource: Resource, documents: Mapping[str, Mapping[str, Any]]) -> Model:
    fields: dict[str, ModelField] = {}
    required_everywhere: set[str] | None = None
    for version, schema_names in sorted(resource.model_schemas.items()):
        for schema_name in sorted(schema_names):
            document = documents[version]
            schema = document["components"]["schemas"][schema_name]
            required = set(schema.get("required") or [])
            required_everywhere = (
                required if required_everywhere is None else required_everywhere & required
            )
            for name, prop in (schema.get("properties") or {}).items():
                annotation_, converter = _field_type(document, prop)
                current = fields.get(name)
                if current is not None and current.annotation != annotation_:
                    base, other = _strip_none(current.annotation), _strip_none(annotation_)
                    if base != other:
                        annotation_, converter = "Any", "_any"
                    else:
                        annotation_ = base + " | None"
                fields[name] = ModelField(
                    name,
                    annotation_,
                    converter,
                    " ".join(str(_resolve(document, prop).get("description") or "").split()),
                )
    optional_everywhere = set(fields) - (required_everywhere or set())
    for name in optional_everywhere:
        if not fields[name].annotation.endswith("| None") and fields[name].annotation != "Any":
            fields[name].annotation += " | None"
    for name in fields:
        if keyword.iskeyword(name) or name in {"raw", "known_state"}:
            raise SpecError(f"the model {resource.model} would have a field named {name!r}")
    lifecycle = resource.lifecycle or {}
    states = [
        *lifecycle.get("stable", []),
        *lifecycle.get("transitional", []),
        *lifecycle.get("failed", []),
    ]
    return Model(
        name=resource.model,
        description=resource.description,
        fields=sorted(fields.values(), key=lambda f: f.name),
        id_field="id" if "id" in fields else ("name" if "name" in fields else None),
        derived={
            name: (
                path,
                path_type(documents[newest], {"$ref": f"#/components/schemas/{schema}"}, path),
            )
            for name, path in resource.derived.items()
            for newest, schemas in [max(resource.model_schemas.items())]
            for schema in [sorted(schemas)[0]]
        },
        states=states,
        state_field=lifecycle.get("field"),
    )


def _answer_models(
    resources: Iterable[Resource], documents: Mapping[str, Mapping[str, Any]], taken: set[str]
) -> list[Model]:
    """A model for each answer that no resource's model covers (a new keypair with its private
    key, an attachment): no method returns untyped JSON."""
    merged: dict[str, dict[str, set[str]]] = {}
    for resource in resources:
        for name, schemas in resource.answer_models.items():
            for version, names in schemas.items():
                merged.setdefault(name, {}).setdefault(version, set()).update(names)
    made = []
    for name, schemas in sorted(merged.items()):
        if name in taken:
            raise SpecError(f"the answer model {name} has the name of a resource's model")
        newest = max(schemas, key=lambda v: tuple(int(n) for n in v.split(".")))
        schema = documents[newest]["components"]["schemas"][sorted(schemas[newest])[0]]
        stand_in = Resource(
            tag=name,
            attribute="",
            class_name=name,
            model=name,
            parent=None,
            description=" ".join(str(schema.get("description") or "").split()),
            model_schemas=schemas,
        )
        made.append(_model(stand_in, documents))
    return made


def path_type(document: Mapping[str, Any], schema: Any, path: str) -> str:
    """The Python type of the values at `path` ("servers[].id") in answers of `schema`."""
    node = _resolve(document, schema)
    for name, each in re.findall(r"(\w+)(\[\])?", path):
        node = _resolve(document, ((node or {}).get("properties") or {}).get(name) or {})
        for key in ("anyOf", "oneOf"):
            options = [o for o in node.get(key) or [] if o.get("type") != "null"]
            if len(options) == 1:
                node = _resolve(document, options[0])
        if each:
            node = _resolve(document, node.get("items") or {})
    annotation_ = annotation(document, node)
    return "Any" if "Mapping" in annotation_ or "Sequence" in annotation_ else annotation_


def _strip_none(annotation_: str) -> str:
    return annotation_.removesuffix(" | None")


def _field_type(document: Mapping[str, Any], schema: Any) -> tuple[str, str]:
    resolved = _resolve(document, schema) if isinstance(schema, dict) else {}
    nullable = False
    for key in ("anyOf", "oneOf"):
        parts = resolved.get(key) or []
        others = [p for p in parts if not (isinstance(p, dict) and p.get("type") == "null")]
        if parts:
            nullable = len(others) < len(parts)
            if len(others) == 1:
                inner, converter = _field_type(document, others[0])
                return (
                    inner + " | None" if nullable and not inner.endswith("None") else inner
                ), converter
            return "Any", "_any"
    kinds = resolved.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    nullable = nullable or "null" in kinds
    kinds = [k for k in kinds if k and k != "null"]
    kind = kinds[0] if len(kinds) == 1 else None
    simple = {
        "string": ("str", "_text"),
        "integer": ("int", "_integer"),
        "number": ("float", "_number"),
        "boolean": ("bool", "_boolean"),
        "array": ("list[Any]", "_array"),
        "object": ("dict[str, Any]", "_object"),
    }
    if kind == "string" and resolved.get("format") == "date-time":
        annotation_, converter = "datetime.datetime", "_datetime"
    elif kind in simple:
        annotation_, converter = simple[kind]
    elif "properties" in resolved:
        annotation_, converter = simple["object"]
    else:
        return "Any", "_any"
    return (annotation_ + " | None" if nullable else annotation_), converter


# -- presentation ----------------------------------------------------------------------------


def _family(resource: Resource) -> list[Resource]:
    return [resource, *(r for child in resource.children for r in _family(child))]


def _present(resource: Resource) -> None:
    resource.summary = _sentence(resource.description or f"The {resource.attribute} resource.")
    resource.docstring = _quote(
        [f"`{_path(resource)}`: {resource.summary}", "", *_wrap(_resource_note(resource))]
    )
    if resource.lifecycle:
        lifecycle = dict(resource.lifecycle)
        lifecycle["states"] = [
            *lifecycle.get("stable", []),
            *lifecycle.get("transitional", []),
            *lifecycle.get("failed", []),
        ]
        resource.lifecycle = lifecycle
        resource.lifecycle_constant = f"_{snake_case(resource.tag).upper()}_LIFECYCLE"
    for method in resource.methods:
        _present_method(method)


def _path(resource: Resource) -> str:
    return f"client.{resource.attribute}" if resource.parent is None else resource.attribute


def _resource_note(resource: Resource) -> str:
    note = "Every argument is checked against the API version in use before any request."
    if resource.lifecycle:
        states = resource.lifecycle
        note += (
            f" Its `{states['field']}` moves through {', '.join(states.get('transitional', []))}"
            f" to {', '.join(states.get('stable', []))}; {', '.join(states.get('failed', []))}"
            " means it failed."
        )
    return note


def _present_method(method: Method) -> None:
    method.constant = "_" + snake_case(method.operation_id).upper()
    paging_params: tuple[str, ...] = PAGING[method.paging] if method.paging else ()
    if method.result_kind == "list" and method.paging:
        method.start = PAGING[method.paging][1]
        method.start_annotation = "str" if method.paging == "marker" else "int"
    keywords: list[Argument] = []
    every = set(method.versions)
    for argument in method.query.values():
        method.query_map[argument.python] = argument.name
        if argument.name in paging_params and method.result_kind == "list":
            continue  # page_size and the start of the list take their place
        argument.required = argument.required_in == every
        keywords.append(argument)
    body_names = {a.python for a in method.body.values()}
    if body_names & set(method.query_map):
        raise SpecError(f"{method.operation_id}: a parameter and a body field share a name")
    for argument in method.body.values():
        argument.required = argument.required_in == every
        method.body_map[argument.python] = argument.name
        if argument.name not in method.positional:
            keywords.append(argument)
    by_name = {a.name: a for a in method.body.values()}
    for alias, target in list(method.aliases.items()):
        if target not in by_name:
            raise SpecError(f"resources.yaml: {method.operation_id}: alias of unknown {target!r}")
        keywords.append(Argument(alias, alias, by_name[target].annotation, f"Same as {target}."))
        method.aliases[alias] = by_name[target].python
    for flag, (target, if_true, if_false) in list(method.flags.items()):
        if target not in by_name:
            raise SpecError(f"resources.yaml: {method.operation_id}: flag of unknown {target!r}")
        keywords.append(
            Argument(flag, flag, "bool", f"{target}={if_true!r} if true, {if_false!r} if false.")
        )
        method.flags[flag] = [by_name[target].python, if_true, if_false]
    for name in method.positional:
        if name not in by_name:
            raise SpecError(f"resources.yaml: {method.operation_id}: positional {name!r} unknown")
    for listed in method.shorthand:
        if listed not in by_name:
            raise SpecError(f"resources.yaml: {method.operation_id}: shorthand of {listed!r}?")
        by_name[listed].annotation = by_name[listed].annotation.replace(
            "JsonObject]", "JsonObject | str]", 1
        )
    method.keywords = keywords
    method.call_arguments = [
        *((name, by_name[name].python) for name in method.positional),
        *((a.name, a.python) for a in keywords),
    ]
    if method.result_kind in ("model", "list"):
        method.annotation = f"models.{method.result}"
    else:
        method.annotation = method.result
    method.docstring = _method_docstring(method, [by_name[n] for n in method.positional])


def _method_docstring(method: Method, positional: list[Argument]) -> str:
    lines = [_sentence(method.summary)]
    if method.description and method.description.rstrip(".") != method.summary.rstrip("."):
        lines += ["", *_wrap(method.description)]
    lines += ["", f"`{method.http_method} {method.path}` ({method.operation_id})."]
    if len(method.versions) < 4:
        lines.append(f"In API versions {', '.join(method.versions)} only.")
    arguments = [*positional, *method.keywords]
    if arguments:
        lines += ["", "Arguments:"]
        for argument in arguments:
            text = argument.description or argument.name
            if argument.versions and argument.versions != set(method.versions):
                text += f" (API versions {', '.join(sorted(argument.versions))})"
            lines += _wrap(f"{argument.python}: {text}", indent="        ", first="    ")
    return _quote(lines)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def _wrap(text: str, indent: str = "", first: str = "") -> list[str]:
    import textwrap

    if not text:
        return []
    safe = text.replace("\\", "\\\\").replace('"""', "'''")
    return textwrap.wrap(
        safe, WIDTH, initial_indent=first, subsequent_indent=indent, break_on_hyphens=False
    )


def _quote(lines: list[str]) -> str:
    """A docstring: the first line beside the opening quotes, the closing ones on their own."""
    if len(lines) == 1:
        return '"""' + lines[0] + '"""'
    return '"""' + "\n".join(lines) + '\n"""'


def _pyrepr(value: Any) -> str:
    if isinstance(value, dict):
        items = ", ".join(f"{_pyrepr(k)}: {_pyrepr(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, set | frozenset):
        return _pyrepr(tuple(sorted(value)))
    return repr(value)


def _enum_name(value: str) -> str:
    name = re.sub(r"\W", "_", value).upper()
    return name if not name[:1].isdigit() else "_" + name
