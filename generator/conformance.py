"""`python -m generator.conformance`: our document of a version against Samsung's, fact by fact.

    python -m generator.conformance                          Samsung's 1.0 document, our 1.0
    python -m generator.conformance --samsung S.yaml --version 1.2
    python -m generator.conformance --samsung S.yaml --version 1.4 --draft
                                  (a version we do not have: compared with our newest, and
                                  the patch it implies written to versions/1.4/ for review)

Compared: operations (method, path, operationId), parameters (where, name, required, type,
enum, format, default, constraints), request bodies, the status codes of every operation, and
every body's schema down to each field (schema names, type, nullability, required, enum,
format, constraints). Prose, examples and `x-` extensions are not facts here.

Every difference must be declared in spec/virtualserver/deviations.yaml with its reason (an
entry holds for every version, or for those its `versions:` lists); an undeclared difference,
or a declared one that no longer occurs in a version it holds for, fails the check. Samsung's
1.0 document is read from beside the project (`../shared/reference/`) unless `--samsung` names
another; when it is absent the check says so and skips: it is reference data, never shipped.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import bundle, drafts, facts, yamlio
from .build import ROOT, SPEC_DIR
from .lint import SpecError

REFERENCE = Path(os.environ.get("SCP_REFERENCE_DIR") or ROOT.parent / "shared" / "reference")
"""Where Samsung's documents are: beside the project, or where SCP_REFERENCE_DIR says."""
SAMSUNG = REFERENCE / "official-virtualserver-1.0.openapi.yaml"
DEVIATIONS = SPEC_DIR / "deviations.yaml"
CONSTRAINTS = (
    "format",
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
    "additionalProperties",
)
METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Difference:
    place: str  # e.g. "GET /v1/servers responses.200.body" or "schema Tag.value"
    what: str

    def __str__(self) -> str:
        return f"{self.place}: {self.what}"


@dataclass(frozen=True)
class Deviation:
    at: str  # an fnmatch pattern over places
    reason: str
    versions: tuple[str, ...] = ()  # the versions it holds for; () = every version

    def holds_for(self, version: str) -> bool:
        return not self.versions or version in self.versions


@dataclass
class Report:
    differences: list[Difference]
    declared: dict[Deviation, list[Difference]] = field(default_factory=dict)
    undeclared: list[Difference] = field(default_factory=list)
    stale: list[Deviation] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.undeclared and not self.stale


