"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.volume_list_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.volume_list_response_v1_dot_2 import (
    VolumeListResponseV1Dot2 as VolumeListResponseV1Dot2,
)
