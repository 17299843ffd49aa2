"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.image_member_set_request
"""

from scp_virtualserver.v1_0.models.image_member_set_request import (
    ImageMemberSetRequest as ImageMemberSetRequest,
)
