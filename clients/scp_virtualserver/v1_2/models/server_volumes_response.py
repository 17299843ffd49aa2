"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_volumes_response
"""

from scp_virtualserver.v1_0.models.server_volumes_response import (
    ServerVolumesResponse as ServerVolumesResponse,
)
