"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.models.server_list_response
"""

from scp_virtualserver.v1_1.models.server_list_response import (
    ServerListResponse as ServerListResponse,
)
