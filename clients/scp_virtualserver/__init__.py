"""scp_virtualserver: a typed SDK for the Samsung Cloud Platform Virtual Server API.

    import scp_virtualserver as vs

    with vs.VirtualServerClient(region="kr-west1", environment="e") as client:
        client.servers.delete(server_id, wait=True)

Importing this package loads none of the generated version packages (`v1_0` … `v1_3`); a
client imports the one it speaks when it first needs it. Nor does it load httpx: the clients,
signing and retry policy load on first use, so that the pytest plugin (in every test run of a
project that installs the SDK) costs nothing until its fixtures are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors
from ._version import __version__ as __version__
from .credentials import Credentials
from .errors import (
    ApiError,
    BadRequest,
    ConfigurationError,
    Conflict,
    DeadlineExceededError,
    Forbidden,
    InvalidParameterError,
    MalformedResponseError,
    NetworkError,
    NotFound,
    RedirectError,
    ResponseTooLargeError,
    ScpError,
    ServerError,
    ServerStateError,
    TooManyRequests,
    Unauthorized,
    UnsupportedVersionError,
    VersionDeprecationWarning,
    VersionDiscoveryWarning,
    VersionDriftWarning,
    VersionExpiredWarning,
    WaitTimeoutError,
)
from .resources import MODELS
from .versions import VERSIONS, ApiVersion, VersionDrift, select_version

if TYPE_CHECKING:
    from . import bulk, hooks, testing
    from ._paging import Page
    from ._reading import Deviation
    from ._waiting import PollHook, PollProgress
    from .aio import AsyncVirtualServerClient
    from .client import VirtualServerClient
    from .hooks import OperationEvent, OperationHook
    from .models import Network, Volume
    from .resources import models as _models
    from .resources.models import *  # noqa: F403 - the generated models, exported lazily
    from .resources.servers import AsyncServers, Servers
    from .retry import RetryPolicy
    from .signing import ScpAuth, sign


__all__ = [
    "VERSIONS",
    "ApiError",
    "ApiVersion",
    "AsyncServers",
    "AsyncVirtualServerClient",
    "BadRequest",
    "ConfigurationError",
    "Conflict",
    "Credentials",
    "DeadlineExceededError",
    "Deviation",
    "Forbidden",
    "InvalidParameterError",
    "MalformedResponseError",
    "Network",
    "NetworkError",
    "NotFound",
    "OperationEvent",
    "OperationHook",
    "Page",
    "PollHook",
    "PollProgress",
    "RedirectError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ScpAuth",
    "ScpError",
    "ServerError",
    "ServerStateError",
    "Servers",
    "TooManyRequests",
    "Unauthorized",
    "UnsupportedVersionError",
    "VersionDeprecationWarning",
    "VersionDiscoveryWarning",
    "VersionDrift",
    "VersionDriftWarning",
    "VersionExpiredWarning",
    "VirtualServerClient",
    "Volume",
    "WaitTimeoutError",
    "bulk",
    "errors",
    "hooks",
    "select_version",
    "sign",
    "testing",
]
# Every model the specs make (vs.Server, vs.Image, ...): type checkers read the generated
# module's own list, the interpreter the same names from the cheap table beside it.
if TYPE_CHECKING:
    __all__ += _models.__all__
else:
    __all__.extend(MODELS)


# Loaded on first use, so that `import scp_virtualserver` stays cheap: the clients bring httpx,
# the async client asyncio, the local server http.server.
_LAZY = {
    "VirtualServerClient": ".client",
    "AsyncVirtualServerClient": ".aio",
    "Deviation": "._reading",
    "RetryPolicy": ".retry",
    "ScpAuth": ".signing",
    "sign": ".signing",
    "AsyncServers": ".resources.servers",
    "Servers": ".resources.servers",
    "OperationEvent": ".hooks",
    "OperationHook": ".hooks",
    "Page": "._paging",
    "Network": ".models",
    "Volume": ".models",
    "PollHook": "._waiting",
    "PollProgress": "._waiting",
    "bulk": ".bulk",
    "hooks": ".hooks",
    "testing": ".testing",
    **dict.fromkeys(MODELS, ".resources.models"),
}


_MODULES = ("bulk", "hooks", "testing")


def __dir__() -> list[str]:
    """What REPLs and editors complete: the lazy names too, before their first use."""
    return sorted({*globals(), *__all__})


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = importlib.import_module(module_name, __name__)
    value = module if name in _MODULES else getattr(module, name)
    globals()[name] = value
    return value
