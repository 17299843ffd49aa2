"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.volume_show_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.volume_show_response_v1_dot_2 import (
    VolumeShowResponseV1Dot2 as VolumeShowResponseV1Dot2,
)
