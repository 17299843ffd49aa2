"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.volume_image_metadata_response
"""

from scp_virtualserver.v1_0.models.volume_image_metadata_response import (
    VolumeImageMetadataResponse as VolumeImageMetadataResponse,
)
