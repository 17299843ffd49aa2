"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_source_type
"""

from scp_virtualserver.v1_0.models.volume_source_type import VolumeSourceType as VolumeSourceType
