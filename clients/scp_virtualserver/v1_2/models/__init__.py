"""The data models of this version's inputs and answers.

A model's module is imported when the model is first used (PEP 562), not with the package: the
first call of one operation does not import the models of the whole API."""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .asg_notification_event import AsgNotificationEvent
    from .auto_scaling_group_create_request_v1_dot_2 import (
        AutoScalingGroupCreateRequestV1Dot2,
    )
    from .auto_scaling_group_lb_server_group import AutoScalingGroupLbServerGroup
    from .auto_scaling_group_lb_server_group_list_response import (
        AutoScalingGroupLbServerGroupListResponse,
    )
    from .auto_scaling_group_lb_server_group_set_request import (
        AutoScalingGroupLbServerGroupSetRequest,
    )
    from .auto_scaling_group_lb_server_group_show_response import (
        AutoScalingGroupLbServerGroupShowResponse,
    )
    from .auto_scaling_group_list_response_v1_dot_2 import (
        AutoScalingGroupListResponseV1Dot2,
    )
    from .auto_scaling_group_notification_create_request import (
        AutoScalingGroupNotificationCreateRequest,
    )
    from .auto_scaling_group_notification_list_response import (
        AutoScalingGroupNotificationListResponse,
    )
    from .auto_scaling_group_notification_show_response import (
        AutoScalingGroupNotificationShowResponse,
    )
    from .auto_scaling_group_notification_update_request import (
        AutoScalingGroupNotificationUpdateRequest,
    )
    from .auto_scaling_group_policy_create_request import (
        AutoScalingGroupPolicyCreateRequest,
    )
    from .auto_scaling_group_policy_list_response import (
        AutoScalingGroupPolicyListResponse,
    )
    from .auto_scaling_group_policy_metric_method import (
        AutoScalingGroupPolicyMetricMethod,
    )
    from .auto_scaling_group_policy_scale_type import AutoScalingGroupPolicyScaleType
    from .auto_scaling_group_policy_show_response import (
        AutoScalingGroupPolicyShowResponse,
    )
    from .auto_scaling_group_policy_update_request_v1_dot_2 import (
        AutoScalingGroupPolicyUpdateRequestV1Dot2,
    )
    from .auto_scaling_group_schedule_create_request import (
        AutoScalingGroupScheduleCreateRequest,
    )
    from .auto_scaling_group_schedule_list_response import (
        AutoScalingGroupScheduleListResponse,
    )
    from .auto_scaling_group_schedule_show_response import (
        AutoScalingGroupScheduleShowResponse,
    )
    from .auto_scaling_group_schedule_update_request import (
        AutoScalingGroupScheduleUpdateRequest,
    )
    from .auto_scaling_group_set_request_v1_dot_2 import (
        AutoScalingGroupSetRequestV1Dot2,
    )
    from .auto_scaling_group_set_server_count_request import (
        AutoScalingGroupSetServerCountRequest,
    )
    from .auto_scaling_group_show_response_v1_dot_2 import (
        AutoScalingGroupShowResponseV1Dot2,
    )
    from .auto_scaling_group_v1_dot_2 import AutoScalingGroupV1Dot2
    from .auto_scaling_group_virtual_server_list_response_v1_dot_2 import (
        AutoScalingGroupVirtualServerListResponseV1Dot2,
    )
    from .auto_scaling_group_virtual_server_show_response_v1_dot_2 import (
        AutoScalingGroupVirtualServerShowResponseV1Dot2,
    )
    from .auto_scaling_group_virtual_server_show_response_v1_dot_2_metadata import (
        AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata,
    )
    from .default_config_list_response import DefaultConfigListResponse
    from .default_config_list_response_configs import DefaultConfigListResponseConfigs
    from .error_item import ErrorItem
    from .error_response import ErrorResponse
    from .image_create_request import ImageCreateRequest
    from .image_import_request import ImageImportRequest
    from .image_list_response_v1_dot_2 import ImageListResponseV1Dot2
    from .image_member_create_request import ImageMemberCreateRequest
    from .image_member_list_response import ImageMemberListResponse
    from .image_member_set_request import ImageMemberSetRequest
    from .image_member_show_response import ImageMemberShowResponse
    from .image_member_status_enum import ImageMemberStatusEnum
    from .image_os_distro_enum import ImageOsDistroEnum
    from .image_set_request import ImageSetRequest
    from .image_show_response_v1_dot_2 import ImageShowResponseV1Dot2
    from .image_visibility_enum import ImageVisibilityEnum
    from .interface_attachment_fixed_ip import InterfaceAttachmentFixedIp
    from .interface_response import InterfaceResponse
    from .interface_response_v1_dot_2 import InterfaceResponseV1Dot2
    from .job_scheduling_frequency_enum import JobSchedulingFrequencyEnum
    from .job_scheduling_state import JobSchedulingState
    from .keypair import Keypair
    from .keypair_create_request import KeypairCreateRequest
    from .keypair_create_response import KeypairCreateResponse
    from .keypair_list_response import KeypairListResponse
    from .keypair_show_response import KeypairShowResponse
    from .launch_configuration_create_request import LaunchConfigurationCreateRequest
    from .launch_configuration_detail_show_response_v1_dot_2 import (
        LaunchConfigurationDetailShowResponseV1Dot2,
    )
    from .launch_configuration_list_response_v1_dot_2 import (
        LaunchConfigurationListResponseV1Dot2,
    )
    from .launch_configuration_show_response_v1_dot_2 import (
        LaunchConfigurationShowResponseV1Dot2,
    )
    from .launch_configuration_volume import LaunchConfigurationVolume
    from .launch_configuration_volume_v1_dot_2 import LaunchConfigurationVolumeV1Dot2
    from .network import Network
    from .planned_compute_os_type import PlannedComputeOsType
    from .private_static_nat import PrivateStaticNat
    from .public_static_nat import PublicStaticNat
    from .security_group_response import SecurityGroupResponse
    from .security_group_response_rule import SecurityGroupResponseRule
    from .security_group_response_rule_ip_range import SecurityGroupResponseRuleIpRange
    from .server_console_log_response import ServerConsoleLogResponse
    from .server_create_image_request_body import ServerCreateImageRequestBody
    from .server_create_image_response import ServerCreateImageResponse
    from .server_create_request_v1_dot_2 import ServerCreateRequestV1Dot2
    from .server_create_request_v1_dot_2_metadata_type_0 import (
        ServerCreateRequestV1Dot2MetadataType0,
    )
    from .server_create_response import ServerCreateResponse
    from .server_create_response_param import ServerCreateResponseParam
    from .server_group import ServerGroup
    from .server_group_create_request import ServerGroupCreateRequest
    from .server_group_list_response import ServerGroupListResponse
    from .server_group_partition_size_response import ServerGroupPartitionSizeResponse
    from .server_interface_create_request import ServerInterfaceCreateRequest
    from .server_interface_list_response_v1_dot_2 import (
        ServerInterfaceListResponseV1Dot2,
    )
    from .server_interface_update_request import ServerInterfaceUpdateRequest
    from .server_ips_response import ServerIpsResponse
    from .server_list_response import ServerListResponse
    from .server_password_request import ServerPasswordRequest
    from .server_password_response import ServerPasswordResponse
    from .server_private_static_nat_create_request import (
        ServerPrivateStaticNatCreateRequest,
    )
    from .server_product_category import ServerProductCategory
    from .server_product_offering import ServerProductOffering
    from .server_quota_set import ServerQuotaSet
    from .server_quota_set_object import ServerQuotaSetObject
    from .server_reboot_request_body import ServerRebootRequestBody
    from .server_reboot_type import ServerRebootType
    from .server_security_group_list_response import ServerSecurityGroupListResponse
    from .server_set_server_type_request_body import ServerSetServerTypeRequestBody
    from .server_show_response import ServerShowResponse
    from .server_show_response_address import ServerShowResponseAddress
    from .server_show_response_address_ip_address import (
        ServerShowResponseAddressIpAddress,
    )
    from .server_show_response_metadata import ServerShowResponseMetadata
    from .server_show_response_security_group import ServerShowResponseSecurityGroup
    from .server_show_response_server_type import ServerShowResponseServerType
    from .server_show_response_server_type_extra_specs import (
        ServerShowResponseServerTypeExtraSpecs,
    )
    from .server_show_response_volume import ServerShowResponseVolume
    from .server_static_nat_create_request import ServerStaticNatCreateRequest
    from .server_type import ServerType
    from .server_type_extra_specs import ServerTypeExtraSpecs
    from .server_type_list_response import ServerTypeListResponse
    from .server_update_request import ServerUpdateRequest
    from .server_volumes_create_request import ServerVolumesCreateRequest
    from .server_volumes_response import ServerVolumesResponse
    from .server_volumes_update_request import ServerVolumesUpdateRequest
    from .servers_volume_response import ServersVolumeResponse
    from .snapshot_create_request import SnapshotCreateRequest
    from .snapshot_create_request_metadata_type_0 import (
        SnapshotCreateRequestMetadataType0,
    )
    from .snapshot_detail_response import SnapshotDetailResponse
    from .snapshot_detail_response_metadata_type_0 import (
        SnapshotDetailResponseMetadataType0,
    )
    from .snapshot_list_response import SnapshotListResponse
    from .snapshot_update_request import SnapshotUpdateRequest
    from .tag import Tag
    from .validation_error_model import ValidationErrorModel
    from .validation_error_model_ctx_type_0 import ValidationErrorModelCtxType0
    from .volume_create_request_v1_dot_2 import VolumeCreateRequestV1Dot2
    from .volume_extend_request import VolumeExtendRequest
    from .volume_image_metadata_response import VolumeImageMetadataResponse
    from .volume_list_response_v1_dot_2 import VolumeListResponseV1Dot2
    from .volume_quota_set import VolumeQuotaSet
    from .volume_quota_set_object import VolumeQuotaSetObject
    from .volume_revert_request import VolumeRevertRequest
    from .volume_server import VolumeServer
    from .volume_server_attach_request import VolumeServerAttachRequest
    from .volume_server_attach_response import VolumeServerAttachResponse
    from .volume_set_qos_request import VolumeSetQosRequest
    from .volume_show_response_v1_dot_2 import VolumeShowResponseV1Dot2
    from .volume_source_type import VolumeSourceType
    from .volume_transfer_accept_request import VolumeTransferAcceptRequest
    from .volume_transfer_accept_response import VolumeTransferAcceptResponse
    from .volume_transfer_create_response import VolumeTransferCreateResponse
    from .volume_transfer_list_response import VolumeTransferListResponse
    from .volume_transfer_request import VolumeTransferRequest
    from .volume_transfer_show_response import VolumeTransferShowResponse
    from .volume_type_detail_response import VolumeTypeDetailResponse
    from .volume_type_extra_specs import VolumeTypeExtraSpecs
    from .volume_type_list_response import VolumeTypeListResponse
    from .volume_update_request import VolumeUpdateRequest
    from .volume_v1_dot_2 import VolumeV1Dot2

