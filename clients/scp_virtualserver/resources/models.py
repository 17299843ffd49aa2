"""The facade's models: one per resource, with the fields of every API version.

A field the version in use does not have is None; the answer as the service sent it is kept in
`raw`. Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any, ClassVar

from .._model import Model, pluck

__all__ = [
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
]


class AutoScalingGroupLbServerGroup(Model):
    """An AutoScalingGroupLbServerGroup, as the service answers it.

    The load balancer server groups an Auto-Scaling Group registers its servers in.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "created_at",
        "created_by",
        "id",
        "modified_at",
        "modified_by",
        "name",
        "port",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "_datetime"),
        ("created_by", "_text"),
        ("id", "_text"),
        ("modified_at", "_datetime"),
        ("modified_by", "_text"),
        ("name", "_text"),
        ("port", "_integer"),
    )

    created_at: datetime.datetime
    """When the link was made."""
    created_by: str
    """User who made the link."""
    id: str
    """LB server group ID."""
    modified_at: datetime.datetime
    """When the link last changed."""
    modified_by: str
    """User who last changed the link."""
    name: str
    """LB server group name."""
    port: int
    """Port of the servers that the load balancer sends traffic to."""


class AutoScalingGroupNotification(Model):
    """An AutoScalingGroupNotification, as the service answers it.

    Who is told of an Auto-Scaling Group's scaling events.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "account_id",
        "auto_scaling_group_id",
        "created_at",
        "created_by",
        "id",
        "modified_at",
        "modified_by",
        "notification_events",
        "notification_state",
        "user_email",
        "user_id",
        "user_name",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "_text"),
        ("auto_scaling_group_id", "_text"),
        ("created_at", "_datetime"),
        ("created_by", "_text"),
        ("id", "_text"),
        ("modified_at", "_datetime"),
        ("modified_by", "_text"),
        ("notification_events", "_array"),
        ("notification_state", "_text"),
        ("user_email", "_text"),
        ("user_id", "_text"),
        ("user_name", "_text"),
    )

    account_id: str
    """Account that owns the group."""
    auto_scaling_group_id: str
    """The Auto-Scaling Group."""
    created_at: datetime.datetime
    """When the notification was created."""
    created_by: str
    """User who created the notification."""
    id: str
    """Notification ID."""
    modified_at: datetime.datetime
    """When the notification last changed."""
    modified_by: str
    """User who last changed the notification."""
    notification_events: list[Any]
    """The events the user is notified of."""
    notification_state: str
    """The notification's state (such as `ACTIVE`)."""
    user_email: str
    """The notified user's email address."""
    user_id: str
    """The notified user."""
    user_name: str
    """The notified user's name."""


