"""`python -m generator.surface`: the package's public surface as a committed text file.

What users of a release can call, read from the built package by introspection only (public
names, signatures, annotations, documented per-version notes), never from the generator's
internals: so it stays right however the facade is made. One fact a line, sorted:

    [facade]                  the facade: `vs.` names, clients, resources and their methods with
                              every argument and its type, models and their fields with types
    [v1_0]                    a per-version client in full: its exports, each operation's module
                              and signature, each model's fields with types
    [v1_1 against v1_0]       each later version as the lines it adds (+) and drops (-)

The first line holds a fingerprint of the rest. CI (`python -m generator --check`, and this
module's `--check`) fails when the file is not what the package gives, and when CHANGELOG.md
has no entry recording the fingerprint (its `Surface:` line; see `surface_notes`): a change of
the public surface is a change users read about. `--diff OLD` names what changed against an
older surface file and which API versions it touches, for writing that entry.
"""

from __future__ import annotations

import argparse
import enum
import functools
import hashlib
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SURFACE = ROOT / "docs" / "surface.txt"
CHANGELOG = ROOT / "CHANGELOG.md"
PACKAGE = "scp_virtualserver"
FACADE = "facade"
_FINGERPRINT = re.compile(r"^# fingerprint: ([0-9a-f]{16})", re.MULTILINE)
_VERSIONS_NOTE = re.compile(r"In API versions? ([0-9., ]+?) only\.")
_SECTION = re.compile(r"^\[(?P<name>[\w.]+)(?: against (?P<base>[\w.]+))?\]$")
_CLIENT_EXTRAS = ("AuthenticatedClient", "Client")


class SurfaceError(Exception):
    """The surface file is stale, or its change has no CHANGELOG.md entry; the message says
    which file and what to do."""


# -- reading the package ---------------------------------------------------------------------


_MODULE_PATH = re.compile(r"\b(?:scp_virtualserver|typing|collections\.abc)(?:\.\w+)*\.(\w+)")


def _annotation(value: Any) -> str:
    """An annotation as text: as written where it is a string, else without module paths."""
    if value is inspect.Parameter.empty or value is inspect.Signature.empty:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, type):
        return value.__qualname__
    return _MODULE_PATH.sub(r"\1", str(value))


def signature(function: Callable[..., Any], *, skip_first: bool = False) -> str:
    """`(a: T, *, b: U = None) -> R`, as written in the code (annotations unevaluated)."""
    try:
        sig = inspect.signature(function)
    except (TypeError, ValueError):
        return "(...)"
    parts: list[str] = []
    star = False
    params = list(sig.parameters.values())[1 if skip_first else 0 :]
    for param in params:
        if param.kind is param.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        if param.kind is param.VAR_POSITIONAL:
            star = True
        prefix = "*" if param.kind is param.VAR_POSITIONAL else ""
        prefix = "**" if param.kind is param.VAR_KEYWORD else prefix
        text = prefix + param.name
        note = _annotation(param.annotation)
        if note:
            text += f": {note}"
        if param.default is not param.empty:
            text += f" = {_default(param.default)}"
        parts.append(text)
        if param.kind is param.POSITIONAL_ONLY and (
            params.index(param) == len(params) - 1
            or params[params.index(param) + 1].kind is not param.POSITIONAL_ONLY
        ):
            parts.append("/")
    result = _annotation(sig.return_annotation)
    return f"({', '.join(parts)})" + (f" -> {result}" if result else "")


def _default(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, int | float | str | bool | type(None)):
        return repr(value)
    return type(value).__name__ + "(...)"  # an object (or a table): its type, not its value


def _public(names: Iterable[str]) -> list[str]:
    return sorted(name for name in names if not name.startswith("_"))


def _versions_of(function: Any) -> str:
    """The API versions a method is documented for, if not every version: "  [1.1,1.2]"."""
    match = _VERSIONS_NOTE.search(inspect.getdoc(function) or "")
    return f"  [{match.group(1).replace(' ', '')}]" if match else ""


def _fields(cls: type) -> list[tuple[str, str]]:
    """The public annotated attributes of a class and its bases in the package."""
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if not klass.__module__.startswith(PACKAGE) and klass is not cls:
            continue
        for name, note in inspect.get_annotations(klass).items():
            text = _annotation(note)
            if not name.startswith("_") and not text.startswith(("ClassVar", "typing.ClassVar")):
                found[name] = text
    return sorted(found.items())


