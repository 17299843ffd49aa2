"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.api.volume_transfers.accept_volume_transfer
"""

from scp_virtualserver.v1_2.api.volume_transfers.accept_volume_transfer import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