class AutoScalingGroupPolicy(Model):
    """An AutoScalingGroupPolicy, as the service answers it.

    Metric-based policies that scale an Auto-Scaling Group out or in.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "account_id",
        "auto_scaling_group_id",
        "comparison_operator",
        "cooldown_seconds",
        "created_at",
        "created_by",
        "evaluation_minutes",
        "id",
        "metric_method",
        "metric_type",
        "modified_at",
        "modified_by",
        "name",
        "scale_method",
        "scale_type",
        "scale_value",
        "state",
        "threshold",
        "threshold_unit",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "_text"),
        ("auto_scaling_group_id", "_text"),
        ("comparison_operator", "_text"),
        ("cooldown_seconds", "_integer"),
        ("created_at", "_datetime"),
        ("created_by", "_text"),
        ("evaluation_minutes", "_integer"),
        ("id", "_text"),
        ("metric_method", "_text"),
        ("metric_type", "_text"),
        ("modified_at", "_datetime"),
        ("modified_by", "_text"),
        ("name", "_text"),
        ("scale_method", "_text"),
        ("scale_type", "_text"),
        ("scale_value", "_integer"),
        ("state", "_text"),
        ("threshold", "_integer"),
        ("threshold_unit", "_text"),
    )

    account_id: str
    """Account that owns the group."""
    auto_scaling_group_id: str
    """The Auto-Scaling Group."""
    comparison_operator: str
    """How the metric is compared with the threshold: `ge`, `gt`, `le` or `lt`."""
    cooldown_seconds: int
    """Seconds to wait after scaling before the policy may act again."""
    created_at: datetime.datetime
    """When the policy was created."""
    created_by: str
    """User who created the policy."""
    evaluation_minutes: int
    """Minutes the condition must hold before the policy acts."""
    id: str
    """Policy ID."""
    metric_method: str
    """How the metric is aggregated: `AVG`, `MIN` or `MAX`."""
    metric_type: str
    """The metric watched (such as `CPU`)."""
    modified_at: datetime.datetime
    """When the policy last changed."""
    modified_by: str
    """User who last changed the policy."""
    name: str
    """Policy name."""
    scale_method: str
    """How `scale_value` is read: `AMOUNT`, `PERCENTAGE` or `FIXED`."""
    scale_type: str
    """Direction: `SCALE_OUT` or `SCALE_IN`."""
    scale_value: int
    """How much to scale, as `scale_method` says."""
    state: str
    """Whether the policy is on (`ACTIVE`) or off."""
    threshold: int
    """The value the metric is compared with."""
    threshold_unit: str
    """Unit of the threshold (such as `%`)."""


class AutoScalingGroupSchedule(Model):
    """An AutoScalingGroupSchedule, as the service answers it.

    Schedules that change an Auto-Scaling Group's server counts at set times.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "account_id",
        "created_at",
        "created_by",
        "day_of_month",
        "day_of_week",
        "description",
        "desired_server_count",
        "end_date",
        "frequency",
        "hour",
        "id",
        "max_server_count",
        "min_server_count",
        "minute",
        "modified_at",
        "modified_by",
        "name",
        "start_date",
        "state",
        "timezone",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "_text"),
        ("created_at", "_datetime"),
        ("created_by", "_text"),
        ("day_of_month", "_text"),
        ("day_of_week", "_text"),
        ("description", "_text"),
        ("desired_server_count", "_integer"),
        ("end_date", "_text"),
        ("frequency", "_text"),
        ("hour", "_integer"),
        ("id", "_text"),
        ("max_server_count", "_integer"),
        ("min_server_count", "_integer"),
        ("minute", "_integer"),
        ("modified_at", "_datetime"),
        ("modified_by", "_text"),
        ("name", "_text"),
        ("start_date", "_text"),
        ("state", "_text"),
        ("timezone", "_text"),
    )

    account_id: str
    """Account that owns the group."""
    created_at: datetime.datetime
    """When the schedule was created."""
    created_by: str
    """User who created the schedule."""
    day_of_month: str | None
    """For a monthly schedule, the day(s) of the month it runs on."""
    day_of_week: str | None
    """For a weekly schedule, the day(s) of the week it runs on."""
    description: str | None
    """A free text about the schedule."""
    desired_server_count: int | None
    """The desired server count set when the schedule runs."""
    end_date: str | None
    """Last day the schedule runs; null for no end."""
    frequency: str
    """How often a schedule runs."""
    hour: int
    """Hour of the day it runs."""
    id: str
    """Schedule ID."""
    max_server_count: int | None
    """The maximum server count set when the schedule runs."""
    min_server_count: int | None
    """The minimum server count set when the schedule runs."""
    minute: int
    """Minute of the hour it runs."""
    modified_at: datetime.datetime
    """When the schedule last changed."""
    modified_by: str
    """User who last changed the schedule."""
    name: str
    """Schedule name."""
    start_date: str
    """First day the schedule runs."""
    state: str
    """Schedule state (such as `ACTIVE`)."""
    timezone: str
    """Time zone of `hour` and `minute`."""


class AutoScalingGroupVirtualServer(Model):
    """An AutoScalingGroupVirtualServer, as the service answers it.

    The servers an Auto-Scaling Group runs.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "account_id",
        "addresses",
        "auto_scaling_group_id",
        "created_at",
        "created_by",
        "disk_config",
        "id",
        "image_id",
        "is_asg_virtual_server_healthy",
        "is_lb_healthy",
        "is_marketplace",
        "keypair_name",
        "launch_configuration_id",
        "lb_linked_state",
        "locked",
        "metadata",
        "modified_at",
        "name",
        "partition_number",
        "planned_compute_os_type",
        "product_category",
        "product_offering",
        "security_groups",
        "server_group_id",
        "server_type",
        "state",
        "volumes",
        "vpc_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "_text"),
        ("addresses", "_array"),
        ("auto_scaling_group_id", "_text"),
        ("created_at", "_datetime"),
        ("created_by", "_text"),
        ("disk_config", "_text"),
        ("id", "_text"),
        ("image_id", "_text"),
        ("is_asg_virtual_server_healthy", "_boolean"),
        ("is_lb_healthy", "_boolean"),
        ("is_marketplace", "_boolean"),
        ("keypair_name", "_text"),
        ("launch_configuration_id", "_text"),
        ("lb_linked_state", "_text"),
        ("locked", "_boolean"),
        ("metadata", "_object"),
        ("modified_at", "_datetime"),
        ("name", "_text"),
        ("partition_number", "_integer"),
        ("planned_compute_os_type", "_text"),
        ("product_category", "_text"),
        ("product_offering", "_text"),
        ("security_groups", "_array"),
        ("server_group_id", "_text"),
        ("server_type", "_object"),
        ("state", "_text"),
        ("volumes", "_array"),
        ("vpc_id", "_text"),
    )

    account_id: str
    """Account that owns the server."""
    addresses: list[Any] | None
    """The server's subnets and IP addresses."""
    auto_scaling_group_id: str
    """The Auto-Scaling Group that runs the server."""
    created_at: datetime.datetime
    """When the server was created."""
    created_by: str
    """User (or service) that created the server."""
    disk_config: str
    """How the boot disk was partitioned (such as `MANUAL`)."""
    id: str
    """Server ID."""
    image_id: str | None
    """Image the server was created from."""
    is_asg_virtual_server_healthy: bool | None
    """Whether the group considers the server healthy."""
    is_lb_healthy: bool | None
    """Whether the load balancer considers the server healthy."""
    is_marketplace: bool | None
    """Whether that image is a Marketplace image."""
    keypair_name: str | None
    """Keypair installed on the server."""
    launch_configuration_id: str | None
    """Launch configuration the server was created from."""
    lb_linked_state: str | None
    """The state of the server's registration with the load balancer."""
    locked: bool
    """Whether the server is locked against changes."""
    metadata: dict[str, Any]
    """Key-value metadata of the server."""
    modified_at: datetime.datetime
    """When the server last changed."""
    name: str
    """Server name."""
    partition_number: int | None
    """Partition of the server group the server is placed in, if any. API 1.1+."""
    planned_compute_os_type: str | None
    """The kind of OS a server is planned for (drives licensing)."""
    product_category: str | None
    """The product category of a server."""
    product_offering: str | None
    """The product offering of a server."""
    security_groups: list[Any] | None
    """Security groups of the server."""
    server_group_id: str | None
    """Server group the server belongs to."""
    server_type: dict[str, Any]
    """A server's type (vCPUs, memory, disks)."""
    state: str
    """Server state (such as `ACTIVE`)."""
    volumes: list[Any]
    """Volumes attached to the server."""
    vpc_id: str | None
    """VPC of the server."""


