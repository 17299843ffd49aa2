"""The conformance check: our 1.0 document against Samsung's, fact by fact, and the deviations
file that must declare every difference (and nothing more)."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import bundle, conformance, yamlio
from generator.lint import SpecError

from . import version_facts as facts

SPECS = Path(__file__).resolve().parent.parent / "spec" / "virtualserver"
OURS = next(b.document for b in bundle.build(SPECS) if b.version == "1.0")

needs_samsung = pytest.mark.skipif(
    not conformance.SAMSUNG.is_file(),
    reason=f"Samsung's document is not at {conformance.SAMSUNG}",
)


@needs_samsung
def test_every_difference_from_samsungs_document_is_declared(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert conformance.run(conformance.SAMSUNG) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    count = facts.samsung_counts()["1.0"]
    assert f"1.0: {count} of {count} of Samsung's operations" in out
    assert "Undeclared differences: 0" in out


def test_the_check_skips_clearly_without_samsungs_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.yaml"
    assert conformance.run(missing) == 0
    assert f"skipped: Samsung's document is not at {missing}" in capsys.readouterr().out


def places(ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, str]:
    return {d.place: d.what for d in conformance.compare(ours, theirs)}


def test_the_same_document_has_no_difference() -> None:
    assert conformance.compare(OURS, OURS) == []


def test_each_kind_of_fact_is_compared() -> None:
    theirs = copy.deepcopy(OURS)
    schemas = theirs["components"]["schemas"]
    schemas["ServerShowResponse"]["required"].remove("locked")
    schemas["ServerShowResponse"]["properties"]["name"]["type"] = "integer"
    schemas["Tag"]["properties"]["value"]["type"] = "string"  # no longer nullable
    schemas["ServerRebootType"]["enum"].append("GENTLE")
    schemas["ServerCreateRequest"]["properties"]["name"]["maxLength"] = 64
    del theirs["paths"]["/v1/servers/{server_id}/lock"]
    theirs["paths"]["/v1/servers"]["get"]["responses"]["418"] = {"description": "teapot"}
    theirs["paths"]["/v1/servers/{server_id}"]["get"]["operationId"] = "getServer"
    listing = theirs["paths"]["/v1/servers"]["get"]
    listing["parameters"] = [p for p in listing["parameters"] if p.get("name") != "ip"]
    found = places(OURS, theirs)
    assert found["schema ServerShowResponse"].startswith("required")
    assert found["schema ServerShowResponse.name"] == "type string; Samsung's: integer"
    assert found["schema Tag.value"] == "type null or string; Samsung's: string"
    assert "GENTLE" in found["schema ServerRebootType"]
    assert "maxLength" in found["schema ServerCreateRequest.name"]
    assert found["POST /v1/servers/{server_id}/lock"] == "not in Samsung's document"
    assert found["GET /v1/servers responses.418"] == "missing (Samsung's has it)"
    assert found["GET /v1/servers/{server_id} operationId"] == (
        "showVirtualServer; Samsung's: getServer"
    )
    assert found["GET /v1/servers parameter query.ip"] == "not in Samsung's document"


def test_samsungs_30_style_nullable_and_one_item_allof_read_as_ours() -> None:
    ours = {
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "x": {"type": ["string", "null"]},
                        "r": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]},
                        "s": {"$ref": "#/components/schemas/B"},
                    },
                },
                "B": {"type": "string"},
            }
        }
    }
    theirs = {
        "components": {
            "schemas": {
                "A": {
                    "properties": {
                        "x": {"type": "string", "nullable": True},
                        "r": {"allOf": [{"$ref": "#/components/schemas/B"}], "nullable": True},
                        "s": {"allOf": [{"$ref": "#/components/schemas/B"}]},
                    }
                },
                "B": {"type": "string"},
            }
        }
    }
    comparer = conformance._Comparer(ours, theirs)
    comparer.schema(
        "schema A", {"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/A"}
    )
    assert comparer.differences == []


def test_deviations_must_match_a_difference_and_every_difference_a_deviation() -> None:
    differences = [
        conformance.Difference("GET /v1/x security", "a"),
        conformance.Difference("GET /v1/x responses.401.body", "b"),
    ]
    declared = conformance.Deviation("* security", "signed")
    stale = conformance.Deviation("schema Gone*", "old")
    report = conformance.judge(differences, [declared, stale])
    assert report.declared == {declared: [differences[0]]}
    assert report.undeclared == [differences[1]]
    assert report.stale == [stale]
    assert not report.ok


def test_the_deviations_file_gives_a_reason_for_each_entry() -> None:
    deviations, counts = conformance.read_deviations()
    assert counts == facts.samsung_counts() and set(counts) == set(facts.versions())
    assert deviations and all(len(d.reason) > 40 for d in deviations)
    raw = yamlio.load(conformance.DEVIATIONS)
    assert all(set(entry) <= {"at", "reason", "versions"} for entry in raw["deviations"])


# -- any version ------------------------------------------------------------------------------


def sources_copy(tmp_path: Path) -> Path:
    root = tmp_path / "spec"
    for part in ("base", "versions"):
        shutil.copytree(SPECS / part, root / part)
    for name in ("deviations.yaml", "resources.yaml"):
        shutil.copy(SPECS / name, root / name)
    return root


def test_a_later_version_is_compared_with_its_own_document_and_its_own_deviations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    version = facts.versions()[-1]
    theirs = copy.deepcopy(next(b.document for b in bundle.build(SPECS) if b.version == version))
    document = tmp_path / "samsung.yaml"
    document.write_text(yaml.safe_dump(theirs))
    none = tmp_path / "deviations.yaml"
    none.write_text(yaml.safe_dump({"deviations": []}))
    assert conformance.run(document, SPECS, none, version) == 0
    assert "Undeclared differences: 0" in capsys.readouterr().out
    theirs["components"]["schemas"]["ServerShowResponse"]["properties"]["name"]["type"] = "integer"
    document.write_text(yaml.safe_dump(theirs))
    assert conformance.run(document, SPECS, none, version) == 1
    out = capsys.readouterr().out
    assert "schema ServerShowResponse.name: type string; Samsung's: integer" in out
    assert f"Declare each in {none}" in out


def test_a_deviation_holds_for_the_versions_it_lists() -> None:
    only_first = conformance.Deviation("GET /v1/x security", "why", ("1.0",))
    report = conformance.judge([], [only_first], "1.1")
    assert report.ok  # not stale in a version it does not hold for
    assert not conformance.judge([], [only_first], "1.0").ok


def samsung_next_version() -> tuple[str, dict[str, Any], dict[str, Any]]:
    """Samsung's (made-up) document of the version after our newest, in its own style:
    OpenAPI 3.0 nullability, one-item allOf, its own descriptions (never to be copied)."""
    newest = facts.versions()[-1]
    new = facts.unreleased()
    theirs = copy.deepcopy(next(b.document for b in bundle.build(SPECS) if b.version == newest))
    schemas = theirs["components"]["schemas"]
    schemas["ServerShowResponse"]["properties"]["boot_mode"] = {
        "type": "string",
        "nullable": True,
        "description": "SAMSUNG PROSE about the boot mode.",
    }
    schemas["ServerBootSettings"] = {
        "type": "object",
        "description": "SAMSUNG PROSE about boot settings.",
        "required": ["secure_boot"],
        "properties": {
            "secure_boot": {"type": "boolean", "description": "SAMSUNG PROSE."},
            "server": {"allOf": [{"$ref": "#/components/schemas/Tag"}], "nullable": True},
        },
    }
    theirs["paths"]["/v1/servers/{server_id}/boot-settings"] = {
        "get": {
            "operationId": "showVirtualServerBootSettings",
            "summary": "SAMSUNG PROSE summary",
            "parameters": [
                {"name": "server_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "SAMSUNG PROSE answer",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ServerBootSettings"}
                        }
                    },
                },
                "404": {"description": "SAMSUNG PROSE not found"},
            },
        }
    }
    del theirs["paths"]["/v1/servers/{server_id}/lock"]
    return new, theirs, schemas


def test_a_document_of_a_version_we_lack_becomes_a_draft_of_facts_that_builds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = sources_copy(tmp_path)
    new, theirs, _ = samsung_next_version()
    document = tmp_path / f"samsung-{new}.yaml"
    document.write_text(yaml.safe_dump(theirs))
    assert conformance.run(document, root, root / "deviations.yaml", new, draft=True) == 0
    out = capsys.readouterr().out
    assert f"We have no {new} yet" in out and "Draft for review" in out
    draft = root / "versions" / new
    texts = {p.name: p.read_text() for p in draft.glob("*.yaml")}
    assert "servers.yaml" in texts and "version.yaml" in texts
    assert not any("SAMSUNG PROSE" in text for text in texts.values())  # facts only
    meta = yaml.safe_load(texts["version.yaml"])
    assert meta["status"] == "PLANNED" and meta["not-before"] is None
    assert set(meta["removed-operations"]) == {"lockVirtualServer"}
    built = {b.version: b.document for b in bundle.build(root)}
    # The draft says what Samsung's document says, but for what our specs declare on purpose.
    deviations, _ = conformance.read_deviations(root / "deviations.yaml")
    report = conformance.judge(conformance.compare(built[new], theirs), deviations, new)
    assert report.undeclared == [], report.undeclared
    with pytest.raises(SpecError, match="exists"):
        conformance.run(document, root, root / "deviations.yaml", new, draft=True)


def test_the_command_line_takes_a_document_and_its_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert conformance.main(["--samsung", str(tmp_path / "none.yaml"), "--version", "1.1"]) == 0
    assert "skipped" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        conformance.main(["--version", "one"])