class _Document:
    """A document with its components, resolving local `$ref`s."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.components = document.get("components") or {}

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            kind, name = _ref_parts(node["$ref"])
            node = (self.components.get(kind) or {}).get(name, {})
            seen += 1
        return node


def _ref_parts(ref: str) -> tuple[str, str]:
    parts = ref.split("/")
    return (parts[-2], parts[-1]) if len(parts) >= 2 else ("", ref)


def _operations(document: Mapping[str, Any]) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    found = {}
    for url, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if isinstance(item.get(method), dict):
                found[f"{method.upper()} {url}"] = (item, item[method])
    return found


# -- schemas ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    """A schema reduced to its facts."""

    ref: str | None
    types: frozenset[str]
    enum: tuple[str, ...] | None
    constraints: tuple[tuple[str, str], ...]
    properties: Mapping[str, Any]
    required: frozenset[str]
    items: Any
    alternatives: tuple[Any, ...]


def _shape(schema: Any) -> _Shape:
    if not isinstance(schema, dict):
        schema = {}
    nullable = schema.get("nullable") is True
    # One-item allOf (Samsung) and anyOf with null (ours) both wrap a reference.
    for key in ("allOf", "anyOf", "oneOf"):
        parts = schema.get(key)
        if isinstance(parts, list):
            others = [p for p in parts if not (isinstance(p, dict) and p.get("type") == "null")]
            if len(others) < len(parts):
                nullable = True
            if len(others) == 1 and (key == "allOf" or len(others) < len(parts)):
                inner = {k: v for k, v in schema.items() if k != key}
                inner.update(others[0])
                if nullable:
                    inner["nullable"] = True
                return _shape(inner)
    if any(
        isinstance(p, dict) and p.get("type") == "null"
        for key in ("anyOf", "oneOf")
        for p in schema.get(key) or ()
    ):
        nullable = True
    raw_type = schema.get("type")
    types = set(raw_type if isinstance(raw_type, list) else [raw_type] if raw_type else [])
    if not types and ("properties" in schema or "required" in schema):
        types.add("object")
    if nullable:
        types.add("null")
    ref = schema.get("$ref")
    enum = schema.get("enum")
    return _Shape(
        ref=_ref_parts(ref)[1] if isinstance(ref, str) else None,
        types=frozenset(types),
        enum=tuple(sorted(str(v) for v in enum if v is not None)) if enum is not None else None,
        constraints=tuple(
            (key, repr(schema[key])) for key in CONSTRAINTS if schema.get(key) is not None
        ),
        properties=schema.get("properties") or {},
        required=frozenset(schema.get("required") or ()),
        items=schema.get("items"),
        alternatives=tuple(
            p
            for key in ("anyOf", "oneOf")
            for p in schema.get(key) or ()
            if isinstance(p, dict) and p.get("type") != "null"
        ),
    )


class _Comparer:
    def __init__(self, ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        self.ours = _Document(ours)
        self.theirs = _Document(theirs)
        self.compared: set[tuple[str, str]] = set()
        self.differences: list[Difference] = []

    def differ(self, place: str, what: str) -> None:
        self.differences.append(Difference(place, what))

    def schema(self, place: str, ours: Any, theirs: Any) -> None:
        a, b = _shape(ours), _shape(theirs)
        if a.ref or b.ref:
            if a.ref != b.ref:
                self.differ(place, f"schema {a.ref or 'inline'}; Samsung's: {b.ref or 'inline'}")
            if ("null" in a.types) != ("null" in b.types):
                self.differ(place, f"nullable {'null' in a.types}; Samsung's: {'null' in b.types}")
            if a.ref and b.ref:
                if (a.ref, b.ref) in self.compared:
                    return
                self.compared.add((a.ref, b.ref))
                where = f"schema {a.ref}" if a.ref == b.ref else f"schema {a.ref}~{b.ref}"
                self.schema(
                    where, self.ours.resolve(ours_ref(a.ref)), self.theirs.resolve(ours_ref(b.ref))
                )
                return
            ours = self.ours.resolve(ours) if a.ref else ours
            theirs = self.theirs.resolve(theirs) if b.ref else theirs
            a, b = _shape(ours), _shape(theirs)
        if a.types != b.types:
            self.differ(place, f"type {_types(a.types)}; Samsung's: {_types(b.types)}")
        if a.enum != b.enum:
            self.differ(place, f"enum {a.enum}; Samsung's: {b.enum}")
        if a.constraints != b.constraints:
            self.differ(
                place, f"constraints {dict(a.constraints)}; Samsung's: {dict(b.constraints)}"
            )
        if a.required != b.required:
            self.differ(place, f"required {sorted(a.required)}; Samsung's: {sorted(b.required)}")
        for name in sorted(set(a.properties) | set(b.properties)):
            at = f"{place}.{name}"
            if name not in a.properties:
                self.differ(at, "missing (Samsung's has it)")
            elif name not in b.properties:
                self.differ(at, "not in Samsung's document")
            else:
                self.schema(at, a.properties[name], b.properties[name])
        if a.items is not None or b.items is not None:
            self.schema(f"{place}[]", a.items, b.items)
        if len(a.alternatives) != len(b.alternatives):
            self.differ(
                place,
                f"{len(a.alternatives)} alternatives (anyOf/oneOf); "
                f"Samsung's: {len(b.alternatives)}",
            )
        else:
            for index, (one, other) in enumerate(zip(a.alternatives, b.alternatives, strict=True)):
                self.schema(f"{place}|{index}", one, other)

    def operation(
        self,
        key: str,
        ours: tuple[dict[str, Any], dict[str, Any]],
        theirs: tuple[dict[str, Any], dict[str, Any]],
    ) -> None:
        (item_a, op_a), (item_b, op_b) = ours, theirs
        if op_a.get("operationId") != op_b.get("operationId"):
            self.differ(
                f"{key} operationId",
                f"{op_a.get('operationId')}; Samsung's: {op_b.get('operationId')}",
            )
        self.parameters(
            key,
            self._parameters(self.ours, item_a, op_a),
            self._parameters(self.theirs, item_b, op_b),
        )
        self.body(key, op_a.get("requestBody"), op_b.get("requestBody"))
        responses_a = {str(k): v for k, v in (op_a.get("responses") or {}).items()}
        responses_b = {str(k): v for k, v in (op_b.get("responses") or {}).items()}
        for status in sorted(set(responses_a) | set(responses_b)):
            at = f"{key} responses.{status}"
            if status not in responses_a:
                self.differ(at, "missing (Samsung's has it)")
            elif status not in responses_b:
                self.differ(at, "not in Samsung's document")
            elif status.startswith(("4", "5")):
                self.error_body(
                    f"{at}.body",
                    self.ours.resolve(responses_a[status]),
                    self.theirs.resolve(responses_b[status]),
                )
            else:
                self.content(
                    f"{at}.body",
                    self.ours.resolve(responses_a[status]),
                    self.theirs.resolve(responses_b[status]),
                )
        security_a = [
            sorted(s) for s in op_a.get("security", self.ours.document.get("security", []))
        ]
        security_b = [
            sorted(s) for s in op_b.get("security", self.theirs.document.get("security", []))
        ]
        if security_a != security_b:
            self.differ(f"{key} security", f"{security_a}; Samsung's: {security_b}")

    @staticmethod
    def _parameters(
        doc: _Document, item: Mapping[str, Any], operation: Mapping[str, Any]
    ) -> dict[str, Any]:
        found = {}
        for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            resolved = doc.resolve(parameter)
            if isinstance(resolved, dict):
                found[f"{resolved.get('in')}.{resolved.get('name')}"] = resolved
        return found

    def parameters(self, key: str, ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        for name in sorted(set(ours) | set(theirs)):
            at = f"{key} parameter {name}"
            if name not in ours:
                self.differ(at, "missing (Samsung's has it)")
            elif name not in theirs:
                self.differ(at, "not in Samsung's document")
            else:
                if bool(ours[name].get("required")) != bool(theirs[name].get("required")):
                    self.differ(
                        at,
                        f"required {bool(ours[name].get('required'))}; "
                        f"Samsung's: {bool(theirs[name].get('required'))}",
                    )
                self.schema(at, ours[name].get("schema"), theirs[name].get("schema"))

    def body(self, key: str, ours: Any, theirs: Any) -> None:
        at = f"{key} request body"
        ours, theirs = self.ours.resolve(ours), self.theirs.resolve(theirs)
        if (ours is None) != (theirs is None):
            self.differ(at, "present" if theirs is None else "missing (Samsung's has one)")
            return
        if ours is None:
            return
        if bool(ours.get("required")) != bool(theirs.get("required")):
            self.differ(
                at,
                f"required {bool(ours.get('required'))}; Samsung's: {bool(theirs.get('required'))}",
            )
        self.content(at, ours, theirs)

    def error_body(self, at: str, ours: Any, theirs: Any) -> None:
        """Error bodies differ as a whole or not at all: one difference, not one per field."""
        before = len(self.differences)
        self.content(at, ours, theirs)
        if len(self.differences) > before:
            del self.differences[before:]
            self.differ(at, f"{_body_name(ours)}; Samsung's: {_body_name(theirs)}")

    def content(self, at: str, ours: Any, theirs: Any) -> None:
        types_a = (ours or {}).get("content") or {}
        types_b = (theirs or {}).get("content") or {}
        if set(types_a) != set(types_b):
            self.differ(
                at, f"content {sorted(types_a) or 'none'}; Samsung's: {sorted(types_b) or 'none'}"
            )
        for media in sorted(set(types_a) & set(types_b)):
            self.schema(at, types_a[media].get("schema"), types_b[media].get("schema"))


def _body_name(response: Any) -> str:
    content = (response or {}).get("content") or {}
    if not content:
        return "no body"
    schema = next(iter(content.values())).get("schema") or {}
    parts = [schema, *(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    names = [
        _ref_parts(p["$ref"])[1] if "$ref" in p else f"list of {_ref_parts(p['items']['$ref'])[1]}"
        for p in parts
        if isinstance(p, dict) and ("$ref" in p or "$ref" in (p.get("items") or {}))
    ]
    return " or ".join(names) or "a body"


def ours_ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _types(types: frozenset[str]) -> str:
    return " or ".join(sorted(types)) or "any"


def compare(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[Difference]:
    """Every difference between our document and Samsung's, in a stable order."""
    comparer = _Comparer(ours, theirs)
    ops_a, ops_b = _operations(ours), _operations(theirs)
    for key in sorted(set(ops_a) | set(ops_b)):
        if key not in ops_a:
            comparer.differ(key, f"missing ({ops_b[key][1].get('operationId')} in Samsung's)")
        elif key not in ops_b:
            comparer.differ(key, "not in Samsung's document")
        else:
            comparer.operation(key, ops_a[key], ops_b[key])
    return comparer.differences


