"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.api.default_configs.list_default_configs
"""

from scp_virtualserver.v1_0.api.default_configs.list_default_configs import (
    asyncio as asyncio,
    asyncio_detailed as asyncio_detailed,
    sync as sync,
    sync_detailed as sync_detailed,
)
