"""Ending the processes tests start, whatever signals the test runner ignores."""

from __future__ import annotations

import subprocess
from typing import Any


def end(process: subprocess.Popen[Any]) -> None:
    """Stops a child for good: SIGTERM (which the runner may not ignore, unlike SIGINT in a
    background job), then SIGKILL if it has not gone within a few seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    if process.stdout is not None:
        process.stdout.close()