class AutoScalingGroupState(enum.StrEnum):
    """The states of an AutoScalingGroup this release knows; `state` may hold others."""

    IN_SERVICE = "IN_SERVICE"
    CREATING = "CREATING"
    UPDATING = "UPDATING"
    SCALING_OUT = "SCALING_OUT"
    SCALING_IN = "SCALING_IN"
    DELETING = "DELETING"
    ERROR = "ERROR"


class AutoScalingGroup(Model):
    """An AutoScalingGroup, as the service answers it.

    Auto-Scaling Groups, which keep a number of servers running from a launch configuration.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "account_id",
        "created_at",
        "created_by",
        "desired_server_count",
        "desired_server_count_editable",
        "drain_enabled",
        "drain_timeout",
        "id",
        "launch_configuration_id",
        "launch_configuration_name",
        "lb_server_groups",
        "max_server_count",
        "min_server_count",
        "modified_at",
        "modified_by",
        "name",
        "security_group_ids",
        "server_name_prefix",
        "state",
        "state_check_delay_time",
        "subnet_ids",
        "total_server_count",
        "use_lb_state_check",
        "vpc_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "_text"),
        ("created_at", "_datetime"),
        ("created_by", "_text"),
        ("desired_server_count", "_integer"),
        ("desired_server_count_editable", "_boolean"),
        ("drain_enabled", "_boolean"),
        ("drain_timeout", "_integer"),
        ("id", "_text"),
        ("launch_configuration_id", "_text"),
        ("launch_configuration_name", "_text"),
        ("lb_server_groups", "_array"),
        ("max_server_count", "_integer"),
        ("min_server_count", "_integer"),
        ("modified_at", "_datetime"),
        ("modified_by", "_text"),
        ("name", "_text"),
        ("security_group_ids", "_array"),
        ("server_name_prefix", "_text"),
        ("state", "_text"),
        ("state_check_delay_time", "_integer"),
        ("subnet_ids", "_array"),
        ("total_server_count", "_integer"),
        ("use_lb_state_check", "_boolean"),
        ("vpc_id", "_text"),
    )

    account_id: str
    """Account that owns the group."""
    created_at: datetime.datetime
    """When the group was created."""
    created_by: str
    """User who created the group."""
    desired_server_count: int
    """How many servers the group should run."""
    desired_server_count_editable: bool
    """Whether the desired server count may be changed."""
    drain_enabled: bool
    """Whether a server's load balancer connections are drained before it is removed."""
    drain_timeout: int | None
    """How long draining may last."""
    id: str
    """Auto-Scaling Group ID."""
    launch_configuration_id: str
    """The launch configuration the group's servers are created from."""
    launch_configuration_name: str
    """That launch configuration's name."""
    lb_server_groups: list[Any] | None
    """Load balancer server groups the servers are registered in."""
    max_server_count: int
    """Most servers the group may run."""
    min_server_count: int
    """Fewest servers the group may run."""
    modified_at: datetime.datetime
    """When the group last changed."""
    modified_by: str
    """User who last changed the group."""
    name: str
    """Group name."""
    security_group_ids: list[Any] | None
    """Security groups of the group's servers."""
    server_name_prefix: str
    """Start of the names of the group's servers."""
    state: str
    """Group state (such as `IN_SERVICE`)."""
    state_check_delay_time: int | None
    """How long after creating a server the group waits before checking its state."""
    subnet_ids: list[Any] | None
    """Subnets the group's servers are placed in."""
    total_server_count: int | None
    """How many servers the group runs now."""
    use_lb_state_check: bool | None
    """Whether the group also checks the servers' state at the load balancer."""
    vpc_id: str
    """VPC of the group."""

    @property
    def known_state(self) -> AutoScalingGroupState | None:
        """`state` as a AutoScalingGroupState, or None if this release does not know it."""
        value = self.raw.get("state")
        try:
            return AutoScalingGroupState(value) if isinstance(value, str) else None
        except ValueError:
            return None


