"""Contains all the data models used in inputs/outputs"""

from .error_item import ErrorItem
from .error_response import ErrorResponse
from .network_request import NetworkRequest
from .server import Server
from .server_address import ServerAddress
from .server_create_request import ServerCreateRequest
from .server_create_request_metadata import ServerCreateRequestMetadata
from .server_create_response import ServerCreateResponse
from .server_created import ServerCreated
from .server_ip_address import ServerIpAddress
from .server_list import ServerList
from .server_metadata import ServerMetadata
from .server_reboot_request import ServerRebootRequest
from .server_reboot_request_reboot_type import ServerRebootRequestRebootType
from .server_security_group import ServerSecurityGroup
from .server_type import ServerType
from .server_type_extra_specs import ServerTypeExtraSpecs
from .server_update_request import ServerUpdateRequest
from .server_volume import ServerVolume
from .tag_request import TagRequest
from .volume_request import VolumeRequest

__all__ = (
    "ErrorItem",
    "ErrorResponse",
    "NetworkRequest",
    "Server",
    "ServerAddress",
    "ServerCreated",
    "ServerCreateRequest",
    "ServerCreateRequestMetadata",
    "ServerCreateResponse",
    "ServerIpAddress",
    "ServerList",
    "ServerMetadata",
    "ServerRebootRequest",
    "ServerRebootRequestRebootType",
    "ServerSecurityGroup",
    "ServerType",
    "ServerTypeExtraSpecs",
    "ServerUpdateRequest",
    "ServerVolume",
    "TagRequest",
    "VolumeRequest",
)
