"""The facade's models: one per resource, with the fields of every API version.

A field the version in use does not have, or whose value does not fit its schema, is None; the
answer as the service sent it is kept in `raw`, the differences from the schema in `deviations`. Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any, ClassVar

from .._model import Model, field, pluck

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
]


class AutoScalingGroupLbServerGroup(Model):
    """An AutoScalingGroupLbServerGroup, as the service answers it.

    The load balancer server groups an Auto-Scaling Group registers its servers in.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "created_at",
        "created_by",
        "id",
        "modified_at",
        "modified_by",
        "name",
        "port",
    )

    created_at: datetime.datetime = field("created_at", "_datetime")
    """When the link was made."""
    created_by: str = field("created_by", "_text")
    """User who made the link."""
    id: str = field("id", "_text")
    """LB server group ID."""
    modified_at: datetime.datetime = field("modified_at", "_datetime")
    """When the link last changed."""
    modified_by: str = field("modified_by", "_text")
    """User who last changed the link."""
    name: str = field("name", "_text")
    """LB server group name."""
    port: int = field("port", "_integer")
    """Port of the servers that the load balancer sends traffic to."""


class AutoScalingGroupNotification(Model):
    """An AutoScalingGroupNotification, as the service answers it.

    Who is told of an Auto-Scaling Group's scaling events.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    account_id: str = field("account_id", "_text")
    """Account that owns the group."""
    auto_scaling_group_id: str = field("auto_scaling_group_id", "_text")
    """The Auto-Scaling Group."""
    created_at: datetime.datetime = field("created_at", "_datetime")
    """When the notification was created."""
    created_by: str = field("created_by", "_text")
    """User who created the notification."""
    id: str = field("id", "_text")
    """Notification ID."""
    modified_at: datetime.datetime = field("modified_at", "_datetime")
    """When the notification last changed."""
    modified_by: str = field("modified_by", "_text")
    """User who last changed the notification."""
    notification_events: list[Any] = field("notification_events", "_array")
    """The events the user is notified of."""
    notification_state: str = field("notification_state", "_text")
    """The notification's state (such as `ACTIVE`)."""
    user_email: str = field("user_email", "_text")
    """The notified user's email address."""
    user_id: str = field("user_id", "_text")
    """The notified user."""
    user_name: str = field("user_name", "_text")
    """The notified user's name."""


