"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.snapshot_update_request
"""

from scp_virtualserver.v1_0.models.snapshot_update_request import (
    SnapshotUpdateRequest as SnapshotUpdateRequest,
)
