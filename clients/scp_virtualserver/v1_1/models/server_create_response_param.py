"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_create_response_param
"""

from scp_virtualserver.v1_0.models.server_create_response_param import (
    ServerCreateResponseParam as ServerCreateResponseParam,
)
