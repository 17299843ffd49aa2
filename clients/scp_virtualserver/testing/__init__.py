"""Test helpers: `LocalVirtualServer`, an SCP-compatible Virtual Server API on loopback.

Use it to try the SDK, or to test your own code, without a cloud account:

    with LocalVirtualServer() as srv:
        client = VirtualServerClient(endpoint_url=srv.url, credentials=srv.credentials)
        image = srv.add("images", name="golden", os_distro="ubuntu")   # any resource of the API
        srv.get("images", image)                                       # its stored fields

Every operation of every API version is served, as the specs shipped in the package describe
it. It needs openapi-core: `pip install 'scp-virtualserver[testing]'`.
"""

from ._server import Exchange, FailureMode, LocalVirtualServer, Observer

__all__ = ["Exchange", "FailureMode", "LocalVirtualServer", "Observer"]
