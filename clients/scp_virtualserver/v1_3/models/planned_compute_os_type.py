"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.planned_compute_os_type
"""

from scp_virtualserver.v1_0.models.planned_compute_os_type import (
    PlannedComputeOsType as PlannedComputeOsType,
)
