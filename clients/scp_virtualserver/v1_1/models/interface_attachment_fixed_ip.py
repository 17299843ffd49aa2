"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.interface_attachment_fixed_ip
"""

from scp_virtualserver.v1_0.models.interface_attachment_fixed_ip import (
    InterfaceAttachmentFixedIp as InterfaceAttachmentFixedIp,
)
