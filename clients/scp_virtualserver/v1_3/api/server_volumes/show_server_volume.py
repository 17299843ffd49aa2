"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.api.server_volumes.show_server_volume
"""

from scp_virtualserver.v1_0.api.server_volumes.show_server_volume import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
