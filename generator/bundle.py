"""Builds each version's complete document from the factored sources in spec/virtualserver/.

`base/*.yaml` together are version 1.0's document; each `versions/X.Y/` holds what X.Y changes
against the version before it, as merge patches (see spec/virtualserver/README.md). Every
problem is a SpecError naming the source file and the place in it.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import yamlio
from .lint import METHODS, SERVICE, SpecError

BASE = "base"
VERSIONS = "versions"
VERSION_FILE = "version.yaml"
DERIVED = "x-derived-from"
DERIVED_NOTE = "x-scp-derived-from"  # kept in built documents, for reviewers and the changelog
STATUS_HINT = "CURRENT, SUPPORTED, DEPRECATED or PLANNED, as Samsung's API reference gives it"
DATE_HINT = 'its Not Before date as a quoted "YYYY-MM-DD", or null for a version with none'
_VERSION_NAME = re.compile(r"^[0-9]+\.[0-9]+$")
# The order of a document's top-level keys in the built file, for reviewers.
TOP_LEVEL = ("openapi", "info", "servers", "security", "tags", "paths", "components")


@dataclass(frozen=True)
class Built:
    """One version's complete document and what its version.yaml says of it."""

    version: str
    document: dict[str, Any]
    removed: dict[str, str]  # operationId -> the reason it is gone in this version


def version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split("."))


def is_version_name(name: str) -> bool:
    """'1.2' is; 'deviations' or 'README' is not."""
    return _VERSION_NAME.match(name) is not None


def version_names(spec_dir: Path) -> list[str]:
    """The versions the sources define, oldest first."""
    return [directory.name for directory in version_dirs(spec_dir)]


