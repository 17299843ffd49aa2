"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.models.image_create_request
"""

from scp_virtualserver.v1_1.models.image_create_request import (
    ImageCreateRequest as ImageCreateRequest,
)
