"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_policy_show_response
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_policy_show_response import (
    AutoScalingGroupPolicyShowResponse as AutoScalingGroupPolicyShowResponse,
)
