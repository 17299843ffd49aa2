"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.api.auto_scaling_group_schedules.list_auto_scaling_group_schedules
"""

from scp_virtualserver.v1_0.api.auto_scaling_group_schedules.list_auto_scaling_group_schedules import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
