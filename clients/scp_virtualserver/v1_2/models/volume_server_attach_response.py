"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_server_attach_response
"""

from scp_virtualserver.v1_0.models.volume_server_attach_response import (
    VolumeServerAttachResponse as VolumeServerAttachResponse,
)