def _model_lines(prefix: str, cls: type) -> Iterator[str]:
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        values = ", ".join(str(member.value) for member in cls)
        yield f"{prefix} enum: {values}"
        return
    yield f"{prefix}"
    for name, note in _fields(cls):
        yield f"{prefix}.{name}: {note}"


def _resources(owner: Any, path: str) -> Iterator[tuple[str, Any]]:
    """(path, resource) for each resource reachable from a client or a resource: its public
    properties whose value is an object of this package (not a plain value)."""
    for name in _public(dir(type(owner))):
        static = inspect.getattr_static(type(owner), name)
        if not isinstance(static, property | functools.cached_property):
            continue
        value = getattr(owner, name)
        if type(value).__module__.startswith(f"{PACKAGE}."):
            yield f"{path}.{name}", value
            yield from _resources(value, f"{path}.{name}")


def facade_lines() -> list[str]:
    """The facade's surface: top-level names, clients, resources, methods, models."""
    vs = importlib.import_module(PACKAGE)
    lines = [line for name in sorted(vs.__all__) for line in _export(name, getattr(vs, name))]
    clients = {
        name: getattr(vs, name) for name in ("VirtualServerClient", "AsyncVirtualServerClient")
    }
    resources: dict[str, list[str]] = {}
    for name, cls in clients.items():
        lines.append(f"client {name}{signature(cls.__init__, skip_first=True)}")
        for member in _public(dir(cls)):
            static = inspect.getattr_static(cls, member)
            if isinstance(static, property):
                lines.append(f"client {name}.{member}: {_annotation(_returns(static.fget))}")
            elif inspect.isfunction(static) or inspect.iscoroutinefunction(static):
                lines.append(f"client {name}.{member}{signature(static, skip_first=True)}")
        resources[name] = list(_resource_lines(cls))
    sync, asynchronous = resources["VirtualServerClient"], resources["AsyncVirtualServerClient"]
    lines.extend(f"client VirtualServerClient{line}" for line in sync)
    if sorted(map(_as_sync, asynchronous)) == sorted(sync):
        lines.append("client AsyncVirtualServerClient: the resources above, awaitable")
    else:
        lines.extend(f"client AsyncVirtualServerClient{line}" for line in asynchronous)
    models = importlib.import_module(f"{PACKAGE}.resources.models")
    for name in sorted({*getattr(models, "__all__", ()), "Network", "Volume"}):
        lines.extend(
            _model_lines(f"model {name}", getattr(models, name, None) or getattr(vs, name))
        )
    return lines


def _as_sync(line: str) -> str:
    """An async resource's line as its sync twin's would read."""
    line = re.sub(r"\bAsyncIterator\b", "Iterator", line)
    return re.sub(r": Async(\w+)$", r": \1", line)


def _export(name: str, value: Any) -> Iterator[str]:
    """A top-level name: a function's signature, a class's bases and typed fields."""
    if isinstance(value, ModuleType):
        yield f"vs.{name}: module"
    elif inspect.isfunction(value):
        yield f"vs.{name}{signature(value)}"
    elif isinstance(value, type):
        bases = ", ".join(base.__name__ for base in value.__bases__ if base is not object)
        yield f"vs.{name}: class({bases})"
        if not value.__module__.endswith(".models"):  # models are listed as models below
            yield from (f"vs.{name}.{field}: {note}" for field, note in _fields(value))
    else:
        yield f"vs.{name}: {type(value).__name__}"


def _returns(function: Any) -> Any:
    try:
        return inspect.signature(function).return_annotation
    except (TypeError, ValueError):
        return ""


def _resource_lines(cls: type) -> Iterator[str]:
    vs = importlib.import_module(PACKAGE)
    day = next(v for v in vs.VERSIONS if v.status != "PLANNED").version
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a pinned version's deprecation: not the surface
        client = cls(
            endpoint_url="http://127.0.0.1:9",
            credentials=vs.Credentials("surface", "surface"),
            api_version=day,
        )
    try:
        for path, resource in _resources(client, ""):
            kind = type(resource)
            yield f"{path}: {kind.__name__}"
            for member in _public(vars(kind)):
                function = inspect.getattr_static(kind, member)
                if inspect.isfunction(function):
                    versions = _versions_of(function)
                    yield f"{path}.{member}{signature(function, skip_first=True)}{versions}"
    finally:
        closing = getattr(client, "close", None) or getattr(client, "aclose", None)
        if closing is not None and not inspect.iscoroutinefunction(closing):
            closing()