class AutoScalingGroupPolicy(Model):
    """An AutoScalingGroupPolicy, as the service answers it.

    Metric-based policies that scale an Auto-Scaling Group out or in.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    account_id: str = field("account_id", "_text")
    """Account that owns the group."""
    auto_scaling_group_id: str = field("auto_scaling_group_id", "_text")
    """The Auto-Scaling Group."""
    comparison_operator: str = field("comparison_operator", "_text")
    """How the metric is compared with the threshold: `ge`, `gt`, `le` or `lt`."""
    cooldown_seconds: int = field("cooldown_seconds", "_integer")
    """Seconds to wait after scaling before the policy may act again."""
    created_at: datetime.datetime = field("created_at", "_datetime")
    """When the policy was created."""
    created_by: str = field("created_by", "_text")
    """User who created the policy."""
    evaluation_minutes: int = field("evaluation_minutes", "_integer")
    """Minutes the condition must hold before the policy acts."""
    id: str = field("id", "_text")
    """Policy ID."""
    metric_method: str = field("metric_method", "_text")
    """How the metric is aggregated: `AVG`, `MIN` or `MAX`."""
    metric_type: str = field("metric_type", "_text")
    """The metric watched (such as `CPU`)."""
    modified_at: datetime.datetime = field("modified_at", "_datetime")
    """When the policy last changed."""
    modified_by: str = field("modified_by", "_text")
    """User who last changed the policy."""
    name: str = field("name", "_text")
    """Policy name."""
    scale_method: str = field("scale_method", "_text")
    """How `scale_value` is read: `AMOUNT`, `PERCENTAGE` or `FIXED`."""
    scale_type: str = field("scale_type", "_text")
    """Direction: `SCALE_OUT` or `SCALE_IN`."""
    scale_value: int = field("scale_value", "_integer")
    """How much to scale, as `scale_method` says."""
    state: str = field("state", "_text")
    """Whether the policy is on (`ACTIVE`) or off."""
    threshold: int = field("threshold", "_integer")
    """The value the metric is compared with."""
    threshold_unit: str = field("threshold_unit", "_text")
    """Unit of the threshold (such as `%`)."""


class AutoScalingGroupSchedule(Model):
    """An AutoScalingGroupSchedule, as the service answers it.

    Schedules that change an Auto-Scaling Group's server counts at set times.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    account_id: str = field("account_id", "_text")
    """Account that owns the group."""
    created_at: datetime.datetime = field("created_at", "_datetime")
    """When the schedule was created."""
    created_by: str = field("created_by", "_text")
    """User who created the schedule."""
    day_of_month: str | None = field("day_of_month", "_text")
    """For a monthly schedule, the day(s) of the month it runs on."""
    day_of_week: str | None = field("day_of_week", "_text")
    """For a weekly schedule, the day(s) of the week it runs on."""
    description: str | None = field("description", "_text")
    """A free text about the schedule."""
    desired_server_count: int | None = field("desired_server_count", "_integer")
    """The desired server count set when the schedule runs."""
    end_date: str | None = field("end_date", "_text")
    """Last day the schedule runs; null for no end."""
    frequency: str = field("frequency", "_text")
    """How often a schedule runs."""
    hour: int = field("hour", "_integer")
    """Hour of the day it runs."""
    id: str = field("id", "_text")
    """Schedule ID."""
    max_server_count: int | None = field("max_server_count", "_integer")
    """The maximum server count set when the schedule runs."""
    min_server_count: int | None = field("min_server_count", "_integer")
    """The minimum server count set when the schedule runs."""
    minute: int = field("minute", "_integer")
    """Minute of the hour it runs."""
    modified_at: datetime.datetime = field("modified_at", "_datetime")
    """When the schedule last changed."""
    modified_by: str = field("modified_by", "_text")
    """User who last changed the schedule."""
    name: str = field("name", "_text")
    """Schedule name."""
    start_date: str = field("start_date", "_text")
    """First day the schedule runs."""
    state: str = field("state", "_text")
    """Schedule state (such as `ACTIVE`)."""
    timezone: str = field("timezone", "_text")
    """Time zone of `hour` and `minute`."""


