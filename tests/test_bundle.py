"""The spec sources: how base files and version patches become each version's document, and
every way a source can be wrong, each named by file and place (nothing is built then)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import build, bundle
from generator.lint import SpecError

from . import version_facts as facts

SPECS = Path(__file__).resolve().parent.parent / "spec" / "virtualserver"

COMMON = {
    "openapi": "3.1.0",
    "info": {"title": "T"},
    "components": {"schemas": {"Tag": {"type": "object", "properties": {"key": {}}}}},
}
THINGS = {
    "paths": {
        "/v1/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [{"name": "name", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"$ref": "#/components/responses/Things"}},
            },
            "post": {"operationId": "createThing", "responses": {"202": {"description": "ok"}}},
        }
    },
    "components": {
        "responses": {"Things": {"description": "x"}},
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "tags": {"$ref": "#/components/schemas/Tag"},
                },
            }
        },
    },
}
META = {"status": "SUPPORTED", "not-before": "2030-01-01"}


def sources(
    tmp_path: Path,
    base: dict[str, Any] | None = None,
    versions: dict[str, dict[str, Any]] | None = None,
) -> Path:
    """A source tree: base files by name, and per version its files (version.yaml included)."""
    root = tmp_path / "src"
    for name, content in (base or {"common.yaml": COMMON, "things.yaml": THINGS}).items():
        write(root / "base" / name, content)
    for version, files in (versions or {"1.0": {"version.yaml": META}}).items():
        for name, content in files.items():
            write(root / "versions" / version / name, content)
    return root


def write(path: Path, content: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(content, sort_keys=False))


def built(root: Path) -> dict[str, dict[str, Any]]:
    return {b.version: b.document for b in bundle.build(root)}


def test_base_files_are_one_document_and_each_version_names_itself(tmp_path: Path) -> None:
    docs = built(sources(tmp_path))
    document = docs["1.0"]
    assert list(document)[:2] == ["openapi", "info"]
    assert document["info"]["version"] == "1.0"
    assert document["info"]["x-scp-api-version"] == {
        "service": "virtualserver",
        "version": "1.0",
        "status": "SUPPORTED",
        "not-before": "2030-01-01",
    }
    assert set(document["components"]["schemas"]) == {"Tag", "Thing"}


def test_a_version_patch_merges_deletes_and_adds_parameters_by_name(tmp_path: Path) -> None:
    patch = {
        "paths": {
            "/v1/things": {
                "get": {
                    "parameters": {
                        "sort": {"name": "sort", "in": "query", "schema": {"type": "string"}},
                        "name": None,
                    }
                },
                "post": None,
            }
        },
        "components": {"schemas": {"Thing": {"properties": {"size": {"type": "integer"}}}}},
    }
    root = sources(
        tmp_path,
        versions={
            "1.0": {"version.yaml": META},
            "1.1": {
                "version.yaml": {**META, "removed-operations": {"createThing": "gone in 1.1"}},
                "things.yaml": patch,
            },
        },
    )
    docs = built(root)
    later = docs["1.1"]["paths"]["/v1/things"]
    assert [p["name"] for p in later["get"]["parameters"]] == ["sort"]
    assert "post" not in later and "post" in docs["1.0"]["paths"]["/v1/things"]
    assert set(docs["1.1"]["components"]["schemas"]["Thing"]["properties"]) == {
        "id",
        "tags",
        "size",
    }
    assert "size" not in docs["1.0"]["components"]["schemas"]["Thing"]["properties"]


def test_derived_schemas_inherit_add_and_drop_even_from_a_deleted_base(tmp_path: Path) -> None:
    patch = {
        "components": {
            "schemas": {
                "ThingV1Dot1": {
                    "x-derived-from": "Thing",
                    "required": ["id", "size"],
                    "properties": {"size": {"type": "integer"}, "tags": None},
                },
                "ThingV1Dot2": {"x-derived-from": "ThingV1Dot1", "properties": {"x": {}}},
                "Thing": None,
            }
        }
    }
    root = sources(
        tmp_path,
        versions={"1.0": {"version.yaml": META}, "1.1": {"version.yaml": META, "t.yaml": patch}},
    )
    schemas = built(root)["1.1"]["components"]["schemas"]
    assert "Thing" not in schemas
    assert schemas["ThingV1Dot1"] == {
        "x-scp-derived-from": "Thing",
        "type": "object",
        "required": ["id", "size"],
        "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
    }
    assert set(schemas["ThingV1Dot2"]["properties"]) == {"id", "size", "x"}


def bad_dangling_ref(root: Path) -> str:
    write(
        root / "versions" / "1.0" / "things.yaml",
        {
            "components": {
                "schemas": {
                    "Thing": {"properties": {"owner": {"$ref": "#/components/schemas/Nobody"}}}
                }
            }
        },
    )
    return (
        r"things.yaml: components.schemas.Thing.properties.owner: "
        r"\$ref '#/components/schemas/Nobody' does not resolve \(version 1.0\)"
    )


def bad_schema_twice(root: Path) -> str:
    write(root / "base" / "zz.yaml", {"components": {"schemas": {"Thing": {"type": "object"}}}})
    return r"zz.yaml: components.schemas.Thing is defined twice \(also in .*things.yaml\)"


def bad_operation_twice(root: Path) -> str:
    write(root / "base" / "zz.yaml", {"paths": {"/v1/things": {"get": {"operationId": "again"}}}})
    return r"zz.yaml: paths./v1/things.get is defined twice \(also in .*things.yaml\)"


def bad_undeclared_removal(root: Path) -> str:
    write(root / "versions" / "1.1" / "version.yaml", META)
    write(root / "versions" / "1.1" / "t.yaml", {"paths": {"/v1/things": {"post": None}}})
    return r"1.1/version.yaml: operations disappear without a declared removal: createThing"


def bad_stale_removal(root: Path) -> str:
    write(
        root / "versions" / "1.1" / "version.yaml",
        {**META, "removed-operations": {"listThings": "why"}},
    )
    return r"removed-operations names listThings, which the version before does not have"


def bad_missing_date(root: Path) -> str:
    write(root / "versions" / "1.0" / "version.yaml", {"status": "CURRENT"})
    return r"1.0/version.yaml: not-before is missing"


def bad_missing_status(root: Path) -> str:
    write(root / "versions" / "1.0" / "version.yaml", {"not-before": None})
    return r"1.0/version.yaml: status is missing; add `status: ...`: CURRENT, SUPPORTED"


def bad_missing_version_file(root: Path) -> str:
    (root / "versions" / "1.1").mkdir(parents=True)
    return r"1.1/version.yaml: is missing"


def bad_two_patches_one_value(root: Path) -> str:
    write(root / "versions" / "1.1" / "version.yaml", META)
    change = {"components": {"schemas": {"Thing": {"description": "one"}}}}
    write(root / "versions" / "1.1" / "a.yaml", change)
    write(root / "versions" / "1.1" / "b.yaml", change)
    return r"b.yaml: components.schemas.Thing.description is also set by .*a.yaml"


def bad_derived_from_nothing(root: Path) -> str:
    write(
        root / "versions" / "1.0" / "t.yaml",
        {"components": {"schemas": {"X": {"x-derived-from": "Nope"}}}},
    )
    return r"components.schemas.X derives from 'Nope', which does not exist"


def bad_unknown_key(root: Path) -> str:
    write(root / "versions" / "1.0" / "version.yaml", {**META, "not_before": "2030-01-01"})
    return r"1.0/version.yaml: unknown keys not_before"


@pytest.mark.parametrize(
    "breaker",
    [
        bad_dangling_ref,
        bad_schema_twice,
        bad_operation_twice,
        bad_undeclared_removal,
        bad_stale_removal,
        bad_missing_date,
        bad_missing_status,
        bad_missing_version_file,
        bad_two_patches_one_value,
        bad_derived_from_nothing,
        bad_unknown_key,
    ],
    ids=lambda f: f.__name__,
)
def test_a_broken_source_is_refused_naming_file_and_place(tmp_path: Path, breaker: Any) -> None:
    root = sources(tmp_path)
    expected = breaker(root)
    with pytest.raises(SpecError, match=expected):
        bundle.build(root)


def test_nothing_is_written_when_the_sources_are_broken(tmp_path: Path) -> None:
    root = sources(tmp_path)
    bad_dangling_ref(root)
    package = tmp_path / "package"
    package.mkdir()
    with pytest.raises(SpecError):
        build.regenerate(package_dir=package, spec_dir=root, cache=None)
    assert list(package.iterdir()) == [] and not list(root.glob("*.yaml"))


def test_the_real_sources_give_every_operation_samsung_documents_in_every_version() -> None:
    counts = {b.version: sum(1 for _ in bundle.operations(b.document)) for b in bundle.build(SPECS)}
    samsung = facts.samsung_counts()
    assert set(samsung) == set(counts)  # deviations.yaml counts every version
    assert {v: n for v, n in counts.items() if samsung[v] is not None} == {
        v: n for v, n in samsung.items() if n is not None
    }
    versions = {b.version: b for b in bundle.build(SPECS)}
    assert set(versions["1.1"].removed) == {
        "attachVirtualServerSecurityGroup",
        "detachVirtualServerSecurityGroup",
    }
    # file_storage_ids arrives in 1.2, not 1.3 (Samsung's 1.2 SDK has it).
    schemas = {v: b.document["components"]["schemas"] for v, b in versions.items()}
    assert "file_storage_ids" in schemas["1.2"]["ServerCreateRequestV1Dot2"]["properties"]
    assert "file_storage_ids" not in schemas["1.1"]["ServerCreateRequest"]["properties"]


def test_every_operation_and_schema_is_written_once_in_the_sources() -> None:
    # Each operationId appears once in base/ (a patch only changes or removes it), and a
    # version's patches add only operations that are new in that version.
    seen: dict[str, Path] = {}
    for path in sorted((SPECS / "base").glob("*.yaml")):
        document = yaml.safe_load(path.read_text())
        for _, _, operation in bundle.operations(document):
            name = operation["operationId"]
            assert name not in seen, f"{name} in {path} and {seen[name]}"
            seen[name] = path
    assert len(seen) == facts.operation_count(facts.oldest())
