"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.server_create_request_v1_dot_2_metadata_type_0
"""

from scp_virtualserver.v1_2.models.server_create_request_v1_dot_2_metadata_type_0 import (
    ServerCreateRequestV1Dot2MetadataType0 as ServerCreateRequestV1Dot2MetadataType0,
)
