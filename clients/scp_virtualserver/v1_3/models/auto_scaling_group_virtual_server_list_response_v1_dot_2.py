"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.auto_scaling_group_virtual_server_list_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.auto_scaling_group_virtual_server_list_response_v1_dot_2 import (
    AutoScalingGroupVirtualServerListResponseV1Dot2 as AutoScalingGroupVirtualServerListResponseV1Dot2,
)
