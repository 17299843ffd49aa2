"""The package's layout: no import circle among its modules, and nothing of the package's own
`__init__` loads the local server. Imports inside functions and under TYPE_CHECKING are what
break a circle on purpose (or only serve the type checker); what a module imports when it is
imported is what counts."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "clients" / "scp_virtualserver"
HAND_WRITTEN = [
    path
    for path in sorted(PACKAGE.rglob("*.py"))
    if not path.relative_to(PACKAGE).parts[0].startswith("v1_")
]


def module_name(path: Path) -> str:
    parts = ["scp_virtualserver", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_on_import(path: Path) -> set[str]:
    """The package's modules that importing `path` imports (top level, not TYPE_CHECKING)."""
    tree = ast.parse(path.read_text("utf-8"))
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for child in node.body if isinstance(node, ast.If) else [node]:
            if isinstance(child, ast.ImportFrom):
                base = package[: len(package) - child.level + 1] if child.level else []
                module = ".".join([*base, *(child.module or "").split(".")]).strip(".")
                if module.startswith("scp_virtualserver"):
                    named = {f"{module}.{alias.name}" for alias in child.names}
                    found.update(named & MODULES or {module})
            elif isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith("scp_virtualserver"))
    return found


MODULES = {module_name(p) for p in HAND_WRITTEN}
GRAPH = {module_name(p): imported_on_import(p) - {"scp_virtualserver"} for p in HAND_WRITTEN}


def test_no_module_imports_itself_through_others() -> None:
    # Importing any module runs the package's __init__ first: that is Python's order, not a
    # circle, so edges to the package itself are left out above.
    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(GRAPH.get(start, ()))
        while todo:
            module = todo.pop()
            if module not in seen and module in GRAPH:
                seen.add(module)
                todo.extend(GRAPH[module])
        return seen

    circles = sorted(m for m in GRAPH if m in reach(m))
    assert circles == [], f"import circles through: {circles}"


@pytest.mark.parametrize("name", ["scp_virtualserver"])
def test_the_package_does_not_load_the_local_server(name: str) -> None:
    assert not any(m.startswith("scp_virtualserver.testing") for m in GRAPH[name])
