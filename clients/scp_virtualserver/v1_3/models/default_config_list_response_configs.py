"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.default_config_list_response_configs
"""

from scp_virtualserver.v1_0.models.default_config_list_response_configs import (
    DefaultConfigListResponseConfigs as DefaultConfigListResponseConfigs,
)
