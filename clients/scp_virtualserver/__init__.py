"""scp_virtualserver: a typed SDK for the Samsung Cloud Platform Virtual Server API.

    import scp_virtualserver as vs

    with vs.VirtualServerClient(region="kr-west1", environment="e") as client:
        client.servers.delete(server_id, wait=True)

Importing this package loads none of the generated version packages (`v1_0` and the others,
one per API version); a client imports the one it speaks when it first needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors
from ._version import __version__ as __version__
from .client import VirtualServerClient
from .credentials import Credentials
from .errors import (
    ApiError,
    BadRequest,
    Conflict,
    DeadlineExceededError,
    Forbidden,
    InvalidParameterError,
    MalformedResponseError,
    NetworkError,
    NotFound,
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
from .models import Network, Volume
from .resources import MODELS
from .retry import RetryPolicy
from .signing import ScpAuth, sign
from .versions import VERSIONS, ApiVersion, VersionDrift, select_version

if TYPE_CHECKING:
    from . import testing
    from .aio import AsyncVirtualServerClient
    from .resources.models import *  # noqa: F403 - the generated models, exported lazily
    from .resources.models import Server, ServerState
    from .resources.servers import AsyncServers, Servers


__all__ = [
    "VERSIONS",
    "ApiError",
    "ApiVersion",
    "AsyncServers",
    "AsyncVirtualServerClient",
    "BadRequest",
    "Conflict",
    "Credentials",
    "DeadlineExceededError",
    "Forbidden",
    "InvalidParameterError",
    "MalformedResponseError",
    "Network",
    "NetworkError",
    "NotFound",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ScpAuth",
    "ScpError",
    "Server",
    "ServerError",
    "ServerState",
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
    "errors",
    "select_version",
    "sign",
    "testing",
]


# Loaded on first use, so that `import scp_virtualserver` stays cheap: the async client brings
# asyncio, the local server brings http.server.
_LAZY = {
    "AsyncVirtualServerClient": ".aio",
    "AsyncServers": ".resources.servers",
    "Servers": ".resources.servers",
    "testing": ".testing",
    **dict.fromkeys(MODELS, ".resources.models"),
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = importlib.import_module(module_name, __name__)
    value = module if name == "testing" else getattr(module, name)
    globals()[name] = value
    return value
