"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.network
"""

from scp_virtualserver.v1_0.models.network import Network as Network
