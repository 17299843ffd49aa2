"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_volumes_create_request
"""

from scp_virtualserver.v1_0.models.server_volumes_create_request import (
    ServerVolumesCreateRequest as ServerVolumesCreateRequest,
)
