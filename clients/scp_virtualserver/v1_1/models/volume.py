"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume
"""

from scp_virtualserver.v1_0.models.volume import Volume as Volume
