"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.launch_configuration_volume_v1_dot_2
"""

from scp_virtualserver.v1_2.models.launch_configuration_volume_v1_dot_2 import (
    LaunchConfigurationVolumeV1Dot2 as LaunchConfigurationVolumeV1Dot2,
)
