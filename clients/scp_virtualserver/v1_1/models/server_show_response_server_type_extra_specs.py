"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_show_response_server_type_extra_specs
"""

from scp_virtualserver.v1_0.models.server_show_response_server_type_extra_specs import (
    ServerShowResponseServerTypeExtraSpecs as ServerShowResponseServerTypeExtraSpecs,
)