class AutoScalingGroupVirtualServer(Model):
    """An AutoScalingGroupVirtualServer, as the service answers it.

    The servers an Auto-Scaling Group runs.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    account_id: str = field("account_id", "_text")
    """Account that owns the server."""
    addresses: list[Any] | None = field("addresses", "_array")
    """The server's subnets and IP addresses."""
    auto_scaling_group_id: str = field("auto_scaling_group_id", "_text")
    """The Auto-Scaling Group that runs the server."""
    created_at: datetime.datetime = field("created_at", "_datetime")
    """When the server was created."""
    created_by: str = field("created_by", "_text")
    """User (or service) that created the server."""
    disk_config: str = field("disk_config", "_text")
    """How the boot disk was partitioned (such as `MANUAL`)."""
    id: str = field("id", "_text")
    """Server ID."""
    image_id: str | None = field("image_id", "_text")
    """Image the server was created from."""
    is_asg_virtual_server_healthy: bool | None = field("is_asg_virtual_server_healthy", "_boolean")
    """Whether the group considers the server healthy."""
    is_lb_healthy: bool | None = field("is_lb_healthy", "_boolean")
    """Whether the load balancer considers the server healthy."""
    is_marketplace: bool | None = field("is_marketplace", "_boolean")
    """Whether that image is a Marketplace image."""
    keypair_name: str | None = field("keypair_name", "_text")
    """Keypair installed on the server."""
    launch_configuration_id: str | None = field("launch_configuration_id", "_text")
    """Launch configuration the server was created from."""
    lb_linked_state: str | None = field("lb_linked_state", "_text")
    """The state of the server's registration with the load balancer."""
    locked: bool = field("locked", "_boolean")
    """Whether the server is locked against changes."""
    metadata: dict[str, Any] = field("metadata", "_object")
    """Key-value metadata of the server."""
    modified_at: datetime.datetime = field("modified_at", "_datetime")
    """When the server last changed."""
    name: str = field("name", "_text")
    """Server name."""
    partition_number: int | None = field("partition_number", "_integer")
    """Partition of the server group the server is placed in, if any. API 1.1+."""
    planned_compute_os_type: str | None = field("planned_compute_os_type", "_text")
    """Operating system family of the server."""
    product_category: str | None = field("product_category", "_text")
    """Product category of the server."""
    product_offering: str | None = field("product_offering", "_text")
    """Product offering of the server."""
    security_groups: list[Any] | None = field("security_groups", "_array")
    """Security groups of the server."""
    server_group_id: str | None = field("server_group_id", "_text")
    """Server group the server belongs to."""
    server_type: dict[str, Any] = field("server_type", "_object")
    """A server's type (vCPUs, memory, disks)."""
    state: str = field("state", "_text")
    """Server state (such as `ACTIVE`)."""
    volumes: list[Any] = field("volumes", "_array")
    """Volumes attached to the server."""
    vpc_id: str | None = field("vpc_id", "_text")
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

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    account_id: str = field("account_id", "_text")
    """Account that owns the group."""
    created_at: datetime.datetime = field("created_at", "_datetime")
    """When the group was created."""
    created_by: str = field("created_by", "_text")
    """User who created the group."""
    desired_server_count: int = field("desired_server_count", "_integer")
    """How many servers the group should run."""
    desired_server_count_editable: bool = field("desired_server_count_editable", "_boolean")
    """Whether the desired server count may be changed."""
    drain_enabled: bool = field("drain_enabled", "_boolean")
    """Whether a server's load balancer connections are drained before it is removed."""
    drain_timeout: int | None = field("drain_timeout", "_integer")
    """How long draining may last."""
    id: str = field("id", "_text")
    """Auto-Scaling Group ID."""
    launch_configuration_id: str = field("launch_configuration_id", "_text")
    """The launch configuration the group's servers are created from."""
    launch_configuration_name: str = field("launch_configuration_name", "_text")
    """That launch configuration's name."""
    lb_server_groups: list[Any] | None = field("lb_server_groups", "_array")
    """Load balancer server groups the servers are registered in."""
    max_server_count: int = field("max_server_count", "_integer")
    """Most servers the group may run."""
    min_server_count: int = field("min_server_count", "_integer")
    """Fewest servers the group may run."""
    modified_at: datetime.datetime = field("modified_at", "_datetime")
    """When the group last changed."""
    modified_by: str = field("modified_by", "_text")
    """User who last changed the group."""
    name: str = field("name", "_text")
    """Group name."""
    security_group_ids: list[Any] | None = field("security_group_ids", "_array")
    """Security groups of the group's servers."""
    server_name_prefix: str = field("server_name_prefix", "_text")
    """Start of the names of the group's servers."""
    state: str = field("state", "_text")
    """Group state (such as `IN_SERVICE`)."""
    state_check_delay_time: int | None = field("state_check_delay_time", "_integer")
    """How long after creating a server the group waits before checking its state."""
    subnet_ids: list[Any] | None = field("subnet_ids", "_array")
    """Subnets the group's servers are placed in."""
    total_server_count: int | None = field("total_server_count", "_integer")
    """How many servers the group runs now."""
    use_lb_state_check: bool | None = field("use_lb_state_check", "_boolean")
    """Whether the group also checks the servers' state at the load balancer."""
    vpc_id: str = field("vpc_id", "_text")
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

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()


