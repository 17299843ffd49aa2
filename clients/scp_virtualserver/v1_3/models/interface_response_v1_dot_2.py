"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_2.models.interface_response_v1_dot_2
"""

from scp_virtualserver.v1_2.models.interface_response_v1_dot_2 import (
    InterfaceResponseV1Dot2 as InterfaceResponseV1Dot2,
)
