"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.api.server_interfaces.list_server_interfaces
"""

from scp_virtualserver.v1_2.api.server_interfaces.list_server_interfaces import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
