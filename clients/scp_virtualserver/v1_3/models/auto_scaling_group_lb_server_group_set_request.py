"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_lb_server_group_set_request
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_lb_server_group_set_request import (
    AutoScalingGroupLbServerGroupSetRequest as AutoScalingGroupLbServerGroupSetRequest,
)
