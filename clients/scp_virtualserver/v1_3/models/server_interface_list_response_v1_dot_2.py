"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.server_interface_list_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.server_interface_list_response_v1_dot_2 import (
    ServerInterfaceListResponseV1Dot2 as ServerInterfaceListResponseV1Dot2,
)
