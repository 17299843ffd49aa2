"""`python -m scp_virtualserver.testing`: serve a local Virtual Server API until stopped."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from ._server import LocalVirtualServer


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scp_virtualserver.testing", description=__doc__
    )
    parser.add_argument(
        "--port", type=int, default=8787, help="port on 127.0.0.1 (0: any free one)"
    )
    parser.add_argument("--access-key", default="local-access-key")
    parser.add_argument("--secret-key", default="local-secret-key")
    parser.add_argument("--servers", type=int, default=3, help="servers to start with")
    parser.add_argument("--delete-delay", type=float, default=2.0, help="seconds a deletion takes")
    args = parser.parse_args(argv)
    # Ctrl-C and SIGTERM both stop it cleanly, even where SIGINT was ignored when it started
    # (a shell's background job without job control ignores it).
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    server = LocalVirtualServer(
        args.access_key, args.secret_key, port=args.port, delete_delay=args.delete_delay
    )
    with server:
        ids = [server.add_server(f"server-{n + 1}") for n in range(args.servers)]
        print(f"Local Virtual Server API at {server.url}")
        print(f"  SCP_ENDPOINT_URL={server.url}")
        print(f"  SCP_ACCESS_KEY={args.access_key}")
        print(f"  SCP_SECRET_KEY={args.secret_key}")
        for server_id in ids:
            print(f"  server {server_id}")
        print("Ctrl-C (or SIGTERM) stops it.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
