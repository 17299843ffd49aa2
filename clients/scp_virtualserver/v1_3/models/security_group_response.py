"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.security_group_response
"""

from scp_virtualserver.v1_0.models.security_group_response import (
    SecurityGroupResponse as SecurityGroupResponse,
)