class ImageMember(Model):
    """An ImageMember, as the service answers it.

    The other accounts a shared image is offered to, and their answers.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "created_at",
        "image_id",
        "member_id",
        "status",
        "updated_at",
    )

    created_at: str = field("created_at", "_text")
    """When the image was shared with the member."""
    image_id: str = field("image_id", "_text")
    """The shared image."""
    member_id: str = field("member_id", "_text")
    """Account ID of the member."""
    status: str = field("status", "_text")
    """`pending`, `accepted` or `rejected`."""
    updated_at: str = field("updated_at", "_text")
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

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    checksum: str | None = field("checksum", "_text")
    """Checksum of the image data."""
    container_format: str = field("container_format", "_text")
    """Container format of the image file."""
    created_at: str = field("created_at", "_text")
    """When the image was created."""
    disk_format: str = field("disk_format", "_text")
    """Disk format of the image file."""
    file: str = field("file", "_text")
    """Where the image's data file is."""
    id: str = field("id", "_text")
    """ID of the image."""
    min_disk: int = field("min_disk", "_integer")
    """Smallest disk (GB) a server needs to boot this image."""
    min_ram: int = field("min_ram", "_integer")
    """Smallest memory a server needs to boot this image."""
    name: str = field("name", "_text")
    """Name of the image."""
    os_distro: str | None = field("os_distro", "_text")
    """OS distribution of the image."""
    os_hash_algo: str | None = field("os_hash_algo", "_text")
    """Algorithm of `os_hash_value`."""
    os_hash_value: str | None = field("os_hash_value", "_text")
    """Hash of the image data."""
    os_hidden: bool = field("os_hidden", "_boolean")
    """Whether the image is hidden from lists."""
    owner: str = field("owner", "_text")
    """ID of the account that owns the image."""
    owner_account_name: str | None = field("owner_account_name", "_text")
    """Name of the owning account."""
    owner_user_name: str | None = field("owner_user_name", "_text")
    """Name of the user who owns the image."""
    protected: bool = field("protected", "_boolean")
    """Whether the image is protected from deletion."""
    root_device_name: str | None = field("root_device_name", "_text")
    """Name of the root device."""
    scp_gpu_driver: str | None = field("scp_gpu_driver", "_text")
    """GPU driver installed in the image, if any. API 1.2+."""
    scp_image_type: str | None = field("scp_image_type", "_text")
    """SCP image type."""
    scp_k8s_version: str | None = field("scp_k8s_version", "_text")
    """Kubernetes version the image is made for."""
    scp_original_image_type: str | None = field("scp_original_image_type", "_text")
    """SCP image type of the original image."""
    scp_os_build_version: str | None = field("scp_os_build_version", "_text")
    """OS build version."""
    scp_os_version: str | None = field("scp_os_version", "_text")
    """OS version."""
    scp_supported_class_types: str | None = field("scp_supported_class_types", "_text")
    """Server classes the image supports, as text. API 1.3+, in lists only."""
    size: int | None = field("size", "_integer")
    """Size of the image data in bytes."""
    status: str = field("status", "_text")
    """Status of the image (such as `active`)."""
    updated_at: str = field("updated_at", "_text")
    """When the image last changed."""
    url: str | None = field("url", "_text")
    """Object Storage URL the image came from."""
    virtual_size: int | None = field("virtual_size", "_integer")
    """Virtual disk size in bytes."""
    visibility: str = field("visibility", "_text")
    """Who may see and use the image."""
    volumes: str | None = field("volumes", "_text")
    """Volumes of the image"""

    @property
    def known_state(self) -> ImageState | None:
        """`status` as a ImageState, or None if this release does not know it."""
        value = self.raw.get("status")
        try:
            return ImageState(value) if isinstance(value, str) else None
        except ValueError:
            return None

    @property
    def state(self) -> str | None:
        """`status`, under the name every model with a lifecycle shares."""
        value = self.raw.get("status")
        return value if isinstance(value, str) else None


class Keypair(Model):
    """A Keypair, as the service answers it.

    Key pairs for logging in to servers.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "created_at",
        "fingerprint",
        "id",
        "name",
        "public_key",
        "type",
        "user_id",
    )

    created_at: datetime.datetime | None = field("created_at", "_datetime")
    """When the key pair was created."""
    fingerprint: str = field("fingerprint", "_text")
    """Fingerprint of the public key."""
    id: int | None = field("id", "_integer")
    """Key pair ID."""
    name: str = field("name", "_text")
    """Key pair name."""
    public_key: str = field("public_key", "_text")
    """The public key."""
    type: str = field("type", "_text")
    """Kind of key, such as ssh."""
    user_id: str | None = field("user_id", "_text")
    """User who owns the key pair."""


class LaunchConfiguration(Model):
    """A LaunchConfiguration, as the service answers it.

    Server templates that Auto-Scaling Groups create their servers from.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    account_id: str = field("account_id", "_text")
    """Account that owns the launch configuration."""
    auto_scaling_group_count: int | None = field("auto_scaling_group_count", "_integer")
    """How many Auto-Scaling Groups use it."""
    boot_disk_size: int | None = field("boot_disk_size", "_integer")
    """Size of the boot volume."""
    created_at: datetime.datetime = field("created_at", "_datetime")
    """When it was created."""
    created_by: str = field("created_by", "_text")
    """User who created it."""
    extra_disk_size: int | None = field("extra_disk_size", "_integer")
    """Size of the volumes other than the boot volume."""
    file_storage_ids: list[Any] | None = field("file_storage_ids", "_array")
    """File storages the servers connect to."""
    id: str = field("id", "_text")
    """Launch configuration ID."""
    image_id: str = field("image_id", "_text")
    """Image the servers are created from."""
    image_name: str = field("image_name", "_text")
    """That image's name."""
    keypair_name: str = field("keypair_name", "_text")
    """Keypair installed on the servers."""
    modified_at: datetime.datetime = field("modified_at", "_datetime")
    """When it last changed."""
    modified_by: str = field("modified_by", "_text")
    """User who last changed it."""
    name: str = field("name", "_text")
    """Launch configuration name."""
    public_key: str | None = field("public_key", "_text")
    """Public key of the keypair."""
    server_type_id: str = field("server_type_id", "_text")
    """Server type of the servers."""
    state: str = field("state", "_text")
    """Launch configuration state (such as `ACTIVE`)."""
    user_data: str | None = field("user_data", "_text")
    """What each server receives at its first start."""
    volumes: list[Any] | None = field("volumes", "_array")
    """The servers' volumes."""


