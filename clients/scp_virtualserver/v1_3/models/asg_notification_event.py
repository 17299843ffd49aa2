"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.asg_notification_event
"""

from scp_virtualserver.v1_2.models.asg_notification_event import (
    AsgNotificationEvent as AsgNotificationEvent,
)
