"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.api.auto_scaling_group_policies.list_auto_scaling_group_policies
"""

from scp_virtualserver.v1_0.api.auto_scaling_group_policies.list_auto_scaling_group_policies import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