class DefaultConfig(Model):
    """A DefaultConfig, as the service answers it.

    The service's default settings.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = ()


class ImageMember(Model):
    """An ImageMember, as the service answers it.

    The other accounts a shared image is offered to, and their answers.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "created_at",
        "image_id",
        "member_id",
        "status",
        "updated_at",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "_text"),
        ("image_id", "_text"),
        ("member_id", "_text"),
        ("status", "_text"),
        ("updated_at", "_text"),
    )

    created_at: str
    """When the image was shared with the member."""
    image_id: str
    """The shared image."""
    member_id: str
    """Account ID of the member."""
    status: str
    """`pending`, `accepted` or `rejected`."""
    updated_at: str
    """When the member last changed."""


class ImageState(enum.StrEnum):
    """The states of an Image this release knows; `status` may hold others."""

    ACTIVE = "active"
    DEACTIVATED = "deactivated"
    QUEUED = "queued"
    SAVING = "saving"
    UPLOADING = "uploading"
    IMPORTING = "importing"
    PENDING_DELETE = "pending_delete"
    KILLED = "killed"


class Image(Model):
    """An Image, as the service answers it.

    OS images that servers boot from; create, import, share and manage them.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "checksum",
        "container_format",
        "created_at",
        "disk_format",
        "file",
        "id",
        "min_disk",
        "min_ram",
        "name",
        "os_distro",
        "os_hash_algo",
        "os_hash_value",
        "os_hidden",
        "owner",
        "owner_account_name",
        "owner_user_name",
        "protected",
        "root_device_name",
        "scp_gpu_driver",
        "scp_image_type",
        "scp_k8s_version",
        "scp_original_image_type",
        "scp_os_build_version",
        "scp_os_version",
        "scp_supported_class_types",
        "size",
        "status",
        "updated_at",
        "url",
        "virtual_size",
        "visibility",
        "volumes",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("checksum", "_text"),
        ("container_format", "_text"),
        ("created_at", "_text"),
        ("disk_format", "_text"),
        ("file", "_text"),
        ("id", "_text"),
        ("min_disk", "_integer"),
        ("min_ram", "_integer"),
        ("name", "_text"),
        ("os_distro", "_text"),
        ("os_hash_algo", "_text"),
        ("os_hash_value", "_text"),
        ("os_hidden", "_boolean"),
        ("owner", "_text"),
        ("owner_account_name", "_text"),
        ("owner_user_name", "_text"),
        ("protected", "_boolean"),
        ("root_device_name", "_text"),
        ("scp_gpu_driver", "_text"),
        ("scp_image_type", "_text"),
        ("scp_k8s_version", "_text"),
        ("scp_original_image_type", "_text"),
        ("scp_os_build_version", "_text"),
        ("scp_os_version", "_text"),
        ("scp_supported_class_types", "_text"),
        ("size", "_integer"),
        ("status", "_text"),
        ("updated_at", "_text"),
        ("url", "_text"),
        ("virtual_size", "_integer"),
        ("visibility", "_text"),
        ("volumes", "_text"),
    )

    checksum: str | None
    """Checksum of the image data."""
    container_format: str
    """Container format of the image file."""
    created_at: str
    """When the image was created."""
    disk_format: str
    """Disk format of the image file."""
    file: str
    """Where the image's data file is."""
    id: str
    """ID of the image."""
    min_disk: int
    """Smallest disk (GB) a server needs to boot this image."""
    min_ram: int
    """Smallest memory a server needs to boot this image."""
    name: str
    """Name of the image."""
    os_distro: str | None
    """OS distribution of the image."""
    os_hash_algo: str | None
    """Algorithm of `os_hash_value`."""
    os_hash_value: str | None
    """Hash of the image data."""
    os_hidden: bool
    """Whether the image is hidden from lists."""
    owner: str
    """ID of the account that owns the image."""
    owner_account_name: str | None
    """Name of the owning account."""
    owner_user_name: str | None
    """Name of the user who owns the image."""
    protected: bool
    """Whether the image is protected from deletion."""
    root_device_name: str | None
    """Name of the root device."""
    scp_gpu_driver: str | None
    """GPU driver installed in the image, if any. API 1.2+."""
    scp_image_type: str | None
    """SCP image type."""
    scp_k8s_version: str | None
    """Kubernetes version the image is made for."""
    scp_original_image_type: str | None
    """SCP image type of the original image."""
    scp_os_build_version: str | None
    """OS build version."""
    scp_os_version: str | None
    """OS version."""
    scp_supported_class_types: str | None
    """Server classes the image supports, as text. API 1.3+, in lists only."""
    size: int | None
    """Size of the image data in bytes."""
    status: str
    """Status of the image (such as `active`)."""
    updated_at: str
    """When the image last changed."""
    url: str | None
    """Object Storage URL the image came from."""
    virtual_size: int | None
    """Virtual disk size in bytes."""
    visibility: str
    """Who may see and use the image."""
    volumes: str | None
    """Volumes of the image"""

    @property
    def known_state(self) -> ImageState | None:
        """`status` as a ImageState, or None if this release does not know it."""
        value = self.raw.get("status")
        try:
            return ImageState(value) if isinstance(value, str) else None
        except ValueError:
            return None


