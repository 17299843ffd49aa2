"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_list_response
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_list_response import (
    AutoScalingGroupListResponse as AutoScalingGroupListResponse,
)
