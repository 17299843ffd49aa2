"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.auto_scaling_group_virtual_server_show_response_metadata
"""

from scp_virtualserver.v1_0.models.auto_scaling_group_virtual_server_show_response_metadata import (
    AutoScalingGroupVirtualServerShowResponseMetadata as AutoScalingGroupVirtualServerShowResponseMetadata,
)
