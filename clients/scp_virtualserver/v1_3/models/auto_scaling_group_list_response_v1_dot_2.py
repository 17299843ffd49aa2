"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.auto_scaling_group_list_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.auto_scaling_group_list_response_v1_dot_2 import (
    AutoScalingGroupListResponseV1Dot2 as AutoScalingGroupListResponseV1Dot2,
)
