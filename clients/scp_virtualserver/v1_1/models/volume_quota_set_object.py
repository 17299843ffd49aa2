"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_quota_set_object
"""

from scp_virtualserver.v1_0.models.volume_quota_set_object import (
    VolumeQuotaSetObject as VolumeQuotaSetObject,
)
