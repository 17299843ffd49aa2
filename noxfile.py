"""Every task of the project: `nox` runs the checks CI runs; `nox -s demo` shows the SDK at work.

Each session installs what it needs into its own virtual environment, so a fresh machine with
only Python 3.11+ (and nox) is enough. The tools come from pyproject.toml's
`[dependency-groups]`, which are not published with the package.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import nox
from packaging.requirements import Requirement

nox.options.sessions = [
    "tests",
    "lint",
    "typecheck",
    "check-generated",
    "conformance",
    "package",
    "downstream",
    "lowest",
    "docs",
]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
RUFF = "ruff==0.17.6"
LINTED = ["clients", "generator", "tests", "benchmarks", "downstream", "noxfile.py"]
PACKAGE = "scp_virtualserver"


def group(*names: str) -> tuple[str, ...]:
    """The requirements of pyproject.toml's dependency groups (what `pip --group` installs)."""
    return nox.project.dependency_groups(PYPROJECT, *names)


@nox.session
def tests(session: nox.Session) -> None:
    """The pytest suite, against the local server over real HTTP."""
    session.install("-e", ".", *group("test", "generate"))
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff lint and format check (generated code is ruff-formatted by the generator)."""
    session.install(RUFF)
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over everything, generated clients included."""
    session.install("-e", ".", *group("typecheck"))
    session.run(
        "mypy",
        "--strict",
        "clients/scp_virtualserver",
        "generator",
        "tests",
        "benchmarks",
        "noxfile.py",
    )


@nox.session
def conformance(session: nox.Session) -> None:
    """Our spec of a version against Samsung's own document, fact by fact (`nox -s conformance
    -- --samsung DOC --version X.Y [--draft]`; by default Samsung's 1.0 document); then, for
    1.0, every answer body Samsung's document allows through our 1.0 client."""
    session.install("-e", ".", *group("conformance"))
    session.run("python", "-m", "generator.conformance", *session.posargs)
    if session.posargs:
        return
    # Exit 5 (every test skipped) is what a clone without ../shared/reference gives: the test
    # module says so in its skip reason, as the check above did.
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "tests/test_samsung_bodies.py",
        success_codes=[0, 5],
    )


@nox.session
def generate(session: nox.Session) -> None:
    """Lint the specs and regenerate every client with the pinned generator and ruff."""
    session.install("-e", ".", *group("generate"))
    session.run("python", "-m", "generator")


@nox.session
def changelog(session: nox.Session) -> None:
    """Write docs/versions.md: each version's changes against the one before, from the specs."""
    session.install("-e", ".", *group("generate"))
    session.run("python", "-m", "generator.changelog")


@nox.session(name="check-generated")
def check_generated(session: nox.Session) -> None:
    """Fail with a readable diff if the clients or docs/versions.md differ from the specs."""
    session.install("-e", ".", *group("generate"))
    session.run("python", "-m", "generator", "--check")


# -- what users get ---------------------------------------------------------------------------


def lowest_requirements() -> list[str]:
    """The runtime dependencies pinned at their lower bounds: `httpx>=0.27,<1` -> `httpx==0.27`."""
    pins = []
    for text in PYPROJECT["project"]["dependencies"]:
        requirement = Requirement(text)
        lower = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        if len(lower) != 1:
            raise ValueError(f"{text!r}: give one lower bound (>=) for `nox -s lowest` to prove")
        pins.append(f"{requirement.name}=={lower[0]}")
    return pins


@nox.session
def lowest(session: nox.Session) -> None:
    """The tests with every runtime dependency at the lowest version pyproject.toml allows."""
    pins = lowest_requirements()
    # The package as users install it (not editable), with the test tools; pip fails if a test
    # tool cannot live with a lower bound, rather than quietly installing something newer. The
    # generator's modules come too: the tests read the version facts from the specs through
    # them (tests/version_facts.py).
    session.install(".", *pins, *group("test", "generate"))
    session.run(
        "python",
        "-c",
        "import attrs, httpx; "
        "print('installed: httpx', httpx.__version__, '| attrs', attrs.__version__)",
    )
    # The generator's own tests prove nothing about the runtime's versions; the load test
    # proves nothing about versions and is the slowest.
    skipped = [*tests_importing_the_generator(), "tests/test_load.py"]
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        *(f"--ignore={path}" for path in skipped),
        *session.posargs,
    )


