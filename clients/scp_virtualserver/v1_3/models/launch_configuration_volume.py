"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.launch_configuration_volume
"""

from scp_virtualserver.v1_0.models.launch_configuration_volume import (
    LaunchConfigurationVolume as LaunchConfigurationVolume,
)
