"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.image_import_request
"""

from scp_virtualserver.v1_0.models.image_import_request import (
    ImageImportRequest as ImageImportRequest,
)