class QuotaSet(Model):
    """A QuotaSet, as the service answers it.

    The account's quotas for servers and volumes, with what is used.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "cores",
        "id",
        "instances",
        "keypairs",
        "metadata_items",
        "ram",
        "server_group_members",
        "server_groups",
    )

    cores: dict[str, Any] = field("cores", "_object")
    """One server quota and its use."""
    id: str = field("id", "_text")
    """ID of the quota set."""
    instances: dict[str, Any] = field("instances", "_object")
    """One server quota and its use."""
    keypairs: dict[str, Any] = field("keypairs", "_object")
    """One server quota and its use."""
    metadata_items: dict[str, Any] = field("metadata_items", "_object")
    """One server quota and its use."""
    ram: dict[str, Any] = field("ram", "_object")
    """One server quota and its use."""
    server_group_members: dict[str, Any] = field("server_group_members", "_object")
    """One server quota and its use."""
    server_groups: dict[str, Any] = field("server_groups", "_object")
    """One server quota and its use."""


class ServerGroup(Model):
    """A ServerGroup, as the service answers it.

    Server groups, which place their servers by a policy.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "account_id",
        "id",
        "members",
        "name",
        "partition_size",
        "policy",
        "user_id",
    )

    account_id: str = field("account_id", "_text")
    """Account that owns the group."""
    id: str = field("id", "_text")
    """The group's ID."""
    members: list[Any] = field("members", "_array")
    """IDs of the servers in the group."""
    name: str = field("name", "_text")
    """The group's name."""
    partition_size: int | None = field("partition_size", "_integer")
    """The group's partition size, or null. API 1.1+."""
    policy: str = field("policy", "_text")
    """How the group places its servers: affinity, anti-affinity or partition."""
    user_id: str = field("user_id", "_text")
    """User who created the group."""


class ServerInterface(Model):
    """A ServerInterface, as the service answers it.

    A server's network interfaces and their static NATs.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    fixed_ips: list[Any] | None = field("fixed_ips", "_array")
    """The interface's fixed IP addresses."""
    interfaces: list[Any] | None = field("interfaces", "_array")
    """The interfaces."""
    is_default: bool | None = field("is_default", "_boolean")
    """Whether this is the server's default interface. API 1.2+."""
    mac_addr: str | None = field("mac_addr", "_text")
    """MAC address."""
    port_id: str | None = field("port_id", "_text")
    """Port ID."""
    port_state: str | None = field("port_state", "_text")
    """State of the port."""
    private_static_nat: dict[str, Any] | None = field("private_static_nat", "_object")
    """A private static NAT on a network interface."""
    static_nat: dict[str, Any] | None = field("static_nat", "_object")
    """A public static NAT on a network interface."""
    subnet_id: str | None = field("subnet_id", "_text")
    """Subnet of the interface."""


class ServerIp(Model):
    """A ServerIp, as the service answers it.

    A server's IP addresses, by subnet.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "ip_addresses",
        "subnet_name",
    )

    ip_addresses: list[Any] = field("ip_addresses", "_array")
    """The addresses."""
    subnet_name: str = field("subnet_name", "_text")
    """Name of the subnet."""


class ServerSecurityGroup(Model):
    """A ServerSecurityGroup, as the service answers it.

    The security groups attached to a server.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "account_id",
        "description",
        "id",
        "name",
        "rules",
    )

    account_id: str = field("account_id", "_text")
    """Account that owns the security group."""
    description: str = field("description", "_text")
    """The security group's own description."""
    id: str = field("id", "_text")
    """The security group's ID."""
    name: str = field("name", "_text")
    """The security group's name."""
    rules: list[Any] = field("rules", "_array")
    """The group's rules."""


