"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_product_category
"""

from scp_virtualserver.v1_0.models.server_product_category import (
    ServerProductCategory as ServerProductCategory,
)
