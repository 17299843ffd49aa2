"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_show_response_security_group
"""

from scp_virtualserver.v1_0.models.server_show_response_security_group import (
    ServerShowResponseSecurityGroup as ServerShowResponseSecurityGroup,
)
