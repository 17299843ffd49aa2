"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_create_response
"""

from scp_virtualserver.v1_0.models.server_create_response import (
    ServerCreateResponse as ServerCreateResponse,
)
