"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.auto_scaling_group_virtual_server_show_response_v1_dot_2_metadata
"""

from scp_virtualserver.v1_2.models.auto_scaling_group_virtual_server_show_response_v1_dot_2_metadata import (
    AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata as AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata,
)
