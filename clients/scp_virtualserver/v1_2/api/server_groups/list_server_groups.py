"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.api.server_groups.list_server_groups
"""

from scp_virtualserver.v1_1.api.server_groups.list_server_groups import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