class ServerType(Model):
    """A ServerType, as the service answers it.

    The server types (sizes) available to servers.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    description: str | None = field("description", "_text")
    """What the server type is for."""
    disk: int = field("disk", "_integer")
    """Root disk size."""
    ephemeral: int = field("ephemeral", "_integer")
    """Ephemeral disk size."""
    extra_specs: dict[str, Any] = field("extra_specs", "_object")
    """Further properties of the type"""
    id: str = field("id", "_text")
    """The type's ID, such as s1v1m2."""
    name: str = field("name", "_text")
    """The type's name."""
    ram: int = field("ram", "_integer")
    """Memory size."""
    swap: int = field("swap", "_integer")
    """Swap disk size."""
    vcpus: int = field("vcpus", "_integer")
    """Number of virtual CPUs."""


class ServerVolume(Model):
    """A ServerVolume, as the service answers it.

    Block storage volumes attached to a server.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "delete_on_termination",
        "device",
        "id",
        "server_id",
        "volume_id",
    )

    delete_on_termination: bool = field("delete_on_termination", "_boolean")
    """Whether the volume is deleted together with the server."""
    device: str = field("device", "_text")
    """Device name in the guest."""
    id: str = field("id", "_text")
    """Attachment ID."""
    server_id: str = field("server_id", "_text")
    """Server ID."""
    volume_id: str = field("volume_id", "_text")
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

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    account_id: str = field("account_id", "_text")
    """Account that owns the server."""
    addresses: list[Any] | None = field("addresses", "_array")
    """The server's IP addresses, grouped by subnet."""
    auto_scaling_group_id: str | None = field("auto_scaling_group_id", "_text")
    """Auto-Scaling Group that made the server, if any."""
    created_at: datetime.datetime = field("created_at", "_datetime")
    """When the server was created."""
    created_by: str = field("created_by", "_text")
    """Who created the server."""
    disk_config: str = field("disk_config", "_text")
    """Disk configuration (such as AUTO or MANUAL)."""
    id: str = field("id", "_text")
    """Server ID."""
    image_id: str | None = field("image_id", "_text")
    """Image the server was booted from."""
    is_marketplace: bool | None = field("is_marketplace", "_boolean")
    """Whether the server comes from a Marketplace image."""
    keypair_name: str | None = field("keypair_name", "_text")
    """Key pair used to log in."""
    launch_configuration_id: str | None = field("launch_configuration_id", "_text")
    """Launch configuration the server was made from, if any."""
    locked: bool = field("locked", "_boolean")
    """Whether the server is locked against changes."""
    metadata: dict[str, Any] = field("metadata", "_object")
    """Key-value metadata of the server."""
    modified_at: datetime.datetime = field("modified_at", "_datetime")
    """When the server last changed."""
    name: str = field("name", "_text")
    """Server name."""
    partition_number: int | None = field("partition_number", "_integer")
    """Partition of the server group the server is placed in, if any. API 1.1+."""
    planned_compute_os_type: str | None = field("planned_compute_os_type", "_text")
    product_category: str | None = field("product_category", "_text")
    product_offering: str | None = field("product_offering", "_text")
    security_groups: list[Any] | None = field("security_groups", "_array")
    """Security groups applied to the server."""
    server_group_id: str | None = field("server_group_id", "_text")
    """Server group the server belongs to, if any."""
    server_type: dict[str, Any] = field("server_type", "_object")
    """A server's type (vCPUs, memory, disks)."""
    state: str = field("state", "_text")
    """Server state (BUILD, ACTIVE, SHUTOFF, ERROR,...)."""
    volumes: list[Any] = field("volumes", "_array")
    """Block storage volumes attached to the server."""
    vpc_id: str | None = field("vpc_id", "_text")
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

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    created_at: str = field("created_at", "_text")
    """When the snapshot was taken."""
    description: str | None = field("description", "_text")
    """Free text about the snapshot."""
    id: str = field("id", "_text")
    """ID of the snapshot."""
    metadata: dict[str, Any] | None = field("metadata", "_object")
    """Key-value metadata of the snapshot."""
    name: str | None = field("name", "_text")
    """Name of the snapshot."""
    size: int = field("size", "_integer")
    """Size in GB."""
    status: str | None = field("status", "_text")
    """Status of the snapshot (such as `available`)."""
    updated_at: str | None = field("updated_at", "_text")
    """When the snapshot last changed."""
    user_id: str | None = field("user_id", "_text")
    """The user who took the snapshot."""
    volume_id: str = field("volume_id", "_text")
    """The volume the snapshot was taken of."""

    @property
    def known_state(self) -> SnapshotState | None:
        """`status` as a SnapshotState, or None if this release does not know it."""
        value = self.raw.get("status")
        try:
            return SnapshotState(value) if isinstance(value, str) else None
        except ValueError:
            return None

    @property
    def state(self) -> str | None:
        """`status`, under the name every model with a lifecycle shares."""
        value = self.raw.get("status")
        return value if isinstance(value, str) else None