_MODULES = {
    "AsgNotificationEvent": ".asg_notification_event",
    "AutoScalingGroupCreateRequestV1Dot2": ".auto_scaling_group_create_request_v1_dot_2",
    "AutoScalingGroupLbServerGroup": ".auto_scaling_group_lb_server_group",
    "AutoScalingGroupLbServerGroupListResponse": ".auto_scaling_group_lb_server_group_list_response",
    "AutoScalingGroupLbServerGroupSetRequest": ".auto_scaling_group_lb_server_group_set_request",
    "AutoScalingGroupLbServerGroupShowResponse": ".auto_scaling_group_lb_server_group_show_response",
    "AutoScalingGroupListResponseV1Dot2": ".auto_scaling_group_list_response_v1_dot_2",
    "AutoScalingGroupNotificationCreateRequest": ".auto_scaling_group_notification_create_request",
    "AutoScalingGroupNotificationListResponse": ".auto_scaling_group_notification_list_response",
    "AutoScalingGroupNotificationShowResponse": ".auto_scaling_group_notification_show_response",
    "AutoScalingGroupNotificationUpdateRequest": ".auto_scaling_group_notification_update_request",
    "AutoScalingGroupPolicyCreateRequest": ".auto_scaling_group_policy_create_request",
    "AutoScalingGroupPolicyListResponse": ".auto_scaling_group_policy_list_response",
    "AutoScalingGroupPolicyMetricMethod": ".auto_scaling_group_policy_metric_method",
    "AutoScalingGroupPolicyScaleType": ".auto_scaling_group_policy_scale_type",
    "AutoScalingGroupPolicyShowResponse": ".auto_scaling_group_policy_show_response",
    "AutoScalingGroupPolicyUpdateRequestV1Dot2": ".auto_scaling_group_policy_update_request_v1_dot_2",
    "AutoScalingGroupScheduleCreateRequest": ".auto_scaling_group_schedule_create_request",
    "AutoScalingGroupScheduleListResponse": ".auto_scaling_group_schedule_list_response",
    "AutoScalingGroupScheduleShowResponse": ".auto_scaling_group_schedule_show_response",
    "AutoScalingGroupScheduleUpdateRequest": ".auto_scaling_group_schedule_update_request",
    "AutoScalingGroupSetRequestV1Dot2": ".auto_scaling_group_set_request_v1_dot_2",
    "AutoScalingGroupSetServerCountRequest": ".auto_scaling_group_set_server_count_request",
    "AutoScalingGroupShowResponseV1Dot2": ".auto_scaling_group_show_response_v1_dot_2",
    "AutoScalingGroupV1Dot2": ".auto_scaling_group_v1_dot_2",
    "AutoScalingGroupVirtualServerListResponseV1Dot2": ".auto_scaling_group_virtual_server_list_response_v1_dot_2",
    "AutoScalingGroupVirtualServerShowResponseV1Dot2": ".auto_scaling_group_virtual_server_show_response_v1_dot_2",
    "AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata": ".auto_scaling_group_virtual_server_show_response_v1_dot_2_metadata",
    "DefaultConfigListResponse": ".default_config_list_response",
    "DefaultConfigListResponseConfigs": ".default_config_list_response_configs",
    "ErrorItem": ".error_item",
    "ErrorResponse": ".error_response",
    "ImageCreateRequest": ".image_create_request",
    "ImageImportRequest": ".image_import_request",
    "ImageListResponseV1Dot2": ".image_list_response_v1_dot_2",
    "ImageMemberCreateRequest": ".image_member_create_request",
    "ImageMemberListResponse": ".image_member_list_response",
    "ImageMemberSetRequest": ".image_member_set_request",
    "ImageMemberShowResponse": ".image_member_show_response",
    "ImageMemberStatusEnum": ".image_member_status_enum",
    "ImageOsDistroEnum": ".image_os_distro_enum",
    "ImageSetRequest": ".image_set_request",
    "ImageShowResponseV1Dot2": ".image_show_response_v1_dot_2",
    "ImageVisibilityEnum": ".image_visibility_enum",
    "InterfaceAttachmentFixedIp": ".interface_attachment_fixed_ip",
    "InterfaceResponse": ".interface_response",
    "InterfaceResponseV1Dot2": ".interface_response_v1_dot_2",
    "JobSchedulingFrequencyEnum": ".job_scheduling_frequency_enum",
    "JobSchedulingState": ".job_scheduling_state",
    "Keypair": ".keypair",
    "KeypairCreateRequest": ".keypair_create_request",
    "KeypairCreateResponse": ".keypair_create_response",
    "KeypairListResponse": ".keypair_list_response",
    "KeypairShowResponse": ".keypair_show_response",
    "LaunchConfigurationCreateRequest": ".launch_configuration_create_request",
    "LaunchConfigurationDetailShowResponseV1Dot2": ".launch_configuration_detail_show_response_v1_dot_2",
    "LaunchConfigurationListResponseV1Dot2": ".launch_configuration_list_response_v1_dot_2",
    "LaunchConfigurationShowResponseV1Dot2": ".launch_configuration_show_response_v1_dot_2",
    "LaunchConfigurationVolume": ".launch_configuration_volume",
    "LaunchConfigurationVolumeV1Dot2": ".launch_configuration_volume_v1_dot_2",
    "Network": ".network",
    "PlannedComputeOsType": ".planned_compute_os_type",
    "PrivateStaticNat": ".private_static_nat",
    "PublicStaticNat": ".public_static_nat",
    "SecurityGroupResponse": ".security_group_response",
    "SecurityGroupResponseRule": ".security_group_response_rule",
    "SecurityGroupResponseRuleIpRange": ".security_group_response_rule_ip_range",
    "ServerConsoleLogResponse": ".server_console_log_response",
    "ServerCreateImageRequestBody": ".server_create_image_request_body",
    "ServerCreateImageResponse": ".server_create_image_response",
    "ServerCreateRequestV1Dot2": ".server_create_request_v1_dot_2",
    "ServerCreateRequestV1Dot2MetadataType0": ".server_create_request_v1_dot_2_metadata_type_0",
    "ServerCreateResponse": ".server_create_response",
    "ServerCreateResponseParam": ".server_create_response_param",
    "ServerGroup": ".server_group",
    "ServerGroupCreateRequest": ".server_group_create_request",
    "ServerGroupListResponse": ".server_group_list_response",
    "ServerGroupPartitionSizeResponse": ".server_group_partition_size_response",
    "ServerInterfaceCreateRequest": ".server_interface_create_request",
    "ServerInterfaceListResponseV1Dot2": ".server_interface_list_response_v1_dot_2",
    "ServerInterfaceUpdateRequest": ".server_interface_update_request",
    "ServerIpsResponse": ".server_ips_response",
    "ServerListResponse": ".server_list_response",
    "ServerPasswordRequest": ".server_password_request",
    "ServerPasswordResponse": ".server_password_response",
    "ServerPrivateStaticNatCreateRequest": ".server_private_static_nat_create_request",
    "ServerProductCategory": ".server_product_category",
    "ServerProductOffering": ".server_product_offering",
    "ServerQuotaSet": ".server_quota_set",
    "ServerQuotaSetObject": ".server_quota_set_object",
    "ServerRebootRequestBody": ".server_reboot_request_body",
    "ServerRebootType": ".server_reboot_type",
    "ServerSecurityGroupListResponse": ".server_security_group_list_response",
    "ServerSetServerTypeRequestBody": ".server_set_server_type_request_body",
    "ServerShowResponse": ".server_show_response",
    "ServerShowResponseAddress": ".server_show_response_address",
    "ServerShowResponseAddressIpAddress": ".server_show_response_address_ip_address",
    "ServerShowResponseMetadata": ".server_show_response_metadata",
    "ServerShowResponseSecurityGroup": ".server_show_response_security_group",
    "ServerShowResponseServerType": ".server_show_response_server_type",
    "ServerShowResponseServerTypeExtraSpecs": ".server_show_response_server_type_extra_specs",
    "ServerShowResponseVolume": ".server_show_response_volume",
    "ServerStaticNatCreateRequest": ".server_static_nat_create_request",
    "ServerType": ".server_type",
    "ServerTypeExtraSpecs": ".server_type_extra_specs",
    "ServerTypeListResponse": ".server_type_list_response",
    "ServerUpdateRequest": ".server_update_request",
    "ServerVolumesCreateRequest": ".server_volumes_create_request",
    "ServerVolumesResponse": ".server_volumes_response",
    "ServerVolumesUpdateRequest": ".server_volumes_update_request",
    "ServersVolumeResponse": ".servers_volume_response",
    "SnapshotCreateRequest": ".snapshot_create_request",
    "SnapshotCreateRequestMetadataType0": ".snapshot_create_request_metadata_type_0",
    "SnapshotDetailResponse": ".snapshot_detail_response",
    "SnapshotDetailResponseMetadataType0": ".snapshot_detail_response_metadata_type_0",
    "SnapshotListResponse": ".snapshot_list_response",
    "SnapshotUpdateRequest": ".snapshot_update_request",
    "Tag": ".tag",
    "ValidationErrorModel": ".validation_error_model",
    "ValidationErrorModelCtxType0": ".validation_error_model_ctx_type_0",
    "VolumeCreateRequestV1Dot2": ".volume_create_request_v1_dot_2",
    "VolumeExtendRequest": ".volume_extend_request",
    "VolumeImageMetadataResponse": ".volume_image_metadata_response",
    "VolumeListResponseV1Dot2": ".volume_list_response_v1_dot_2",
    "VolumeQuotaSet": ".volume_quota_set",
    "VolumeQuotaSetObject": ".volume_quota_set_object",
    "VolumeRevertRequest": ".volume_revert_request",
    "VolumeServer": ".volume_server",
    "VolumeServerAttachRequest": ".volume_server_attach_request",
    "VolumeServerAttachResponse": ".volume_server_attach_response",
    "VolumeSetQosRequest": ".volume_set_qos_request",
    "VolumeShowResponseV1Dot2": ".volume_show_response_v1_dot_2",
    "VolumeSourceType": ".volume_source_type",
    "VolumeTransferAcceptRequest": ".volume_transfer_accept_request",
    "VolumeTransferAcceptResponse": ".volume_transfer_accept_response",
    "VolumeTransferCreateResponse": ".volume_transfer_create_response",
    "VolumeTransferListResponse": ".volume_transfer_list_response",
    "VolumeTransferRequest": ".volume_transfer_request",
    "VolumeTransferShowResponse": ".volume_transfer_show_response",
    "VolumeTypeDetailResponse": ".volume_type_detail_response",
    "VolumeTypeExtraSpecs": ".volume_type_extra_specs",
    "VolumeTypeListResponse": ".volume_type_list_response",
    "VolumeUpdateRequest": ".volume_update_request",
    "VolumeV1Dot2": ".volume_v1_dot_2",
}

