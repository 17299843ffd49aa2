"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.launch_configuration_list_response
"""

from scp_virtualserver.v1_0.models.launch_configuration_list_response import (
    LaunchConfigurationListResponse as LaunchConfigurationListResponse,
)
