"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.models.server_show_response
"""

from scp_virtualserver.v1_1.models.server_show_response import (
    ServerShowResponse as ServerShowResponse,
)
