"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.image_member_status_enum
"""

from scp_virtualserver.v1_0.models.image_member_status_enum import (
    ImageMemberStatusEnum as ImageMemberStatusEnum,
)
