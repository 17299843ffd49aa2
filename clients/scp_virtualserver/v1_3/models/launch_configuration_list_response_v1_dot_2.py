"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.launch_configuration_list_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.launch_configuration_list_response_v1_dot_2 import (
    LaunchConfigurationListResponseV1Dot2 as LaunchConfigurationListResponseV1Dot2,
)
