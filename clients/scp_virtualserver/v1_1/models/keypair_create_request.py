"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.keypair_create_request
"""

from scp_virtualserver.v1_0.models.keypair_create_request import (
    KeypairCreateRequest as KeypairCreateRequest,
)
