"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.api.images.create_sharing_image
"""

from scp_virtualserver.v1_0.api.images.create_sharing_image import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
