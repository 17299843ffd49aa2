"""Runs the pinned openapi-python-client on built documents: checked, in parallel, cached.

Each version is validated and generated in a worker process through the generator's Python
API (its warnings are errors here, as `--fail-on-warning` would make them); ruff then runs once
over every package generated. A package is kept in `.cache/generator/`, keyed by everything
that shapes it (the document, our templates, the pinned tools), so a regeneration after editing
one version generates only that one. The output is the same with or without the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import multiprocessing
import os
import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import lint, yamlio

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "templates"
CACHE = ROOT / ".cache" / "generator"
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}
LINE_LENGTH = "100"


class EngineError(Exception):
    """openapi-python-client or ruff failed on a document; the message says where and why."""


def cache_key(document: Path) -> str:
    """A digest of everything that shapes the package generated from `document`."""
    digest = hashlib.sha256()
    digest.update(repr(sorted(PINNED.items())).encode())
    for template in [Path(lint.__file__), *sorted(TEMPLATES.rglob("*"))]:
        if template.is_file():
            digest.update(template.name.encode() + b"\0" + template.read_bytes())
    digest.update(document.read_bytes())
    return digest.hexdigest()[:32]


def generate_all(documents: list[Path], targets: list[Path], *, cache: Path | None = CACHE) -> None:
    """Generates targets[i] from documents[i]; lints each first. All succeed or this raises.

    Each missing version is two tasks, linting (with validation) and generating, spread over
    the machine's cores by worker processes forked from this one once the generator is loaded.
    """
    keys = [cache_key(document) for document in documents]
    missing = []
    for document, target, key in zip(documents, targets, keys, strict=True):
        cached = cache / f"{target.name}-{key}" if cache is not None else None
        if cached is not None and (cached / "__init__.py").is_file():
            shutil.copytree(cached, target)
        else:
            missing.append((document, target, key))
    if not missing:
        return
    _load_generator()
    tasks: list[tuple[Callable[..., str | None], tuple[Path, ...]]]
    tasks = [(_lint_one, (document,)) for document, _, _ in missing]
    tasks += [(_generate_one, (document, target)) for document, target, _ in missing]
    workers = min(len(tasks), os.cpu_count() or 2)
    context = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(function, *arguments) for function, arguments in tasks]
        problems = [future.result() for future in futures]
    failed = [problem for problem in problems if problem]
    if failed:
        raise EngineError("\n".join(dict.fromkeys(failed)))
    ruff_fix_and_format([target for _, target, _ in missing])
    if cache is not None:
        for _, target, key in missing:
            _store(cache, target, key)


def _load_generator() -> None:
    """Imports the generator and readies the validator here, so forked workers start warm."""
    import openapi_python_client.parser  # noqa: F401
    from openapi_python_client import Project  # noqa: F401

    lint.validate({"openapi": "3.1.0", "info": {"title": "-", "version": "0"}, "paths": {}})


def _lint_one(document: Path) -> str | None:
    try:
        lint.lint(document)
    except lint.SpecError as exc:
        return str(exc)
    return None


def _generate_one(document: Path, target: Path) -> str | None:
    """Generates one document in this process; a problem's text, or None."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile(post_hooks=[]), MetaType.NONE, document, "utf-8", True, output_path=target
    )
    data = yamlio.load(document)
    with contextlib.redirect_stdout(io.StringIO()):
        parsed = GeneratorData.from_dict(data, config=config)
        if isinstance(parsed, GeneratorError):
            errors: list[GeneratorError] = [parsed]
        else:
            project = Project(openapi=parsed, custom_template_path=TEMPLATES, config=config)
            errors = list(project.build())
    if errors or not (target / "__init__.py").is_file():
        details = "; ".join(f"{e.level.value}: {e.header}: {e.detail or ''}" for e in errors)
        return f"{document.name}: openapi-python-client failed: {details or 'no package'}"
    return None


def ruff_binary() -> str:
    # The pinned ruff's own binary, not `python -m ruff`: the package being formatted has a
    # `types.py` that would shadow the standard library's for a Python started inside it.
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def ruff_fix_and_format(paths: list[Path]) -> None:
    """What the generator's own post-hooks do, isolated from any configuration above."""
    if not paths:
        return
    common = ["--isolated", "--no-cache"]
    for command in (
        ["check", *common, "--fix-only", "--select", "F,I"],
        ["format", *common, "--line-length", LINE_LENGTH],
    ):
        result = subprocess.run(  # noqa: S603 - the pinned ruff on our own output
            [ruff_binary(), *command, *map(str, paths)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise EngineError(f"ruff {command[0]} failed:\n{result.stdout}{result.stderr}")


def ruff_format(paths: list[Path]) -> None:
    if paths:
        command = [
            ruff_binary(),
            "format",
            "--isolated",
            "--no-cache",
            "--line-length",
            LINE_LENGTH,
        ]
        result = subprocess.run(  # noqa: S603 - the pinned ruff on our own output
            [*command, *map(str, paths)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise EngineError(f"ruff format failed:\n{result.stderr}")


def _store(cache: Path, package: Path, key: str) -> None:
    """Keeps one cached package per version: the newest."""
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob(f"{package.name}-*"):
        shutil.rmtree(old, ignore_errors=True)
    scratch = cache / f".{package.name}-{key}.tmp"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(package, scratch)
    scratch.rename(cache / f"{package.name}-{key}")
