"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.snapshot_create_request_metadata_type_0
"""

from scp_virtualserver.v1_0.models.snapshot_create_request_metadata_type_0 import (
    SnapshotCreateRequestMetadataType0 as SnapshotCreateRequestMetadataType0,
)
