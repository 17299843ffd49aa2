"""Builds the specs and regenerates every version's client from them, all or nothing.

The factored sources (spec/virtualserver/base, versions/) are built into one complete document
per version; each is linted, then generated into a fresh temporary directory by the pinned
openapi-python-client and ruff (`engine`: the versions side by side, unchanged ones cached).
Modules that come out identical in several versions are kept once (`dedupe`). Only when
everything succeeded are the built documents and the packages swapped in, so a failed run
leaves the repository as it was.
"""

from __future__ import annotations

import importlib.metadata
import json
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import bundle, dedupe, engine, facade, lint, prose, table, yamlio

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec" / "virtualserver"
PACKAGE_DIR = ROOT / "clients" / "scp_virtualserver"
TABLE_MODULE = "_versions_table.py"
DATA_DIR = "_specs"
RESOURCES = "resources.yaml"


class GenerationError(Exception):
    """The generator failed; nothing committed was changed."""


def package_name(version: str) -> str:
    """'1.2' -> 'v1_2', the subpackage of that version."""
    return "v" + version.replace(".", "_")


def spec_paths(spec_dir: Path = SPEC_DIR) -> list[Path]:
    """The built documents (X.Y.yaml) in a directory, oldest version first."""
    paths = sorted(
        (p for p in spec_dir.glob("*.yaml") if bundle.is_version_name(p.stem)),
        key=lambda p: bundle.version_key(p.stem),
    )
    if not paths:
        raise GenerationError(f"no built specs in {spec_dir}")
    return paths


def check_tools() -> None:
    """Refuses to run with other versions of the tools than the pinned ones: output would drift."""
    for name, wanted in engine.PINNED.items():
        try:
            found = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found = "not installed"
        if found != wanted:
            raise GenerationError(
                f"{name} {wanted} is required, found {found}; install the pinned tools with "
                "`pip install --group generate` (pip 25.1+) or run `nox -s generate`"
            )


def write_documents(spec_dir: Path, out_dir: Path) -> list[Path]:
    """Builds every version's document from the sources into out_dir; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for built in bundle.build(spec_dir):
        path = out_dir / f"{built.version}.yaml"
        yamlio.write(path, bundle.render(built), built.document)
        written.append(path)
    return written


def generate_into(
    out_root: Path,
    docs_dir: Path,
    resources: Path = SPEC_DIR / RESOURCES,
    *,
    cache: Path | None = engine.CACHE,
) -> list[Path]:
    """Lints every built document in docs_dir and writes the packages, the table and the data."""
    check_tools()
    specs = spec_paths(docs_dir)
    documents = {path: yamlio.load(path) for path in specs}
    rows = [lint.version_info(path, documents[path]) for path in specs]
    lint.check_table(rows)
    out_root.mkdir(parents=True, exist_ok=True)
    targets = [out_root / package_name(row.version) for row in rows]
    # The clients' docstrings say what users may rely on; the evidence stays in the specs.
    with tempfile.TemporaryDirectory(prefix="scp-for-users-") as for_users:
        try:
            engine.generate_all(_for_users(specs, Path(for_users)), targets, cache=cache)
        except engine.EngineError as exc:
            raise GenerationError(str(exc)) from exc
    stubs = dedupe.dedupe(out_root, [target.name for target in targets])
    for target in targets:
        (target / "py.typed").write_text("", encoding="utf-8")
    table_path = out_root / TABLE_MODULE
    by_version = {row.version: documents[path] for path, row in zip(specs, rows, strict=True)}
    table_path.write_text(table.render(rows), encoding="utf-8")
    engine.ruff_format([table_path, *stubs])
    data = write_data(out_root / DATA_DIR, by_version, resources)
    facade_dir = out_root / facade.PACKAGE
    facade_dir.mkdir()
    users = {version: prose.for_users(document) for version, document in by_version.items()}
    for name, text in facade.render_all(users, resources).items():
        (facade_dir / name).write_text(text, encoding="utf-8")
    engine.ruff_fix_and_format([facade_dir])
    return [*targets, table_path, data, facade_dir]


def _for_users(specs: list[Path], directory: Path) -> list[Path]:
    """Copies of the built documents with their prose as users read it (`prose.user_text`)."""
    copies = []
    for path in specs:
        document = prose.for_users(yamlio.load(path))
        copy = directory / path.name
        yamlio.write(copy, yamlio.dumps(document), document)
        copies.append(copy)
    return copies


def write_data(directory: Path, documents: dict[str, Any], resources: Path) -> Path:
    """The built documents and the resource data as JSON inside the package, for what reads
    them at run time: the local server's routes and checks, the facade's argument checks."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "__init__.py").write_text(
        '"""The built specs and resource data, as JSON (generated; do not edit)."""\n',
        encoding="utf-8",
    )
    for version, document in documents.items():
        text = json.dumps(document, sort_keys=True, separators=(",", ":"), default=str)
        (directory / f"{package_name(version)}.json").write_text(text + "\n", encoding="utf-8")
    data = yamlio.load(resources) if resources.is_file() else {}
    text = json.dumps(data, sort_keys=True, indent=1)
    (directory / "resources.json").write_text(text + "\n", encoding="utf-8")
    return directory


