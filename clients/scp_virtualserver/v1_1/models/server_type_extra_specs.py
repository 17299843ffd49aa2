"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.server_type_extra_specs
"""

from scp_virtualserver.v1_0.models.server_type_extra_specs import (
    ServerTypeExtraSpecs as ServerTypeExtraSpecs,
)
