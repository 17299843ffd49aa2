"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_create_image_response
"""

from scp_virtualserver.v1_0.models.server_create_image_response import (
    ServerCreateImageResponse as ServerCreateImageResponse,
)
