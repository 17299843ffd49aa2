"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.volume_v1_dot_2
"""

from scp_virtualserver.v1_2.models.volume_v1_dot_2 import VolumeV1Dot2 as VolumeV1Dot2
