"""The resources of the API on the facade's clients; each module loads on first use.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .auto_scaling_groups import AsyncAutoScalingGroups, AutoScalingGroups
    from .default_configs import AsyncDefaultConfigs, DefaultConfigs
    from .images import AsyncImages, Images
    from .keypairs import AsyncKeypairs, Keypairs
    from .launch_configurations import AsyncLaunchConfigurations, LaunchConfigurations
    from .quota_sets import AsyncQuotaSets, QuotaSets
    from .server_groups import AsyncServerGroups, ServerGroups
    from .server_types import AsyncServerTypes, ServerTypes
    from .servers import AsyncServers, Servers
    from .snapshots import AsyncSnapshots, Snapshots
    from .volume_transfers import AsyncVolumeTransfers, VolumeTransfers
    from .volume_types import AsyncVolumeTypes, VolumeTypes
    from .volumes import AsyncVolumes, Volumes

MODELS = (
    "AutoScalingGroupLbServerGroup",
    "AutoScalingGroupNotification",
    "AutoScalingGroupPolicy",
    "AutoScalingGroupSchedule",
    "AutoScalingGroupVirtualServer",
    "AutoScalingGroup",
    "AutoScalingGroupState",
    "DefaultConfig",
    "ImageMember",
    "Image",
    "ImageState",
    "Keypair",
    "LaunchConfiguration",
    "QuotaSet",
    "ServerGroup",
    "ServerInterface",
    "ServerIp",
    "ServerSecurityGroup",
    "ServerType",
    "ServerVolume",
    "Server",
    "ServerState",
    "Snapshot",
    "SnapshotState",
    "VolumeTransfer",
    "VolumeType",
    "BlockStorageVolume",
    "BlockStorageVolumeState",
    "AutoScalingGroupNotificationListResponse",
    "DefaultConfigListResponse",
    "InterfaceResponse",
    "KeypairCreateResponse",
    "ServerConsoleLogResponse",
    "ServerCreateImageResponse",
    "ServerGroupPartitionSizeResponse",
    "ServerPasswordResponse",
    "VolumeQuotaSet",
    "VolumeServerAttachResponse",
    "VolumeTransferCreateResponse",
)
"""The models' names (`scp_virtualserver.resources.models`), which the package exports."""


class ClientResources:
    """Every resource of the API, as attributes of `VirtualServerClient`."""

    @cached_property
    def auto_scaling_groups(self) -> AutoScalingGroups:
        """Auto-Scaling Groups, which keep a number of servers running from a launch configuration."""
        from .auto_scaling_groups import AutoScalingGroups

        return AutoScalingGroups(self)

    @cached_property
    def default_configs(self) -> DefaultConfigs:
        """The service's default settings."""
        from .default_configs import DefaultConfigs

        return DefaultConfigs(self)

    @cached_property
    def images(self) -> Images:
        """OS images that servers boot from; create, import, share and manage them."""
        from .images import Images

        return Images(self)

    @cached_property
    def keypairs(self) -> Keypairs:
        """Key pairs for logging in to servers."""
        from .keypairs import Keypairs

        return Keypairs(self)

    @cached_property
    def launch_configurations(self) -> LaunchConfigurations:
        """Server templates that Auto-Scaling Groups create their servers from."""
        from .launch_configurations import LaunchConfigurations

        return LaunchConfigurations(self)

    @cached_property
    def quota_sets(self) -> QuotaSets:
        """The account's quotas for servers and volumes, with what is used."""
        from .quota_sets import QuotaSets

        return QuotaSets(self)

    @cached_property
    def server_groups(self) -> ServerGroups:
        """Server groups, which place their servers by a policy."""
        from .server_groups import ServerGroups

        return ServerGroups(self)

    @cached_property
    def server_types(self) -> ServerTypes:
        """The server types (sizes) available to servers."""
        from .server_types import ServerTypes

        return ServerTypes(self)

    @cached_property
    def servers(self) -> Servers:
        """Virtual servers and their lifecycle."""
        from .servers import Servers

        return Servers(self)

    @cached_property
    def snapshots(self) -> Snapshots:
        """Point-in-time snapshots of block storage volumes."""
        from .snapshots import Snapshots

        return Snapshots(self)

    @cached_property
    def volume_transfers(self) -> VolumeTransfers:
        """Handing a volume over to another account."""
        from .volume_transfers import VolumeTransfers

        return VolumeTransfers(self)

    @cached_property
    def volume_types(self) -> VolumeTypes:
        """The kinds of Block Storage a volume can be made of."""
        from .volume_types import VolumeTypes

        return VolumeTypes(self)

    @cached_property
    def volumes(self) -> Volumes:
        """Block Storage volumes, and attaching them to virtual servers."""
        from .volumes import Volumes

        return Volumes(self)


class AsyncClientResources:
    """Every resource of the API, as attributes of `AsyncVirtualServerClient`."""

    @cached_property
    def auto_scaling_groups(self) -> AsyncAutoScalingGroups:
        """Auto-Scaling Groups, which keep a number of servers running from a launch configuration."""
        from .auto_scaling_groups import AsyncAutoScalingGroups

        return AsyncAutoScalingGroups(self)

    @cached_property
    def default_configs(self) -> AsyncDefaultConfigs:
        """The service's default settings."""
        from .default_configs import AsyncDefaultConfigs

        return AsyncDefaultConfigs(self)

    @cached_property
    def images(self) -> AsyncImages:
        """OS images that servers boot from; create, import, share and manage them."""
        from .images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def keypairs(self) -> AsyncKeypairs:
        """Key pairs for logging in to servers."""
        from .keypairs import AsyncKeypairs

        return AsyncKeypairs(self)

    @cached_property
    def launch_configurations(self) -> AsyncLaunchConfigurations:
        """Server templates that Auto-Scaling Groups create their servers from."""
        from .launch_configurations import AsyncLaunchConfigurations

        return AsyncLaunchConfigurations(self)

    @cached_property
    def quota_sets(self) -> AsyncQuotaSets:
        """The account's quotas for servers and volumes, with what is used."""
        from .quota_sets import AsyncQuotaSets

        return AsyncQuotaSets(self)

    @cached_property
    def server_groups(self) -> AsyncServerGroups:
        """Server groups, which place their servers by a policy."""
        from .server_groups import AsyncServerGroups

        return AsyncServerGroups(self)

    @cached_property
    def server_types(self) -> AsyncServerTypes:
        """The server types (sizes) available to servers."""
        from .server_types import AsyncServerTypes

        return AsyncServerTypes(self)

    @cached_property
    def servers(self) -> AsyncServers:
        """Virtual servers and their lifecycle."""
        from .servers import AsyncServers

        return AsyncServers(self)

    @cached_property
    def snapshots(self) -> AsyncSnapshots:
        """Point-in-time snapshots of block storage volumes."""
        from .snapshots import AsyncSnapshots

        return AsyncSnapshots(self)

    @cached_property
    def volume_transfers(self) -> AsyncVolumeTransfers:
        """Handing a volume over to another account."""
        from .volume_transfers import AsyncVolumeTransfers

        return AsyncVolumeTransfers(self)

    @cached_property
    def volume_types(self) -> AsyncVolumeTypes:
        """The kinds of Block Storage a volume can be made of."""
        from .volume_types import AsyncVolumeTypes

        return AsyncVolumeTypes(self)

    @cached_property
    def volumes(self) -> AsyncVolumes:
        """Block Storage volumes, and attaching them to virtual servers."""
        from .volumes import AsyncVolumes

        return AsyncVolumes(self)
