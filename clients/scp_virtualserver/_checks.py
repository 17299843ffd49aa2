"""Checks of the arguments that are not ids or API fields: seconds, sizes, settings, texts.

Each refusal is an InvalidParameterError that names the argument, raised before any request.
Values are never trusted to be of the annotated type: a caller may pass anything.
"""

from __future__ import annotations

import math
import os
import ssl

import httpx

from .errors import InvalidParameterError

__all__ = [
    "MAX_SECONDS",
    "MIN_POLL_INTERVAL",
    "boolean",
    "integer",
    "limits",
    "max_response_bytes",
    "seconds",
    "timeout_setting",
    "verify_setting",
]

MIN_POLL_INTERVAL = 0.01
"""The shortest wait between a waiter's polls: a hundred requests a second at most."""

MAX_SECONDS = 1_000_000.0
"""About eleven days: longer is a mistake (and overflows some sleeps)."""

MIN_RESPONSE_BYTES = 1024


def shown(value: object) -> str:
    """A value as an error message quotes it: its repr, cut to 60 characters; a value whose repr
    fails (raises, nests too deeply, an int of thousands of digits) by its type."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"<an int of {value.bit_length()} bits>"
    try:
        text = repr(value)
    except Exception:  # RecursionError, ValueError, or whatever a __repr__ raises
        return f"<a {type(value).__name__} that cannot be shown>"
    if not isinstance(text, str):
        return f"<a {type(value).__name__}>"
    return text if len(text) <= 60 else text[:57] + "..."


def seconds(name: str, value: object, *, minimum: float = 0.0) -> float:
    """A number of seconds: finite, above zero (at least `minimum`), at most MAX_SECONDS."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameterError(
            f"{name} must be a number of seconds, not {type(value).__name__} ({shown(value)})"
        )
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number) or number <= 0 or number > MAX_SECONDS:
        raise InvalidParameterError(
            f"{name} must be a finite number of seconds above 0 and at most {MAX_SECONDS:g}, "
            f"not {shown(value)}"
        )
    if number < minimum:
        raise InvalidParameterError(f"{name} must be at least {minimum:g} s, not {shown(value)}")
    return number


def optional_seconds(name: str, value: object, default: float) -> float:
    return default if value is None else seconds(name, value)


def timeout_setting(value: object) -> httpx.Timeout:
    """The client's httpx timeouts: connect, read and write set and positive; pool positive, or
    None: the wait for a pooled connection is then bounded by the call's deadline alone."""
    if value is None:
        raise InvalidParameterError(
            "timeout=None would let a call hang forever; give seconds or an httpx.Timeout"
        )
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            part_value = getattr(value, part)
            if part_value is None and part == "pool":
                continue
            if part_value is None:
                raise InvalidParameterError(
                    f"timeout.{part}=None would let a call hang forever; give seconds"
                )
            seconds(f"timeout.{part}", part_value)
        return value
    return httpx.Timeout(seconds("timeout", value), pool=None)


def integer(name: str, value: object, *, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParameterError(
            f"{name} must be an integer, not {type(value).__name__} ({shown(value)})"
        )
    if value < low or (high is not None and value > high):
        upper = f" and at most {high}" if high is not None else ""
        raise InvalidParameterError(f"{name} must be at least {low}{upper}, not {value}")
    return value


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidParameterError(
            f"{name} must be True or False, not {type(value).__name__} ({shown(value)})"
        )
    return value


def max_response_bytes(value: object) -> int:
    return integer("max_response_bytes", value, low=MIN_RESPONSE_BYTES)


def limits(value: object) -> httpx.Limits | None:
    if value is None or isinstance(value, httpx.Limits):
        return value
    raise InvalidParameterError(
        f"limits must be an httpx.Limits, not {type(value).__name__} ({shown(value)})"
    )


def verify_setting(value: object) -> bool | ssl.SSLContext:
    """True, False, an ssl.SSLContext, or the path of a CA bundle file or directory."""
    if isinstance(value, bool | ssl.SSLContext):
        return value
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        if not isinstance(path, str) or not path:
            raise InvalidParameterError(f"verify must name a CA file, not {shown(value)}")
        try:
            if os.path.isdir(path):
                return ssl.create_default_context(capath=path)
            if os.path.isfile(path):
                return ssl.create_default_context(cafile=path)
        except (ssl.SSLError, OSError, ValueError) as problem:
            raise InvalidParameterError(
                f"verify={shown(value)} is not a readable CA bundle: {problem}"
            ) from None
        raise InvalidParameterError(
            f"verify={shown(value)} names no file or directory; give True, False, an "
            "ssl.SSLContext, or the path of a CA bundle"
        )
    raise InvalidParameterError(
        "verify must be True, False, an ssl.SSLContext or a CA bundle path, "
        f"not {type(value).__name__} ({shown(value)})"
    )


def refused(problem: Exception) -> InvalidParameterError:
    """What a flow raised while turning arguments into a request (before sending anything),
    such as a value the version's enum does not have."""
    return InvalidParameterError(
        f"the arguments do not make a valid request: {type(problem).__name__}: {problem}"
    )


BUILDING_ERRORS = (ValueError, TypeError, KeyError, AttributeError)
"""What building a request from bad arguments raises, when no check caught them first."""
