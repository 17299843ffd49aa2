"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_console_log_response
"""

from scp_virtualserver.v1_0.models.server_console_log_response import (
    ServerConsoleLogResponse as ServerConsoleLogResponse,
)
