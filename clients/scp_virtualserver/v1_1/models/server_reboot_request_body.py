"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_reboot_request_body
"""

from scp_virtualserver.v1_0.models.server_reboot_request_body import (
    ServerRebootRequestBody as ServerRebootRequestBody,
)
