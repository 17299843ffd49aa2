"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.api.images.list_pending_images
"""

from scp_virtualserver.v1_2.api.images.list_pending_images import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
