"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_product_offering
"""

from scp_virtualserver.v1_0.models.server_product_offering import (
    ServerProductOffering as ServerProductOffering,
)
