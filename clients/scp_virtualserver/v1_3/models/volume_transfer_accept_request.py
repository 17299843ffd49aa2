"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.volume_transfer_accept_request
"""

from scp_virtualserver.v1_2.models.volume_transfer_accept_request import (
    VolumeTransferAcceptRequest as VolumeTransferAcceptRequest,
)
