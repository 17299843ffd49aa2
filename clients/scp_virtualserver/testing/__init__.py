"""Test helpers: `LocalVirtualServer`, an SCP-compatible Virtual Server API on loopback.

Use it to try the SDK, or to test your own code, without a cloud account:

    with LocalVirtualServer() as srv:
        client = VirtualServerClient(endpoint_url=srv.url, credentials=srv.credentials)
"""

from ._server import Exchange, FailureMode, LocalVirtualServer, Observer

__all__ = ["Exchange", "FailureMode", "LocalVirtualServer", "Observer"]
