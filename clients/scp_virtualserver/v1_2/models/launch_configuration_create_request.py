"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.launch_configuration_create_request
"""

from scp_virtualserver.v1_0.models.launch_configuration_create_request import (
    LaunchConfigurationCreateRequest as LaunchConfigurationCreateRequest,
)