class VolumeTransfer(Model):
    """A VolumeTransfer, as the service answers it.

    Handing a volume over to another account.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "name",
        "volume_id",
    )

    created_at: str | None = field("created_at", "_text")
    """When the transfer was created."""
    id: str = field("id", "_text")
    """Volume transfer ID."""
    name: str | None = field("name", "_text")
    """Name of the transfer."""
    volume_id: str = field("volume_id", "_text")
    """Volume ID."""


class VolumeType(Model):
    """A VolumeType, as the service answers it.

    The kinds of Block Storage a volume can be made of.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "description",
        "extra_specs",
        "id",
        "name",
    )

    description: str | None = field("description", "_text")
    """What the volume type is for."""
    extra_specs: dict[str, Any] | None = field("extra_specs", "_object")
    """Further properties of the volume type."""
    id: str = field("id", "_text")
    """Volume type ID."""
    name: str | None = field("name", "_text")
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

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
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

    bootable: bool = field("bootable", "_boolean")
    """Whether a server can boot from the volume."""
    created_at: datetime.datetime = field("created_at", "_datetime")
    """When the volume was created."""
    encrypted: bool = field("encrypted", "_boolean")
    """Whether the volume is encrypted."""
    id: str = field("id", "_text")
    """Volume ID."""
    max_iops: int | None = field("max_iops", "_integer")
    """QoS limit on I/O operations per second."""
    max_throughput: int | None = field("max_throughput", "_integer")
    """QoS limit on throughput."""
    modified_at: datetime.datetime | None = field("modified_at", "_datetime")
    """When the volume was last changed."""
    multiattach: bool = field("multiattach", "_boolean")
    """Whether the volume can be attached to several servers at once."""
    name: str | None = field("name", "_text")
    """Volume name."""
    servers: list[Any] = field("servers", "_array")
    """The servers the volume is attached to."""
    size: int = field("size", "_integer")
    """Volume size, in GiB."""
    snapshot_id: str | None = field("snapshot_id", "_text")
    """Snapshot the volume was created from."""
    state: str = field("state", "_text")
    """Volume state (such as `available`, `in-use`)."""
    user_id: str = field("user_id", "_text")
    """Id of the user who created the volume."""
    volume_image_metadata: dict[str, Any] | None = field("volume_image_metadata", "_object")
    """The image the volume was made from, for a boot volume (null for a blank one)."""
    volume_type: str = field("volume_type", "_text")
    """Volume type name."""
    volume_type_id: str = field("volume_type_id", "_text")
    """Volume type ID."""

    @property
    def known_state(self) -> BlockStorageVolumeState | None:
        """`state` as a BlockStorageVolumeState, or None if this release does not know it."""
        value = self.raw.get("state")
        try:
            return BlockStorageVolumeState(value) if isinstance(value, str) else None
        except ValueError:
            return None


class AutoScalingGroupNotificationListResponse(Model):
    """An AutoScalingGroupNotificationListResponse, as the service answers it.

    A list of an Auto-Scaling Group's notifications.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "count",
        "notifications",
    )

    count: int = field("count", "_integer")
    """Number of notifications."""
    notifications: list[Any] = field("notifications", "_array")
    """The notifications."""


class DefaultConfigListResponse(Model):
    """A DefaultConfigListResponse, as the service answers it.

    The service's default settings.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "configs",
        "count",
    )

    configs: dict[str, Any] = field("configs", "_object")
    """The settings, as name-value pairs."""
    count: int = field("count", "_integer")
    """Number of settings."""


