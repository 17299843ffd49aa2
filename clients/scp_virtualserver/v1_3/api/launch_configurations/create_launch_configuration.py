"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.api.launch_configurations.create_launch_configuration
"""

from scp_virtualserver.v1_2.api.launch_configurations.create_launch_configuration import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
