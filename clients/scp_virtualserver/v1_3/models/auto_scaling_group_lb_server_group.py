"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_lb_server_group
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_lb_server_group import (
    AutoScalingGroupLbServerGroup as AutoScalingGroupLbServerGroup,
)