def tests_importing_the_generator() -> list[str]:
    """The test modules that import `generator` (and so need the `generate` group's tools)."""
    importing = re.compile(r"^\s*(from|import) generator\b", re.MULTILINE)
    return [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "tests").glob("*.py"))
        if importing.search(path.read_text(encoding="utf-8"))
    ]


def build_into(session: nox.Session, outdir: Path, *what: str) -> list[Path]:
    """Builds into a fresh `outdir`: the sdist and a wheel from it, or only what `what` says."""
    for old in outdir.glob("*"):
        old.unlink()
    session.run("python", "-m", "build", *what, "--outdir", str(outdir), silent=True)
    return sorted(outdir.iterdir())


@nox.session
def package(session: nox.Session) -> None:
    """Builds the sdist and the wheel, checks them with twine, and checks what the wheel holds."""
    session.install(*group("package"))
    # No --sdist/--wheel: the wheel is built from the sdist, which proves the sdist complete.
    built = build_into(session, Path(session.create_tmp()) / "dist")
    session.run("twine", "check", "--strict", *map(str, built))
    (wheel,) = [path for path in built if path.suffix == ".whl"]
    summary, problems = check_wheel(wheel)
    if problems:
        session.error("; ".join(problems))
    session.log(summary)


def check_wheel(wheel: Path) -> tuple[str, list[str]]:
    """Whether the wheel holds the whole package and nothing else: a summary, and the problems.

    Whole: every file of the source package (each generated version, the local server, the
    pytest plugin, py.typed, data files); the pytest11 entry point; the license. Nothing else:
    no tests, generator, benchmarks, specs or bytecode.
    """
    source = ROOT / "clients" / PACKAGE
    expected = {
        f"{PACKAGE}/{path.relative_to(source).as_posix()}"
        for path in source.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = {name for name in names if ".dist-info/" in name}
        entry_points = next(name for name in dist_info if name.endswith("/entry_points.txt"))
        entry_text = archive.read(entry_points).decode()
        metadata = archive.read(next(n for n in dist_info if n.endswith("/METADATA"))).decode()
    problems = []
    missing = expected - names
    extra = names - expected - dist_info
    if missing:
        problems.append(f"missing from the wheel: {sorted(missing)[:10]} ({len(missing)} in all)")
    if extra:
        problems.append(f"not part of the package: {sorted(extra)[:10]} ({len(extra)} in all)")
    versions = sorted({m.group(1) for n in names if (m := re.match(rf"{PACKAGE}/(v1_\d+)/", n))})
    for required in (f"{PACKAGE}/py.typed", f"{PACKAGE}/testing/_server.py"):
        if required not in names:
            problems.append(f"{required} is missing")
    if "pytest11" not in entry_text or "scp_virtualserver.testing.pytest_plugin" not in entry_text:
        problems.append("the pytest11 entry point is missing")
    if "License-Expression: MIT" not in metadata or not any(
        name.endswith("/licenses/LICENSE") for name in dist_info
    ):
        problems.append("the MIT license expression or the LICENSE file is missing")
    if len(versions) < 4:
        problems.append(f"only the versions {versions} are in the wheel")
    python_files = sum(name.endswith(".py") for name in names)
    size_kib = wheel.stat().st_size / 1024
    summary = (
        f"{wheel.name}: {size_kib:.0f} KiB, {len(names)} files ({python_files} modules), "
        f"versions {', '.join(versions)}, py.typed, testing/ with the pytest plugin; "
        "no tests, generator, benchmarks or specs"
    )
    return summary, problems


DOWNSTREAM = ROOT / "downstream"


@nox.session
def downstream(session: nox.Session) -> None:
    """A user's project against the built wheel: pyright (strict) and mypy --strict see real
    types and every name the README uses, and the pytest plugin's fixtures work in a test suite
    that is not ours."""
    session.install(*group("package"))
    (wheel,) = build_into(session, Path(session.create_tmp()) / "wheel", "--wheel")
    session.install(f"{wheel}[testing]", *group("downstream"))
    # The version number stays the same between builds: make pip replace a reused venv's copy.
    session.install("--force-reinstall", "--no-deps", str(wheel))
    session.chdir(DOWNSTREAM)
    # What Pylance users see: pyright in strict mode (downstream/pyproject.toml's [tool.pyright]),
    # the SDK as installed from its wheel. pyright runs on Node (the machine's, else fetched).
    session.run("pyright", "--pythonpath", str(Path(session.bin) / "python"), ".")
    output = str(session.run("mypy", "--strict", ".", silent=True))
    revealed = revealed_types(output)
    session.log("\n".join(["mypy --strict, downstream:", *revealed, output.splitlines()[-1]]))
    expected = (DOWNSTREAM / "revealed_types.txt").read_text().splitlines()
    if revealed != expected:
        raise nox.command.CommandFailed(
            "the revealed types differ from downstream/revealed_types.txt:\n"
            + "\n".join(f"  got      {line}" for line in revealed)
            + "\n"
            + "\n".join(f"  expected {line}" for line in expected)
        )
    session.run("pytest", "-p", "no:cacheprovider", *session.posargs)


def revealed_types(mypy_output: str) -> list[str]:
    """mypy's `reveal_type` notes as `expression: type`, the expression read from its line."""
    revealed = []
    for match in re.finditer(r'^(\S+?):(\d+): note: Revealed type is "(.*)"$', mypy_output, re.M):
        path, line, type_text = match.groups()
        source = (DOWNSTREAM / path).read_text().splitlines()[int(line) - 1]
        expression = re.sub(r"^\s*reveal_type\((.*)\)\s*$", r"\1", source)
        revealed.append(f"{expression}: {type_text}")
    return revealed


# -- documentation, demo, benchmarks ----------------------------------------------------------


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site (mkdocs + mkdocstrings) into site/; any warning fails the build."""
    # mkdocstrings reads the sources (clients/) without importing them: no install needed.
    session.install(*group("docs"))
    session.run("mkdocs", "build", "--strict", *session.posargs)


TYPE_COMPLETENESS_TARGET = 0.95


@nox.session(name="verifytypes")
def verify_types(session: nox.Session) -> None:
    """pyright --verifytypes: how much of the public API has known types (target: 95%).

    pyright runs on Node; its PyPI wrapper fetches it from the npm registry on first use.
    """
    session.install(".", "pyright==1.1.414")
    output = session.run(
        "pyright",
        "--verifytypes",
        PACKAGE,
        "--ignoreexternal",
        "--outputjson",
        silent=True,
        success_codes=[0, 1],  # 1: some symbol is not fully known; the score decides below
    )
    report = json.loads(str(output))["typeCompleteness"]
    score = report["completenessScore"]
    for symbol in report["symbols"]:
        if not symbol["isTypeKnown"]:
            session.log(f"not fully known: {symbol['name']}")
    session.log(
        f"type completeness {score:.1%}: {report['exportedSymbolCounts']['withKnownType']} of "
        f"{sum(report['exportedSymbolCounts'].values())} exported symbols known"
    )
    if score < TYPE_COMPLETENESS_TARGET:
        session.error(f"below the target of {TYPE_COMPLETENESS_TARGET:.0%}")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against a bare httpx baseline run alongside; prints `RESULT name value` lines,
    each followed by its target and whether it holds."""
    # The package alone, installed with its bytecode, as users have it: nothing else installed
    # may change what `import httpx` costs in the import baseline.
    # The local server's extra (openapi-core) is installed, not imported by `import httpx`.
    session.install(".[testing]")
    session.run("python", "-m", "benchmarks.bench", *session.posargs)
    session.install(".[testing]", *group("generate"))
    session.run("python", "-m", "benchmarks.bench", "--generate")


@nox.session
def demo(session: nox.Session) -> None:
    """The SDK's whole story against the built-in local server."""
    session.install(".[testing]")
    session.run("python", "-m", "scp_virtualserver.demo")