def version_lines(package: str) -> list[str]:
    """A per-version client's surface: exports, operations with signatures, models."""
    module = importlib.import_module(f"{PACKAGE}.{package}")
    lines = [f"exports {name}" for name in sorted(getattr(module, "__all__", ()))]
    for name in _CLIENT_EXTRAS:
        cls = getattr(module, name, None)
        if cls is not None:
            lines.append(f"{name}{signature(cls.__init__, skip_first=True)}")
    api = importlib.import_module(f"{PACKAGE}.{package}.api")
    for info in sorted(pkgutil.walk_packages(api.__path__, api.__name__ + "."), key=_name):
        if info.ispkg:
            continue
        operation = importlib.import_module(info.name)
        where = info.name.removeprefix(f"{PACKAGE}.{package}.")
        functions = [
            name
            for name, value in sorted(vars(operation).items())
            if not name.startswith("_")
            and inspect.isfunction(value)
            and ".api." in value.__module__  # its own, not a helper it imports
        ]
        main = vars(operation).get("sync")
        if main is not None:
            lines.append(f"{where}.sync{signature(main)}  ({', '.join(functions)})")
        else:
            lines.extend(f"{where}.{n}{signature(vars(operation)[n])}" for n in functions)
    models = importlib.import_module(f"{PACKAGE}.{package}.models")
    for name in sorted(getattr(models, "__all__", ())):
        lines.extend(_model_lines(f"models.{name}", getattr(models, name)))
    return lines


def _name(info: pkgutil.ModuleInfo) -> str:
    return info.name


def generated_packages() -> list[str]:
    """The per-version packages, oldest first (from the package's own version table)."""
    vs = importlib.import_module(PACKAGE)
    return ["v" + v.version.replace(".", "_") for v in vs.VERSIONS]


def collect() -> dict[str, list[str]]:
    """Section name -> its full, sorted lines."""
    packages = generated_packages()
    sections = {FACADE: sorted(set(facade_lines()))}
    for package in packages:
        sections[package] = sorted(set(version_lines(package)))
    return sections


# -- the file --------------------------------------------------------------------------------

HEADER = """\
# The public surface of scp-virtualserver, per API version: `python -m generator.surface`
# writes it from the built package (do not edit by hand). A change here needs an entry in
# CHANGELOG.md whose `Surface:` line holds the fingerprint above (see CHANGELOG.md).
"""


def render(sections: Mapping[str, list[str]]) -> str:
    body: list[str] = []
    previous: list[str] | None = None
    previous_name = ""
    for name, lines in sections.items():
        if name == FACADE or previous is None:
            body.append(f"[{name}]")
            body.extend(lines)
        else:
            old, new = set(previous), set(lines)
            body.append(f"[{name} against {previous_name}]")
            body.extend(
                sorted(
                    [f"- {line}" for line in old - new] + [f"+ {line}" for line in new - old],
                    key=lambda line: (line[2:], line[0]),
                )
            )
        if name != FACADE:
            previous, previous_name = lines, name
        body.append("")
    text = "\n".join(body)
    return f"# fingerprint: {fingerprint(text)}\n{HEADER}\n{text}"


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def parse(text: str) -> dict[str, list[str]]:
    """The surface file back into full sections (later versions' deltas applied)."""
    sections: dict[str, list[str]] = {}
    current: str | None = None
    delta = False
    full: set[str] = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        match = _SECTION.match(line)
        if match:
            if current is not None:
                sections[current] = sorted(full)
            current, delta = match["name"], match["base"] is not None
            full = set(sections.get(match["base"] or "", ()))
            continue
        if current is None:
            raise SurfaceError(f"a line before any section: {line!r}")
        if delta and line[:2] == "- ":
            full.discard(line[2:])
        else:
            full.add(line[2:] if delta and line[:2] == "+ " else line)
    if current is not None:
        sections[current] = sorted(full)
    return sections


def recorded_fingerprint(text: str) -> str | None:
    match = _FINGERPRINT.search(text)
    return match.group(1) if match else None


# -- comparing two surfaces ------------------------------------------------------------------


def changes(
    old: Mapping[str, list[str]], new: Mapping[str, list[str]]
) -> dict[str, tuple[list[str], list[str]]]:
    """Section -> (lines gone, lines new), for the sections that differ."""
    found = {}
    for name in [*new, *(n for n in old if n not in new)]:
        before, after = set(old.get(name, ())), set(new.get(name, ()))
        if before != after:
            found[name] = (sorted(before - after), sorted(after - before))
    return found


def touched_versions(old: Mapping[str, list[str]], new: Mapping[str, list[str]]) -> list[str]:
    """The API versions ("1.0") whose per-version client changed."""
    return [version_of(name) for name in changes(old, new) if name != FACADE]


