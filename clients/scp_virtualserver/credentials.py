"""Credentials and endpoints: given, or looked up where Samsung's own tools keep them.

Lookup order, first found wins:
- keys: the arguments, then SCP_ACCESS_KEY / SCP_SECRET_KEY, then ~/.scpconf/credentials.json
  (`access-key`, `secret-key`);
- endpoint: `endpoint_url`, then SCP_ENDPOINT_URL, then `endpoint-override` in
  ~/.scpconf/config.json; else built from region and environment;
- region and environment: the arguments, then SCP_REGION / SCP_ENVIRONMENT, then config.json's
  `default-region` and the environment named by the host of its `auth-url` (`iam.{env}.…`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import ConfigurationError, InvalidParameterError

__all__ = [
    "REGIONS",
    "AccessKey",
    "ConfigurationError",
    "Credentials",
    "endpoint_for",
    "resolve_credentials",
    "resolve_endpoint",
]

REGIONS: dict[str, tuple[str, ...]] = {
    "s": ("kr-west1", "kr-east1"),
    "g": ("kr-south1", "kr-south2", "kr-south3"),
    "e": ("kr-west1", "kr-east1"),
}
"""Environments (s: Samsung, g: Sovereign, e: Enterprise) and their regions."""


_KEY_CHARACTERS = frozenset(chr(code) for code in range(0x21, 0x7F))
"""Printable ASCII without spaces: what SCP's keys are made of, and what a header can carry."""


def _key_problem(name: str, value: object, *, secret: bool) -> str | None:
    """Why a key is refused (never quoting a secret), or None: printable ASCII, no whitespace."""
    if isinstance(value, bytes) and secret:
        try:
            value = value.decode("ascii")
        except UnicodeDecodeError:
            return f"{name} must be printable ASCII"
    if not isinstance(value, str):
        return f"{name} must be a string, not {type(value).__name__}"
    if not value:
        return f"{name} may not be empty"
    if len(value) > 1024:
        return f"{name} is {len(value)} characters long, at most 1024"
    for position, character in enumerate(value):
        if character not in _KEY_CHARACTERS:
            kind = "whitespace" if character.isspace() else "a character outside printable ASCII"
            shown = "" if secret else f" ({masked(value)!r})"
            return (
                f"{name}{shown} holds {kind} at position {position}: keys are printable ASCII "
                "without spaces (look for a stray newline or space copied with it)"
            )
    return None