__all__ = (
    "AsgNotificationEvent",
    "AutoScalingGroupCreateRequestV1Dot2",
    "AutoScalingGroupLbServerGroup",
    "AutoScalingGroupLbServerGroupListResponse",
    "AutoScalingGroupLbServerGroupSetRequest",
    "AutoScalingGroupLbServerGroupShowResponse",
    "AutoScalingGroupListResponseV1Dot2",
    "AutoScalingGroupNotificationCreateRequest",
    "AutoScalingGroupNotificationListResponse",
    "AutoScalingGroupNotificationShowResponse",
    "AutoScalingGroupNotificationUpdateRequest",
    "AutoScalingGroupPolicyCreateRequest",
    "AutoScalingGroupPolicyListResponse",
    "AutoScalingGroupPolicyMetricMethod",
    "AutoScalingGroupPolicyScaleType",
    "AutoScalingGroupPolicyShowResponse",
    "AutoScalingGroupPolicyUpdateRequestV1Dot2",
    "AutoScalingGroupScheduleCreateRequest",
    "AutoScalingGroupScheduleListResponse",
    "AutoScalingGroupScheduleShowResponse",
    "AutoScalingGroupScheduleUpdateRequest",
    "AutoScalingGroupSetRequestV1Dot2",
    "AutoScalingGroupSetServerCountRequest",
    "AutoScalingGroupShowResponseV1Dot2",
    "AutoScalingGroupV1Dot2",
    "AutoScalingGroupVirtualServerListResponseV1Dot2",
    "AutoScalingGroupVirtualServerShowResponseV1Dot2",
    "AutoScalingGroupVirtualServerShowResponseV1Dot2Metadata",
    "DefaultConfigListResponse",
    "DefaultConfigListResponseConfigs",
    "ErrorItem",
    "ErrorResponse",
    "ImageCreateRequest",
    "ImageImportRequest",
    "ImageListResponseV1Dot2",
    "ImageMemberCreateRequest",
    "ImageMemberListResponse",
    "ImageMemberSetRequest",
    "ImageMemberShowResponse",
    "ImageMemberStatusEnum",
    "ImageOsDistroEnum",
    "ImageSetRequest",
    "ImageShowResponseV1Dot2",
    "ImageVisibilityEnum",
    "InterfaceAttachmentFixedIp",
    "InterfaceResponse",
    "InterfaceResponseV1Dot2",
    "JobSchedulingFrequencyEnum",
    "JobSchedulingState",
    "Keypair",
    "KeypairCreateRequest",
    "KeypairCreateResponse",
    "KeypairListResponse",
    "KeypairShowResponse",
    "LaunchConfigurationCreateRequest",
    "LaunchConfigurationDetailShowResponseV1Dot2",
    "LaunchConfigurationListResponseV1Dot2",
    "LaunchConfigurationShowResponseV1Dot2",
    "LaunchConfigurationVolume",
    "LaunchConfigurationVolumeV1Dot2",
    "Network",
    "PlannedComputeOsType",
    "PrivateStaticNat",
    "PublicStaticNat",
    "SecurityGroupResponse",
    "SecurityGroupResponseRule",
    "SecurityGroupResponseRuleIpRange",
    "ServerConsoleLogResponse",
    "ServerCreateImageRequestBody",
    "ServerCreateImageResponse",
    "ServerCreateRequestV1Dot2",
    "ServerCreateRequestV1Dot2MetadataType0",
    "ServerCreateResponse",
    "ServerCreateResponseParam",
    "ServerGroup",
    "ServerGroupCreateRequest",
    "ServerGroupListResponse",
    "ServerGroupPartitionSizeResponse",
    "ServerInterfaceCreateRequest",
    "ServerInterfaceListResponseV1Dot2",
    "ServerInterfaceUpdateRequest",
    "ServerIpsResponse",
    "ServerListResponse",
    "ServerPasswordRequest",
    "ServerPasswordResponse",
    "ServerPrivateStaticNatCreateRequest",
    "ServerProductCategory",
    "ServerProductOffering",
    "ServerQuotaSet",
    "ServerQuotaSetObject",
    "ServerRebootRequestBody",
    "ServerRebootType",
    "ServerSecurityGroupListResponse",
    "ServerSetServerTypeRequestBody",
    "ServerShowResponse",
    "ServerShowResponseAddress",
    "ServerShowResponseAddressIpAddress",
    "ServerShowResponseMetadata",
    "ServerShowResponseSecurityGroup",
    "ServerShowResponseServerType",
    "ServerShowResponseServerTypeExtraSpecs",
    "ServerShowResponseVolume",
    "ServerStaticNatCreateRequest",
    "ServersVolumeResponse",
    "ServerType",
    "ServerTypeExtraSpecs",
    "ServerTypeListResponse",
    "ServerUpdateRequest",
    "ServerVolumesCreateRequest",
    "ServerVolumesResponse",
    "ServerVolumesUpdateRequest",
    "SnapshotCreateRequest",
    "SnapshotCreateRequestMetadataType0",
    "SnapshotDetailResponse",
    "SnapshotDetailResponseMetadataType0",
    "SnapshotListResponse",
    "SnapshotUpdateRequest",
    "Tag",
    "ValidationErrorModel",
    "ValidationErrorModelCtxType0",
    "VolumeCreateRequestV1Dot2",
    "VolumeExtendRequest",
    "VolumeImageMetadataResponse",
    "VolumeListResponseV1Dot2",
    "VolumeQuotaSet",
    "VolumeQuotaSetObject",
    "VolumeRevertRequest",
    "VolumeServer",
    "VolumeServerAttachRequest",
    "VolumeServerAttachResponse",
    "VolumeSetQosRequest",
    "VolumeShowResponseV1Dot2",
    "VolumeSourceType",
    "VolumeTransferAcceptRequest",
    "VolumeTransferAcceptResponse",
    "VolumeTransferCreateResponse",
    "VolumeTransferListResponse",
    "VolumeTransferRequest",
    "VolumeTransferShowResponse",
    "VolumeTypeDetailResponse",
    "VolumeTypeExtraSpecs",
    "VolumeTypeListResponse",
    "VolumeUpdateRequest",
    "VolumeV1Dot2",
)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
