"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_set_server_type_request_body
"""

from scp_virtualserver.v1_0.models.server_set_server_type_request_body import (
    ServerSetServerTypeRequestBody as ServerSetServerTypeRequestBody,
)
