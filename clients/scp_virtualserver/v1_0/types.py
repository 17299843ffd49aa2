"""Types shared by every generated version, re-exported from one module."""

from scp_virtualserver._runtime import (
    UNSET,
    File,
    FileTypes,
    RequestFiles,
    Response,
    Unset,
)

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
