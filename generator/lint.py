"""Checks a spec before the generator sees it.

openapi-python-client drops an operation it cannot handle and still exits 0, so every trap it
is known to fall into is refused here first, with the file and the problem named.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import snake_case
from openapi_spec_validator import validate

__all__ = ["SpecError", "VersionInfo", "lint", "load", "validate"]
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from . import yamlio

SERVICE = "virtualserver"
STATUSES = ("CURRENT", "SUPPORTED", "DEPRECATED", "PLANNED")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
VERSION_HEADER = "scp-api-version"
_VERSION = re.compile(r"^[0-9]+\.[0-9]+$")


class SpecError(Exception):
    """A spec the generator must not be run on; the message names the file and the problem."""


@dataclass(frozen=True)
class VersionInfo:
    """What a spec says of its own version: the row of the version table it stands for."""

    version: str
    status: str
    not_before: datetime.date | None


def load(path: Path) -> dict[str, Any]:
    """The spec as a mapping, or a SpecError naming the file."""
    try:
        document = yamlio.load(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SpecError(f"{path}: cannot be read as YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecError(f"{path}: is not an OpenAPI document (no mapping at the top)")
    return document


def lint(path: Path) -> VersionInfo:
    """Every check, in order; the first failure raises SpecError."""
    document = load(path)
    info = version_info(path, document)
    problems = list(_problems(document))
    if problems:
        raise SpecError(f"{path}: " + "; ".join(problems))
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        raise SpecError(f"{path}: not a valid OpenAPI document: {exc.message}") from exc
    return info


def version_info(path: Path, document: Mapping[str, Any]) -> VersionInfo:
    """The `x-scp-api-version` block of `info`, checked against the file name."""
    info = document.get("info")
    if not isinstance(info, dict):
        raise SpecError(f"{path}: info is missing")
    meta = info.get("x-scp-api-version")
    if not isinstance(meta, dict):
        raise SpecError(
            f"{path}: info.x-scp-api-version is missing; it must give service, version, status "
            "and not-before"
        )
    where = f"{path}: info.x-scp-api-version"
    if meta.get("service") != SERVICE:
        raise SpecError(f"{where}.service must be {SERVICE!r}, not {meta.get('service')!r}")
    version = meta.get("version")
    if not isinstance(version, str) or not _VERSION.match(version):
        raise SpecError(f"{where}.version must be a quoted 'X.Y' string, not {version!r}")
    if path.stem != version:
        raise SpecError(f"{where}.version is {version!r} but the file is named {path.name}")
    if info.get("version") != version:
        raise SpecError(f"{path}: info.version is {info.get('version')!r}, expected {version!r}")
    status = meta.get("status")
    if status not in STATUSES:
        raise SpecError(
            f"{where}.status {status!r} is unknown; it must be one of {', '.join(STATUSES)}"
        )
    if "not-before" not in meta:
        raise SpecError(f"{where}.not-before is missing (use null for a version with no date)")
    raw = meta["not-before"]
    not_before: datetime.date | None
    if raw is None:
        not_before = None
    elif isinstance(raw, str):
        try:
            not_before = datetime.date.fromisoformat(raw)
        except ValueError:
            raise SpecError(f"{where}.not-before {raw!r} is not an ISO date (YYYY-MM-DD)") from None
    else:
        raise SpecError(
            f"{where}.not-before must be a quoted 'YYYY-MM-DD' string or null, not {raw!r}"
        )
    if status == "DEPRECATED" and not_before is None:
        raise SpecError(f"{where}: a DEPRECATED version must have a not-before date")
    return VersionInfo(version, status, not_before)


def check_table(rows: list[VersionInfo]) -> None:
    """Checks that concern the versions together."""
    current = [row.version for row in rows if row.status == "CURRENT"]
    if len(current) > 1:
        raise SpecError(f"more than one CURRENT version: {', '.join(current)}")


def _problems(document: Mapping[str, Any]) -> Iterator[str]:
    yield from _colliding_operation_names(document)
    for where, parameter in _parameters(document):
        name = str(parameter.get("name", ""))
        if parameter.get("in") == "header" and name.lower() == VERSION_HEADER:
            yield (
                f"{where} declares the {name} header; leave it out, every generated operation "
                "sends its own version"
            )
        schema = parameter.get("schema")
        if isinstance(schema, dict) and "const" in schema:
            yield (
                f"{where} parameter {name!r} uses const, which makes the generator drop the "
                "operation; use an enum or a default"
            )


def operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the document."""
    paths = document.get("paths") or {}
    for path, item in paths.items():
        if isinstance(item, dict):
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield path, method, operation


def _colliding_operation_names(document: Mapping[str, Any]) -> Iterator[str]:
    seen: dict[str, str] = {}
    for path, method, operation in operations(document):
        where = f"{method.upper()} {path}"
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            yield f"{where} has no operationId"
            continue
        python_name = snake_case(operation_id)
        if python_name in seen:
            yield (
                f"operationId {operation_id!r} ({where}) and {seen[python_name]} both become "
                f"{python_name!r} in Python"
            )
        else:
            seen[python_name] = f"{operation_id!r} ({where})"


def _parameters(document: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    components = (document.get("components") or {}).get("parameters") or {}
    for name, parameter in components.items():
        if isinstance(parameter, dict):
            yield f"components.parameters.{name}", parameter
    for path, item in (document.get("paths") or {}).items():
        for parameter in shared_parameters(item):
            yield path, parameter
    for path, method, operation in operations(document):
        for parameter in operation.get("parameters") or []:
            if isinstance(parameter, dict):
                yield f"{method.upper()} {path}", parameter


def shared_parameters(item: Any) -> list[dict[str, Any]]:
    """The parameters a path item gives all its operations."""
    found = item.get("parameters") if isinstance(item, dict) else None
    return [parameter for parameter in found or [] if isinstance(parameter, dict)]
