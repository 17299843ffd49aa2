"""Types shared by every generated version, re-exported from one module."""

from scp_virtualserver._generated_base import (
    UNSET,
    File,
    FileTypes,
    RequestFiles,
    Response,
    Unset,
)

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
