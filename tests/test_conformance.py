"""The conformance check: our 1.0 document against Samsung's, fact by fact, and the deviations
file that must declare every difference (and nothing more)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator import bundle, conformance, yamlio

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
    assert all(set(entry) == {"at", "reason"} for entry in raw["deviations"])
