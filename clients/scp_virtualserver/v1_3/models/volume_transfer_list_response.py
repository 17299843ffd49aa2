"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_transfer_list_response
"""

from scp_virtualserver.v1_0.models.volume_transfer_list_response import (
    VolumeTransferListResponse as VolumeTransferListResponse,
)
