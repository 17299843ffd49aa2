"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.auto_scaling_group_v1_dot_2
"""

from scp_virtualserver.v1_2.models.auto_scaling_group_v1_dot_2 import (
    AutoScalingGroupV1Dot2 as AutoScalingGroupV1Dot2,
)
