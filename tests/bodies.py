"""Answer bodies as Samsung's documents describe them, for tests that feed answers by hand."""

from __future__ import annotations

from typing import Any

SID = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f"


def server(**changes: Any) -> dict[str, Any]:
    """A server as showVirtualServer answers it: every required field, some nullable ones null."""
    body: dict[str, Any] = {
        "id": SID,
        "name": "web-1",
        "state": "ACTIVE",
        "locked": False,
        "account_id": "a8f10467abfc4b87b64614ab36eb9ae4",
        "created_at": "2026-01-02T03:04:05+00:00",
        "created_by": "97e6b22c9a4143789ca522df7457a32f",
        "modified_at": "2026-01-02T03:04:05+00:00",
        "disk_config": "MANUAL",
        "metadata": {},
        "server_type": {
            "id": "s1v1m2",
            "name": "s1v1m2",
            "vcpus": 1,
            "ram": 2,
            "disk": 0,
            "ephemeral": 0,
            "swap": 0,
            "extra_specs": {},
        },
        "volumes": [],
        "addresses": None,
        "security_groups": None,
        "image_id": None,
        "keypair_name": None,
    }
    body.update(changes)
    return body
