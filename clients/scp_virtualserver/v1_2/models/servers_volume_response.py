"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.servers_volume_response
"""

from scp_virtualserver.v1_0.models.servers_volume_response import (
    ServersVolumeResponse as ServersVolumeResponse,
)
