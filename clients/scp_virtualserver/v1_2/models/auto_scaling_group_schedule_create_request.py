"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_schedule_create_request
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_schedule_create_request import (
    AutoScalingGroupScheduleCreateRequest as AutoScalingGroupScheduleCreateRequest,
)
