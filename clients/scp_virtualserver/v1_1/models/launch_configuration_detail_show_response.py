"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.launch_configuration_detail_show_response
"""

from scp_virtualserver.v1_0.models.launch_configuration_detail_show_response import (
    LaunchConfigurationDetailShowResponse as LaunchConfigurationDetailShowResponse,
)
