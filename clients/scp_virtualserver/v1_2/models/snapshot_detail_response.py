"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.snapshot_detail_response
"""

from scp_virtualserver.v1_0.models.snapshot_detail_response import (
    SnapshotDetailResponse as SnapshotDetailResponse,
)
