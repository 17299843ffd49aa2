"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.image_member_create_request
"""

from scp_virtualserver.v1_0.models.image_member_create_request import (
    ImageMemberCreateRequest as ImageMemberCreateRequest,
)
