"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.volume_create_request_v1_dot_2
"""

from scp_virtualserver.v1_2.models.volume_create_request_v1_dot_2 import (
    VolumeCreateRequestV1Dot2 as VolumeCreateRequestV1Dot2,
)
