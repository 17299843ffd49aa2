"""Test helpers: `LocalVirtualServer`, an SCP-compatible Virtual Server API on loopback.

Use it to try the SDK, or to test your own code, without a cloud account:

    with LocalVirtualServer() as srv:
        client = VirtualServerClient(endpoint_url=srv.url, credentials=srv.credentials)
        image = srv.add("images", name="golden", os_distro="ubuntu")   # any resource of the API
        srv.get("images", image)                                       # its stored fields

Every operation of every API version is served, as the specs shipped in the package describe
it. It needs openapi-core: `pip install 'scp-virtualserver[testing]'`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._server import Exchange, FailureMode, LocalVirtualServer, Observer

__all__ = ["Exchange", "FailureMode", "LocalVirtualServer", "Observer"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the pytest plugin lives in this package and must cost nothing until
    # a test asks for a fixture.
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import _server

    value = getattr(_server, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
