"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_notification_update_request
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_notification_update_request import (
    AutoScalingGroupNotificationUpdateRequest as AutoScalingGroupNotificationUpdateRequest,
)
