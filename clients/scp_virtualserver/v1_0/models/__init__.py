"""Contains all the data models used in inputs/outputs"""

from .auto_scaling_group import AutoScalingGroup
from .auto_scaling_group_create_request import AutoScalingGroupCreateRequest
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
from .auto_scaling_group_list_response import AutoScalingGroupListResponse
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
from .auto_scaling_group_policy_list_response import AutoScalingGroupPolicyListResponse
from .auto_scaling_group_policy_metric_method import AutoScalingGroupPolicyMetricMethod
from .auto_scaling_group_policy_scale_type import AutoScalingGroupPolicyScaleType
from .auto_scaling_group_policy_show_response import AutoScalingGroupPolicyShowResponse
from .auto_scaling_group_policy_update_request import (
    AutoScalingGroupPolicyUpdateRequest,
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
from .auto_scaling_group_set_request import AutoScalingGroupSetRequest
from .auto_scaling_group_set_server_count_request import (
    AutoScalingGroupSetServerCountRequest,
)
from .auto_scaling_group_show_response import AutoScalingGroupShowResponse
from .auto_scaling_group_virtual_server_list_response import (
    AutoScalingGroupVirtualServerListResponse,
)
from .auto_scaling_group_virtual_server_show_response import (
    AutoScalingGroupVirtualServerShowResponse,
)
from .auto_scaling_group_virtual_server_show_response_metadata import (
    AutoScalingGroupVirtualServerShowResponseMetadata,
)
from .default_config_list_response import DefaultConfigListResponse
from .default_config_list_response_configs import DefaultConfigListResponseConfigs
from .error_item import ErrorItem
from .error_response import ErrorResponse
from .image_create_request import ImageCreateRequest
from .image_import_request import ImageImportRequest
from .image_list_response import ImageListResponse
from .image_member_create_request import ImageMemberCreateRequest
from .image_member_list_response import ImageMemberListResponse
from .image_member_set_request import ImageMemberSetRequest
from .image_member_show_response import ImageMemberShowResponse
from .image_member_status_enum import ImageMemberStatusEnum
from .image_os_distro_enum import ImageOsDistroEnum
from .image_set_request import ImageSetRequest
from .image_show_response import ImageShowResponse
from .image_visibility_enum import ImageVisibilityEnum
from .interface_attachment_fixed_ip import InterfaceAttachmentFixedIp
from .interface_response import InterfaceResponse
from .job_scheduling_frequency_enum import JobSchedulingFrequencyEnum
from .job_scheduling_state import JobSchedulingState
from .keypair import Keypair
from .keypair_create_request import KeypairCreateRequest
from .keypair_create_response import KeypairCreateResponse
from .keypair_list_response import KeypairListResponse
from .keypair_show_response import KeypairShowResponse
from .launch_configuration_create_request import LaunchConfigurationCreateRequest
from .launch_configuration_detail_show_response import (
    LaunchConfigurationDetailShowResponse,
)
from .launch_configuration_list_response import LaunchConfigurationListResponse
from .launch_configuration_show_response import LaunchConfigurationShowResponse
from .launch_configuration_volume import LaunchConfigurationVolume
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
from .server_create_request import ServerCreateRequest
from .server_create_request_metadata_type_0 import ServerCreateRequestMetadataType0
from .server_create_response import ServerCreateResponse
from .server_create_response_param import ServerCreateResponseParam
from .server_group import ServerGroup
from .server_group_create_request import ServerGroupCreateRequest
from .server_group_list_response import ServerGroupListResponse
from .server_interface_create_request import ServerInterfaceCreateRequest
from .server_interface_list_response import ServerInterfaceListResponse
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
from .server_security_group_action_request_body import (
    ServerSecurityGroupActionRequestBody,
)
from .server_security_group_list_response import ServerSecurityGroupListResponse
from .server_set_server_type_request_body import ServerSetServerTypeRequestBody
from .server_show_response import ServerShowResponse
from .server_show_response_address import ServerShowResponseAddress
from .server_show_response_address_ip_address import ServerShowResponseAddressIpAddress
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
from .snapshot_create_request_metadata_type_0 import SnapshotCreateRequestMetadataType0
from .snapshot_detail_response import SnapshotDetailResponse
from .snapshot_detail_response_metadata_type_0 import (
    SnapshotDetailResponseMetadataType0,
)
from .snapshot_list_response import SnapshotListResponse
from .snapshot_update_request import SnapshotUpdateRequest
from .tag import Tag
from .validation_error_model import ValidationErrorModel
from .validation_error_model_ctx_type_0 import ValidationErrorModelCtxType0
from .volume import Volume
from .volume_create_request import VolumeCreateRequest
from .volume_extend_request import VolumeExtendRequest
from .volume_image_metadata_response import VolumeImageMetadataResponse
from .volume_list_response import VolumeListResponse
from .volume_quota_set import VolumeQuotaSet
from .volume_quota_set_object import VolumeQuotaSetObject
from .volume_revert_request import VolumeRevertRequest
from .volume_server import VolumeServer
from .volume_server_attach_request import VolumeServerAttachRequest
from .volume_server_attach_response import VolumeServerAttachResponse
from .volume_show_response import VolumeShowResponse
from .volume_source_type import VolumeSourceType
from .volume_transfer_accept_response import VolumeTransferAcceptResponse
from .volume_transfer_access_request import VolumeTransferAccessRequest
from .volume_transfer_create_response import VolumeTransferCreateResponse
from .volume_transfer_list_response import VolumeTransferListResponse
from .volume_transfer_request import VolumeTransferRequest
from .volume_transfer_show_response import VolumeTransferShowResponse
from .volume_type_detail_response import VolumeTypeDetailResponse
from .volume_type_extra_specs import VolumeTypeExtraSpecs
from .volume_type_list_response import VolumeTypeListResponse
from .volume_update_request import VolumeUpdateRequest

__all__ = (
    "AutoScalingGroup",
    "AutoScalingGroupCreateRequest",
    "AutoScalingGroupLbServerGroup",
    "AutoScalingGroupLbServerGroupListResponse",
    "AutoScalingGroupLbServerGroupSetRequest",
    "AutoScalingGroupLbServerGroupShowResponse",
    "AutoScalingGroupListResponse",
    "AutoScalingGroupNotificationCreateRequest",
    "AutoScalingGroupNotificationListResponse",
    "AutoScalingGroupNotificationShowResponse",
    "AutoScalingGroupNotificationUpdateRequest",
    "AutoScalingGroupPolicyCreateRequest",
    "AutoScalingGroupPolicyListResponse",
    "AutoScalingGroupPolicyMetricMethod",
    "AutoScalingGroupPolicyScaleType",
    "AutoScalingGroupPolicyShowResponse",
    "AutoScalingGroupPolicyUpdateRequest",
    "AutoScalingGroupScheduleCreateRequest",
    "AutoScalingGroupScheduleListResponse",
    "AutoScalingGroupScheduleShowResponse",
    "AutoScalingGroupScheduleUpdateRequest",
    "AutoScalingGroupSetRequest",
    "AutoScalingGroupSetServerCountRequest",
    "AutoScalingGroupShowResponse",
    "AutoScalingGroupVirtualServerListResponse",
    "AutoScalingGroupVirtualServerShowResponse",
    "AutoScalingGroupVirtualServerShowResponseMetadata",
    "DefaultConfigListResponse",
    "DefaultConfigListResponseConfigs",
    "ErrorItem",
    "ErrorResponse",
    "ImageCreateRequest",
    "ImageImportRequest",
    "ImageListResponse",
    "ImageMemberCreateRequest",
    "ImageMemberListResponse",
    "ImageMemberSetRequest",
    "ImageMemberShowResponse",
    "ImageMemberStatusEnum",
    "ImageOsDistroEnum",
    "ImageSetRequest",
    "ImageShowResponse",
    "ImageVisibilityEnum",
    "InterfaceAttachmentFixedIp",
    "InterfaceResponse",
    "JobSchedulingFrequencyEnum",
    "JobSchedulingState",
    "Keypair",
    "KeypairCreateRequest",
    "KeypairCreateResponse",
    "KeypairListResponse",
    "KeypairShowResponse",
    "LaunchConfigurationCreateRequest",
    "LaunchConfigurationDetailShowResponse",
    "LaunchConfigurationListResponse",
    "LaunchConfigurationShowResponse",
    "LaunchConfigurationVolume",
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
    "ServerCreateRequest",
    "ServerCreateRequestMetadataType0",
    "ServerCreateResponse",
    "ServerCreateResponseParam",
    "ServerGroup",
    "ServerGroupCreateRequest",
    "ServerGroupListResponse",
    "ServerInterfaceCreateRequest",
    "ServerInterfaceListResponse",
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
    "ServerSecurityGroupActionRequestBody",
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
    "Volume",
    "VolumeCreateRequest",
    "VolumeExtendRequest",
    "VolumeImageMetadataResponse",
    "VolumeListResponse",
    "VolumeQuotaSet",
    "VolumeQuotaSetObject",
    "VolumeRevertRequest",
    "VolumeServer",
    "VolumeServerAttachRequest",
    "VolumeServerAttachResponse",
    "VolumeShowResponse",
    "VolumeSourceType",
    "VolumeTransferAcceptResponse",
    "VolumeTransferAccessRequest",
    "VolumeTransferCreateResponse",
    "VolumeTransferListResponse",
    "VolumeTransferRequest",
    "VolumeTransferShowResponse",
    "VolumeTypeDetailResponse",
    "VolumeTypeExtraSpecs",
    "VolumeTypeListResponse",
    "VolumeUpdateRequest",
)
