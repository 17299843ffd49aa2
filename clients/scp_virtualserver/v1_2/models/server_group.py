"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.models.server_group
"""

from scp_virtualserver.v1_1.models.server_group import ServerGroup as ServerGroup
