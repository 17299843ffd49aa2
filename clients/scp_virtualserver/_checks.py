"""Checks of the arguments that are not ids or API fields: seconds, sizes, settings, texts.

Each refusal is an InvalidParameterError that names the argument, raised before any request.
Values are never trusted to be of the annotated type: a caller may pass anything.
"""

from __future__ import annotations

import math
import os
import ssl
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .errors import InvalidParameterError

__all__ = [
    "MAX_SECONDS",
    "MIN_POLL_INTERVAL",
    "awaited_state",
    "boolean",
    "integer",
    "limits",
    "max_response_bytes",
    "optional_text",
    "seconds",
    "text",
    "texts",
    "timeout_setting",
    "verify_setting",
]

MIN_POLL_INTERVAL = 0.01
"""The shortest wait between a waiter's polls: a hundred requests a second at most."""

MAX_SECONDS = 1_000_000.0
"""About eleven days: longer is a mistake (and overflows some sleeps)."""

MIN_RESPONSE_BYTES = 1024
MAX_TEXT = 4096


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def seconds(name: str, value: object, *, minimum: float = 0.0) -> float:
    """A number of seconds: finite, above zero (at least `minimum`), at most MAX_SECONDS."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameterError(
            f"{name} must be a number of seconds, not {type(value).__name__} ({_show(value)})"
        )
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number) or number <= 0 or number > MAX_SECONDS:
        raise InvalidParameterError(
            f"{name} must be a finite number of seconds above 0 and at most {MAX_SECONDS:g}, "
            f"not {_show(value)}"
        )
    if number < minimum:
        raise InvalidParameterError(f"{name} must be at least {minimum:g} s, not {_show(value)}")
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
            f"{name} must be an integer, not {type(value).__name__} ({_show(value)})"
        )
    if value < low or (high is not None and value > high):
        upper = f" and at most {high}" if high is not None else ""
        raise InvalidParameterError(f"{name} must be at least {low}{upper}, not {value}")
    return value


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidParameterError(
            f"{name} must be True or False, not {type(value).__name__} ({_show(value)})"
        )
    return value


def text(name: str, value: object, *, max_length: int = 255) -> str:
    """A non-empty string with no control characters (they would change a URL or a header)."""
    if not isinstance(value, str):
        raise InvalidParameterError(
            f"{name} must be a string, not {type(value).__name__} ({_show(value)})"
        )
    if not value or len(value) > max_length:
        raise InvalidParameterError(
            f"{name} must be 1 to {max_length} characters long, not {len(value)}"
        )
    if not value.isprintable():
        raise InvalidParameterError(f"{name} may not hold control characters: {_show(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(f"{name} is not valid Unicode: {_show(value)}") from None
    return value


def optional_text(name: str, value: object, *, max_length: int = 255) -> str | None:
    return None if value is None else text(name, value, max_length=max_length)


def texts(name: str, values: object, *, allow_empty: bool = True) -> list[str]:
    """A list or tuple of strings (a lone string is refused: it is not a list of them)."""
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        raise InvalidParameterError(
            f"{name} must be a list of strings, not {type(values).__name__} ({_show(values)})"
        )
    if not values and not allow_empty:
        raise InvalidParameterError(f"{name} may not be empty")
    return [text(f"{name}[{index}]", item) for index, item in enumerate(values)]


def string_mapping(name: str, value: object, *, values_optional: bool = False) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidParameterError(
            f"{name} must be a dict of strings, not {type(value).__name__} ({_show(value)})"
        )
    checked: dict[str, Any] = {}
    for key, item in value.items():
        text(f"{name} key", key)
        if item is None and values_optional:
            checked[key] = None
        else:
            checked[key] = text(f"{name}[{key!r}]", item, max_length=MAX_TEXT)
    return checked


def awaited_state(state: object) -> str:
    """A state to wait for: upper case, as the service writes them ("ACTIVE")."""
    if not isinstance(state, str) or not state:
        raise InvalidParameterError(f"state must be a non-empty string, not {_show(state)}")
    if not state.isascii() or not state.replace("_", "").isalpha() or not state.isupper():
        hint = f"; did you mean {state.upper()!r}?" if state.isascii() and state.isalpha() else ""
        raise InvalidParameterError(
            f"state must be a server state in upper case, such as 'ACTIVE' or 'SHUTOFF', "
            f"not {_show(state)}{hint}"
        )
    return state


def max_response_bytes(value: object) -> int:
    return integer("max_response_bytes", value, low=MIN_RESPONSE_BYTES)


def limits(value: object) -> httpx.Limits | None:
    if value is None or isinstance(value, httpx.Limits):
        return value
    raise InvalidParameterError(
        f"limits must be an httpx.Limits, not {type(value).__name__} ({_show(value)})"
    )


def verify_setting(value: object) -> bool | ssl.SSLContext:
    """True, False, an ssl.SSLContext, or the path of a CA bundle file or directory."""
    if isinstance(value, bool | ssl.SSLContext):
        return value
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        if not isinstance(path, str) or not path:
            raise InvalidParameterError(f"verify must name a CA file, not {_show(value)}")
        try:
            if os.path.isdir(path):
                return ssl.create_default_context(capath=path)
            if os.path.isfile(path):
                return ssl.create_default_context(cafile=path)
        except (ssl.SSLError, OSError, ValueError) as problem:
            raise InvalidParameterError(
                f"verify={_show(value)} is not a readable CA bundle: {problem}"
            ) from None
        raise InvalidParameterError(
            f"verify={_show(value)} names no file or directory; give True, False, an "
            "ssl.SSLContext, or the path of a CA bundle"
        )
    raise InvalidParameterError(
        "verify must be True, False, an ssl.SSLContext or a CA bundle path, "
        f"not {type(value).__name__} ({_show(value)})"
    )


MAX_COUNT = 100
MAX_USER_DATA = 65535
"""OpenStack's limit on user data, which SCP's servers run on."""


def create_arguments(arguments: Mapping[str, Any]) -> None:
    """Every argument of `servers.create` but the name, by type and range."""
    from .models import Network, Volume  # the facade's own types

    for name in ("image_id", "server_type_id", "keypair_name"):
        text(name, arguments.get(name))
    networks = arguments.get("networks")
    if isinstance(networks, str | bytes) or not isinstance(networks, Sequence) or not networks:
        raise InvalidParameterError(
            f"networks must be a non-empty list of subnet ids or Networks, not {_show(networks)}"
        )
    for index, network in enumerate(networks):
        where = f"networks[{index}]"
        if isinstance(network, str):
            text(where, network)
        elif isinstance(network, Network):
            for field, value in network.__dict__.items():
                optional_text(f"{where}.{field}", value)
            if network.subnet_id is None and network.port_id is None:
                raise InvalidParameterError(f"{where} needs a subnet_id or a port_id")
        else:
            raise InvalidParameterError(
                f"{where} must be a subnet id or a Network, not {type(network).__name__} "
                f"({_show(network)})"
            )
    volumes = arguments.get("volumes", ())
    if isinstance(volumes, str | bytes) or not isinstance(volumes, Sequence):
        raise InvalidParameterError(f"volumes must be a list of Volumes, not {_show(volumes)}")
    for index, volume in enumerate(volumes):
        where = f"volumes[{index}]"
        if not isinstance(volume, Volume):
            raise InvalidParameterError(
                f"{where} must be a Volume, not {type(volume).__name__} ({_show(volume)})"
            )
        integer(f"{where}.size", volume.size, low=1, high=1_000_000)
        integer(f"{where}.boot_index", volume.boot_index, low=0, high=1000)
        optional_text(f"{where}.type", volume.type)
        optional_text(f"{where}.source_type", volume.source_type)
        if volume.delete_on_termination is not None:
            boolean(f"{where}.delete_on_termination", volume.delete_on_termination)
        for field in ("max_iops", "max_throughput"):
            value = getattr(volume, field)
            if value is not None:
                integer(f"{where}.{field}", value, low=0, high=10**9)
    texts("security_groups", arguments.get("security_groups", ()))
    for name in ("server_group_id", "product_category", "product_offering"):
        optional_text(name, arguments.get(name))
    if arguments.get("tags") is not None:
        string_mapping("tags", arguments["tags"], values_optional=True)
    if arguments.get("metadata") is not None:
        string_mapping("metadata", arguments["metadata"])
    user_data = arguments.get("user_data")
    if user_data is not None:
        if not isinstance(user_data, str):
            raise InvalidParameterError(
                f"user_data must be a string, not {type(user_data).__name__}"
            )
        if len(user_data) > MAX_USER_DATA:
            raise InvalidParameterError(
                f"user_data is {len(user_data)} characters long, at most {MAX_USER_DATA}"
            )
    if arguments.get("lock") is not None:
        boolean("lock", arguments["lock"])
    integer("count", arguments.get("count", 1), low=1, high=MAX_COUNT)
    if arguments.get("partition_number") is not None:
        integer("partition_number", arguments["partition_number"], low=0, high=1000)
    if arguments.get("file_storage_ids") is not None:
        texts("file_storage_ids", arguments["file_storage_ids"])


def list_filters(filters: Mapping[str, Any]) -> None:
    """List filters are texts without control characters (they go into the query)."""
    for key, value in filters.items():
        optional_text(f"filter {key}", value)


def refused(problem: Exception) -> InvalidParameterError:
    """What a flow raised while turning arguments into a request (before sending anything),
    such as a value the version's enum does not have."""
    return InvalidParameterError(
        f"the arguments do not make a valid request: {type(problem).__name__}: {problem}"
    )


BUILDING_ERRORS = (ValueError, TypeError, KeyError, AttributeError)
"""What building a request from bad arguments raises, when no check caught them first."""
