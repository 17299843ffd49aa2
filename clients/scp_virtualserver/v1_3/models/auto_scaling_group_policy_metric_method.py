"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_policy_metric_method
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_policy_metric_method import (
    AutoScalingGroupPolicyMetricMethod as AutoScalingGroupPolicyMetricMethod,
)
