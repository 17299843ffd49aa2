"""openapi-core checks every answer of the local server against the spec of the version asked."""

from __future__ import annotations

import re
import threading
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from scp_virtualserver.testing import Exchange

SPECS = Path(__file__).resolve().parent.parent / "spec" / "virtualserver"
CURRENT = "1.3"
SPEC_HOST = "https://virtualserver.kr-west1.e.samsungsdscloud.com"
_HEADER = re.compile(r"^virtualserver (\d+\.\d+)$")


@cache
def spec(version: str) -> OpenAPI:
    return OpenAPI.from_file_path(str(SPECS / f"{version}.yaml"))


def version_of(exchange: Exchange) -> str:
    if exchange.version is not None:
        return exchange.version
    match = _HEADER.match(exchange.request_headers.get("Scp-Api-Version", ""))
    if match and (SPECS / f"{match.group(1)}.yaml").exists():
        return match.group(1)
    return CURRENT


class ResponseChecker:
    """An observer for LocalVirtualServer: collects, never raises (it runs in server threads)."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.checked = 0
        self._lock = threading.Lock()

    def __call__(self, exchange: Exchange) -> None:
        if exchange.injected:
            return  # fail_next answers are deliberately outside the API
        parts = urlsplit(exchange.url)
        version = version_of(exchange)
        request = MockRequest(
            SPEC_HOST,  # the local server stands in for this host of the spec's servers
            exchange.method.lower(),
            parts.path,
            args={k: v[-1] for k, v in parse_qs(parts.query).items()},
            headers=exchange.request_headers,
            data=exchange.request_body,
        )
        response = MockResponse(
            exchange.response_body,
            status_code=exchange.status,
            headers=exchange.response_headers,
            content_type=exchange.response_headers.get("Content-Type", "application/json"),
        )
        errors = list(spec(version).iter_response_errors(request, response))
        with self._lock:
            self.checked += 1
            for error in errors:
                cause = getattr(error, "__cause__", None)
                self.problems.append(
                    f"{exchange.method} {parts.path} -> {exchange.status} (version {version}): "
                    f"{error}{f' ({cause})' if cause else ''}"
                )
