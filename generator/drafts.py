"""The patch a Samsung document of a new version implies, written as a draft for review.

Given Samsung's document of a version the specs do not have yet, and our newest version's
built document, this writes `spec/virtualserver/versions/X.Y/`: a version.yaml (PLANNED, no
date, each operation Samsung no longer documents under removed-operations) and merge patches,
one file per resource, in our structure (OpenAPI 3.1 nullability, renamed `...V1DotN` schemas
derived from the schema they extend, parameters merged by name). Facts only: names, types,
formats, enums, required fields, constraints, status codes; no description, summary or
example of Samsung's is copied. What our specs declare on purpose (the error bodies, the
signature scheme) is left as it is. A reviewer then checks each fact, writes the descriptions
and sources in our words, and sets the status and Not Before date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import bundle, yamlio
from .lint import METHODS, SpecError

PROSE = {"description", "summary", "example", "examples", "title", "externalDocs"}
SCHEMA_FACTS = {
    "type",
    "format",
    "enum",
    "required",
    "properties",
    "items",
    "$ref",
    "anyOf",
    "oneOf",
    "allOf",
    "additionalProperties",
    "default",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "uniqueItems",
}
SOURCES = "Samsung's {version} document (draft written by the generator: review every fact)."
HEADER = """\
# DRAFT, written by `python -m generator.conformance --draft` from Samsung's {version} document:
# what it changes against our {base}, facts only. Review each fact against Samsung's API
# reference, write descriptions and x-scp-sources in our words, then remove this note.
"""
_RENAMED = re.compile(r"^(?P<base>\w+?)V\d+Dot\d+$")


# -- facts in our conventions -----------------------------------------------------------------


def schema_facts(schema: Any) -> Any:
    """A schema without prose, in OpenAPI 3.1 form (nullable as a type or an anyOf with null)."""
    if not isinstance(schema, Mapping):
        return schema
    facts = {k: v for k, v in schema.items() if k in SCHEMA_FACTS}
    nullable = schema.get("nullable") is True
    parts = facts.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], Mapping):
        del facts["allOf"]
        inner = schema_facts(parts[0])
        if nullable:
            return {"anyOf": [inner, {"type": "null"}], **facts}
        return {**facts, **inner} if "$ref" not in inner else inner
    if nullable:
        if "$ref" in facts:
            return {"anyOf": [{"$ref": facts.pop("$ref")}, {"type": "null"}], **facts}
        kinds = facts.get("type")
        kinds = list(kinds) if isinstance(kinds, list) else [kinds] if kinds else []
        if "null" not in kinds:
            facts["type"] = [*kinds, "null"]
    for key in ("properties",):
        if isinstance(facts.get(key), Mapping):
            facts[key] = {name: schema_facts(value) for name, value in facts[key].items()}
    for key in ("items", "additionalProperties"):
        if isinstance(facts.get(key), Mapping):
            facts[key] = schema_facts(facts[key])
    for key in ("anyOf", "oneOf", "allOf"):
        if isinstance(facts.get(key), list):
            facts[key] = [schema_facts(part) for part in facts[key]]
    if isinstance(facts.get("required"), list):
        facts["required"] = sorted(facts["required"])
    return facts


def _parameter_facts(parameter: Mapping[str, Any]) -> dict[str, Any]:
    found = {k: parameter[k] for k in ("name", "in", "required") if k in parameter}
    if "schema" in parameter:
        found["schema"] = schema_facts(parameter["schema"])
    return found


def _content_facts(part: Any) -> dict[str, Any]:
    content = part.get("content") if isinstance(part, Mapping) else None
    return {
        media: {"schema": schema_facts(body.get("schema"))}
        for media, body in (content or {}).items()
        if isinstance(body, Mapping)
    }


def diff(ours: Any, theirs: Any) -> Any:
    """The merge patch (RFC 7396) that turns `ours` into `theirs`; {} when they are equal."""
    if isinstance(ours, Mapping) and isinstance(theirs, Mapping):
        patch: dict[str, Any] = {}
        for key, value in theirs.items():
            if key not in ours:
                patch[key] = value
            elif ours[key] != value:
                patch[key] = diff(ours[key], value)
        for key in ours:
            if key not in theirs:
                patch[key] = None
        return patch
    return theirs


# -- the draft --------------------------------------------------------------------------------


class _Resolver:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.components = document.get("components") or {}

    def __call__(self, node: Any) -> Any:
        for _ in range(20):
            if not (isinstance(node, Mapping) and "$ref" in node):
                break
            kind, name = str(node["$ref"]).split("/")[-2:]
            node = (self.components.get(kind) or {}).get(name, {})
        return node


def _operations(document: Mapping[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(path, method) -> the operation, its path's shared parameters put before its own."""
    paths = document.get("paths") or {}
    found = {}
    for url, method, op in bundle.operations(document):
        shared = (paths.get(url) or {}).get("parameters") or []
        found[(url, method)] = {**op, "parameters": [*shared, *(op.get("parameters") or [])]}
    return found


