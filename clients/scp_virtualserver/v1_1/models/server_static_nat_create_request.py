"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_static_nat_create_request
"""

from scp_virtualserver.v1_0.models.server_static_nat_create_request import (
    ServerStaticNatCreateRequest as ServerStaticNatCreateRequest,
)