class Keypair(Model):
    """A Keypair, as the service answers it.

    Key pairs for logging in to servers.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "created_at",
        "fingerprint",
        "id",
        "name",
        "public_key",
        "type",
        "user_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "_datetime"),
        ("fingerprint", "_text"),
        ("id", "_integer"),
        ("name", "_text"),
        ("public_key", "_text"),
        ("type", "_text"),
        ("user_id", "_text"),
    )

    created_at: datetime.datetime | None
    """When the key pair was created."""
    fingerprint: str
    """Fingerprint of the public key."""
    id: int | None
    """Key pair ID."""
    name: str
    """Key pair name."""
    public_key: str
    """The public key."""
    type: str
    """Kind of key, such as ssh."""
    user_id: str | None
    """User who owns the key pair."""


class LaunchConfiguration(Model):
    """A LaunchConfiguration, as the service answers it.

    Server templates that Auto-Scaling Groups create their servers from.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "account_id",
        "auto_scaling_group_count",
        "boot_disk_size",
        "created_at",
        "created_by",
        "extra_disk_size",
        "file_storage_ids",
        "id",
        "image_id",
        "image_name",
        "keypair_name",
        "modified_at",
        "modified_by",
        "name",
        "public_key",
        "server_type_id",
        "state",
        "user_data",
        "volumes",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "_text"),
        ("auto_scaling_group_count", "_integer"),
        ("boot_disk_size", "_integer"),
        ("created_at", "_datetime"),
        ("created_by", "_text"),
        ("extra_disk_size", "_integer"),
        ("file_storage_ids", "_array"),
        ("id", "_text"),
        ("image_id", "_text"),
        ("image_name", "_text"),
        ("keypair_name", "_text"),
        ("modified_at", "_datetime"),
        ("modified_by", "_text"),
        ("name", "_text"),
        ("public_key", "_text"),
        ("server_type_id", "_text"),
        ("state", "_text"),
        ("user_data", "_text"),
        ("volumes", "_array"),
    )

    account_id: str
    """Account that owns the launch configuration."""
    auto_scaling_group_count: int | None
    """How many Auto-Scaling Groups use it."""
    boot_disk_size: int | None
    """Size of the boot volume."""
    created_at: datetime.datetime
    """When it was created."""
    created_by: str
    """User who created it."""
    extra_disk_size: int | None
    """Size of the volumes other than the boot volume."""
    file_storage_ids: list[Any] | None
    """File storages the servers connect to."""
    id: str
    """Launch configuration ID."""
    image_id: str
    """Image the servers are created from."""
    image_name: str
    """That image's name."""
    keypair_name: str
    """Keypair installed on the servers."""
    modified_at: datetime.datetime
    """When it last changed."""
    modified_by: str
    """User who last changed it."""
    name: str
    """Launch configuration name."""
    public_key: str | None
    """Public key of the keypair."""
    server_type_id: str
    """Server type of the servers."""
    state: str
    """Launch configuration state (such as `ACTIVE`)."""
    user_data: str | None
    """What each server receives at its first start."""
    volumes: list[Any] | None
    """The servers' volumes."""


class QuotaSet(Model):
    """A QuotaSet, as the service answers it.

    The account's quotas for servers and volumes, with what is used.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "cores",
        "id",
        "instances",
        "keypairs",
        "metadata_items",
        "ram",
        "server_group_members",
        "server_groups",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cores", "_object"),
        ("id", "_text"),
        ("instances", "_object"),
        ("keypairs", "_object"),
        ("metadata_items", "_object"),
        ("ram", "_object"),
        ("server_group_members", "_object"),
        ("server_groups", "_object"),
    )

    cores: dict[str, Any]
    """One server quota and its use."""
    id: str
    """ID of the quota set."""
    instances: dict[str, Any]
    """One server quota and its use."""
    keypairs: dict[str, Any]
    """One server quota and its use."""
    metadata_items: dict[str, Any]
    """One server quota and its use."""
    ram: dict[str, Any]
    """One server quota and its use."""
    server_group_members: dict[str, Any]
    """One server quota and its use."""
    server_groups: dict[str, Any]
    """One server quota and its use."""


class ServerGroup(Model):
    """A ServerGroup, as the service answers it.

    Server groups, which place their servers by a policy.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "account_id",
        "id",
        "members",
        "name",
        "partition_size",
        "policy",
        "user_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "_text"),
        ("id", "_text"),
        ("members", "_array"),
        ("name", "_text"),
        ("partition_size", "_integer"),
        ("policy", "_text"),
        ("user_id", "_text"),
    )

    account_id: str
    """Account that owns the group."""
    id: str
    """The group's ID."""
    members: list[Any]
    """IDs of the servers in the group."""
    name: str
    """The group's name."""
    partition_size: int | None
    """The group's partition size, or null. API 1.1+."""
    policy: str
    """How the group places its servers: affinity, anti-affinity or partition."""
    user_id: str
    """User who created the group."""


