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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import InvalidParameterError, ScpError

__all__ = [
    "REGIONS",
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


class ConfigurationError(ScpError, ValueError):
    """Credentials or an endpoint are missing, malformed, or not allowed."""


@dataclass(frozen=True)
class Credentials:
    """An SCP access key and its secret key. The secret never shows in a repr or str."""

    access_key: str
    secret_key: str = field(repr=False)

    def __post_init__(self) -> None:
        for name in ("access_key", "secret_key"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise InvalidParameterError(f"{name} must be a non-empty string")

    def __repr__(self) -> str:
        return f"Credentials(access_key={self.access_key!r}, secret_key='***')"

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


def check_endpoint(url: str) -> str:
    """The URL without a trailing slash; refuses plain http except on loopback."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidParameterError(f"endpoint {url!r} is not an http(s) URL")
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
