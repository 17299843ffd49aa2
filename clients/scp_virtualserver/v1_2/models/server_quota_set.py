"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_quota_set
"""

from scp_virtualserver.v1_0.models.server_quota_set import ServerQuotaSet as ServerQuotaSet
