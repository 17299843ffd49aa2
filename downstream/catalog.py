"""A user's code that names the SDK's models and errors as the README does (`vs.Image`, ...).

Editors check it as users' editors do: `nox -s downstream` runs pyright in strict mode and
mypy --strict over this project; a name missing from `scp_virtualserver.__all__` is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import scp_virtualserver as vs


@dataclass
class Catalog:
    """What an account offers to build servers from."""

    images: list[vs.Image] = field(default_factory=list[vs.Image])
    server_types: list[vs.ServerType] = field(default_factory=list[vs.ServerType])
    volume_types: list[vs.VolumeType] = field(default_factory=list[vs.VolumeType])
    keypairs: list[vs.Keypair] = field(default_factory=list[vs.Keypair])
    server_groups: list[vs.ServerGroup] = field(default_factory=list[vs.ServerGroup])
    launch_configurations: list[vs.LaunchConfiguration] = field(
        default_factory=list[vs.LaunchConfiguration]
    )
    quota: vs.QuotaSet | None = None


def catalog(client: vs.VirtualServerClient) -> Catalog:
    return Catalog(
        images=list(client.images.list()),
        server_types=list(client.server_types.list()),
        volume_types=list(client.volume_types.list()),
        keypairs=list(client.keypairs.list()),
        server_groups=list(client.server_groups.list()),
        launch_configurations=list(client.launch_configurations.list()),
        quota=client.quota_sets.get(),
    )


def describe(
    server: vs.Server,
    volume: vs.BlockStorageVolume,
    snapshot: vs.Snapshot,
    group: vs.AutoScalingGroup,
    transfer: vs.VolumeTransfer,
) -> str:
    """One line per thing; the state enums compare with the states' names."""
    parts = [
        f"server {server.name}: {server.state}",
        f"volume {volume.name}: {volume.state}",
        f"snapshot {snapshot.name}: {snapshot.status}",
        f"group {group.name}: {group.state}",
        f"transfer {transfer.id}",
    ]
    if server.known_state is vs.ServerState.ACTIVE:
        parts.append("serving")
    states: tuple[type[object], ...] = (
        vs.ImageState,
        vs.BlockStorageVolumeState,
        vs.SnapshotState,
        vs.AutoScalingGroupState,
        vs.DefaultConfig,
    )
    parts.append(f"{len(states)} lifecycles")
    return "; ".join(parts)


def parts_of(server: vs.Server) -> list[str]:
    """The pieces a server is made of: the sub-resources' models."""
    pieces: list[
        type[
            vs.ServerInterface
            | vs.ServerIp
            | vs.ServerSecurityGroup
            | vs.ServerVolume
            | vs.ImageMember
            | vs.AutoScalingGroupLbServerGroup
            | vs.AutoScalingGroupNotification
            | vs.AutoScalingGroupPolicy
            | vs.AutoScalingGroupSchedule
            | vs.AutoScalingGroupVirtualServer
        ]
    ] = [
        vs.ServerInterface,
        vs.ServerIp,
        vs.ServerSecurityGroup,
        vs.ServerVolume,
        vs.ImageMember,
        vs.AutoScalingGroupLbServerGroup,
        vs.AutoScalingGroupNotification,
        vs.AutoScalingGroupPolicy,
        vs.AutoScalingGroupSchedule,
        vs.AutoScalingGroupVirtualServer,
    ]
    return [f"{server.id}: {piece.__name__}" for piece in pieces]


def explain(error: vs.ScpError) -> str:
    """Every error the SDK raises on purpose, by the names users catch."""
    if isinstance(error, vs.ConfigurationError):
        return f"set up: {error}"
    if isinstance(error, vs.ApiError):
        retried = f", after {error.attempts} attempts" if error.attempts > 1 else ""
        return f"{error.status_code} {error.code or ''}: {error.detail or str(error)}{retried}"
    kinds: tuple[type[vs.ScpError], ...] = (
        vs.InvalidParameterError,
        vs.UnsupportedVersionError,
        vs.WaitTimeoutError,
        vs.ServerStateError,
        vs.NetworkError,
        vs.DeadlineExceededError,
    )
    return f"{type(error).__name__} ({isinstance(error, kinds)}): {error}"
