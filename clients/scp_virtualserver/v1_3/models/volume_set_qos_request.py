"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.volume_set_qos_request
"""

from scp_virtualserver.v1_2.models.volume_set_qos_request import (
    VolumeSetQosRequest as VolumeSetQosRequest,
)
