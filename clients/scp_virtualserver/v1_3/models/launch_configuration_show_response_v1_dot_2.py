"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.launch_configuration_show_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.launch_configuration_show_response_v1_dot_2 import (
    LaunchConfigurationShowResponseV1Dot2 as LaunchConfigurationShowResponseV1Dot2,
)
