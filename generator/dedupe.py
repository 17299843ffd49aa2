"""Keeps a generated module once when several versions would ship it identically.

A module of version B is replaced by a short re-export of the same module of an earlier version
A when its text is the same in both, and so is every module it imports from its own package,
transitively (a model that refers to a changed model is not the same model). The earliest such
version keeps the real file, so every version package stays importable and complete, and
`scp_virtualserver.v1_3.api.servers.delete_virtual_server` is still a module of its own.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT_PACKAGE = "scp_virtualserver"
STUB_MARK = "Shipped once, in an earlier version:"
# Relative imports: `from ..models.tag import Tag`, `from ... import errors` (generated code
# writes each on one line or opens a parenthesis on it).
_RELATIVE_IMPORT = re.compile(r"^\s*from (\.+)([\w.]*) import \(?([\w, ]*)", re.MULTILINE)
_DEFINITION = re.compile(r"^(?:class|def|async def) ([A-Za-z]\w*)", re.MULTILINE)


def dedupe(out_root: Path, packages: list[str]) -> list[Path]:
    """Replaces the repeated modules under out_root/<package> by stubs; returns the stubs."""
    trees = {name: _modules(out_root / name) for name in packages}
    stubs: list[Path] = []
    for index, later in enumerate(packages):
        origins: dict[str, str] = {}
        for earlier in packages[:index]:
            for module in _same_modules(trees[earlier], trees[later]):
                origins.setdefault(module, earlier)  # the earliest version keeps the file
        for module, origin in sorted(origins.items()):
            stub = _stub(origin, module, trees[origin][module])
            if stub is not None:
                path = out_root / later / module
                path.write_text(stub, encoding="utf-8")
                stubs.append(path)
    return stubs


def _modules(package: Path) -> dict[str, str]:
    return {
        path.relative_to(package).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(package.rglob("*.py"))
    }


def _same_modules(a: dict[str, str], b: dict[str, str]) -> set[str]:
    """The modules that are the same in both trees, their imports included.

    Start from the modules whose text is equal, then drop any that imports one not (or no
    longer) in the set, until nothing changes: what is left is closed under imports. Package
    indexes take part in the closure but are never replaced (they list what a version has).
    """
    same = {m for m, text in a.items() if b.get(m) == text}
    imports = {m: set(_dependencies(m, a[m], a)) for m in same}
    changed = True
    while changed:
        dropped = {m for m in same if not imports[m] <= same}
        same -= dropped
        changed = bool(dropped)
    return {m for m in same if not m.endswith("__init__.py")}


def _dependencies(module: str, text: str, known: dict[str, str]) -> list[str]:
    """The modules of the same package that `module` imports."""
    package_parts = module.split("/")[:-1]
    found = []
    for dots, name, names in _RELATIVE_IMPORT.findall(text):
        base = package_parts[: len(package_parts) - (len(dots) - 1)]
        stem = [*base, *(name.split(".") if name else [])]
        candidates = [stem] if name else [[*stem, n.strip()] for n in names.split(",") if n.strip()]
        for parts in candidates:
            for path in ("/".join(parts) + ".py", "/".join([*parts, "__init__.py"])):
                if path in known:
                    found.append(path)
    return found


def _stub(origin: str, module: str, text: str) -> str | None:
    """The re-export of `module` from `origin`; None for a module that defines nothing."""
    dotted = ".".join([ROOT_PACKAGE, origin, *module.removesuffix(".py").split("/")])
    names = sorted(set(_DEFINITION.findall(text)))
    if not names:
        return None  # re-exports only (types.py, errors.py): as short as a stub already
    exported = ", ".join(f"{name} as {name}" for name in names)
    return (
        f'"""{STUB_MARK} the same module as\n{dotted}\n"""\n\nfrom {dotted} import ({exported})\n'
    )
