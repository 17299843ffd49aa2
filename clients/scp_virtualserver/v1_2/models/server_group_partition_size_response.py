"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.models.server_group_partition_size_response
"""

from scp_virtualserver.v1_1.models.server_group_partition_size_response import (
    ServerGroupPartitionSizeResponse as ServerGroupPartitionSizeResponse,
)
