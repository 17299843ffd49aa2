"""Version facts in one place: the prose that repeats them is written from the specs, and what a
new version still lacks is named, with the file and what to add."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import bundle, facade, facts, lint
from generator.build import RESOURCES, ROOT, SPEC_DIR

from . import version_facts


def test_the_committed_prose_holds_the_specs_facts() -> None:
    assert facts.drift() == []
    readme = (ROOT / "README.md").read_text()
    for row in version_facts.rows():
        assert f"| {row.version} | {row.status} | {row.not_before or facts.DASH} |" in readme
    pyproject = (ROOT / "pyproject.toml").read_text()
    newest = version_facts.versions()[-1]
    assert f"versions {version_facts.oldest()} to {newest}" in pyproject


def copy_of_the_prose(tmp_path: Path) -> Path:
    for name in facts.FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def with_a_new_version(current: facts.Facts) -> facts.Facts:
    """The facts once a version after the newest is added (and the newest gets a date)."""
    new = version_facts.unreleased()
    rows = [
        lint.VersionInfo(r.version, "SUPPORTED", datetime.date(2099, 6, 30))
        if r.status == "CURRENT"
        else r
        for r in current.rows
    ]
    rows.append(lint.VersionInfo(new, "CURRENT", None))
    newest = current.versions[-1]
    return facts.Facts(
        tuple(rows),
        {**current.operations, new: current.operations[newest]},
        {**current.samsung, new: None},
    )


def test_a_version_missing_from_the_prose_is_named_by_file(tmp_path: Path) -> None:
    root = copy_of_the_prose(tmp_path)
    later = with_a_new_version(facts.read())
    rendered = facts.rendered(root, later)
    stale = [
        path.relative_to(root).as_posix() for path, (old, new) in rendered.items() if old != new
    ]
    assert stale == list(facts.FILES)  # every file repeats the range or the table
    text = rendered[root / "README.md"][1]
    assert f"| {version_facts.unreleased()} | CURRENT | {facts.DASH} |" in text
    assert "none published" in text  # Samsung's count for the new version is null
    assert f"to {version_facts.unreleased()}" in rendered[root / "pyproject.toml"][1]


def test_a_file_without_its_block_is_named_with_the_marker_to_add(tmp_path: Path) -> None:
    root = copy_of_the_prose(tmp_path)
    readme = root / "README.md"
    text = readme.read_text()
    start = text.index("<!-- facts:versions-table -->")
    end = text.index("<!-- /facts -->", start) + len("<!-- /facts -->")
    readme.write_text(text[:start] + text[end:])
    with pytest.raises(lint.SpecError) as caught:
        facts.rendered(root, facts.read())
    message = str(caught.value)
    assert message.startswith("README.md: has no facts block versions-table")
    assert "`<!-- facts:versions-table --><!-- /facts -->`" in message
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("# facts:description\n", ""))
    readme.write_text(text)
    with pytest.raises(lint.SpecError, match=r"pyproject.toml: has no facts block description"):
        facts.rendered(root, facts.read())


def test_an_unknown_block_is_refused() -> None:
    with pytest.raises(lint.SpecError, match="x.md: unknown facts block 'colour'"):
        facts.rewrite("<!-- facts:colour -->red<!-- /facts -->", facts.read(), "x.md")


def deviations_copy(tmp_path: Path, counts: dict[str, Any] | None) -> Path:
    data = yaml.safe_load((SPEC_DIR / "deviations.yaml").read_text())
    if counts is None:
        del data[facts.COUNTS_KEY]
    else:
        data[facts.COUNTS_KEY] = counts
    path = tmp_path / "deviations.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_a_version_without_samsungs_count_is_named_with_what_to_add(tmp_path: Path) -> None:
    versions = [*version_facts.versions(), version_facts.unreleased()]
    known = version_facts.samsung_counts()
    path = deviations_copy(tmp_path, known)
    with pytest.raises(lint.SpecError) as caught:
        facts.samsung_counts(path, versions)
    new = version_facts.unreleased()
    assert str(caught.value) == (
        f'{path}: samsung-operations has no count for {new}; add `"{new}": N`, the number of '
        f"operations Samsung documents for {new} (its API reference or OpenAPI document), or "
        "`null` if Samsung has published none yet"
    )
    assert (
        facts.samsung_counts(deviations_copy(tmp_path, {**known, new: None}), versions)[new] is None
    )
    with pytest.raises(lint.SpecError, match="samsung-operations` is missing"):
        facts.samsung_counts(deviations_copy(tmp_path, None), versions)
    with pytest.raises(lint.SpecError, match="names 9.9, which"):
        facts.samsung_counts(deviations_copy(tmp_path, {**known, new: 1, "9.9": 1}), versions)
    with pytest.raises(lint.SpecError, match="must be a whole number or null"):
        facts.samsung_counts(deviations_copy(tmp_path, {**known, new: "many"}), versions)


# -- every answer has a model ------------------------------------------------------------------


def documents_and_data() -> tuple[dict[str, Any], dict[str, Any]]:
    documents = {b.version: b.document for b in bundle.build(SPEC_DIR)}
    return documents, bundle.read_mapping(SPEC_DIR / RESOURCES)


def test_a_new_answer_no_resource_model_covers_gets_a_model_of_its_own() -> None:
    # A version that brings an answer of a new shape costs no declaration: the generator
    # makes a model of it, so that no method of the facade returns an untyped dict.
    documents, data = documents_and_data()
    newest = max(documents, key=bundle.version_key)
    document = documents[newest]
    document["paths"]["/v1/servers/{server_id}/made-up-settings"] = {
        "parameters": [{"$ref": "#/components/parameters/ServerId"}],
        "get": {
            "operationId": "showVirtualServerMadeUpSettings",
            "tags": ["servers"],
            "responses": {
                "200": {
                    "description": "x",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/MadeUpSettings"}
                        }
                    },
                }
            },
        },
    }
    document["components"]["schemas"]["MadeUpSettings"] = {
        "type": "object",
        "properties": {"mode": {"type": "string"}},
    }
    resources = facade.collect(documents, data)
    made_up = "showVirtualServerMadeUpSettings"
    (method,) = [m for m in resources["servers"].methods if m.operation_id == made_up]
    assert (method.name, method.result_kind, method.result) == (
        "get_made_up_settings",
        "model",
        "MadeUpSettings",
    )
    rendered = facade.render_all(documents, SPEC_DIR / RESOURCES)
    assert "class MadeUpSettings(Model):" in rendered["models.py"]
    assert "def get_made_up_settings(" in rendered["servers.py"]