# -- deviations ------------------------------------------------------------------------------


def read_deviations(path: Path = DEVIATIONS) -> tuple[list[Deviation], dict[str, int | None]]:
    """The declared deviations, and Samsung's operation count per version (for coverage)."""
    data = yamlio.load(path) if path.exists() else {}
    if not isinstance(data, dict):
        raise SpecError(f"{path}: must be a mapping")
    entries = []
    for index, entry in enumerate(data.get("deviations") or []):
        if not isinstance(entry, dict) or not entry.get("at") or not entry.get("reason"):
            raise SpecError(f"{path}: deviations[{index}] needs `at` (a pattern) and `reason`")
        unknown = set(entry) - {"at", "reason", "versions"}
        versions = entry.get("versions") or []
        if unknown or not isinstance(versions, list):
            raise SpecError(
                f"{path}: deviations[{index}] takes `at`, `reason` and `versions` (a list of "
                "the versions it holds for; leave it out for every version)"
            )
        entries.append(
            Deviation(
                str(entry["at"]),
                " ".join(str(entry["reason"]).split()),
                tuple(str(v) for v in versions),
            )
        )
    raw = data.get(facts.COUNTS_KEY) or {}
    counts = {str(k): None if v is None else int(v) for k, v in raw.items()}
    return entries, counts


