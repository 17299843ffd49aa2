"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_set_server_count_request
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_set_server_count_request import (
    AutoScalingGroupSetServerCountRequest as AutoScalingGroupSetServerCountRequest,
)
