"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.keypair_list_response
"""

from scp_virtualserver.v1_0.models.keypair_list_response import (
    KeypairListResponse as KeypairListResponse,
)