def masked(access_key: str) -> str:
    """The access key as reprs, logs and errors show it: its first characters (at most four,
    never more than half of it) and an ellipsis, enough to tell two keys apart."""
    return access_key[: min(4, len(access_key) // 2)] + "\u2026"


class AccessKey(str):
    """An access key: the text itself to str(), f-strings and headers; masked to repr(), so
    that a traceback printed with its locals, or any repr holding it, shows only its start."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(masked(self))


class Secret:
    """A secret key as bytes, used only inside signing; its repr and str are '***'.

    Kept out of text on purpose: a traceback printed with its locals shows '***', not the key.
    """

    __slots__ = ("_key",)
    _key: bytes

    def __init__(self, key: bytes) -> None:
        object.__setattr__(self, "_key", key)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Secret cannot be changed")

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        import hmac

        return hmac.compare_digest(self._key, other._key)

    def __hash__(self) -> int:
        return hash((Secret, len(self._key)))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Secret, (self._key,))

    def key_bytes(self) -> bytes:
        """The key, for the HMAC: call it where it is used, do not keep it."""
        return self._key


class Credentials:
    """An SCP access key and its secret key. The secret never shows in a repr or str.

    Both are checked here, when made: printable ASCII without whitespace (a key with a newline
    or a space copied along would otherwise fail later as an unexplained network error).
    """

    __slots__ = ("_secret", "access_key")
    access_key: str
    _secret: Secret

    def __init__(self, access_key: str, secret_key: str | bytes) -> None:
        problem = _key_problem("access_key", access_key, secret=False) or _key_problem(
            "secret_key", secret_key, secret=True
        )
        if problem is not None:
            del secret_key, access_key  # not left in this frame's locals for a traceback
            raise InvalidParameterError(problem)
        object.__setattr__(self, "access_key", AccessKey(access_key))
        del access_key
        key = secret_key if isinstance(secret_key, bytes) else secret_key.encode("ascii")
        del secret_key
        object.__setattr__(self, "_secret", Secret(key))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Credentials cannot be changed; make new ones")

    @property
    def secret(self) -> Secret:
        """The secret key, wrapped: what signing takes."""
        return self._secret

    @property
    def secret_key(self) -> str:
        """The secret key as text (for tools that need it; the SDK itself signs from bytes)."""
        return self._secret.key_bytes().decode("ascii")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return self.access_key == other.access_key and self._secret == other._secret

    def __hash__(self) -> int:
        return hash((Credentials, self.access_key))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Credentials, (str(self.access_key), self._secret.key_bytes()))

    def __repr__(self) -> str:
        access_key = getattr(self, "access_key", None)  # None while being made (in a traceback)
        return f"Credentials(access_key={access_key!r}, secret_key='***')"  # masked: AccessKey

    __str__ = __repr__


def _home(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("HOME") or Path.home())


def _read_json(path: Path) -> dict[str, Any] | None:
    """The file's object, None if the file is absent; a ConfigurationError if it is malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path} cannot be read: {exc}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigurationError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(document, dict):
        raise ConfigurationError(f"{path} must hold a JSON object, not {type(document).__name__}")
    return document


def _string(document: Mapping[str, Any], key: str, path: Path) -> str | None:
    value = document.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{path}: {key!r} must be a string, not {type(value).__name__}")
    return value


def resolve_credentials(
    credentials: Credentials | None = None, environ: Mapping[str, str] | None = None
) -> Credentials:
    """The credentials to use, from the argument, the environment, or the credentials file."""
    if credentials is not None:
        return credentials
    env = os.environ if environ is None else environ
    access, secret = env.get("SCP_ACCESS_KEY"), env.get("SCP_SECRET_KEY")
    if access and secret:
        return Credentials(access, secret)
    path = _home(env) / ".scpconf" / "credentials.json"
    document = _read_json(path)
    if document is not None:
        access_key = _string(document, "access-key", path)
        secret_key = _string(document, "secret-key", path)
        if access_key and secret_key:
            return Credentials(access_key, secret_key)
        missing = [k for k, v in (("access-key", access_key), ("secret-key", secret_key)) if not v]
        raise ConfigurationError(f"{path} lacks {' and '.join(missing)}")
    raise ConfigurationError(
        "no SCP credentials found; looked at: the credentials argument, the environment "
        f"variables SCP_ACCESS_KEY and SCP_SECRET_KEY, and {path}"
    )


def endpoint_for(region: str, environment: str) -> str:
    """The Virtual Server endpoint of a region in an environment."""
    for name, value in (("region", region), ("environment", environment)):
        if not isinstance(value, str):
            raise InvalidParameterError(
                f"{name} must be a string, not {type(value).__name__} ({value!r})"
            )
    if environment not in REGIONS:
        raise InvalidParameterError(
            f"unknown environment {environment!r}; valid: "
            + ", ".join(f"{env} ({', '.join(regions)})" for env, regions in REGIONS.items())
        )
    if region not in REGIONS[environment]:
        raise InvalidParameterError(
            f"unknown region {region!r} in environment {environment!r}; valid: "
            + ", ".join(REGIONS[environment])
        )
    return f"https://virtualserver.{region}.{environment}.samsungsdscloud.com"


def resolve_endpoint(
    *,
    endpoint_url: str | None = None,
    region: str | None = None,
    environment: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The endpoint to use, checked: https, or http on a loopback address only."""
    env = os.environ if environ is None else environ
    url = endpoint_url or env.get("SCP_ENDPOINT_URL")
    if url:
        return check_endpoint(url)
    region = region or env.get("SCP_REGION")
    environment = environment or env.get("SCP_ENVIRONMENT")
    config_path = _home(env) / ".scpconf" / "config.json"
    if not (region and environment):
        config = _read_json(config_path)
        if config is not None:
            override = _string(config, "endpoint-override", config_path)
            if override and not (region or environment):
                return check_endpoint(override)
            region = region or _string(config, "default-region", config_path)
            auth_url = _string(config, "auth-url", config_path)
            if not environment and auth_url:
                environment = _environment_of(auth_url, config_path)
    if not region or not environment:
        missing = " and ".join(
            n for n, v in (("region", region), ("environment", environment)) if not v
        )
        raise ConfigurationError(
            f"no endpoint: the {missing} could not be found; looked at: the endpoint_url, region "
            "and environment arguments, the environment variables SCP_ENDPOINT_URL, SCP_REGION "
            f"and SCP_ENVIRONMENT, and {config_path} (endpoint-override, default-region, auth-url)"
        )
    return endpoint_for(region, environment)


def _environment_of(auth_url: str, path: Path) -> str:
    host = urlsplit(auth_url).hostname or ""
    parts = host.split(".")
    if len(parts) >= 2 and parts[0] == "iam" and parts[1] in REGIONS:
        return parts[1]
    raise ConfigurationError(
        f"{path}: cannot tell the environment from auth-url {auth_url!r}; expected a host "
        f"iam.{{environment}}.…, with environment one of {', '.join(REGIONS)}"
    )


def check_endpoint(url: object) -> str:
    """The URL without a trailing slash; refuses plain http except on loopback.

    Parsed and checked whole here, so that a bad URL fails when the client is made, not on its
    first request: scheme, host, port, no user info, no query, no whitespace or control characters.
    """
    if not isinstance(url, str):
        raise InvalidParameterError(
            f"endpoint_url must be a string, not {type(url).__name__} ({url!r})"
        )
    if not url.isascii() or not url.isprintable() or any(c.isspace() for c in url):
        raise InvalidParameterError(
            f"endpoint {url!r} may hold only printable ASCII without spaces (IDN hosts: give the "
            "punycode form)"
        )
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as problem:
        raise InvalidParameterError(f"endpoint {url!r} is not a valid URL: {problem}") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidParameterError(f"endpoint {url!r} is not an http(s) URL")
    if port == 0:
        raise InvalidParameterError(f"endpoint {url!r} has port 0")
    if parts.username is not None or parts.password is not None:
        raise InvalidParameterError(
            "endpoint_url may not carry a user name or password; SCP requests are signed"
        )
    import httpx  # already loaded by the client; here only to parse as httpx will

    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as problem:
        raise InvalidParameterError(f"endpoint {url!r} is not a valid URL: {problem}") from None
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InvalidParameterError(
            f"endpoint {url!r} uses plain http; only https is allowed, except on loopback "
            "addresses (127.0.0.0/8, ::1, localhost)"
        )
    if parts.query or parts.fragment:
        raise InvalidParameterError(f"endpoint {url!r} may not have a query or fragment")
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # only for plain-http endpoints

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
