"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.image_visibility_enum
"""

from scp_virtualserver.v1_0.models.image_visibility_enum import (
    ImageVisibilityEnum as ImageVisibilityEnum,
)
