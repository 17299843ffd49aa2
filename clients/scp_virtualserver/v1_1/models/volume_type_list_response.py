"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_type_list_response
"""

from scp_virtualserver.v1_0.models.volume_type_list_response import (
    VolumeTypeListResponse as VolumeTypeListResponse,
)