def read_yaml(path: Path) -> Any:
    try:
        return yamlio.load(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SpecError(f"{path}: cannot be read as YAML: {exc}") from exc


def read_mapping(path: Path) -> dict[str, Any]:
    loaded = read_yaml(path)
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise SpecError(f"{path}: must be a mapping at the top, not {type(loaded).__name__}")
    return loaded


# -- the base: one document from many files ------------------------------------------------------


def merge_base(files: list[Path]) -> tuple[dict[str, Any], dict[str, Path]]:
    """The files merged into one document, refusing anything defined twice.

    Returns the document and where each path and component came from ("paths./v1/x",
    "components.schemas.Name"), so that later errors can name the file.
    """
    document: dict[str, Any] = {}
    origin: dict[str, Path] = {}
    for path in files:
        part = read_mapping(path)
        for key, value in part.items():
            if key == "paths":
                _merge_paths(document.setdefault("paths", {}), value, path, origin)
            elif key == "components":
                _merge_components(document.setdefault("components", {}), value, path, origin)
            elif key == "tags":
                _merge_tags(document.setdefault("tags", []), value, path, origin)
            elif key in document:
                raise SpecError(f"{path}: {key} is also given in {origin[key]}")
            else:
                document[key] = value
                origin[key] = path
    return document, origin


def _merge_paths(paths: dict[str, Any], part: Any, source: Path, origin: dict[str, Path]) -> None:
    if not isinstance(part, dict):
        raise SpecError(f"{source}: paths must be a mapping")
    for url, item in part.items():
        if not isinstance(item, dict):
            raise SpecError(f"{source}: paths.{url} must be a mapping")
        target = paths.setdefault(url, {})
        for key, value in item.items():
            where = f"paths.{url}.{key}"
            if key in target:
                raise SpecError(f"{source}: {where} is defined twice (also in {origin[where]})")
            target[key] = value
            origin[where] = source
        origin.setdefault(f"paths.{url}", source)


def _merge_components(
    components: dict[str, Any], part: Any, source: Path, origin: dict[str, Path]
) -> None:
    if not isinstance(part, dict):
        raise SpecError(f"{source}: components must be a mapping")
    for kind, entries in part.items():
        if not isinstance(entries, dict):
            raise SpecError(f"{source}: components.{kind} must be a mapping")
        target = components.setdefault(kind, {})
        for name, value in entries.items():
            where = f"components.{kind}.{name}"
            if name in target:
                raise SpecError(f"{source}: {where} is defined twice (also in {origin[where]})")
            target[name] = value
            origin[where] = source


def _merge_tags(tags: list[Any], part: Any, source: Path, origin: dict[str, Path]) -> None:
    if not isinstance(part, list):
        raise SpecError(f"{source}: tags must be a list")
    for tag in part:
        name = tag.get("name") if isinstance(tag, dict) else None
        where = f"tags.{name}"
        if not isinstance(name, str):
            raise SpecError(f"{source}: every tag needs a name, not {tag!r}")
        if where in origin:
            raise SpecError(f"{source}: tag {name!r} is defined twice (also in {origin[where]})")
        tags.append(tag)
        origin[where] = source


# -- patches ---------------------------------------------------------------------------------


def combine_patches(files: list[Path]) -> tuple[dict[str, Any], dict[str, Path]]:
    """One version's patch files as one patch; two files may not set the same value."""
    combined: dict[str, Any] = {}
    origin: dict[str, Path] = {}
    for path in files:
        _combine(combined, read_mapping(path), path, origin, "")
    return combined, origin


def _combine(
    target: dict[str, Any], part: Mapping[str, Any], source: Path, origin: dict[str, Path], at: str
) -> None:
    for key, value in part.items():
        where = f"{at}.{key}" if at else str(key)
        if key not in target:
            target[key] = value
            origin[where] = source
        elif isinstance(target[key], dict) and isinstance(value, dict):
            _combine(target[key], value, source, origin, where)
        else:
            first = next((p for w, p in origin.items() if where.startswith(w)), None)
            raise SpecError(f"{source}: {where} is also set by {first}")


def apply_patch(target: Any, patch: Any, components: Mapping[str, Any], at: str = "") -> Any:
    """RFC 7396 merge patch, plus parameters merged by name (see the README)."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if DERIVED in patch and not isinstance(target, dict):
        # A new derived schema: its nulls are for its base (dropping a property), kept as they
        # are until `expand_derived` applies them.
        return copy.deepcopy(patch)
    if at.endswith("parameters") and isinstance(target, list):
        return _patch_parameters(target, patch, components, at)
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = apply_patch(result.get(key), value, components, f"{at}.{key}")
    return result


def _patch_parameters(
    parameters: list[Any], patch: Mapping[str, Any], components: Mapping[str, Any], at: str
) -> list[Any]:
    shared = components.get("parameters") or {}

    def name_of(parameter: Any) -> Any:
        if isinstance(parameter, dict) and "$ref" in parameter:
            parameter = shared.get(str(parameter["$ref"]).rsplit("/", 1)[-1], {})
        return parameter.get("name") if isinstance(parameter, dict) else None

    result = list(parameters)
    for name, value in patch.items():
        index = next((i for i, p in enumerate(result) if name_of(p) == name), None)
        if value is None:
            if index is None:
                raise SpecError(f"{at}: removes parameter {name!r}, which is not there")
            del result[index]
        elif index is None:
            result.append(copy.deepcopy(value))
        else:
            result[index] = apply_patch(result[index], value, components, f"{at}.{name}")
    return result


def expand_derived(document: dict[str, Any], previous: Mapping[str, Any], where: str) -> None:
    """Replaces every schema with `x-derived-from` by its base schema with the rest merged over.

    The base is looked up in this document first, then in `previous` (the schemas of the
    version before, so that a version may derive a schema from one it deletes).
    """
    schemas = (document.get("components") or {}).get("schemas") or {}
    done: set[str] = set()

    def expand(name: str, chain: tuple[str, ...]) -> dict[str, Any]:
        schema = schemas[name] if name in schemas else previous[name]
        if name in done or not isinstance(schema, dict) or DERIVED not in schema:
            return dict(schema)
        base = schema[DERIVED]
        if base in chain:
            raise SpecError(f"{where}: schemas derive from each other: {' -> '.join(chain)}")
        if base not in schemas and base not in previous:
            raise SpecError(
                f"{where}: components.schemas.{name} derives from {base!r}, which does not exist"
            )
        rest = {key: value for key, value in schema.items() if key != DERIVED}
        merged = apply_patch(expand(base, (*chain, base)), rest, document.get("components", {}))
        expanded = {DERIVED_NOTE: base, **{k: v for k, v in merged.items() if k != DERIVED_NOTE}}
        if name in schemas:
            schemas[name] = expanded
            done.add(name)
        return dict(expanded)

    for name in list(schemas):
        expand(name, (name,))


# -- checks ----------------------------------------------------------------------------------


def operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for url, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield url, method, operation


def refs(value: Any, at: str = "") -> Iterator[tuple[str, str]]:
    """Every (place, $ref) in a document."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "$ref" and isinstance(item, str):
                yield at, item
            else:
                yield from refs(item, f"{at}.{key}" if at else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from refs(item, f"{at}[{index}]")


def check_refs(document: Mapping[str, Any], blame: Mapping[str, Path], version: str) -> None:
    for at, ref in refs(document):
        if not ref.startswith("#/"):
            raise SpecError(f"{_blamed(at, blame)}{at}: $ref {ref!r} must point into the document")
        node: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            raise SpecError(
                f"{_blamed(at, blame)}{at}: $ref {ref!r} does not resolve (version {version})"
            )


def _blamed(at: str, blame: Mapping[str, Path]) -> str:
    """The source file of the longest known prefix of a place, as an error's prefix."""
    best = max((w for w in blame if at == w or at.startswith(w + ".")), key=len, default=None)
    return f"{blame[best]}: " if best is not None else ""


# -- versions --------------------------------------------------------------------------------


def version_dirs(spec_dir: Path) -> list[Path]:
    root = spec_dir / VERSIONS
    found = (
        sorted(
            (p for p in root.iterdir() if p.is_dir() and _VERSION_NAME.match(p.name)),
            key=lambda p: version_key(p.name),
        )
        if root.is_dir()
        else []
    )
    if not found:
        raise SpecError(f"{root}: no version folders (such as {root / '1.0'})")
    return found


def read_version(directory: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The version's `x-scp-api-version` block and its declared removals."""
    path = directory / VERSION_FILE
    if not path.is_file():
        raise SpecError(f"{path}: is missing; it gives the version's status and Not Before date")
    meta = read_mapping(path)
    for key, what in (("status", STATUS_HINT), ("not-before", DATE_HINT)):
        if key not in meta:
            raise SpecError(f"{path}: {key} is missing; add `{key}: ...`: {what}")
    raw_date = meta["not-before"]
    if isinstance(raw_date, datetime.date):
        raw_date = raw_date.isoformat()
    removed = meta.get("removed-operations") or {}
    if not isinstance(removed, dict) or not all(
        isinstance(reason, str) and reason.strip() for reason in removed.values()
    ):
        raise SpecError(f"{path}: removed-operations maps each operationId to its reason")
    unknown = set(meta) - {"status", "not-before", "removed-operations"}
    if unknown:
        raise SpecError(f"{path}: unknown keys {', '.join(sorted(unknown))}")
    block = {
        "service": SERVICE,
        "version": directory.name,
        "status": meta["status"],
        "not-before": raw_date,
    }
    return block, dict(removed)


def build(spec_dir: Path) -> list[Built]:
    """Every version's complete document, oldest first."""
    base_dir = spec_dir / BASE
    base_files = sorted(base_dir.glob("*.yaml"))
    if not base_files:
        raise SpecError(f"{base_dir}: no base sources")
    document, blame = merge_base(base_files)
    expand_derived(document, {}, str(base_dir))
    built: list[Built] = []
    for directory in version_dirs(spec_dir):
        meta, removed = read_version(directory)
        patch_files = sorted(p for p in directory.glob("*.yaml") if p.name != VERSION_FILE)
        patch, patch_origin = combine_patches(patch_files)
        previous_schemas = (document.get("components") or {}).get("schemas") or {}
        patched = apply_patch(document, patch, document.get("components") or {})
        expand_derived(patched, previous_schemas, str(directory))
        blame = {**blame, **patch_origin}
        _check_removals(document, patched, removed, directory)
        info = dict(patched.get("info") or {})
        info["version"] = directory.name
        info["x-scp-api-version"] = meta
        patched["info"] = info
        check_refs(patched, blame, directory.name)
        document = patched
        built.append(Built(directory.name, _ordered(patched), removed))
    return built


def _check_removals(
    before: Mapping[str, Any], after: Mapping[str, Any], declared: Mapping[str, str], where: Path
) -> None:
    ids_before = {op.get("operationId") for _, _, op in operations(before)}
    ids_after = {op.get("operationId") for _, _, op in operations(after)}
    gone = {str(name) for name in ids_before - ids_after}
    undeclared = gone - set(declared)
    if undeclared:
        raise SpecError(
            f"{where / VERSION_FILE}: operations disappear without a declared removal: "
            f"{', '.join(sorted(undeclared))}; list each under removed-operations with its reason"
        )
    stale = set(declared) - gone
    if stale:
        raise SpecError(
            f"{where / VERSION_FILE}: removed-operations names {', '.join(sorted(stale))}, "
            "which the version before does not have or this version still has"
        )


def _ordered(document: dict[str, Any]) -> dict[str, Any]:
    """The document with a stable, readable order: paths and components sorted by name."""
    result = {key: document[key] for key in TOP_LEVEL if key in document}
    result.update({key: value for key, value in document.items() if key not in result})
    if "paths" in result:
        result["paths"] = {
            url: _ordered_item(result["paths"][url]) for url in sorted(result["paths"])
        }
    if "components" in result:
        result["components"] = {
            kind: dict(sorted(entries.items())) if isinstance(entries, dict) else entries
            for kind, entries in sorted(result["components"].items())
        }
    if "tags" in result:
        result["tags"] = sorted(result["tags"], key=lambda tag: str(tag.get("name")))
    return result


def _ordered_item(item: dict[str, Any]) -> dict[str, Any]:
    keys = [k for k in item if k not in METHODS] + [m for m in METHODS if m in item]
    return {key: item[key] for key in keys}


# -- output ----------------------------------------------------------------------------------


def render(built: Built) -> str:
    header = (
        f"# Virtual Server API {built.version}: built from spec/virtualserver/base and\n"
        f"# versions/ (up to {built.version}) by `python -m generator`. Do not edit by hand.\n"
    )
    return header + yamlio.dumps(built.document)


def render_all(spec_dir: Path) -> dict[str, str]:
    """File name ("1.2.yaml") -> the built document's text, for every version."""
    return {f"{built.version}.yaml": render(built) for built in build(spec_dir)}
