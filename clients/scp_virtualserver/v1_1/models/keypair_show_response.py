"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.keypair_show_response
"""

from scp_virtualserver.v1_0.models.keypair_show_response import (
    KeypairShowResponse as KeypairShowResponse,
)
