"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.job_scheduling_frequency_enum
"""

from scp_virtualserver.v1_0.models.job_scheduling_frequency_enum import (
    JobSchedulingFrequencyEnum as JobSchedulingFrequencyEnum,
)
