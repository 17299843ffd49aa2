"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_show_response_address_ip_address
"""

from scp_virtualserver.v1_0.models.server_show_response_address_ip_address import (
    ServerShowResponseAddressIpAddress as ServerShowResponseAddressIpAddress,
)
