"""Writes docs/versions.md: what each version changed against the one before, from the specs alone.

Prose (descriptions, summaries, examples, `x-` notes) is left out of the comparison: only what
changes the wire counts, so the page lists operations, parameters and schema fields.
`python -m generator.changelog` writes it; `python -m generator --check` checks it for drift.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import lint, python_terms
from .build import ROOT, SPEC_DIR, spec_paths
from .bundle import DERIVED_NOTE

DOC = ROOT / "docs" / "versions.md"
PROSE = {"description", "summary", "example", "examples", "title"}


def _wire(value: Any) -> Any:
    """The value without prose, for comparing what goes on the wire."""
    if isinstance(value, Mapping):
        return {
            key: _wire(item)
            for key, item in value.items()
            if key not in PROSE and not str(key).startswith("x-")
        }
    if isinstance(value, list):
        return [_wire(item) for item in value]
    return value


def _operations(document: Mapping[str, Any]) -> dict[str, Any]:
    found = {}
    paths = document.get("paths") or {}
    for path, method, operation in lint.operations(document):
        key = f"{method.upper()} {path} ({operation.get('operationId')})"
        parameters = lint.shared_parameters(paths.get(path)) + operation.get("parameters", [])
        found[key] = _wire({**operation, "parameters": parameters})
    return found


def _schemas(document: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    return {name: _wire(schema) for name, schema in schemas.items()}


def _changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    lines: list[str] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        lines.append(f"- operation added: `{key}`")
    for key in sorted(old_ops.keys() - new_ops.keys()):
        lines.append(f"- operation removed: `{key}`")
    for key in sorted(old_ops.keys() & new_ops.keys()):
        if old_ops[key] != new_ops[key]:
            what = "; ".join(_operation_changes(old_ops[key], new_ops[key]))
            lines.append(f"- operation changed: `{key}`: {what}")
    old_schemas, new_schemas = _schemas(old), _schemas(new)
    raw_new = (new.get("components") or {}).get("schemas") or {}
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        base = (raw_new.get(name) or {}).get(DERIVED_NOTE)
        before = new_schemas.get(base) or old_schemas.get(base) if base else None
        if before is None:
            lines.append(f"- schema added: `{name}`")
        else:
            fields = ", ".join(_field_changes(before, new_schemas[name])) or "the same fields"
            lines.append(f"- schema added: `{name}`, from `{base}`: {fields}")
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        lines.append(f"- schema removed: `{name}`")
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        before = old_schemas[name].get("properties", {})
        after = new_schemas[name].get("properties", {})
        for field in sorted(after.keys() - before.keys()):
            lines.append(f"- field added: `{name}.{field}` ({_type(after[field])})")
        for field in sorted(before.keys() - after.keys()):
            lines.append(f"- field removed: `{name}.{field}`")
        for field in sorted(before.keys() & after.keys()):
            if before[field] != after[field]:
                lines.append(f"- field changed: `{name}.{field}`")
        rest_before = {k: v for k, v in old_schemas[name].items() if k != "properties"}
        rest_after = {k: v for k, v in new_schemas[name].items() if k != "properties"}
        if rest_before != rest_after:
            lines.append(f"- schema changed: `{name}` ({_schema_change(rest_before, rest_after)})")
    return lines


def _operation_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """What differs between two versions of one operation, as short phrases."""
    found = []
    params_old = {f"{p.get('in')} {p.get('name')}": p for p in old.get("parameters", [])}
    params_new = {f"{p.get('in')} {p.get('name')}": p for p in new.get("parameters", [])}
    found += [f"{key} parameter added" for key in sorted(params_new.keys() - params_old.keys())]
    found += [f"{key} parameter removed" for key in sorted(params_old.keys() - params_new.keys())]
    found += [
        f"{key} parameter changed"
        for key in sorted(params_old.keys() & params_new.keys())
        if params_old[key] != params_new[key]
    ]
    body_old, body_new = _body(old.get("requestBody")), _body(new.get("requestBody"))
    if body_old != body_new:
        found.append(f"request body `{body_old}` -> `{body_new}`")
    responses_old, responses_new = old.get("responses") or {}, new.get("responses") or {}
    found += [f"status {code} added" for code in sorted(responses_new.keys() - responses_old)]
    found += [f"status {code} removed" for code in sorted(responses_old.keys() - responses_new)]
    for code in sorted(responses_old.keys() & responses_new.keys()):
        was, now = _body(responses_old[code]), _body(responses_new[code])
        if was != now:
            found.append(f"answer {code} `{was}` -> `{now}`")
    return found or ["other details"]


def _body(part: Any) -> str:
    """The schema a request body or response carries, by name where it has one."""
    if not isinstance(part, Mapping):
        return "none"
    if "$ref" in part:
        return str(part["$ref"]).rsplit("/", 1)[-1]
    content: Mapping[str, Any] = part.get("content") or {}
    media: Mapping[str, Any] = next(iter(content.values()), {})
    schema = media.get("schema")
    return _type(schema) if isinstance(schema, Mapping) else "none"


def _field_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    old, new = before.get("properties", {}), after.get("properties", {})
    found = [f"+ {field}" for field in sorted(new.keys() - old.keys())]
    found += [f"- {field}" for field in sorted(old.keys() - new.keys())]
    found += [f"~ {field}" for field in sorted(old.keys() & new.keys()) if old[field] != new[field]]
    was, now = set(before.get("required", [])), set(after.get("required", []))
    found += [f"{field} now required" for field in sorted(now - was)]
    found += [f"{field} no longer required" for field in sorted(was - now)]
    return found


def _schema_change(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    keys = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    if keys == ["required"]:
        was, now = set(before.get("required", [])), set(after.get("required", []))
        parts = [f"now required: {', '.join(sorted(now - was))}" if now - was else ""]
        parts.append(f"no longer required: {', '.join(sorted(was - now))}" if was - now else "")
        return "; ".join(p for p in parts if p)
    return ", ".join(keys) + " changed"


def _type(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type", "object")
    if kind == "array":
        return f"array of {_type(schema.get('items', {}))}"
    if isinstance(kind, list):
        return " or ".join(str(k) for k in kind)
    return str(schema.get("$ref", kind)).rsplit("/", 1)[-1]


def render(spec_dir: Path = SPEC_DIR) -> str:
    out = [
        "# Virtual Server API versions",
        "",
        "Generated from `spec/virtualserver/*.yaml` by `python -m generator.changelog`; do not",
        "edit by hand. Descriptions and examples are not compared, only what goes on the wire.",
        "",
        "| version | status | Not Before |",
        "|---|---|---|",
    ]
    documents = []
    for path in spec_paths(spec_dir):
        document = lint.load(path)
        info = lint.version_info(path, document)
        documents.append((info, document))
    for info, _ in reversed(documents):
        out.append(f"| {info.version} | {info.status} | {info.not_before or '-'} |")
    # In Python terms (the methods, arguments and model fields code meets), the wire beside.
    terms = python_terms.Terms(
        {info.version: document for info, document in documents}, spec_dir / "resources.yaml"
    )
    previous: tuple[lint.VersionInfo, Mapping[str, Any]] | None = None
    for info, document in documents:
        out.append("")
        out.append(f"## {info.version}")
        out.append("")
        if previous is None:
            ops = _operations(document)
            out.append(f"The first version: {len(ops)} operations.")
            out.append("")
            out.extend(terms.first(info.version))
        else:
            changes = _changes(previous[1], document)
            out.append(f"Against {previous[0].version}:" if changes else "No change on the wire.")
            out.extend(terms.changes(previous[0].version, info.version))
            if changes:
                out.extend(python_terms.folded("Every change on the wire", changes))
        previous = (info, document)
    return "\n".join(out) + "\n"


def main() -> int:
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
