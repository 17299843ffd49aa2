"""Validation of resource ids before they reach a URL.

Server ids are UUIDs. Anything else is refused here, with the bad value shown, so that values
such as "..", "a/b" or "" can never turn into a request to another path.
"""

from __future__ import annotations

import re

from .errors import InvalidParameterError

__all__ = ["server_id"]

_UUID = re.compile(
    r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}", re.ASCII
)


def server_id(value: object) -> str:
    """The id in canonical form (lower case, with hyphens), or InvalidParameterError."""
    if not isinstance(value, str):
        import uuid  # only here: importing it costs more than the whole check

        if isinstance(value, uuid.UUID):
            return str(value)
        raise InvalidParameterError(
            f"server_id must be a str or uuid.UUID, not {type(value).__name__} ({value!r})"
        )
    if not _UUID.fullmatch(value):
        raise InvalidParameterError(
            f"server_id must be a UUID such as 2a9be312-5d4b-4bc8-b2ae-35100fa9241f, not {value!r}"
        )
    digits = value.replace("-", "").lower()
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"