class InterfaceResponse(Model):
    """An InterfaceResponse, as the service answers it.

    A network interface (port) of a server.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "fixed_ips",
        "mac_addr",
        "port_id",
        "port_state",
        "private_static_nat",
        "static_nat",
        "subnet_id",
    )

    fixed_ips: list[Any] = field("fixed_ips", "_array")
    """The interface's fixed IP addresses."""
    mac_addr: str = field("mac_addr", "_text")
    """MAC address."""
    port_id: str = field("port_id", "_text")
    """Port ID."""
    port_state: str = field("port_state", "_text")
    """State of the port."""
    private_static_nat: dict[str, Any] | None = field("private_static_nat", "_object")
    """A private static NAT on a network interface."""
    static_nat: dict[str, Any] | None = field("static_nat", "_object")
    """A public static NAT on a network interface."""
    subnet_id: str = field("subnet_id", "_text")
    """Subnet of the interface."""


class KeypairCreateResponse(Model):
    """A KeypairCreateResponse, as the service answers it.

    A new key pair.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "fingerprint",
        "name",
        "private_key",
        "public_key",
        "type",
    )

    fingerprint: str = field("fingerprint", "_text")
    """Fingerprint of the public key."""
    name: str = field("name", "_text")
    """Key pair name."""
    private_key: str | None = field("private_key", "_text")
    """The generated private key (null when a public key was imported)."""
    public_key: str = field("public_key", "_text")
    """The public key."""
    type: str = field("type", "_text")
    """Kind of key, such as ssh."""


class ServerConsoleLogResponse(Model):
    """A ServerConsoleLogResponse, as the service answers it.

    A server's console output.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ("output",)

    output: str | None = field("output", "_text")
    """The console lines, as one text."""


class ServerCreateImageResponse(Model):
    """A ServerCreateImageResponse, as the service answers it.

    The custom image being made.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ("image_id",)

    image_id: str = field("image_id", "_text")
    """ID of the new image."""


class ServerGroupPartitionSizeResponse(Model):
    """A ServerGroupPartitionSizeResponse, as the service answers it.

    The region's largest partition size.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ("partition_size",)

    partition_size: int = field("partition_size", "_integer")
    """The largest partition size."""


class ServerPasswordResponse(Model):
    """A ServerPasswordResponse, as the service answers it.

    A server's log-in password.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ("password",)

    password: str | None = field("password", "_text")
    """The password."""


class VolumeQuotaSet(Model):
    """A VolumeQuotaSet, as the service answers it.

    The account's volume quotas.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "id",
        "per_volume_size",
        "snapshots",
        "usages",
        "volumes",
    )

    id: str = field("id", "_text")
    """ID of the quota set."""
    per_volume_size: dict[str, Any] = field("per_volume_size", "_object")
    """One volume quota and its use."""
    snapshots: dict[str, Any] = field("snapshots", "_object")
    """One volume quota and its use."""
    usages: dict[str, Any] = field("usages", "_object")
    """One volume quota and its use."""
    volumes: dict[str, Any] = field("volumes", "_object")
    """One volume quota and its use."""


class VolumeServerAttachResponse(Model):
    """A VolumeServerAttachResponse, as the service answers it.

    An attachment of a volume to a server.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "delete_on_termination",
        "device",
        "server_id",
        "volume_id",
    )

    delete_on_termination: bool = field("delete_on_termination", "_boolean")
    """Whether the volume is deleted with the server."""
    device: str = field("device", "_text")
    """Device name on the server."""
    server_id: str = field("server_id", "_text")
    """Server ID."""
    volume_id: str = field("volume_id", "_text")
    """Volume ID."""


class VolumeTransferCreateResponse(Model):
    """A VolumeTransferCreateResponse, as the service answers it.

    A new volume transfer, with its key.

    It has the fields of every API version: a field the version in use does not have, or whose
    value does not fit the schema, is None. `raw` is the answer as sent, unknown fields
    included; `deviations` where it differed from the schema.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = (
        "auth_key",
        "created_at",
        "id",
        "name",
        "volume_id",
    )

    auth_key: str = field("auth_key", "_text")
    """The key the receiving account must give to accept."""
    created_at: str = field("created_at", "_text")
    """When the transfer was created."""
    id: str = field("id", "_text")
    """Volume transfer ID."""
    name: str | None = field("name", "_text")
    """Name of the transfer."""
    volume_id: str = field("volume_id", "_text")
    """Volume ID."""
