"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.api.auto_scaling_groups.show_auto_scaling_group
"""

from scp_virtualserver.v1_2.api.auto_scaling_groups.show_auto_scaling_group import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
