"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_password_request
"""

from scp_virtualserver.v1_0.models.server_password_request import (
    ServerPasswordRequest as ServerPasswordRequest,
)
