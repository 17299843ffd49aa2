"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.server_create_request_v1_dot_2
"""

from scp_virtualserver.v1_2.models.server_create_request_v1_dot_2 import (
    ServerCreateRequestV1Dot2 as ServerCreateRequestV1Dot2,
)
