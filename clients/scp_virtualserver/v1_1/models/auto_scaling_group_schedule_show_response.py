"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_schedule_show_response
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_schedule_show_response import (
    AutoScalingGroupScheduleShowResponse as AutoScalingGroupScheduleShowResponse,
)
