"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.auto_scaling_group_policy_update_request_v1_dot_2
"""

from scp_virtualserver.v1_2.models.auto_scaling_group_policy_update_request_v1_dot_2 import (
    AutoScalingGroupPolicyUpdateRequestV1Dot2 as AutoScalingGroupPolicyUpdateRequestV1Dot2,
)
