"""Shipped once, in an earlier version: the same module as
scp_virtualserver.v1_0.models.validation_error_model_ctx_type_0
"""

from scp_virtualserver.v1_0.models.validation_error_model_ctx_type_0 import (
    ValidationErrorModelCtxType0 as ValidationErrorModelCtxType0,
)
