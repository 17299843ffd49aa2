"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.api.auto_scaling_group_lb_server_groups.list_auto_scaling_group_lb_server_groups
"""

from scp_virtualserver.v1_0.api.auto_scaling_group_lb_server_groups.list_auto_scaling_group_lb_server_groups import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
