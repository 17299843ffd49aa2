"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_interface_update_request
"""

from scp_virtualserver.v1_0.models.server_interface_update_request import (
    ServerInterfaceUpdateRequest as ServerInterfaceUpdateRequest,
)
