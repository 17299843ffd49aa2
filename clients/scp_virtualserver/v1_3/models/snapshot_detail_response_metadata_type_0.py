"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.snapshot_detail_response_metadata_type_0
"""

from scp_virtualserver.v1_0.models.snapshot_detail_response_metadata_type_0 import (
    SnapshotDetailResponseMetadataType0 as SnapshotDetailResponseMetadataType0,
)
