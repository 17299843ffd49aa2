"""The version facts that prose repeats (README, docs, package metadata), written from the specs.

A file holds a fact between markers, and `python -m generator` rewrites what is between them:

    <!-- facts:versions-table -->(the table)<!-- /facts -->     Markdown, block or inline
    # facts:description                                       TOML (pyproject.toml): whole
    description = "..."                                       lines between the two comments
    # /facts

`python -m generator --check` reports a block that differs from the specs, and a file in
`FILES` that lacks a block it must hold (named with the marker to add). Facts that do not fit
a marker (inside a code block) are not written in prose at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import bundle, lint
from .lint import SpecError

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec" / "virtualserver"
DEVIATIONS = "deviations.yaml"
COUNTS_KEY = "samsung-operations"
DASH = "\N{EN DASH}"  # no Not Before date, in the tables

# The files that repeat version facts, and the blocks each must hold.
FILES: dict[str, tuple[str, ...]] = {
    "README.md": ("range", "versions-table", "samsung-operations"),
    "docs/index.md": ("range", "versions-table"),
    "docs/api.md": ("packages",),
    "pyproject.toml": ("description",),
}

_BLOCK = re.compile(
    r"(?P<open><!-- facts:(?P<name>[\w.-]+) -->)(?P<body>.*?)(?P<close><!-- /facts -->)"
    r"|(?P<topen>^# facts:(?P<tname>[\w.-]+)\n)(?P<tbody>.*?)(?P<tclose>^# /facts$)",
    re.DOTALL | re.MULTILINE,
)


@dataclass(frozen=True)
class Facts:
    """What the specs say that prose repeats."""

    rows: tuple[lint.VersionInfo, ...]  # oldest first
    operations: Mapping[str, int]  # version -> our operation count
    samsung: Mapping[str, int | None]  # version -> Samsung's count (None: none published)

    @property
    def versions(self) -> list[str]:
        return [row.version for row in self.rows]

    @property
    def current(self) -> str:
        """The CURRENT version, else the newest that is not PLANNED."""
        for row in reversed(self.rows):
            if row.status == "CURRENT":
                return row.version
        served = [row.version for row in self.rows if row.status != "PLANNED"]
        return (served or self.versions)[-1]


def read(spec_dir: Path = SPEC_DIR) -> Facts:
    """The facts, from the sources (what `python -m generator` would build)."""
    built = bundle.build(spec_dir)
    rows = tuple(
        lint.version_info(Path(f"{b.version}.yaml"), b.document) for b in built
    )  # the built info block, checked as the generator checks it
    operations = {b.version: sum(1 for _ in bundle.operations(b.document)) for b in built}
    samsung = samsung_counts(spec_dir / DEVIATIONS, [row.version for row in rows])
    return Facts(rows, operations, samsung)


def samsung_counts(path: Path, versions: Sequence[str]) -> dict[str, int | None]:
    """Samsung's operation count per version, from deviations.yaml; every version needs one."""
    data = bundle.read_mapping(path) if path.is_file() else {}
    raw = data.get(COUNTS_KEY)
    if not isinstance(raw, dict):
        raise SpecError(
            f"{path}: `{COUNTS_KEY}` is missing; it maps each version to the number of "
            "operations Samsung documents for it (null where Samsung has published none)"
        )
    counts: dict[str, int | None] = {}
    for version in versions:
        if version not in raw:
            raise SpecError(
                f'{path}: {COUNTS_KEY} has no count for {version}; add `"{version}": N`, the '
                f"number of operations Samsung documents for {version} (its API reference or "
                "OpenAPI document), or `null` if Samsung has published none yet"
            )
        value = raw[version]
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise SpecError(f"{path}: {COUNTS_KEY}.{version} must be a whole number or null")
        counts[version] = value
    unknown = sorted(set(map(str, raw)) - set(versions))
    if unknown:
        raise SpecError(
            f"{path}: {COUNTS_KEY} names {', '.join(unknown)}, which spec/virtualserver/"
            "versions/ does not have; remove them or add the version"
        )
    return counts


