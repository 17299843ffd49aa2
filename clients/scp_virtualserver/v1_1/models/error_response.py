"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.error_response
"""

from scp_virtualserver.v1_0.models.error_response import ErrorResponse as ErrorResponse
