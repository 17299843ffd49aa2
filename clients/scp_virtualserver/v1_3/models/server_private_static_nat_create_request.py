"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_private_static_nat_create_request
"""

from scp_virtualserver.v1_0.models.server_private_static_nat_create_request import (
    ServerPrivateStaticNatCreateRequest as ServerPrivateStaticNatCreateRequest,
)
