"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.error_item
"""

from scp_virtualserver.v1_0.models.error_item import ErrorItem as ErrorItem
