"""Every public name is in `__all__` and `dir()`: editors and REPLs complete what users use."""

from __future__ import annotations

import subprocess
import sys

import scp_virtualserver as vs
from scp_virtualserver.resources import MODELS


def test_every_model_error_and_client_is_exported() -> None:
    wanted = {*MODELS, *vs.errors.__all__} - {"error_from_response", "parse_code", "parse_detail"}
    wanted |= {"VirtualServerClient", "AsyncVirtualServerClient", "ConfigurationError"}
    assert wanted <= set(vs.__all__)
    assert wanted <= set(dir(vs))
    assert len(vs.__all__) == len(set(vs.__all__))


def test_every_exported_name_resolves() -> None:
    for name in vs.__all__:
        assert getattr(vs, name) is not None, name


def test_star_import_gives_the_models_and_stays_lazy_until_then() -> None:
    code = (
        "import sys, scp_virtualserver as vs; "
        "assert 'scp_virtualserver.resources.models' not in sys.modules; "
        "assert 'Image' in dir(vs) and 'AsyncVirtualServerClient' in dir(vs); "
        "assert 'scp_virtualserver.aio' not in sys.modules; "
        "from scp_virtualserver import *; "
        "print(Image.__name__, BlockStorageVolume.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["Image", "BlockStorageVolume"]
