"""CHANGELOG.md and the public surface: what an entry must say, and what the generator records.

A change of `docs/surface.txt` needs a section of CHANGELOG.md whose `Surface:` line holds the
new fingerprint, each entry naming the API versions it touches. A change that only adds (a new
API version, operation, argument, field) is recorded by the generator itself, between markers
under `[Unreleased]`; anything else (a type that changes, a name that goes, a method in fewer
versions) is for a person to describe: the check says which API versions it touches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from .surface import CHANGELOG, FACADE, SurfaceError, changes, version_of

_TAG = re.compile(r"  \[([0-9.,]+)\]$")
_EVERY = frozenset({"*"})


def _untag(line: str) -> tuple[str, frozenset[str]]:
    """A facade line without its version tag, and the tag's versions ({"*"}: every version)."""
    match = _TAG.search(line)
    if match is None:
        return line, _EVERY
    return line[: match.start()], frozenset(match.group(1).split(","))


def is_additive(old: Mapping[str, list[str]], new: Mapping[str, list[str]]) -> bool:
    """Whether `new` only adds to `old`: new lines, new versions, methods in more versions.
    Anything removed or changed (a type, a signature, a method in fewer versions) is not."""
    for name, (gone, added) in changes(old, new).items():
        if not gone:
            continue
        if name != FACADE:
            return False
        now = dict(map(_untag, added))
        for line in gone:
            text, versions = _untag(line)
            wider = now.get(text)
            if wider is None or not (wider == _EVERY or (versions != _EVERY and versions <= wider)):
                return False
    return True


def _subject(line: str) -> str:
    """What a surface line is about, as a user would name it."""
    text = _untag(line)[0]
    text = re.sub(r"^client (?:Async)?VirtualServerClient\.", "client.", text)
    text = re.sub(r"^(?:model |exports )", "", text)
    return re.split(r"[(:]", text, maxsplit=1)[0].strip()


def added_entries(old: Mapping[str, list[str]], new: Mapping[str, list[str]]) -> list[str]:
    """Changelog lines for purely additive changes, each naming its API versions."""
    entries = []
    found = changes(old, new)
    for name, (gone, added) in found.items():
        if name == FACADE:
            widened = {_untag(line)[0] for line in gone}  # in more versions: said below
            groups: dict[str, set[str]] = {}
            for line in added:
                text, versions = _untag(line)
                if text in widened:
                    continue
                if versions == _EVERY and text.startswith("model "):
                    versions = _versions_with_field(text, found) or versions
                key = (
                    "all API versions"
                    if versions == _EVERY
                    else f"API versions {', '.join(sorted(versions, key=_key))}"
                )
                groups.setdefault(key, set()).add(_subject(line))
            for where, subjects in sorted(groups.items()):
                entries.append(f"- The facade: {_names(subjects)} ({where})")
        elif name not in old:
            operations = sum(1 for line in new[name] if line.startswith("api."))
            names = list(new)
            before = names[names.index(name) - 1] if names.index(name) > 1 else None
            dropped = (
                sorted(_operations_of(new[before]) - _operations_of(new[name])) if before else []
            )
            note = (
                f"; against {version_of(before)} it no longer has {_names(dropped)}, which "
                f"a client that moves to {version_of(name)} is refused"
                if before and dropped
                else ""
            )
            entries.append(
                f"- API version {version_of(name)}: its client `scp_virtualserver.{name}` "
                f"({operations} operations), and the facade speaks it{note} "
                f"(API versions {version_of(name)})"
            )
        else:
            subjects = {_subject(line) for line in added}
            entries.append(
                f"- `scp_virtualserver.{name}`: {_names(subjects)} "
                f"(API versions {version_of(name)})"
            )
    return entries


def _operations_of(lines: Iterable[str]) -> set[str]:
    """The operations of a per-version section, as `resource.operation`."""
    return {
        line.split(".sync(")[0].removeprefix("api.") for line in lines if line.startswith("api.")
    }


def _versions_with_field(
    line: str, found: Mapping[str, tuple[list[str], list[str]]]
) -> frozenset[str]:
    """The API versions whose client gained a model field of the facade model line's name."""
    field = re.match(r"^model \w+\.(\w+):", line)
    if field is None:
        return frozenset()
    pattern = re.compile(rf"^models\.\w+\.{field.group(1)}:")
    return frozenset(
        version_of(name)
        for name, (_, added) in found.items()
        if name != FACADE and any(pattern.match(each) for each in added)
    )


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _names(subjects: Iterable[str], limit: int = 12) -> str:
    ordered = sorted(subjects)
    shown = ", ".join(f"`{subject}`" for subject in ordered[:limit])
    return shown + (f" and {len(ordered) - limit} more" if len(ordered) > limit else "")