def replace_packages(generated: Iterable[Path], package_dir: Path = PACKAGE_DIR) -> None:
    """Swaps each generated package (and the table) into the package directory, whole."""
    for source in generated:
        destination = package_dir / source.name
        if destination.is_dir():
            shutil.rmtree(destination)
        elif destination.exists():
            destination.unlink()
        shutil.move(str(source), str(destination))


def regenerate(
    package_dir: Path = PACKAGE_DIR, spec_dir: Path = SPEC_DIR, *, cache: Path | None = engine.CACHE
) -> list[Path]:
    """Builds the documents and the clients; writes both only if all of it succeeded."""
    with tempfile.TemporaryDirectory(prefix="scp-clients-") as scratch:
        documents = write_documents(spec_dir, Path(scratch) / "spec")
        generated = generate_into(
            Path(scratch) / "out", Path(scratch) / "spec", spec_dir / RESOURCES, cache=cache
        )
        for stale in spec_paths(spec_dir) if _has_built(spec_dir) else []:
            if stale.name not in {d.name for d in documents}:
                stale.unlink()
        for document in documents:
            shutil.copyfile(document, spec_dir / document.name)
        replace_packages(generated, package_dir)
    return [*(spec_dir / d.name for d in documents), *(package_dir / p.name for p in generated)]


def dry_run(spec_dir: Path = SPEC_DIR, *, cache: Path | None = engine.CACHE) -> list[str]:
    """Everything `regenerate` does, into a temporary directory; returns a summary."""
    with tempfile.TemporaryDirectory(prefix="scp-dry-") as scratch:
        documents = write_documents(spec_dir, Path(scratch) / "spec")
        generate_into(
            Path(scratch) / "out", Path(scratch) / "spec", spec_dir / RESOURCES, cache=cache
        )
        return [
            f"{d.stem}: {sum(1 for _ in bundle.operations(yamlio.load(d)))} operations"
            for d in documents
        ]


def _has_built(spec_dir: Path) -> bool:
    return any(bundle.is_version_name(p.stem) for p in spec_dir.glob("*.yaml"))


def generated_names(spec_dir: Path = SPEC_DIR) -> list[str]:
    """The names under the package directory that the generator owns."""
    names = [package_name(version) for version in bundle.version_names(spec_dir)]
    return [*names, TABLE_MODULE, DATA_DIR, facade.PACKAGE]


def files_under(root: Path, names: Iterable[str]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for name in names:
        path = root / name
        if path.is_file():
            files[name] = path.read_bytes()
        elif path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.is_file() and "__pycache__" not in file.parts:
                    files[file.relative_to(root).as_posix()] = file.read_bytes()
    return files


def drift(
    package_dir: Path = PACKAGE_DIR, spec_dir: Path = SPEC_DIR, *, cache: Path | None = engine.CACHE
) -> list[str]:
    """A readable diff between what is committed and a fresh build; empty if none."""
    names = generated_names(spec_dir)
    with tempfile.TemporaryDirectory(prefix="scp-check-") as scratch:
        docs_dir = Path(scratch) / "spec"
        documents = write_documents(spec_dir, docs_dir)
        generate_into(Path(scratch) / "out", docs_dir, spec_dir / RESOURCES, cache=cache)
        fresh = files_under(Path(scratch) / "out", names)
        fresh_docs = {d.name: d.read_bytes() for d in documents}
    committed = files_under(package_dir, names)
    committed_docs = {
        p.name: p.read_bytes() for p in (spec_paths(spec_dir) if _has_built(spec_dir) else [])
    }
    return _diff(committed_docs, fresh_docs, "spec/virtualserver") + _diff(
        committed, fresh, "clients/scp_virtualserver"
    )


def _diff(committed: dict[str, bytes], fresh: dict[str, bytes], where: str) -> list[str]:
    import difflib

    report: list[str] = []
    for name in sorted(set(fresh) | set(committed)):
        old, new = committed.get(name), fresh.get(name)
        if old == new:
            continue
        if old is None:
            report.append(f"missing from {where}: {name}")
        elif new is None:
            report.append(f"not generated any more, but committed: {where}/{name}")
        else:
            report.extend(
                difflib.unified_diff(
                    old.decode(errors="replace").splitlines(),
                    new.decode(errors="replace").splitlines(),
                    f"committed/{where}/{name}",
                    f"generated/{where}/{name}",
                    lineterm="",
                )
            )
    return report
