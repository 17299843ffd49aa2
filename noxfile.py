"""Every task of the project: `nox` runs the checks CI runs; `nox -s demo` shows the SDK at work.

Each session installs what it needs into its own virtual environment, so a fresh machine with
only Python 3.11+ (and nox) is enough.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "check-generated"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

RUFF = "ruff==0.17.6"
LINTED = ["clients", "generator", "tests", "benchmarks", "noxfile.py"]


@nox.session
def tests(session: nox.Session) -> None:
    """The pytest suite, against the local server over real HTTP."""
    session.install("-e", ".[test,generate]")
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
    session.install("-e", ".[typecheck,generate,test]")
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
def generate(session: nox.Session) -> None:
    """Lint the specs and regenerate every client with the pinned generator and ruff."""
    session.install("-e", ".[generate]")
    session.run("python", "-m", "generator")


@nox.session
def changelog(session: nox.Session) -> None:
    """Write docs/versions.md: each version's changes against the one before, from the specs."""
    session.install("-e", ".[generate]")
    session.run("python", "-m", "generator.changelog")


@nox.session(name="check-generated")
def check_generated(session: nox.Session) -> None:
    """Fail with a readable diff if the clients or docs/versions.md differ from the specs."""
    session.install("-e", ".[generate]")
    session.run("python", "-m", "generator", "--check")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against a bare httpx baseline run alongside; prints `RESULT name value` lines."""
    # The package alone, installed with its bytecode, as users have it: nothing else installed
    # may change what `import httpx` costs in the import baseline.
    session.install(".")
    session.run("python", "-m", "benchmarks.bench")
    session.install(".[generate]")
    session.run("python", "-m", "benchmarks.bench", "--generate")


@nox.session
def demo(session: nox.Session) -> None:
    """The SDK's whole story against the built-in local server."""
    session.install(".")
    session.run("python", "-m", "scp_virtualserver.demo")
