"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.api.servers.list_virtual_servers
"""

from scp_virtualserver.v1_1.api.servers.list_virtual_servers import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
