"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.models.server_group_create_request
"""

from scp_virtualserver.v1_1.models.server_group_create_request import (
    ServerGroupCreateRequest as ServerGroupCreateRequest,
)
