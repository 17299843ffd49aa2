"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_1.models.image_os_distro_enum
"""

from scp_virtualserver.v1_1.models.image_os_distro_enum import (
    ImageOsDistroEnum as ImageOsDistroEnum,
)