# -- rendering -------------------------------------------------------------------------------


def _table(facts: Facts) -> str:
    lines = ["", "", "| version | status | Not Before |", "|---|---|---|"]
    for row in reversed(facts.rows):
        lines.append(f"| {row.version} | {row.status} | {row.not_before or DASH} |")
    return "\n".join(lines) + "\n\n"  # blank lines: the markers are not table rows


def _range(facts: Facts) -> str:
    return f"{facts.versions[0]} to {facts.versions[-1]}"


def _packages(facts: Facts) -> str:
    first, last = (bundle_package(v) for v in (facts.versions[0], facts.versions[-1]))
    return f"`scp_virtualserver.{first}` … `{last}`"


def _samsung(facts: Facts) -> str:
    return ", ".join(
        f"{version}: {count if count is not None else 'none published'}"
        for version, count in facts.samsung.items()
    )


def _description(facts: Facts) -> str:
    return (
        'description = "Typed Python SDK for the Samsung Cloud Platform Virtual Server API, '
        f'versions {_range(facts)}"\n'
    )


def bundle_package(version: str) -> str:
    return "v" + version.replace(".", "_")


RENDER: dict[str, Callable[[Facts], str]] = {
    "range": _range,
    "current": lambda facts: facts.current,
    "versions-table": _table,
    "packages": _packages,
    "samsung-operations": _samsung,
    "description": _description,
}


def rewrite(text: str, facts: Facts, where: str, required: Sequence[str] = ()) -> str:
    """The text with every facts block filled from the specs; SpecError naming `where` for an
    unknown block or a required one that is missing."""
    found: set[str] = set()

    def fill(match: re.Match[str]) -> str:
        name = match["name"] or match["tname"]
        render = RENDER.get(name)
        if render is None:
            raise SpecError(
                f"{where}: unknown facts block {name!r}; known: {', '.join(sorted(RENDER))}"
            )
        found.add(name)
        if match["open"]:
            return f"{match['open']}{render(facts)}{match['close']}"
        return f"{match['topen']}{render(facts)}{match['tclose']}"

    result = _BLOCK.sub(fill, text)
    missing = [name for name in required if name not in found]
    if missing:
        hints = "; ".join(_hint(where, name) for name in missing)
        raise SpecError(f"{where}: has no facts block {', '.join(missing)}: add {hints}")
    return result


def _hint(where: str, name: str) -> str:
    if where.endswith(".toml"):
        return f"the lines `# facts:{name}` and `# /facts` around it"
    return f"`<!-- facts:{name} --><!-- /facts -->` where it belongs"


def rendered(root: Path = ROOT, facts: Facts | None = None) -> dict[Path, tuple[str, str]]:
    """Each fact file -> (its text now, its text with the facts filled in)."""
    facts = facts if facts is not None else read(root / "spec" / "virtualserver")
    result = {}
    for name, required in FILES.items():
        path = root / name
        if not path.is_file():
            raise SpecError(f"{path}: is missing; it holds the facts blocks {', '.join(required)}")
        text = path.read_text("utf-8")
        result[path] = (text, rewrite(text, facts, name, required))
    return result


def write(root: Path = ROOT) -> list[Path]:
    """Rewrites the blocks that differ; returns the files written."""
    written = []
    for path, (old, new) in rendered(root).items():
        if old != new:
            path.write_text(new, encoding="utf-8")
            written.append(path)
    return written


def drift(root: Path = ROOT) -> list[str]:
    """What differs between the committed fact blocks and the specs, as readable lines."""
    import difflib

    report: list[str] = []
    for path, (old, new) in rendered(root).items():
        if old != new:
            name = path.relative_to(root).as_posix()
            report.append(f"{name}: its facts blocks differ from the specs")
            report.extend(
                difflib.unified_diff(
                    old.splitlines(),
                    new.splitlines(),
                    f"committed/{name}",
                    f"generated/{name}",
                    lineterm="",
                    n=0,
                )
            )
    return report
