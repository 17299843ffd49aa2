"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_show_response_volume
"""

from scp_virtualserver.v1_0.models.server_show_response_volume import (
    ServerShowResponseVolume as ServerShowResponseVolume,
)
