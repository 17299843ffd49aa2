"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_lb_server_group_show_response
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_lb_server_group_show_response import (
    AutoScalingGroupLbServerGroupShowResponse as AutoScalingGroupLbServerGroupShowResponse,
)
