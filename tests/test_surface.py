"""The public surface as a committed file (docs/surface.txt), and CHANGELOG.md recording each
change of it: additions by the generator, anything else by a person naming the API versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import surface
from generator import surface_notes as notes

from . import version_facts as facts

COMMITTED = surface.SURFACE.read_text("utf-8")
SECTIONS = surface.parse(COMMITTED)


def test_the_committed_surface_is_the_packages_and_is_recorded() -> None:
    assert surface.check() == []


def test_the_surface_lists_the_facade_and_every_version_from_the_public_api() -> None:
    assert list(SECTIONS) == [surface.FACADE, *(facts.package(v) for v in facts.versions())]
    facade = SECTIONS[surface.FACADE]
    assert "client VirtualServerClient.version_drift() -> tuple[VersionDrift, ...]" in facade
    assert "vs.VersionDriftWarning: class(UserWarning)" in facade
    assert any(line.startswith("model Image.created_at: ") for line in facade)
    assert any(line.startswith("client VirtualServerClient.servers.delete(") for line in facade)
    for version in facts.versions():
        lines = SECTIONS[facts.package(version)]
        operations = [line for line in lines if line.startswith("api.")]
        assert len(operations) == facts.operation_count(version)
        assert "exports Client" in lines


def test_the_file_reads_back_as_it_was_written() -> None:
    assert surface.render(SECTIONS) == COMMITTED
    assert surface.recorded_fingerprint(COMMITTED) == surface.fingerprint(
        COMMITTED.split("\n", 1)[1].split("\n", 4)[-1]
    )


def changed_type(text: str) -> str:
    """The surface as it would be if a shared 1.0 schema's created_at became a date-time."""
    return text.replace(
        "models.ImageShowResponse.created_at: str", "models.ImageShowResponse.created_at: datetime"
    ).replace("model Image.created_at: str", "model Image.created_at: datetime.datetime")


def test_a_changed_type_is_not_additive_and_names_the_versions_it_touches() -> None:
    after = surface.parse(changed_type(COMMITTED))
    assert not notes.is_additive(SECTIONS, after)
    having = [
        v
        for v in facts.versions()
        if "models.ImageShowResponse.created_at: str" in SECTIONS[facts.package(v)]
    ]
    assert having and surface.touched_versions(SECTIONS, after) == having
    assert "model Image.created_at: datetime.datetime" in surface.describe(SECTIONS, after)


def test_a_change_without_an_entry_fails_naming_the_file_and_what_to_add(tmp_path: Path) -> None:
    changelog = surface.CHANGELOG.read_text("utf-8")
    new = surface.fingerprint("a changed surface")
    with pytest.raises(surface.SurfaceError) as caught:
        notes.check_changelog(changelog, new, tmp_path / "CHANGELOG.md")
    message = str(caught.value)
    assert str(tmp_path / "CHANGELOG.md") in message
    assert f"no entry records the public surface {new}" in message
    assert f"set that section's line `Surface: {new}`" in message
    assert "naming the API versions it touches" in message


def test_an_entry_must_name_the_api_versions_it_touches(tmp_path: Path) -> None:
    new = surface.fingerprint("a changed surface")
    unnamed = (
        f"## [Unreleased]\n\n### Changed\n\n- `Image.created_at` is a datetime.\n\nSurface: {new}\n"
    )
    with pytest.raises(surface.SurfaceError, match="must name the API versions it touches"):
        notes.check_changelog(unnamed, new, tmp_path / "CHANGELOG.md")
    empty = f"## [Unreleased]\n\nSurface: {new}\n"
    with pytest.raises(surface.SurfaceError, match="has no entry"):
        notes.check_changelog(empty, new, tmp_path / "CHANGELOG.md")
    named = unnamed.replace("datetime.", "datetime,\n  no longer a str (API versions 1.0-1.3).")
    notes.check_changelog(named, new, tmp_path / "CHANGELOG.md")


def test_a_new_api_version_is_recorded_by_the_generator() -> None:
    new_version = facts.unreleased()
    newest = facts.package(facts.versions()[-1])
    after = dict(SECTIONS)
    dropped = next(line for line in SECTIONS[newest] if line.startswith("api.servers."))
    kept = [line for line in SECTIONS[newest] if line != dropped]
    after[facts.package(new_version)] = [*kept, "api.servers.made_up.sync() -> None"]
    after[surface.FACADE] = sorted(
        [
            *SECTIONS[surface.FACADE],
            f"client VirtualServerClient.servers.made_up() -> None  [{new_version}]",
        ]
    )
    assert notes.is_additive(SECTIONS, after)
    entries = notes.added_entries(SECTIONS, after)
    assert any(f"API version {new_version}: its client" in e for e in entries)
    gone = dropped.split(".sync(")[0].removeprefix("api.")
    assert any(f"it no longer has `{gone}`" in e for e in entries), entries
    assert any(
        "`client.servers.made_up`" in e and f"(API versions {new_version})" in e for e in entries
    )
    old_print = surface.recorded_fingerprint(COMMITTED)
    assert old_print is not None
    new_print = surface.recorded_fingerprint(surface.render(after))
    assert new_print is not None
    text = notes.record_additions(
        surface.CHANGELOG.read_text("utf-8"), entries, old_print, new_print
    )
    assert text is not None and f"Surface: {new_print}" in text
    before = surface.CHANGELOG.read_text("utf-8")
    assert text.count("### Added") == max(1, before.count("### Added"))  # under its heading
    notes.check_changelog(text, new_print)
    # Run again with the same additions: recorded once.
    again = notes.record_additions(text, entries, new_print, new_print)
    assert again == text


def test_a_method_in_more_versions_is_additive_and_in_fewer_is_not() -> None:
    line = "client VirtualServerClient.servers.thing() -> None"
    before = {surface.FACADE: [f"{line}  [1.1,1.2]"]}
    assert notes.is_additive(before, {surface.FACADE: [f"{line}  [1.1,1.2,1.3]"]})
    assert notes.is_additive(before, {surface.FACADE: [line]})  # now in every version
    assert not notes.is_additive(before, {surface.FACADE: [f"{line}  [1.2]"]})
    assert not notes.is_additive({surface.FACADE: [line]}, {surface.FACADE: [f"{line}  [1.2]"]})


def test_a_pending_human_entry_is_not_overwritten() -> None:
    text = "## [Unreleased]\n\n### Changed\n\n- x (API versions 1.0)\n\nSurface: 1111111111111111\n"
    assert notes.record_additions(text, ["- y (API versions 1.4)"], "2222222222222222", "3") is None
