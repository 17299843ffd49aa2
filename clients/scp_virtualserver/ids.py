"""Validation of resource ids before they reach a URL.

Server ids are UUIDs. Anything else is refused here, with the bad value shown, so that values
such as "..", "a/b" or "" can never turn into a request to another path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ._checks import shown
from .errors import InvalidParameterError

__all__ = ["path_value", "resource_id", "server_id"]

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
            f"server_id must be a str or uuid.UUID, not {type(value).__name__} ({shown(value)})"
        )
    if not _UUID.fullmatch(value):
        raise InvalidParameterError(
            "server_id must be a UUID such as 2a9be312-5d4b-4bc8-b2ae-35100fa9241f, "
            f"not {shown(value)}"
        )
    digits = value.replace("-", "").lower()
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~:@-]{0,254}", re.ASCII)


def resource_id(name: str, value: object) -> str:
    """Any other id or key of a path (images, volumes, keypair names...): a token that cannot
    change the request's path (no "/", no "..", no spaces), or InvalidParameterError."""
    if name == "server_id":
        return server_id(value)
    if not isinstance(value, str):
        import uuid

        if isinstance(value, uuid.UUID):
            return str(value)
        raise InvalidParameterError(
            f"{name} must be a str, not {type(value).__name__} ({shown(value)})"
        )
    if not _SAFE.fullmatch(value) or value in (".", ".."):
        raise InvalidParameterError(
            f"{name} must be letters, digits and . _ ~ : @ - (at most 255, not starting with a "
            f"sign), not {shown(value)}"
        )
    return value


def path_value(name: str, value: object, schema: Any, doc: Mapping[str, Any]) -> str:
    """A path parameter as it goes into the URL. Where the spec gives the parameter a pattern
    or a length (a keypair's name may hold spaces), that rule decides, as it does for the body
    that creates the resource, and the value is percent-encoded; else `resource_id` decides.
    Never "", "." or "..": httpx would resolve those into another path."""
    rule = schema if isinstance(schema, Mapping) else {}
    if name == "server_id" or not ({"pattern", "minLength", "maxLength"} & set(rule)):
        return resource_id(name, value)
    if not isinstance(value, str):
        return resource_id(name, value)
    from ._schema import check

    check(doc, rule, value, name)
    if value in ("", ".", ".."):
        raise InvalidParameterError(f"{name} may not be {value!r}: it would change the path")
    return quote(value, safe="")
