"""The client of Virtual Server API <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f0a0cf1b050>.

Every version shares one client implementation (`scp_virtualserver._runtime`); this module binds
it to version <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f0a0cf1b050>, whose operations send `Scp-Api-Version: {SERVICE} <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f0a0cf1b050>`.
"""

from scp_virtualserver._runtime import SERVICE
from scp_virtualserver._runtime import Client as _SharedClient

API_VERSION = (
    "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f0a0cf1b050>"
)
SCP_API_VERSION = f"{SERVICE} {API_VERSION}"


class Client(_SharedClient):
    """A client for version <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f0a0cf1b050>; see `scp_virtualserver._runtime.Client`."""

    api_version = API_VERSION


# The generated operations accept either name; signing is the httpx client's `auth`, not a token.
AuthenticatedClient = Client

__all__ = ["API_VERSION", "SCP_API_VERSION", "AuthenticatedClient", "Client"]
