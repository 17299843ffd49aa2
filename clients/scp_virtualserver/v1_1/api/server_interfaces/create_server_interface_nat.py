"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.api.server_interfaces.create_server_interface_nat
"""

from scp_virtualserver.v1_0.api.server_interfaces.create_server_interface_nat import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