class ServerInterface(Model):
    """A ServerInterface, as the service answers it.

    A server's network interfaces and their static NATs.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "fixed_ips",
        "interfaces",
        "is_default",
        "mac_addr",
        "port_id",
        "port_state",
        "private_static_nat",
        "static_nat",
        "subnet_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("fixed_ips", "_array"),
        ("interfaces", "_array"),
        ("is_default", "_boolean"),
        ("mac_addr", "_text"),
        ("port_id", "_text"),
        ("port_state", "_text"),
        ("private_static_nat", "_object"),
        ("static_nat", "_object"),
        ("subnet_id", "_text"),
    )

    fixed_ips: list[Any] | None
    """The interface's fixed IP addresses."""
    interfaces: list[Any] | None
    """The interfaces."""
    is_default: bool | None
    """Whether this is the server's default interface. API 1.2+."""
    mac_addr: str | None
    """MAC address."""
    port_id: str | None
    """Port ID."""
    port_state: str | None
    """State of the port."""
    private_static_nat: dict[str, Any] | None
    """A private static NAT on a network interface."""
    static_nat: dict[str, Any] | None
    """A public static NAT on a network interface."""
    subnet_id: str | None
    """Subnet of the interface."""


class ServerIp(Model):
    """A ServerIp, as the service answers it.

    A server's IP addresses, by subnet.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "ip_addresses",
        "subnet_name",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ip_addresses", "_array"),
        ("subnet_name", "_text"),
    )

    ip_addresses: list[Any]
    """The addresses."""
    subnet_name: str
    """Name of the subnet."""


class ServerSecurityGroup(Model):
    """A ServerSecurityGroup, as the service answers it.

    The security groups attached to a server.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "account_id",
        "description",
        "id",
        "name",
        "rules",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "_text"),
        ("description", "_text"),
        ("id", "_text"),
        ("name", "_text"),
        ("rules", "_array"),
    )

    account_id: str
    """Account that owns the security group."""
    description: str
    """The security group's own description."""
    id: str
    """The security group's ID."""
    name: str
    """The security group's name."""
    rules: list[Any]
    """The group's rules."""


class ServerType(Model):
    """A ServerType, as the service answers it.

    The server types (sizes) available to servers.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "description",
        "disk",
        "ephemeral",
        "extra_specs",
        "id",
        "name",
        "ram",
        "swap",
        "vcpus",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("description", "_text"),
        ("disk", "_integer"),
        ("ephemeral", "_integer"),
        ("extra_specs", "_object"),
        ("id", "_text"),
        ("name", "_text"),
        ("ram", "_integer"),
        ("swap", "_integer"),
        ("vcpus", "_integer"),
    )

    description: str | None
    """What the server type is for."""
    disk: int
    """Root disk size."""
    ephemeral: int
    """Ephemeral disk size."""
    extra_specs: dict[str, Any]
    """Further properties of the type"""
    id: str
    """The type's ID, such as s1v1m2."""
    name: str
    """The type's name."""
    ram: int
    """Memory size."""
    swap: int
    """Swap disk size."""
    vcpus: int
    """Number of virtual CPUs."""


