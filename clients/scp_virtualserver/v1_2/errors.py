"""Errors shared by every generated version, re-exported from one module."""

from scp_virtualserver._generated_base import MalformedResponse, UnexpectedStatus

__all__ = ["MalformedResponse", "UnexpectedStatus"]