_SURFACE_LINE = re.compile(r"^Surface: `?([0-9a-f]{16})`?", re.MULTILINE)
_ENTRY = re.compile(r"^- .*(?:\n  +\S.*)*", re.MULTILINE)  # a bullet and its indented lines
_API_VERSIONS = re.compile(r"\((?:API versions?\b[^)]*|all API versions|no API version\b[^)]*)\)")
UNRELEASED = "## [Unreleased]"
BLOCK = ("<!-- surface: added, recorded by the generator -->", "<!-- /surface -->")


def record_additions(text: str, entries: list[str], old: str, new: str) -> str | None:
    """CHANGELOG.md with additive entries recorded under [Unreleased] and its `Surface:` line
    moved to `new`; None when the old surface was not recorded (a human entry is pending)."""
    if old not in {m.group(1) for m in _SURFACE_LINE.finditer(text)} or UNRELEASED not in text:
        return None
    start = text.index(UNRELEASED)
    end = text.find("\n## ", start + len(UNRELEASED))
    end = len(text) if end == -1 else end + 1
    section = text[start:end]
    surface = _SURFACE_LINE.search(section)
    if surface is not None and surface.group(1) != old:
        return None
    if BLOCK[0] in section:
        head, rest = section.split(BLOCK[0], 1)
        body, tail = rest.split(BLOCK[1], 1)
        kept = [line for line in body.strip().splitlines() if line.strip()]
        merged = kept + [entry for entry in entries if entry not in kept]
        section = f"{head}{BLOCK[0]}\n" + "\n".join(merged) + f"\n{BLOCK[1]}{tail}"
    else:
        block = "\n".join([BLOCK[0], *entries, BLOCK[1]]) + "\n\n"
        added = section.find("### Added\n")
        if added == -1:  # a subsection of its own, before the Surface line
            block = "### Added\n\n" + block
            at = surface.start() if surface is not None else len(section.rstrip("\n")) + 1
        else:  # at the end of the Added subsection
            following = [
                i
                for i in (section.find("\n### ", added + 1), surface.start() - 1 if surface else -1)
                if i != -1
            ]
            at = min(following) + 1 if following else len(section)
        section = section[:at] + block + section[at:]
    if _SURFACE_LINE.search(section) is None:
        section = section.rstrip("\n") + f"\n\nSurface: {new}\n\n"
    else:
        section = _SURFACE_LINE.sub(f"Surface: {new}", section, count=1)
    return text[:start] + section + text[end:]


def check_changelog(text: str, expected: str, where: Path = CHANGELOG) -> None:
    """The fingerprint must be a `Surface:` line of a section whose entries each name the API
    versions they touch; SurfaceError naming the file and what to add otherwise."""
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    for section in sections[1:]:
        if any(m.group(1) == expected for m in _SURFACE_LINE.finditer(section)):
            title = section.splitlines()[0]
            entries = _ENTRY.findall(section)
            if not entries:
                raise SurfaceError(
                    f"{where}: section '{title}' records surface {expected} but has no entry; "
                    "add one line per change (`- ...`), each naming the API versions it "
                    "touches, such as `(API versions 1.0-1.3)` or `(all API versions)`"
                )
            unnamed = [
                " ".join(e.split())[:80]
                for e in entries
                if not _API_VERSIONS.search(" ".join(e.split()))
            ]
            if unnamed:
                raise SurfaceError(
                    f"{where}: in section '{title}', each entry must name the API versions it "
                    "touches, such as `(API versions 1.0-1.3)`, `(all API versions)` or "
                    f"`(no API version: the facade only)`; these do not: {'; '.join(unnamed)}"
                )
            return
    raise SurfaceError(
        f"{where}: no entry records the public surface {expected} (docs/surface.txt changed); "
        "add under `## [Unreleased]` one line per change naming the API versions it touches, "
        f"and set that section's line `Surface: {expected}`. What changed: "
        "`python -m generator.surface --diff <the old docs/surface.txt>` (e.g. from git)"
    )
