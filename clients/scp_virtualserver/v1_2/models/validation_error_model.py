"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.validation_error_model
"""

from scp_virtualserver.v1_0.models.validation_error_model import (
    ValidationErrorModel as ValidationErrorModel,
)
