"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_transfer_create_response
"""

from scp_virtualserver.v1_0.models.volume_transfer_create_response import (
    VolumeTransferCreateResponse as VolumeTransferCreateResponse,
)
