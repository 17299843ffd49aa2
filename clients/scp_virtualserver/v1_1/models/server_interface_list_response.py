"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_interface_list_response
"""

from scp_virtualserver.v1_0.models.server_interface_list_response import (
    ServerInterfaceListResponse as ServerInterfaceListResponse,
)