def _tag_for(url: str, ours: Mapping[tuple[str, str], Mapping[str, Any]]) -> str:
    """Our tag for a path: that of our operation whose path shares the most segments."""
    parts = url.strip("/").split("/")

    def shared(other: str) -> int:
        count = 0
        for a, b in zip(parts, other.strip("/").split("/"), strict=False):
            if a != b:
                break
            count += 1
        return count

    best = max(ours, key=lambda key: (shared(key[0]), -len(key[0])), default=None)
    tags = (ours[best].get("tags") or ["default"]) if best else ["default"]
    return str(tags[0])


def _error_answers(document: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Status -> the shared response our operations use most for it ({"$ref": ...})."""
    counts: dict[str, dict[str, int]] = {}
    for _, _, op in bundle.operations(document):
        for status, answer in (op.get("responses") or {}).items():
            if isinstance(answer, Mapping) and "$ref" in answer:
                seen = counts.setdefault(str(status), {})
                seen[answer["$ref"]] = seen.get(answer["$ref"], 0) + 1
    return {
        status: {"$ref": max(refs, key=lambda ref: (refs[ref], ref))}
        for status, refs in counts.items()
    }


def _operation_patch(
    ours: Mapping[str, Any] | None,
    theirs: Mapping[str, Any],
    our_doc: _Resolver,
    their_doc: _Resolver,
    tag: str,
    version: str,
    errors: Mapping[str, dict[str, str]],
) -> dict[str, Any]:
    """What changes in one operation (or the whole operation, if it is new)."""
    patch: dict[str, Any] = {}
    if ours is None:
        patch = {"operationId": theirs.get("operationId"), "tags": [tag]}
    theirs_params = {
        p["name"]: _parameter_facts(p)
        for p in map(their_doc, theirs.get("parameters") or [])
        if isinstance(p, Mapping) and p.get("in") != "header" and "name" in p
    }
    ours_params = {
        p["name"]: _parameter_facts(p)
        for p in map(our_doc, (ours or {}).get("parameters") or [])
        if isinstance(p, Mapping) and "name" in p
    }
    params = {
        name: value if name not in ours_params else diff(ours_params[name], value)
        for name, value in theirs_params.items()
        if ours_params.get(name) != value
    }
    params.update({name: None for name in ours_params if name not in theirs_params})
    if params and ours is None:
        patch["parameters"] = list(theirs_params.values())
    elif params:
        patch["parameters"] = params
    body_theirs = their_doc(theirs.get("requestBody"))
    body_ours = our_doc((ours or {}).get("requestBody"))
    if body_theirs:
        facts = {
            "required": bool(body_theirs.get("required")),
            "content": _content_facts(body_theirs),
        }
        before = (
            {"required": bool(body_ours.get("required")), "content": _content_facts(body_ours)}
            if body_ours
            else None
        )
        if before != facts:
            patch["requestBody"] = facts if before is None else diff(before, facts)
    elif body_ours:
        patch["requestBody"] = None
    responses: dict[str, Any] = {}
    theirs_responses = {str(k): v for k, v in (theirs.get("responses") or {}).items()}
    ours_responses = {str(k): v for k, v in ((ours or {}).get("responses") or {}).items()}
    for status, answer in theirs_responses.items():
        error = status.startswith(("4", "5"))
        if status not in ours_responses:
            if error:  # our declared error body, as our other operations have it
                responses[status] = dict(errors.get(status) or {"description": f"Status {status}."})
            else:
                content = {} if error else _content_facts(their_doc(answer))
                responses[status] = {"description": f"Status {status}."} | (
                    {"content": content} if content else {}
                )
        elif not error:
            before = _content_facts(our_doc(ours_responses[status]))
            after = _content_facts(their_doc(answer))
            if before != after:
                responses[status] = {"content": diff(before, after) if before else after}
    responses.update({status: None for status in ours_responses if status not in theirs_responses})
    if responses:
        patch["responses"] = responses
    if patch:
        patch["x-scp-sources"] = SOURCES.format(version=version)
    return patch


def _refs(value: Any) -> Iterator[str]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key == "$ref" and isinstance(item, str) and "/schemas/" in item:
                yield item.rsplit("/", 1)[-1]
            else:
                yield from _refs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _refs(item)


def _reachable(start: Sequence[str], schemas: Mapping[str, Any]) -> set[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


def patches(
    version: str, ours: Mapping[str, Any], theirs: Mapping[str, Any]
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """File name -> merge patch, and the removed operations with their (draft) reasons."""
    our_doc, their_doc = _Resolver(ours), _Resolver(theirs)
    ours_ops, theirs_ops = _operations(ours), _operations(theirs)
    files: dict[str, dict[str, Any]] = {}
    removed: dict[str, str] = {}
    owner: dict[str, str] = {}  # schema -> the file that first uses it
    errors = _error_answers(ours)

    def put(file: str, url: str, method: str, value: Any) -> None:
        files.setdefault(file, {}).setdefault("paths", {}).setdefault(url, {})[method] = value

    for key in sorted(set(ours_ops) | set(theirs_ops)):
        url, method = key
        mine, samsung = ours_ops.get(key), theirs_ops.get(key)
        tag = str((mine or {}).get("tags", [None])[0] or _tag_for(url, ours_ops))
        file = f"{tag}.yaml"
        if samsung is None:
            assert mine is not None
            put(file, url, method, None)
            removed[str(mine.get("operationId"))] = (
                f"Samsung's {version} document no longer has it (draft: confirm, with evidence)."
            )
            continue
        patch = _operation_patch(mine, samsung, our_doc, their_doc, tag, version, errors)
        if patch:
            put(file, url, method, patch)
        for name in _refs(samsung):
            owner.setdefault(name, file)
    for url in list({url for url, _ in ours_ops} - {url for url, _ in theirs_ops}):
        methods = [m for m in METHODS if (url, m) in ours_ops]
        file = f"{(ours_ops[(url, methods[0])].get('tags') or ['default'])[0]}.yaml"
        files[file]["paths"][url] = None  # the whole path is gone
    ours_schemas = (ours.get("components") or {}).get("schemas") or {}
    theirs_schemas = (theirs.get("components") or {}).get("schemas") or {}
    kept = _reachable(
        list(_refs((ours.get("components") or {}).get("responses") or {})), ours_schemas
    )  # our declared error bodies stay whatever Samsung's document says
    for name in sorted(theirs_schemas):
        after = schema_facts(theirs_schemas[name])
        if name in ours_schemas:
            change = diff(schema_facts(ours_schemas[name]), after)
        else:
            base = _RENAMED.match(name)
            if base and base["base"] in ours_schemas:
                change = {"x-derived-from": base["base"]} | diff(
                    schema_facts(ours_schemas[base["base"]]), after
                )
            else:
                change = after
        if change:
            files.setdefault(owner.get(name, "schemas.yaml"), {}).setdefault(
                "components", {}
            ).setdefault("schemas", {})[name] = change
    for _, op in sorted(ours_ops.items()):
        for name in _refs(op):
            owner.setdefault(name, f"{(op.get('tags') or ['default'])[0]}.yaml")
    for name in sorted(set(ours_schemas) - set(theirs_schemas) - kept):
        files.setdefault(owner.get(name, "schemas.yaml"), {}).setdefault(
            "components", {}
        ).setdefault("schemas", {})[name] = None
    return files, removed


def write(
    spec_dir: Path,
    version: str,
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
) -> list[Path]:
    """Writes the draft under versions/X.Y/ (refusing to overwrite); returns the files."""
    directory = spec_dir / bundle.VERSIONS / version
    if directory.exists():
        raise SpecError(f"{directory}: exists; move it away to write a new draft")
    base = str((ours.get("info") or {}).get("version", "newest"))
    files, removed = patches(version, ours, theirs)
    directory.mkdir(parents=True)
    header = HEADER.format(version=version, base=base)
    meta: dict[str, Any] = {"status": "PLANNED", "not-before": None}
    if removed:
        meta["removed-operations"] = removed
    written = [directory / bundle.VERSION_FILE]
    note = "# Status and Not Before date: set them from Samsung's API reference.\n"
    yamlio.write(written[0], header + note + yamlio.dumps(meta), meta)
    for name, patch in sorted(files.items()):
        path = directory / name
        yamlio.write(path, header + yamlio.dumps(patch), patch)
        written.append(path)
    return written
