"""`python -m generator [--check]`: regenerate the clients, or check them for drift."""

from __future__ import annotations

import argparse
import sys
import time

from . import changelog, docs, facts, surface
from .build import SPEC_DIR, GenerationError, drift, dry_run, regenerate
from .lint import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--check",
        action="store_true",
        help="generate into a temporary directory and fail if it differs from clients/",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="build, lint and generate into a temporary directory; write nothing",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        preflight()
        if args.check:
            report = drift() + facts.drift()
            committed = changelog.DOC.read_text("utf-8") if changelog.DOC.exists() else ""
            if committed != changelog.render():
                report.append(f"{changelog.DOC} is not what the specs give")
            report += docs.stale()
            if report:
                print("The committed files differ from a fresh generation:", file=sys.stderr)
                print("\n".join(report[:400]), file=sys.stderr)
                print("Run `nox -s generate` and commit the result.", file=sys.stderr)
                return 1
            unrecorded = surface.check()  # the committed package's surface, and its entry
            if unrecorded:
                print("\n".join(unrecorded), file=sys.stderr)
                return 1
            print(
                f"clients/, docs and the surface match the specs and CHANGELOG.md "
                f"({time.perf_counter() - started:.1f} s)"
            )
            return 0
        if args.dry_run:
            print("\n".join(dry_run()))
            print(f"dry run passed in {time.perf_counter() - started:.1f} s; nothing written")
            return 0
        written = regenerate()
        changelog.main()
        docs.main()
        written += facts.write()
        changed, what = surface.write()
        if changed:
            print(f"the public surface changed ({surface.SURFACE}):\n{what}")
    except (SpecError, GenerationError, surface.SurfaceError) as exc:
        print(f"generator: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path}")
    print(f"regenerated in {time.perf_counter() - started:.1f} s")
    return 0


def preflight() -> None:
    """What a version still lacks, named before anything is generated: Samsung's operation
    count in deviations.yaml."""
    facts.read(SPEC_DIR)


if __name__ == "__main__":
    sys.exit(main())
