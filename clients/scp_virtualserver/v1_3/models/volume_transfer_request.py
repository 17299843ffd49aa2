"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_transfer_request
"""

from scp_virtualserver.v1_0.models.volume_transfer_request import (
    VolumeTransferRequest as VolumeTransferRequest,
)
