"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_show_response_metadata
"""

from scp_virtualserver.v1_0.models.server_show_response_metadata import (
    ServerShowResponseMetadata as ServerShowResponseMetadata,
)
