"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.security_group_response_rule
"""

from scp_virtualserver.v1_0.models.security_group_response_rule import (
    SecurityGroupResponseRule as SecurityGroupResponseRule,
)
