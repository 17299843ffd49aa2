"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.image_show_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.image_show_response_v1_dot_2 import (
    ImageShowResponseV1Dot2 as ImageShowResponseV1Dot2,
)
