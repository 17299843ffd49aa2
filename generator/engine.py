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
import zipfile
from collections.abc import Callable, Iterator
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
    for template in [Path(lint.__file__), Path(__file__), *sorted(TEMPLATES.rglob("*"))]:
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
        cached = cache / f"{target.name}-{key}.zip" if cache is not None else None
        if cached is None or not _restore(cached, target):
            missing.append((document, target, key))
    if not missing:
        return
    _load_generator()
    tasks: list[tuple[Callable[..., str | None], tuple[Path, ...]]]
    tasks = [(_generate_one, (document, target)) for document, target, _ in missing]
    tasks += [(_lint_one, (document,)) for document, _, _ in missing]  # the shorter ones last
    workers = min(len(tasks), os.cpu_count() or 2)
    context = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(function, *arguments) for function, arguments in tasks]
        problems = [future.result() for future in futures]
    failed = [problem for problem in problems if problem]
    if failed:
        raise EngineError("\n".join(dict.fromkeys(failed)))
    _format_once([target for _, target, _ in missing])
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


@contextlib.contextmanager
def parsed_schemas_shared() -> Iterator[None]:
    """While parsing, openapi-python-client deep-copies each endpoint three times, and with it
    every model its answers and bodies reach: half of the time it takes on our documents. The
    parsed OpenAPI objects and the models are complete before any endpoint is parsed and are
    never changed after, so a copy may be the object itself, as the generator already does for
    its identifier strings. The output is the same byte for byte (a test compares)."""
    from openapi_python_client.parser.properties import ModelProperty
    from openapi_python_client.schema import openapi_schema_pydantic as oai
    from pydantic import BaseModel

    classes: list[type] = [ModelProperty]
    classes += [c for c in vars(oai).values() if isinstance(c, type) and issubclass(c, BaseModel)]
    saved = {cls: cls.__dict__.get(_COPY) for cls in classes}
    for cls in classes:
        setattr(cls, _COPY, _itself)
    try:
        yield
    finally:
        for cls, method in saved.items():
            if method is None:
                delattr(cls, _COPY)
            else:
                setattr(cls, _COPY, method)


_COPY = "__deepcopy__"


def _itself(self: object, memo: object = None) -> object:
    return self


def _generate_one(document: Path, target: Path, *, share: bool = True) -> str | None:
    """Generates one document in this process; a problem's text, or None."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile(post_hooks=[]), MetaType.NONE, document, "utf-8", True, output_path=target
    )
    data = yamlio.load(document)
    sharing = parsed_schemas_shared() if share else contextlib.nullcontext()
    with contextlib.redirect_stdout(io.StringIO()), sharing:
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


def _format_once(packages: list[Path]) -> None:
    """ruff over each file whose generated text no earlier package has at the same place;
    the others take the earlier one's result (most of a version is the same as the one before,
    and ruff gives the same text the same result)."""
    first: dict[tuple[Path, bytes], Path] = {}
    copies: list[tuple[Path, Path]] = []
    for package in packages:
        for path in sorted(package.rglob("*.py")):
            key = (path.relative_to(package), path.read_bytes())
            if key in first:
                copies.append((first[key], path))
            else:
                first[key] = path
    ruff_fix_and_format(list(first.values()))
    for original, copy in copies:
        shutil.copyfile(original, copy)


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


def _restore(cached: Path, target: Path) -> bool:
    """Unpacks a cached package; False (and nothing left behind) if it is absent or damaged."""
    if not cached.is_file():
        return False
    try:
        with zipfile.ZipFile(cached) as archive:
            archive.extractall(target)
    except (OSError, zipfile.BadZipFile):
        shutil.rmtree(target, ignore_errors=True)
        cached.unlink(missing_ok=True)
        return False
    return True


def _store(cache: Path, package: Path, key: str) -> None:
    """Keeps one cached package per version, the newest, as one uncompressed archive (a
    thousand small files are slow to copy one by one)."""
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob(f"{package.name}-*"):
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)
    scratch = cache / f".{package.name}-{key}.tmp"
    with zipfile.ZipFile(scratch, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(package.rglob("*")):
            if path.is_file():
                archive.writestr(path.relative_to(package).as_posix(), path.read_bytes())
    scratch.replace(cache / f"{package.name}-{key}.zip")
