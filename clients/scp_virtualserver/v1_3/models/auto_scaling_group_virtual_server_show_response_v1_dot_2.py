"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.auto_scaling_group_virtual_server_show_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.auto_scaling_group_virtual_server_show_response_v1_dot_2 import (
    AutoScalingGroupVirtualServerShowResponseV1Dot2 as AutoScalingGroupVirtualServerShowResponseV1Dot2,
)
