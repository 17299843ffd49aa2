"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_create_request_metadata_type_0
"""

from scp_virtualserver.v1_0.models.server_create_request_metadata_type_0 import (
    ServerCreateRequestMetadataType0 as ServerCreateRequestMetadataType0,
)