def judge(
    differences: list[Difference], deviations: list[Deviation], version: str = "1.0"
) -> Report:
    report = Report(differences)
    deviations = [d for d in deviations if d.holds_for(version)]
    for difference in differences:
        matched = [d for d in deviations if fnmatch.fnmatchcase(difference.place, d.at)]
        if not matched:
            report.undeclared.append(difference)
        for deviation in matched:
            report.declared.setdefault(deviation, []).append(difference)
    report.stale = [d for d in deviations if d not in report.declared]
    return report


def coverage(
    ours: Mapping[str, Any], samsung: Mapping[str, Any], version: str, expected: int | None
) -> str:
    both, theirs = set(_operations(ours)), set(_operations(samsung))
    count = f"; Samsung's count in deviations.yaml: {expected}" if expected is not None else ""
    return (
        f"{version}: {len(both & theirs)} of {len(theirs)} of Samsung's operations "
        f"({len(both)} in ours{count})"
    )


def run(
    samsung_path: Path,
    spec_dir: Path = SPEC_DIR,
    deviations_path: Path = DEVIATIONS,
    version: str = "1.0",
    *,
    draft: bool = False,
) -> int:
    """Compares our document of `version` with Samsung's; 0 when every difference is declared.

    For a version we do not have, our newest version stands in, and `draft` writes the patch
    Samsung's document implies under versions/X.Y/ (facts only, for review)."""
    if not samsung_path.is_file():
        print(f"conformance: skipped: Samsung's document is not at {samsung_path}")
        return 0
    samsung = yamlio.load(samsung_path)
    if not isinstance(samsung, dict):
        raise SpecError(f"{samsung_path}: is not an OpenAPI document (no mapping at the top)")
    built = {b.version: b.document for b in bundle.build(spec_dir)}
    deviations, counts = read_deviations(deviations_path)
    if version not in built:
        newest = max(built, key=bundle.version_key)
        print(f"We have no {version} yet: comparing Samsung's {version} with our {newest}.")
        differences = compare(built[newest], samsung)
        print(f"Differences: {len(differences)}")
        for difference in differences:
            print(f"  {difference}")
        if draft:
            written = drafts.write(spec_dir, version, built[newest], samsung)
            print(f"Draft for review: {', '.join(str(p) for p in written)}")
        return 0
    if draft:
        raise SpecError(
            f"{spec_dir / bundle.VERSIONS / version}: exists; a draft is only written for a "
            "version the specs do not have yet"
        )
    ours = built[version]
    report = judge(compare(ours, samsung), deviations, version)
    print("Coverage:")
    print(f"  {coverage(ours, samsung, version, counts.get(version))}")
    total = sum(map(len, report.declared.values()))
    print(f"Declared deviations for {version}: {len(report.declared)} ({total} differences)")
    for deviation, covered in report.declared.items():
        print(f"  {deviation.at}  [{len(covered)}]  {deviation.reason}")
    if report.stale:
        print(
            f"Declared deviations that no longer occur in {version} (remove them, or limit "
            "their `versions:`):"
        )
        for deviation in report.stale:
            print(f"  {deviation.at}")
    print(f"Undeclared differences: {len(report.undeclared)}")
    for difference in report.undeclared:
        print(f"  {difference}")
    if report.undeclared:
        print(
            f"Declare each in {deviations_path} with its reason (and `versions:` if it holds "
            "for some versions only), or change the spec."
        )
    return 0 if report.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.conformance",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--samsung", type=Path, default=SAMSUNG, help="Samsung's document (default: its 1.0)"
    )
    parser.add_argument(
        "--version", default="1.0", help="the API version that document describes (X.Y)"
    )
    parser.add_argument(
        "--draft",
        action="store_true",
        help="for a version the specs lack: write the patch it implies under versions/X.Y/",
    )
    args = parser.parse_args(argv)
    if not bundle.is_version_name(args.version):
        parser.error(f"--version must be X.Y, not {args.version!r}")
    try:
        return run(args.samsung, version=args.version, draft=args.draft)
    except SpecError as problem:
        print(f"conformance: {problem}", file=sys.stderr)
        return 1


def iter_places(differences: list[Difference]) -> Iterator[str]:
    yield from (d.place for d in differences)


if __name__ == "__main__":
    sys.exit(main())
