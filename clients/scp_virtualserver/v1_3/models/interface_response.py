"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.interface_response
"""

from scp_virtualserver.v1_0.models.interface_response import InterfaceResponse as InterfaceResponse
