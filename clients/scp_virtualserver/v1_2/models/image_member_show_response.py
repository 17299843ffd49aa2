"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.image_member_show_response
"""

from scp_virtualserver.v1_0.models.image_member_show_response import (
    ImageMemberShowResponse as ImageMemberShowResponse,
)
