"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_server
"""

from scp_virtualserver.v1_0.models.volume_server import VolumeServer as VolumeServer
