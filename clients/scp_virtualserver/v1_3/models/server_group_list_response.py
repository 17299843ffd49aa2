"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.models.server_group_list_response
"""

from scp_virtualserver.v1_1.models.server_group_list_response import (
    ServerGroupListResponse as ServerGroupListResponse,
)
