"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_revert_request
"""

from scp_virtualserver.v1_0.models.volume_revert_request import (
    VolumeRevertRequest as VolumeRevertRequest,
)
