"""The specs' prose as users read it: availability as "API 1.2+", without the evidence notes.

The specs say what each part rests on ("New in 1.2 (Samsung's 1.2 SDK only, likely)"): that is
for maintainers, and stays in `spec/` (with `x-scp-sources`). What the generator copies into
docstrings, `help()` and the documentation site says only what a user can rely on: "API 1.2+".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["EVIDENCE", "for_users", "user_text"]

EVIDENCE = re.compile(
    r"\b(likely|confirmed|Samsung'?s?|SDKs?|Terraform|scpv2-sdk|API reference)\b", re.IGNORECASE
)
"""Words that mark a clause as a note on evidence rather than a fact about the API."""

PROSE_KEYS = ("description", "summary")

_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
_CLAUSE = re.compile(r"\s*[;,:]\s*")
_AVAILABILITY = (
    (re.compile(r"\b[Nn]ew in (\d+\.\d+)"), r"API \1+"),
    (re.compile(r"\b[Ss]ince (\d+\.\d+)"), r"API \1+"),
    (re.compile(r"\(from (\d+\.\d+)\)"), r"(API \1+)"),
)
# A sentence about Samsung's own document (its mistakes, what it describes) is a maintainer's
# note too: users are told what the API does, not what a document said.
_SENTENCE_PART = r"(?:[^.]|\.(?=\S))*"  # up to a full stop (a dot in "1.2" or "a.yaml" is none)
_DOCUMENT_SENTENCE = re.compile(
    rf"{_SENTENCE_PART}\bSamsung'?s? (?:\d\.\d )?document\b{_SENTENCE_PART}\.(?:\s+|$)"
)


def user_text(text: str) -> str:
    """`text` without its evidence notes, availability written as "API X.Y+"."""
    cleaned = _DOCUMENT_SENTENCE.sub("", text)
    cleaned = _PARENTHESIS.sub(_parenthesis, cleaned)
    for pattern, replacement in _AVAILABILITY:
        cleaned = pattern.sub(replacement, cleaned)
    cleaned = re.sub(r"[ \t]+([.,;:])", r"\1", cleaned)
    return cleaned.strip() if cleaned.strip() else text.strip()


def _parenthesis(match: re.Match[str]) -> str:
    inside = match.group(1)
    if not EVIDENCE.search(inside):
        return match.group(0)
    kept = [part for part in _CLAUSE.split(inside) if part and not EVIDENCE.search(part)]
    if kept and kept[0] == "and":
        kept = [" ".join(kept[:2]), *kept[2:]] if len(kept) > 1 else []
    if not kept:
        return ""
    space = match.group(0)[: len(match.group(0)) - len(match.group(0).lstrip())]
    return f"{space}({', '.join(kept)})"


def for_users(document: Any) -> Any:
    """A copy of an OpenAPI document (or any part) whose descriptions and summaries are
    `user_text`; everything else, `x-` notes included, as it was."""
    if isinstance(document, Mapping):
        return {
            key: user_text(value)
            if key in PROSE_KEYS and isinstance(value, str)
            else for_users(value)
            for key, value in document.items()
        }
    if isinstance(document, list):
        return [for_users(item) for item in document]
    return document
