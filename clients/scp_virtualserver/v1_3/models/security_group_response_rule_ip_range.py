"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.security_group_response_rule_ip_range
"""

from scp_virtualserver.v1_0.models.security_group_response_rule_ip_range import (
    SecurityGroupResponseRuleIpRange as SecurityGroupResponseRuleIpRange,
)
