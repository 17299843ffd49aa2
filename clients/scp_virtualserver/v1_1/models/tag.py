"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.tag
"""

from scp_virtualserver.v1_0.models.tag import Tag as Tag
