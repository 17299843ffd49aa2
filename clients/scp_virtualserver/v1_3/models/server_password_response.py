"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_password_response
"""

from scp_virtualserver.v1_0.models.server_password_response import (
    ServerPasswordResponse as ServerPasswordResponse,
)
