"""What users read says "API 1.2+"; the notes on evidence stay in the specs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.prose import for_users, user_text

PACKAGE = Path(__file__).resolve().parent.parent / "clients" / "scp_virtualserver"
SPEC = PACKAGE.parent.parent / "spec" / "virtualserver"
NOTES = re.compile(r"\b(likely|confirmed)\b|Samsung'?s? \d\.\d(?:-\d\.\d)? SDK", re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "GPU driver, if any. New in 1.2 (Samsung's 1.2 SDK only; likely).",
            "GPU driver, if any. API 1.2+.",
        ),
        ("The size, or null. Since 1.1 (confirmed).", "The size, or null. API 1.1+."),
        (
            "A policy: affinity or (since 1.1, confirmed) partition.",
            "A policy: affinity or (API 1.1+) partition.",
        ),
        (
            "A server, with its health (from 1.2; Samsung's 1.2 SDK only, likely).",
            "A server, with its health (API 1.2+).",
        ),
        (
            "`volumes` is required (and, by Samsung's 1.2 SDK, no longer null: likely).",
            "`volumes` is required (and no longer null).",
        ),
        (
            "One page. Samsung's 1.0 document names X, a doc bug (see deviations.yaml).",
            "One page.",
        ),
        ("The id (a UUID).", "The id (a UUID)."),
        ("Server name.", "Server name."),
    ],
)
def test_user_text_keeps_the_facts_and_drops_the_evidence(text: str, shown: str) -> None:
    assert user_text(text) == shown


def test_for_users_changes_prose_only() -> None:
    document = {
        "description": "New in 1.2 (likely).",
        "x-scp-sources": "Samsung's 1.2 SDK (likely)",
        "properties": {"description": {"type": "string", "description": "Text. Since 1.1."}},
        "enum": ["likely"],
    }
    assert for_users(document) == {
        "description": "API 1.2+.",
        "x-scp-sources": "Samsung's 1.2 SDK (likely)",
        "properties": {"description": {"type": "string", "description": "Text. API 1.1+."}},
        "enum": ["likely"],
    }


def test_no_generated_docstring_carries_a_note_on_evidence() -> None:
    generated = [*PACKAGE.glob("v1_*/**/*.py"), *PACKAGE.glob("resources/*.py")]
    assert generated
    leaks = [
        f"{path.relative_to(PACKAGE)}: {match.group(0)}"
        for path in generated
        for match in NOTES.finditer(path.read_text(encoding="utf-8"))
    ]
    assert leaks == []


def test_the_specs_keep_their_evidence() -> None:
    assert any(NOTES.search(path.read_text(encoding="utf-8")) for path in SPEC.glob("1.*.yaml"))
