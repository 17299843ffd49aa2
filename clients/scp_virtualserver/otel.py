"""OpenTelemetry spans for a client's operations: `pip install 'scp-virtualserver[otel]'`.

    from scp_virtualserver.otel import instrument

    instrument(client)                      # the global tracer provider
    instrument(client, tracer_provider=tp)  # or one of your own

Each operation becomes one span of kind CLIENT, made by an operation hook
(`scp_virtualserver.hooks`) when the operation is over, with the timing it had. It follows
OpenTelemetry's semantic conventions for HTTP clients: named "{method} {url.template}", with
`http.request.method`, `url.template`, `url.full`, `server.address`, `server.port`,
`http.response.status_code`, `http.request.resend_count` (retries), `error.type` and the status
ERROR on a failure; the SDK's own `scp.operation_id` and `scp.api_version` beside them. Its
parent is the span current where the call was made. No header is added to the requests.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from . import _version
from .hooks import OperationEvent, OperationHook

if TYPE_CHECKING:
    from .aio import AsyncVirtualServerClient
    from .client import VirtualServerClient

__all__ = ["instrument", "span_hook"]

INSTRUMENTATION_NAME = "scp_virtualserver"


def span_hook(endpoint_url: str, tracer_provider: Any = None) -> OperationHook:
    """An operation hook that records each operation as a span (see the module's text)."""
    tracer = trace.get_tracer(
        INSTRUMENTATION_NAME, _version.__version__, tracer_provider=tracer_provider
    )
    endpoint = urlsplit(endpoint_url)
    host = endpoint.hostname or ""
    port = endpoint.port or (443 if endpoint.scheme == "https" else 80)
    base = endpoint_url.rstrip("/")

    def record(event: OperationEvent) -> None:
        end = time.time_ns()
        start = end - int(event.duration * 1e9)
        attributes: dict[str, Any] = {
            "http.request.method": event.method,
            "url.template": event.path_template,
            "url.full": base + event.path,
            "server.address": host,
            "server.port": port,
            "scp.operation_id": event.operation_id,
            "scp.api_version": event.api_version,
        }
        if event.status is not None:
            attributes["http.response.status_code"] = event.status
        if event.attempts > 1:
            attributes["http.request.resend_count"] = event.attempts - 1
        span = tracer.start_span(
            f"{event.method} {event.path_template}",
            kind=SpanKind.CLIENT,
            attributes=attributes,
            start_time=start,
        )
        if event.error is not None:
            span.set_attribute("error.type", _error_type(event))
            span.set_status(Status(StatusCode.ERROR, type(event.error).__name__))
        elif event.status is not None and event.status >= 400:
            # A status a waiter expected (404 once deleted) is still an error status for HTTP.
            span.set_attribute("error.type", str(event.status))
            span.set_status(Status(StatusCode.ERROR))
        span.end(end_time=end)

    return record


def _error_type(event: OperationEvent) -> str:
    # The conventions: the status code when there was an answer, else the exception's class.
    if event.status is not None and event.status >= 400:
        return str(event.status)
    error = event.error
    return f"{type(error).__module__}.{type(error).__qualname__}"


def instrument(
    client: VirtualServerClient | AsyncVirtualServerClient, *, tracer_provider: Any = None
) -> OperationHook:
    """Adds a span hook to `client`; returns it, for `client.remove_operation_hook`."""
    return client.add_operation_hook(span_hook(client.endpoint_url, tracer_provider))