class ServerVolume(Model):
    """A ServerVolume, as the service answers it.

    Block storage volumes attached to a server.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "delete_on_termination",
        "device",
        "id",
        "server_id",
        "volume_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delete_on_termination", "_boolean"),
        ("device", "_text"),
        ("id", "_text"),
        ("server_id", "_text"),
        ("volume_id", "_text"),
    )

    delete_on_termination: bool
    """Whether the volume is deleted together with the server."""
    device: str
    """Device name in the guest."""
    id: str
    """Attachment ID."""
    server_id: str
    """Server ID."""
    volume_id: str
    """Volume ID."""


class ServerState(enum.StrEnum):
    """The states of a Server this release knows; `state` may hold others."""

    ACTIVE = "ACTIVE"
    SHUTOFF = "SHUTOFF"
    BUILD = "BUILD"
    REBUILD = "REBUILD"
    REBOOT = "REBOOT"
    HARD_REBOOT = "HARD_REBOOT"
    STARTING = "STARTING"
    STOPPING = "STOPPING"
    RESIZE = "RESIZE"
    VERIFY_RESIZE = "VERIFY_RESIZE"
    MIGRATING = "MIGRATING"
    DELETING = "DELETING"
    ERROR = "ERROR"


class Server(Model):
    """A Server, as the service answers it.

    Virtual servers and their lifecycle.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "account_id",
        "addresses",
        "auto_scaling_group_id",
        "created_at",
        "created_by",
        "disk_config",
        "id",
        "image_id",
        "is_marketplace",
        "keypair_name",
        "launch_configuration_id",
        "locked",
        "metadata",
        "modified_at",
        "name",
        "partition_number",
        "planned_compute_os_type",
        "product_category",
        "product_offering",
        "security_groups",
        "server_group_id",
        "server_type",
        "state",
        "volumes",
        "vpc_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "_text"),
        ("addresses", "_array"),
        ("auto_scaling_group_id", "_text"),
        ("created_at", "_datetime"),
        ("created_by", "_text"),
        ("disk_config", "_text"),
        ("id", "_text"),
        ("image_id", "_text"),
        ("is_marketplace", "_boolean"),
        ("keypair_name", "_text"),
        ("launch_configuration_id", "_text"),
        ("locked", "_boolean"),
        ("metadata", "_object"),
        ("modified_at", "_datetime"),
        ("name", "_text"),
        ("partition_number", "_integer"),
        ("planned_compute_os_type", "_text"),
        ("product_category", "_text"),
        ("product_offering", "_text"),
        ("security_groups", "_array"),
        ("server_group_id", "_text"),
        ("server_type", "_object"),
        ("state", "_text"),
        ("volumes", "_array"),
        ("vpc_id", "_text"),
    )

    account_id: str
    """Account that owns the server."""
    addresses: list[Any] | None
    """The server's IP addresses, grouped by subnet."""
    auto_scaling_group_id: str | None
    """Auto-Scaling Group that made the server, if any."""
    created_at: datetime.datetime
    """When the server was created."""
    created_by: str
    """Who created the server."""
    disk_config: str
    """Disk configuration (such as AUTO or MANUAL)."""
    id: str
    """Server ID."""
    image_id: str | None
    """Image the server was booted from."""
    is_marketplace: bool | None
    """Whether the server comes from a Marketplace image."""
    keypair_name: str | None
    """Key pair used to log in."""
    launch_configuration_id: str | None
    """Launch configuration the server was made from, if any."""
    locked: bool
    """Whether the server is locked against changes."""
    metadata: dict[str, Any]
    """Key-value metadata of the server."""
    modified_at: datetime.datetime
    """When the server last changed."""
    name: str
    """Server name."""
    partition_number: int | None
    """Partition of the server group the server is placed in, if any. API 1.1+."""
    planned_compute_os_type: str | None
    """The kind of OS a server is planned for (drives licensing)."""
    product_category: str | None
    """The product category of a server."""
    product_offering: str | None
    """The product offering of a server."""
    security_groups: list[Any] | None
    """Security groups applied to the server."""
    server_group_id: str | None
    """Server group the server belongs to, if any."""
    server_type: dict[str, Any]
    """A server's type (vCPUs, memory, disks)."""
    state: str
    """Server state (BUILD, ACTIVE, SHUTOFF, ERROR,...)."""
    volumes: list[Any]
    """Block storage volumes attached to the server."""
    vpc_id: str | None
    """VPC the server is in."""

    @property
    def known_state(self) -> ServerState | None:
        """`state` as a ServerState, or None if this release does not know it."""
        value = self.raw.get("state")
        try:
            return ServerState(value) if isinstance(value, str) else None
        except ValueError:
            return None

    @property
    def ip_addresses(self) -> tuple[str, ...]:
        """`addresses[].ip_addresses[].ip_address` of the answer."""
        return tuple(pluck(self.raw, "addresses[].ip_addresses[].ip_address"))

    @property
    def volume_ids(self) -> tuple[str, ...]:
        """`volumes[].id` of the answer."""
        return tuple(pluck(self.raw, "volumes[].id"))

    @property
    def server_type_id(self) -> str | None:
        """`server_type.id` of the answer."""
        found = pluck(self.raw, "server_type.id")
        return found[0] if found else None

    @property
    def server_type_name(self) -> str | None:
        """`server_type.name` of the answer."""
        found = pluck(self.raw, "server_type.name")
        return found[0] if found else None


class SnapshotState(enum.StrEnum):
    """The states of a Snapshot this release knows; `status` may hold others."""

    AVAILABLE = "available"
    CREATING = "creating"
    DELETING = "deleting"
    RESTORING = "restoring"
    BACKING_UP = "backing-up"
    ERROR = "error"
    ERROR_DELETING = "error_deleting"


