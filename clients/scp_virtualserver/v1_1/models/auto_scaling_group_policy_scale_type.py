"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_policy_scale_type
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_policy_scale_type import (
    AutoScalingGroupPolicyScaleType as AutoScalingGroupPolicyScaleType,
)
