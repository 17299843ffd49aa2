"""The client of Virtual Server API 1.1.

Every version shares one client implementation (`scp_virtualserver._generated_base`); this module binds
it to version 1.1, whose operations send `Scp-Api-Version: virtualserver 1.1`.
"""

from scp_virtualserver._generated_base import SERVICE
from scp_virtualserver._generated_base import Client as _SharedClient

API_VERSION = "1.1"
SCP_API_VERSION = f"{SERVICE} {API_VERSION}"


class Client(_SharedClient):
    """A client for version 1.1; see `scp_virtualserver._generated_base.Client`."""

    api_version = API_VERSION


# The generated operations accept either name; signing is the httpx client's `auth`, not a token.
AuthenticatedClient = Client

__all__ = ["API_VERSION", "SCP_API_VERSION", "AuthenticatedClient", "Client"]