def version_of(section: str) -> str:
    """'v1_2' -> '1.2'."""
    return section[1:].replace("_", ".")


def describe(old: Mapping[str, list[str]], new: Mapping[str, list[str]], limit: int = 40) -> str:
    lines = []
    for name, (gone, added) in changes(old, new).items():
        where = "the facade" if name == FACADE else f"API version {name[1:].replace('_', '.')}"
        if name not in old:
            lines.append(f"  {where}: new ({len(added)} lines)")
            continue
        lines.append(f"  {where}: {len(gone)} gone, {len(added)} new")
        shown = [f"    - {line}" for line in gone] + [f"    + {line}" for line in added]
        lines.extend(shown[:limit])
        if len(shown) > limit:
            lines.append(f"    ... and {len(shown) - limit} more")
    return "\n".join(lines) or "  no change"


# -- entry points ----------------------------------------------------------------------------


def fresh_text() -> str:
    """The surface of the package as it is on disk now, read in a fresh interpreter (so that
    modules imported before a regeneration are not what is read)."""
    result = subprocess.run(
        [sys.executable, "-m", "generator.surface", "--print"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        raise SurfaceError(f"reading the package's surface failed:\n{result.stderr[-3000:]}")
    return result.stdout


def write(path: Path = SURFACE, changelog: Path = CHANGELOG) -> tuple[bool, str]:
    """Writes the surface file; returns whether it changed and what to tell the maintainer.

    A purely additive change (a new API version, operation or field) is recorded in
    CHANGELOG.md by the generator; any other change is left for a person to describe."""
    new = fresh_text()
    old = path.read_text("utf-8") if path.is_file() else ""
    if old == new:
        return False, ""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")
    before, after = (parse(old) if old else {}), parse(new)
    report = describe(before, after)
    old_print, new_print = recorded_fingerprint(old), recorded_fingerprint(new)
    text = changelog.read_text("utf-8") if changelog.is_file() else ""
    from . import surface_notes as notes  # it reads this module's file format

    if old and old_print and new_print and notes.is_additive(before, after):
        entries = notes.added_entries(before, after)
        updated = notes.record_additions(text, entries, old_print, new_print)
        if updated is not None:
            changelog.write_text(updated, encoding="utf-8")
            return True, f"{report}\nonly additions: recorded in {changelog.name}"
    versions = ", ".join(touched_versions(before, after)) or "none (the facade only)"
    return True, (
        f"{report}\nthis changes what exists (API versions touched: {versions}): describe it "
        f"in {changelog.name} under {notes.UNRELEASED}, naming the API versions, and set its line "
        f"`Surface: {new_print}`"
    )


def check(path: Path = SURFACE, changelog: Path = CHANGELOG) -> list[str]:
    """Problems, as readable lines: a stale surface file, a surface change with no entry."""
    new = fresh_text()
    old = path.read_text("utf-8") if path.is_file() else ""
    problems = []
    if old != new:
        problems.append(
            f"{path}: is not the package's public surface; run `python -m generator` (or "
            f"`python -m generator.surface`) and commit it. What changed:\n"
            + describe(parse(old) if old else {}, parse(new))
        )
    expected = recorded_fingerprint(new)
    assert expected is not None
    from . import surface_notes as notes

    try:
        notes.check_changelog(
            changelog.read_text("utf-8") if changelog.is_file() else "", expected, changelog
        )
    except SurfaceError as problem:
        problems.append(str(problem))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.surface", description=__doc__)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true", help="fail on a stale file or no entry")
    action.add_argument("--print", action="store_true", help="print the surface, write nothing")
    action.add_argument("--diff", type=Path, metavar="OLD", help="what changed against OLD")
    args = parser.parse_args(argv)
    if args.print:
        sys.stdout.write(render(collect()))
        return 0
    try:
        if args.diff is not None:
            old = parse(args.diff.read_text("utf-8"))
            new = parse(fresh_text())
            print(describe(old, new, limit=10_000))
            print(f"API versions touched: {', '.join(touched_versions(old, new)) or 'none'}")
            return 0
        if args.check:
            problems = check()
            print("\n".join(problems) if problems else f"{SURFACE} is current and recorded")
            return 1 if problems else 0
        changed, what = write()
        print(f"wrote {SURFACE}:\n{what}" if changed else f"{SURFACE} is unchanged")
        return 0
    except SurfaceError as problem:
        print(f"surface: {problem}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
