"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.api.auto_scaling_groups.update_auto_scaling_group_server_count
"""

from scp_virtualserver.v1_2.api.auto_scaling_groups.update_auto_scaling_group_server_count import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
