"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.launch_configuration_detail_show_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.launch_configuration_detail_show_response_v1_dot_2 import (
    LaunchConfigurationDetailShowResponseV1Dot2 as LaunchConfigurationDetailShowResponseV1Dot2,
)
