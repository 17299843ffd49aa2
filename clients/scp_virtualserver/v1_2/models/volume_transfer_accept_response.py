"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_transfer_accept_response
"""

from scp_virtualserver.v1_0.models.volume_transfer_accept_response import (
    VolumeTransferAcceptResponse as VolumeTransferAcceptResponse,
)
