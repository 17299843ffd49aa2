"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group
"""

from scp_virtualserver.v1_0.models.auto_scaling_group import AutoScalingGroup as AutoScalingGroup
