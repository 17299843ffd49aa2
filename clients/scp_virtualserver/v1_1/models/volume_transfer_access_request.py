"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_transfer_access_request
"""

from scp_virtualserver.v1_0.models.volume_transfer_access_request import (
    VolumeTransferAccessRequest as VolumeTransferAccessRequest,
)
