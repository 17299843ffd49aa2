"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_create_image_request_body
"""

from scp_virtualserver.v1_0.models.server_create_image_request_body import (
    ServerCreateImageRequestBody as ServerCreateImageRequestBody,
)
