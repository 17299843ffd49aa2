"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_reboot_type
"""

from scp_virtualserver.v1_0.models.server_reboot_type import ServerRebootType as ServerRebootType
