"""Names what a version brings that the facade would type as a plain dict.

A method of the facade returns a model when its answer is the model of its resource (the
resource's `get`, or the items of its `list`); any other JSON answer comes back as
`dict[str, Any]`. That is sometimes right (a one-field answer), but a version that adds such an
answer silently should not: each one is either given a model (its own resource in the specs and
in resources.yaml) or declared, with its reason, under `answers-without-model` in that
version's version.yaml. Version 1.0 (base/) is the starting point and declares nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from . import bundle, facade
from .lint import SpecError

KEY = "answers-without-model"


def declared(spec_dir: Path, version: str) -> dict[str, str]:
    """operationId -> reason, from versions/X.Y/version.yaml."""
    path = spec_dir / bundle.VERSIONS / version / bundle.VERSION_FILE
    meta = bundle.read_mapping(path) if path.is_file() else {}
    entries = meta.get(KEY) or {}
    if not isinstance(entries, dict) or not all(
        isinstance(reason, str) and reason.strip() for reason in entries.values()
    ):
        raise SpecError(f"{path}: {KEY} maps each operationId to the reason it has no model")
    return {str(key): str(value) for key, value in entries.items()}


def new_plain_answers(
    documents: Mapping[str, Mapping[str, Any]], data: Mapping[str, Any]
) -> dict[str, list[tuple[str, str, str]]]:
    """version -> (operationId, answer schema, facade method) for each answer that version
    brings (a new operation, or an operation's new answer schema) that comes out untyped."""
    versions: Sequence[str] = sorted(documents, key=bundle.version_key)
    resources = facade.collect(documents, data)
    found: dict[str, list[tuple[str, str, str]]] = {}
    for resource in resources.values():
        for method in resource.methods:
            if method.result_kind != "json":
                continue
            for index, version in enumerate(versions[1:], start=1):
                schema = method.answers.get(version)
                if not schema or method.answers.get(versions[index - 1]) == schema:
                    continue
                place = f"client.{_path(resource, resources)}.{method.name}()"
                found.setdefault(version, []).append((method.operation_id, schema, place))
    return found


def _path(resource: Any, resources: Mapping[str, Any]) -> str:
    parts = [resource.attribute]
    while resource.parent:
        resource = resources[resource.parent]
        parts.insert(0, resource.attribute)
    return ".".join(parts)


def check(
    spec_dir: Path, documents: Mapping[str, Mapping[str, Any]], data: Mapping[str, Any]
) -> None:
    """SpecError naming each undeclared untyped answer (and each stale declaration)."""
    found = new_plain_answers(documents, data)
    problems = []
    for version in sorted(documents, key=bundle.version_key)[1:]:
        path = spec_dir / bundle.VERSIONS / version / bundle.VERSION_FILE
        listed = declared(spec_dir, version)
        plain = {operation: (schema, place) for operation, schema, place in found.get(version, [])}
        for operation, (schema, place) in sorted(plain.items()):
            if operation not in listed:
                problems.append(
                    f"{path}: {operation} answers {schema}, which no facade model reads, so "
                    f"{place} would return a plain dict; give it a model (a resource of its "
                    "own with a `get`, in the spec's tags and spec/virtualserver/resources.yaml) "
                    f"or declare it under `{KEY}:` in this file with the reason"
                )
        for operation in sorted(set(listed) - set(plain)):
            problems.append(
                f"{path}: {KEY} names {operation}, which this version does not bring as an "
                "untyped answer; remove it"
            )
    if problems:
        raise SpecError("\n".join(problems))
