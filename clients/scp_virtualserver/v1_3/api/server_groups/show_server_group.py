"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.api.server_groups.show_server_group
"""

from scp_virtualserver.v1_1.api.server_groups.show_server_group import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