class Snapshot(Model):
    """A Snapshot, as the service answers it.

    Point-in-time snapshots of block storage volumes.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "created_at",
        "description",
        "id",
        "metadata",
        "name",
        "size",
        "status",
        "updated_at",
        "user_id",
        "volume_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "_text"),
        ("description", "_text"),
        ("id", "_text"),
        ("metadata", "_object"),
        ("name", "_text"),
        ("size", "_integer"),
        ("status", "_text"),
        ("updated_at", "_text"),
        ("user_id", "_text"),
        ("volume_id", "_text"),
    )

    created_at: str
    """When the snapshot was taken."""
    description: str | None
    """Free text about the snapshot."""
    id: str
    """ID of the snapshot."""
    metadata: dict[str, Any] | None
    """Key-value metadata of the snapshot."""
    name: str | None
    """Name of the snapshot."""
    size: int
    """Size in GB."""
    status: str | None
    """Status of the snapshot (such as `available`)."""
    updated_at: str | None
    """When the snapshot last changed."""
    user_id: str | None
    """The user who took the snapshot."""
    volume_id: str
    """The volume the snapshot was taken of."""

    @property
    def known_state(self) -> SnapshotState | None:
        """`status` as a SnapshotState, or None if this release does not know it."""
        value = self.raw.get("status")
        try:
            return SnapshotState(value) if isinstance(value, str) else None
        except ValueError:
            return None


class VolumeTransfer(Model):
    """A VolumeTransfer, as the service answers it.

    Handing a volume over to another account.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "created_at",
        "id",
        "name",
        "volume_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "_text"),
        ("id", "_text"),
        ("name", "_text"),
        ("volume_id", "_text"),
    )

    created_at: str | None
    """When the transfer was created."""
    id: str
    """Volume transfer ID."""
    name: str | None
    """Name of the transfer."""
    volume_id: str
    """Volume ID."""


class VolumeType(Model):
    """A VolumeType, as the service answers it.

    The kinds of Block Storage a volume can be made of.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "description",
        "extra_specs",
        "id",
        "name",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("description", "_text"),
        ("extra_specs", "_object"),
        ("id", "_text"),
        ("name", "_text"),
    )

    description: str | None
    """What the volume type is for."""
    extra_specs: dict[str, Any] | None
    """Further properties of a volume type."""
    id: str
    """Volume type ID."""
    name: str | None
    """Volume type name."""


class BlockStorageVolumeState(enum.StrEnum):
    """The states of a BlockStorageVolume this release knows; `state` may hold others."""

    AVAILABLE = "available"
    IN_USE = "in-use"
    CREATING = "creating"
    ATTACHING = "attaching"
    DETACHING = "detaching"
    EXTENDING = "extending"
    DELETING = "deleting"
    RESERVED = "reserved"
    RETYPING = "retyping"
    AWAITING_TRANSFER = "awaiting-transfer"
    MAINTENANCE = "maintenance"
    ERROR = "error"
    ERROR_DELETING = "error_deleting"
    ERROR_EXTENDING = "error_extending"


class BlockStorageVolume(Model):
    """A BlockStorageVolume, as the service answers it.

    Block Storage volumes, and attaching them to virtual servers.

    It has the fields of every API version: a field the version in use does not have is None.
    `raw` is the answer as sent, unknown fields included.
    """

    __slots__ = (
        "bootable",
        "created_at",
        "encrypted",
        "id",
        "max_iops",
        "max_throughput",
        "modified_at",
        "multiattach",
        "name",
        "servers",
        "size",
        "snapshot_id",
        "state",
        "user_id",
        "volume_image_metadata",
        "volume_type",
        "volume_type_id",
    )
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bootable", "_boolean"),
        ("created_at", "_datetime"),
        ("encrypted", "_boolean"),
        ("id", "_text"),
        ("max_iops", "_integer"),
        ("max_throughput", "_integer"),
        ("modified_at", "_datetime"),
        ("multiattach", "_boolean"),
        ("name", "_text"),
        ("servers", "_array"),
        ("size", "_integer"),
        ("snapshot_id", "_text"),
        ("state", "_text"),
        ("user_id", "_text"),
        ("volume_image_metadata", "_object"),
        ("volume_type", "_text"),
        ("volume_type_id", "_text"),
    )

    bootable: bool
    """Whether a server can boot from the volume."""
    created_at: datetime.datetime
    """When the volume was created."""
    encrypted: bool
    """Whether the volume is encrypted."""
    id: str
    """Volume ID."""
    max_iops: int | None
    """QoS limit on I/O operations per second."""
    max_throughput: int | None
    """QoS limit on throughput."""
    modified_at: datetime.datetime | None
    """When the volume was last changed."""
    multiattach: bool
    """Whether the volume can be attached to several servers at once."""
    name: str | None
    """Volume name."""
    servers: list[Any]
    """The servers the volume is attached to."""
    size: int
    """Volume size, in GiB."""
    snapshot_id: str | None
    """Snapshot the volume was created from."""
    state: str
    """Volume state (such as `available`, `in-use`)."""
    user_id: str
    """Id of the user who created the volume."""
    volume_image_metadata: dict[str, Any] | None
    """What a volume keeps of the image it was made from."""
    volume_type: str
    """Volume type name."""
    volume_type_id: str
    """Volume type ID."""

    @property
    def known_state(self) -> BlockStorageVolumeState | None:
        """`state` as a BlockStorageVolumeState, or None if this release does not know it."""
        value = self.raw.get("state")
        try:
            return BlockStorageVolumeState(value) if isinstance(value, str) else None
        except ValueError:
            return None
