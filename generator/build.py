"""Regenerates every version's client from its spec, all or nothing.

Each version is generated into a fresh temporary directory by the pinned openapi-python-client
and ruff; only when all of them succeed are the committed packages replaced, so a failed run
leaves `clients/` as it was.
"""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from . import lint, table

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec" / "virtualserver"
PACKAGE_DIR = ROOT / "clients" / "scp_virtualserver"
TEMPLATES = Path(__file__).resolve().parent / "templates"
TABLE_MODULE = "_versions_table.py"

PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}


class GenerationError(Exception):
    """The generator failed; nothing committed was changed."""


def package_name(version: str) -> str:
    """'1.2' -> 'v1_2', the subpackage of that version."""
    return "v" + version.replace(".", "_")


def spec_paths(spec_dir: Path = SPEC_DIR) -> list[Path]:
    paths = sorted(spec_dir.glob("*.yaml"), key=lambda p: tuple(int(n) for n in p.stem.split(".")))
    if not paths:
        raise GenerationError(f"no specs in {spec_dir}")
    return paths


def check_tools() -> None:
    """Refuses to run with other versions of the tools than the pinned ones: output would drift."""
    for name, wanted in PINNED.items():
        try:
            found = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found = "not installed"
        if found != wanted:
            raise GenerationError(
                f"{name} {wanted} is required, found {found}; install the pinned tools with "
                "`pip install -e .[generate]` or run `nox -s generate`"
            )


def generate_into(out_root: Path, spec_dir: Path = SPEC_DIR) -> list[Path]:
    """Lints every spec and writes the generated packages and version table under out_root."""
    check_tools()
    specs = spec_paths(spec_dir)
    rows = [lint.lint(path) for path in specs]
    lint.check_table(rows)
    out_root.mkdir(parents=True, exist_ok=True)
    written = []
    for path, row in zip(specs, rows, strict=True):
        target = out_root / package_name(row.version)
        _run_generator(path, target)
        (target / "py.typed").write_text("", encoding="utf-8")
        written.append(target)
    table_path = out_root / TABLE_MODULE
    documents = {row.version: lint.load(path) for path, row in zip(specs, rows, strict=True)}
    schema_fields = {version: lint.schema_fields(doc) for version, doc in documents.items()}
    query_parameters = {version: lint.query_parameters(doc) for version, doc in documents.items()}
    table_path.write_text(table.render(rows, schema_fields, query_parameters), encoding="utf-8")
    _format(table_path)
    written.append(table_path)
    return written


def _ruff() -> str:
    # The pinned ruff's own binary, not `python -m ruff`: the hooks run inside the generated
    # package, whose `types.py` would shadow the standard library's for a Python started there.
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def _format(path: Path) -> None:
    command = [_ruff(), "format", "--isolated", "--no-cache", "--line-length", "100", str(path)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise GenerationError(f"ruff could not format {path}:\n{result.stderr}")


def _run_generator(spec: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="scp-gen-") as scratch:
        config = Path(scratch) / "config.yaml"
        # ruff runs isolated from any pyproject.toml above the output, with the cache off, so
        # that only the pinned version and its defaults shape the generated code.
        config.write_text(
            "post_hooks:\n"
            f"  - '{_ruff()} check --isolated --no-cache --fix-only --select F,I .'\n"
            f"  - '{_ruff()} format --isolated --no-cache --line-length 100 .'\n",
            encoding="utf-8",
        )
        command = [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(target),
            "--meta",
            "none",
            "--config",
            str(config),
            "--custom-template-path",
            str(TEMPLATES),
            "--fail-on-warning",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0 or not (target / "__init__.py").exists():
        output = (result.stdout + result.stderr).strip()
        raise GenerationError(f"{spec}: openapi-python-client failed:\n{output}")


def replace_packages(generated: Iterable[Path], package_dir: Path = PACKAGE_DIR) -> None:
    """Swaps each generated package (and the table) into the package directory, whole."""
    for source in generated:
        destination = package_dir / source.name
        if destination.is_dir():
            shutil.rmtree(destination)
        elif destination.exists():
            destination.unlink()
        shutil.move(str(source), str(destination))


def regenerate(package_dir: Path = PACKAGE_DIR, spec_dir: Path = SPEC_DIR) -> list[Path]:
    with tempfile.TemporaryDirectory(prefix="scp-clients-") as scratch:
        generated = generate_into(Path(scratch), spec_dir)
        replace_packages(generated, package_dir)
    return [package_dir / path.name for path in generated]


def generated_names(spec_dir: Path = SPEC_DIR) -> list[str]:
    """The names under the package directory that the generator owns."""
    names = [package_name(path.stem) for path in spec_paths(spec_dir)]
    return [*names, TABLE_MODULE]


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


def drift(package_dir: Path = PACKAGE_DIR, spec_dir: Path = SPEC_DIR) -> list[str]:
    """A readable diff between the committed clients and a fresh generation; empty if none."""
    import difflib

    names = generated_names(spec_dir)
    with tempfile.TemporaryDirectory(prefix="scp-check-") as scratch:
        generate_into(Path(scratch), spec_dir)
        fresh = files_under(Path(scratch), names)
    committed = files_under(package_dir, names)
    report: list[str] = []
    for name in sorted(set(fresh) | set(committed)):
        old, new = committed.get(name), fresh.get(name)
        if old == new:
            continue
        if old is None:
            report.append(f"missing from clients/: {name}")
        elif new is None:
            report.append(f"not generated any more, but committed: {name}")
        else:
            report.extend(
                difflib.unified_diff(
                    old.decode(errors="replace").splitlines(),
                    new.decode(errors="replace").splitlines(),
                    f"committed/{name}",
                    f"generated/{name}",
                    lineterm="",
                )
            )
    return report
