"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.auto_scaling_group_notification_list_response
"""

from scp_virtualserver.v1_2.models.auto_scaling_group_notification_list_response import (
    AutoScalingGroupNotificationListResponse as AutoScalingGroupNotificationListResponse,
)
