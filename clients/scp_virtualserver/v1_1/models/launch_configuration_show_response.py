"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.launch_configuration_show_response
"""

from scp_virtualserver.v1_0.models.launch_configuration_show_response import (
    LaunchConfigurationShowResponse as LaunchConfigurationShowResponse,
)
