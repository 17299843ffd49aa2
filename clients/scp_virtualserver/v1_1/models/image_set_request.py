"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.image_set_request
"""

from scp_virtualserver.v1_0.models.image_set_request import ImageSetRequest as ImageSetRequest
