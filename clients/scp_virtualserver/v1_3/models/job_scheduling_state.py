"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.job_scheduling_state
"""

from scp_virtualserver.v1_0.models.job_scheduling_state import (
    JobSchedulingState as JobSchedulingState,
)
