"""`client.servers` and what hangs under it, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._methods import AsyncResource, Lifecycle, Operation, Page, PollProgress, Resource
from .._schema import JsonObject
from . import models

if TYPE_CHECKING:
    from uuid import (
        UUID,  # ids may be given as UUIDs; importing uuid costs, so only for types
    )

__all__ = [
    "Servers",
    "AsyncServers",
    "ServerInterfaces",
    "AsyncServerInterfaces",
    "ServerIps",
    "AsyncServerIps",
    "ServerSecurityGroups",
    "AsyncServerSecurityGroups",
    "ServerVolumes",
    "AsyncServerVolumes",
]

_SERVERS_LIFECYCLE = Lifecycle(
    "state",
    ("ACTIVE", "SHUTOFF"),
    (
        "BUILD",
        "REBUILD",
        "REBOOT",
        "HARD_REBOOT",
        "STARTING",
        "STOPPING",
        "RESIZE",
        "VERIFY_RESIZE",
        "MIGRATING",
        "DELETING",
    ),
    ("ERROR",),
)
_LIST_VIRTUAL_SERVERS = Operation("listVirtualServers", "list", models.Server)
_CREATE_VIRTUAL_SERVER = Operation("createVirtualServer", "path")
_SHOW_VIRTUAL_SERVER = Operation("showVirtualServer", "model", models.Server)
_UPDATE_VIRTUAL_SERVER = Operation("updateVirtualServer", "model", models.Server)
_DELETE_VIRTUAL_SERVER = Operation("deleteVirtualServer", "none")
_SHOW_VIRTUAL_SERVER_CONSOLE_LOG = Operation(
    "showVirtualServerConsoleLog", "model", models.ServerConsoleLogResponse
)
_CREATE_VIRTUAL_SERVER_DUMP = Operation("createVirtualServerDump", "none")
_CREATE_VIRTUAL_SERVER_CUSTOM_IMAGE = Operation(
    "createVirtualServerCustomImage", "model", models.ServerCreateImageResponse
)
_LOCK_VIRTUAL_SERVER = Operation("lockVirtualServer", "none")
_SHOW_VIRTUAL_SERVER_PASSWORD = Operation(
    "showVirtualServerPassword", "model", models.ServerPasswordResponse
)
_REBOOT_VIRTUAL_SERVER = Operation("rebootVirtualServer", "none")
_REBUILD_VIRTUAL_SERVER = Operation("rebuildVirtualServer", "none")
_SET_VIRTUAL_SERVER_TYPE = Operation("setVirtualServerType", "none")
_START_VIRTUAL_SERVER = Operation("startVirtualServer", "none")
_STOP_VIRTUAL_SERVER = Operation("stopVirtualServer", "none")
_UNLOCK_VIRTUAL_SERVER = Operation("unlockVirtualServer", "none")
_LIST_SERVER_INTERFACES = Operation("listServerInterfaces", "model", models.ServerInterface)
_CREATE_SERVER_INTERFACE = Operation("createServerInterface", "model", models.InterfaceResponse)
_SHOW_SERVER_INTERFACE = Operation("showServerInterface", "model", models.ServerInterface)
_UPDATE_SERVER_INTERFACE = Operation("updateServerInterface", "none")
_DELETE_SERVER_INTERFACE = Operation("deleteServerInterface", "none")
_CREATE_SERVER_INTERFACE_PRIVATE_NAT = Operation("createServerInterfacePrivateNat", "none")
_DELETE_SERVER_INTERFACE_PRIVATE_NAT = Operation("deleteServerInterfacePrivateNat", "none")
_CREATE_SERVER_INTERFACE_NAT = Operation("createServerInterfaceNat", "none")
_DELETE_SERVER_INTERFACE_NAT = Operation("deleteServerInterfaceNat", "none")
_LIST_SERVER_IPS = Operation("listServerIps", "list", models.ServerIp)
_SHOW_SERVER_IP = Operation("showServerIp", "model", models.ServerIp)
_LIST_VIRTUAL_SERVER_SECURITY_GROUPS = Operation(
    "listVirtualServerSecurityGroups", "list", models.ServerSecurityGroup
)
_ATTACH_VIRTUAL_SERVER_SECURITY_GROUP = Operation("attachVirtualServerSecurityGroup", "none")
_DETACH_VIRTUAL_SERVER_SECURITY_GROUP = Operation("detachVirtualServerSecurityGroup", "none")
_LIST_SERVER_VOLUMES = Operation("listServerVolumes", "list", models.ServerVolume)
_CREATE_SERVER_VOLUME = Operation("createServerVolume", "model", models.ServerVolume)
_SHOW_SERVER_VOLUME = Operation("showServerVolume", "model", models.ServerVolume)
_UPDATE_SERVER_VOLUME = Operation("updateServerVolume", "none")
_DELETE_SERVER_VOLUME = Operation("deleteServerVolume", "none")


class ServerVolumes(Resource):
    """`volumes`: Block storage volumes attached to a server.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.ServerVolume]:
        """List Server Volumes.

        Lists the volumes attached to a server.

        `GET /v1/servers/{server_id}/volumes` (listServerVolumes).
        """
        return self._items(
            *self._pager(_LIST_SERVER_VOLUMES, (server_id,), {}, page_size, None, timeout)
        )

    def list_pages(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.ServerVolume]]:
        """List Server Volumes, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(_LIST_SERVER_VOLUMES, (server_id,), {}, page_size, None, timeout)
        )

    def create(
        self,
        server_id: str | UUID,
        *,
        volume_id: str,
        delete_on_termination: bool | None = None,
        device: str | None = None,
        timeout: float | None = None,
    ) -> models.ServerVolume:
        """Create Server Volume.

        Attaches an existing volume to a server.

        `POST /v1/servers/{server_id}/volumes` (createServerVolume).

        Arguments:
            delete_on_termination: Whether the volume is deleted together with the server.
            device: Device name to attach it as.
            volume_id: Volume ID.
        """
        answer = self._run(
            self._operation(
                _CREATE_SERVER_VOLUME,
                (server_id,),
                {
                    "delete_on_termination": delete_on_termination,
                    "device": device,
                    "volume_id": volume_id,
                },
                timeout,
            )
        )
        return cast("models.ServerVolume", answer)

    def get(
        self,
        server_id: str | UUID,
        volume_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerVolume:
        """Show Server Volume.

        Shows how one volume is attached to a server.

        `GET /v1/servers/{server_id}/volumes/{volume_id}` (showServerVolume).
        """
        answer = self._run(
            self._operation(
                _SHOW_SERVER_VOLUME,
                (
                    server_id,
                    volume_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.ServerVolume", answer)

    def update(
        self,
        server_id: str | UUID,
        volume_id: str | UUID,
        *,
        volume_id_: str,
        delete_on_termination: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update Server Volume.

        Changes whether an attached volume is deleted together with the server.

        `PUT /v1/servers/{server_id}/volumes/{volume_id}` (updateServerVolume).

        Arguments:
            delete_on_termination: Whether the volume is deleted together with the server.
            volume_id_: Volume ID.
        """
        self._run(
            self._operation(
                _UPDATE_SERVER_VOLUME,
                (
                    server_id,
                    volume_id,
                ),
                {
                    "delete_on_termination": delete_on_termination,
                    "volume_id": volume_id_,
                },
                timeout,
            )
        )

    def delete(
        self,
        server_id: str | UUID,
        volume_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Volume.

        Detaches a volume from a server; the volume itself remains.

        `DELETE /v1/servers/{server_id}/volumes/{volume_id}` (deleteServerVolume).
        """
        self._run(
            self._operation(
                _DELETE_SERVER_VOLUME,
                (
                    server_id,
                    volume_id,
                ),
                {},
                timeout,
            )
        )


class AsyncServerVolumes(AsyncResource):
    """`volumes`: Block storage volumes attached to a server.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.ServerVolume]:
        """List Server Volumes.

        Lists the volumes attached to a server.

        `GET /v1/servers/{server_id}/volumes` (listServerVolumes).
        """
        return self._items(
            *self._pager(_LIST_SERVER_VOLUMES, (server_id,), {}, page_size, None, timeout)
        )

    def list_pages(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.ServerVolume]]:
        """List Server Volumes, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(_LIST_SERVER_VOLUMES, (server_id,), {}, page_size, None, timeout)
        )

    async def create(
        self,
        server_id: str | UUID,
        *,
        volume_id: str,
        delete_on_termination: bool | None = None,
        device: str | None = None,
        timeout: float | None = None,
    ) -> models.ServerVolume:
        """Create Server Volume.

        Attaches an existing volume to a server.

        `POST /v1/servers/{server_id}/volumes` (createServerVolume).

        Arguments:
            delete_on_termination: Whether the volume is deleted together with the server.
            device: Device name to attach it as.
            volume_id: Volume ID.
        """
        answer = await self._run(
            self._operation(
                _CREATE_SERVER_VOLUME,
                (server_id,),
                {
                    "delete_on_termination": delete_on_termination,
                    "device": device,
                    "volume_id": volume_id,
                },
                timeout,
            )
        )
        return cast("models.ServerVolume", answer)

    async def get(
        self,
        server_id: str | UUID,
        volume_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerVolume:
        """Show Server Volume.

        Shows how one volume is attached to a server.

        `GET /v1/servers/{server_id}/volumes/{volume_id}` (showServerVolume).
        """
        answer = await self._run(
            self._operation(
                _SHOW_SERVER_VOLUME,
                (
                    server_id,
                    volume_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.ServerVolume", answer)

    async def update(
        self,
        server_id: str | UUID,
        volume_id: str | UUID,
        *,
        volume_id_: str,
        delete_on_termination: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update Server Volume.

        Changes whether an attached volume is deleted together with the server.

        `PUT /v1/servers/{server_id}/volumes/{volume_id}` (updateServerVolume).

        Arguments:
            delete_on_termination: Whether the volume is deleted together with the server.
            volume_id_: Volume ID.
        """
        await self._run(
            self._operation(
                _UPDATE_SERVER_VOLUME,
                (
                    server_id,
                    volume_id,
                ),
                {
                    "delete_on_termination": delete_on_termination,
                    "volume_id": volume_id_,
                },
                timeout,
            )
        )

    async def delete(
        self,
        server_id: str | UUID,
        volume_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Volume.

        Detaches a volume from a server; the volume itself remains.

        `DELETE /v1/servers/{server_id}/volumes/{volume_id}` (deleteServerVolume).
        """
        await self._run(
            self._operation(
                _DELETE_SERVER_VOLUME,
                (
                    server_id,
                    volume_id,
                ),
                {},
                timeout,
            )
        )


class ServerSecurityGroups(Resource):
    """`security_groups`: The security groups attached to a server.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.ServerSecurityGroup]:
        """List Virtual Server Security Groups.

        Lists the security groups attached to the server, with their rules.

        `GET /v1/servers/{server_id}/security-groups` (listVirtualServerSecurityGroups).
        """
        return self._items(
            *self._pager(
                _LIST_VIRTUAL_SERVER_SECURITY_GROUPS, (server_id,), {}, page_size, None, timeout
            )
        )

    def list_pages(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.ServerSecurityGroup]]:
        """List Virtual Server Security Groups, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_VIRTUAL_SERVER_SECURITY_GROUPS, (server_id,), {}, page_size, None, timeout
            )
        )

    def attach(
        self,
        server_id: str | UUID,
        *,
        security_group_id: str,
        timeout: float | None = None,
    ) -> None:
        """Attach Virtual Server Security Group.

        Starts attaching a security group to the server. Version 1.0 only: later versions change a
        server's security groups through its VPC port instead.

        `POST /v1/servers/{server_id}/security-groups` (attachVirtualServerSecurityGroup).
        In API versions 1.0 only.

        Arguments:
            security_group_id: ID of the security group.
        """
        self._run(
            self._operation(
                _ATTACH_VIRTUAL_SERVER_SECURITY_GROUP,
                (server_id,),
                {
                    "security_group_id": security_group_id,
                },
                timeout,
            )
        )

    def detach(
        self,
        server_id: str | UUID,
        security_group_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Detach Virtual Server Security Group.

        Starts detaching a security group from the server. Version 1.0 only: later versions change a
        server's security groups through its VPC port instead.

        `DELETE /v1/servers/{server_id}/security-groups/{security_group_id}` (detachVirtualServerSecurityGroup).
        In API versions 1.0 only.
        """
        self._run(
            self._operation(
                _DETACH_VIRTUAL_SERVER_SECURITY_GROUP,
                (
                    server_id,
                    security_group_id,
                ),
                {},
                timeout,
            )
        )


class AsyncServerSecurityGroups(AsyncResource):
    """`security_groups`: The security groups attached to a server.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.ServerSecurityGroup]:
        """List Virtual Server Security Groups.

        Lists the security groups attached to the server, with their rules.

        `GET /v1/servers/{server_id}/security-groups` (listVirtualServerSecurityGroups).
        """
        return self._items(
            *self._pager(
                _LIST_VIRTUAL_SERVER_SECURITY_GROUPS, (server_id,), {}, page_size, None, timeout
            )
        )

    def list_pages(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.ServerSecurityGroup]]:
        """List Virtual Server Security Groups, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_VIRTUAL_SERVER_SECURITY_GROUPS, (server_id,), {}, page_size, None, timeout
            )
        )

    async def attach(
        self,
        server_id: str | UUID,
        *,
        security_group_id: str,
        timeout: float | None = None,
    ) -> None:
        """Attach Virtual Server Security Group.

        Starts attaching a security group to the server. Version 1.0 only: later versions change a
        server's security groups through its VPC port instead.

        `POST /v1/servers/{server_id}/security-groups` (attachVirtualServerSecurityGroup).
        In API versions 1.0 only.

        Arguments:
            security_group_id: ID of the security group.
        """
        await self._run(
            self._operation(
                _ATTACH_VIRTUAL_SERVER_SECURITY_GROUP,
                (server_id,),
                {
                    "security_group_id": security_group_id,
                },
                timeout,
            )
        )

    async def detach(
        self,
        server_id: str | UUID,
        security_group_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Detach Virtual Server Security Group.

        Starts detaching a security group from the server. Version 1.0 only: later versions change a
        server's security groups through its VPC port instead.

        `DELETE /v1/servers/{server_id}/security-groups/{security_group_id}` (detachVirtualServerSecurityGroup).
        In API versions 1.0 only.
        """
        await self._run(
            self._operation(
                _DETACH_VIRTUAL_SERVER_SECURITY_GROUP,
                (
                    server_id,
                    security_group_id,
                ),
                {},
                timeout,
            )
        )


class ServerIps(Resource):
    """`ips`: A server's IP addresses, by subnet.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.ServerIp]:
        """List Server Ips.

        Lists a server's IP addresses, grouped by subnet.

        `GET /v1/servers/{server_id}/ips` (listServerIps).
        """
        return self._items(
            *self._pager(_LIST_SERVER_IPS, (server_id,), {}, page_size, None, timeout)
        )

    def list_pages(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.ServerIp]]:
        """List Server Ips, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(_LIST_SERVER_IPS, (server_id,), {}, page_size, None, timeout)
        )

    def get(
        self,
        server_id: str | UUID,
        subnet_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerIp:
        """Show Server Ip.

        Shows a server's IP addresses in one subnet.

        `GET /v1/servers/{server_id}/ips/{subnet_id}` (showServerIp).
        """
        answer = self._run(
            self._operation(
                _SHOW_SERVER_IP,
                (
                    server_id,
                    subnet_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.ServerIp", answer)


class AsyncServerIps(AsyncResource):
    """`ips`: A server's IP addresses, by subnet.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.ServerIp]:
        """List Server Ips.

        Lists a server's IP addresses, grouped by subnet.

        `GET /v1/servers/{server_id}/ips` (listServerIps).
        """
        return self._items(
            *self._pager(_LIST_SERVER_IPS, (server_id,), {}, page_size, None, timeout)
        )

    def list_pages(
        self,
        server_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.ServerIp]]:
        """List Server Ips, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(_LIST_SERVER_IPS, (server_id,), {}, page_size, None, timeout)
        )

    async def get(
        self,
        server_id: str | UUID,
        subnet_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerIp:
        """Show Server Ip.

        Shows a server's IP addresses in one subnet.

        `GET /v1/servers/{server_id}/ips/{subnet_id}` (showServerIp).
        """
        answer = await self._run(
            self._operation(
                _SHOW_SERVER_IP,
                (
                    server_id,
                    subnet_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.ServerIp", answer)


class ServerInterfaces(Resource):
    """`interfaces`: A server's network interfaces and their static NATs.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerInterface:
        """List Server Interfaces.

        Lists the network interfaces of a server.

        `GET /v1/servers/{server_id}/interfaces` (listServerInterfaces).
        """
        answer = self._run(self._operation(_LIST_SERVER_INTERFACES, (server_id,), {}, timeout))
        return cast("models.ServerInterface", answer)

    def create(
        self,
        server_id: str | UUID,
        *,
        fixed_ips: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        port_id: str | None = None,
        subnet_id: str | None = None,
        timeout: float | None = None,
    ) -> models.InterfaceResponse:
        """Create Server Interface.

        Attaches a new network interface to a server: a new port in a subnet (optionally with fixed
        addresses), or an existing port.

        `POST /v1/servers/{server_id}/interfaces` (createServerInterface).

        Arguments:
            fixed_ips: Fixed addresses to take in the subnet.
            port_id: Existing port to attach.
            subnet_id: Subnet to create the port in.
        """
        answer = self._run(
            self._operation(
                _CREATE_SERVER_INTERFACE,
                (server_id,),
                {
                    "fixed_ips": fixed_ips,
                    "port_id": port_id,
                    "subnet_id": subnet_id,
                },
                timeout,
            )
        )
        return cast("models.InterfaceResponse", answer)

    def get(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerInterface:
        """Show Server Interface.

        Shows one network interface of a server (answered as a list of interfaces).

        `GET /v1/servers/{server_id}/interfaces/{port_id}` (showServerInterface).
        """
        answer = self._run(
            self._operation(
                _SHOW_SERVER_INTERFACE,
                (
                    server_id,
                    port_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.ServerInterface", answer)

    def update(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        fixed_ip_address: str | None = None,
        subnet_id: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update Server Interface.

        Changes the fixed IP address (and subnet) of a server's network interface.

        `PUT /v1/servers/{server_id}/interfaces/{port_id}` (updateServerInterface).

        Arguments:
            fixed_ip_address: New fixed IP address.
            subnet_id: Subnet of the address.
        """
        self._run(
            self._operation(
                _UPDATE_SERVER_INTERFACE,
                (
                    server_id,
                    port_id,
                ),
                {
                    "fixed_ip_address": fixed_ip_address,
                    "subnet_id": subnet_id,
                },
                timeout,
            )
        )

    def delete(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Interface.

        Detaches a network interface from a server.

        `DELETE /v1/servers/{server_id}/interfaces/{port_id}` (deleteServerInterface).
        """
        self._run(
            self._operation(
                _DELETE_SERVER_INTERFACE,
                (
                    server_id,
                    port_id,
                ),
                {},
                timeout,
            )
        )

    def create_private_nat(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        private_nat_id: str,
        private_nat_ip_id: str,
        timeout: float | None = None,
    ) -> None:
        """Create Server Interface Private Nat.

        Maps an IP of a Private NAT to a server's network interface (private static NAT).

        `POST /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats` (createServerInterfacePrivateNat).

        Arguments:
            private_nat_id: Private NAT ID.
            private_nat_ip_id: Private NAT IP ID.
        """
        self._run(
            self._operation(
                _CREATE_SERVER_INTERFACE_PRIVATE_NAT,
                (
                    server_id,
                    port_id,
                ),
                {
                    "private_nat_id": private_nat_id,
                    "private_nat_ip_id": private_nat_ip_id,
                },
                timeout,
            )
        )

    def delete_private_nat(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        nat_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Interface Private Nat.

        Removes a private static NAT from a server's network interface.

        `DELETE /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}` (deleteServerInterfacePrivateNat).
        """
        self._run(
            self._operation(
                _DELETE_SERVER_INTERFACE_PRIVATE_NAT,
                (
                    server_id,
                    port_id,
                    nat_id,
                ),
                {},
                timeout,
            )
        )

    def create_nat(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        publicip_id: str,
        timeout: float | None = None,
    ) -> None:
        """Create Server Interface Nat.

        Maps a public IP to a server's network interface (public static NAT).

        `POST /v1/servers/{server_id}/interfaces/{port_id}/static-nats` (createServerInterfaceNat).

        Arguments:
            publicip_id: Public IP ID.
        """
        self._run(
            self._operation(
                _CREATE_SERVER_INTERFACE_NAT,
                (
                    server_id,
                    port_id,
                ),
                {
                    "publicip_id": publicip_id,
                },
                timeout,
            )
        )

    def delete_nat(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        nat_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Interface Nat.

        Removes a public static NAT from a server's network interface.

        `DELETE /v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}` (deleteServerInterfaceNat).
        """
        self._run(
            self._operation(
                _DELETE_SERVER_INTERFACE_NAT,
                (
                    server_id,
                    port_id,
                    nat_id,
                ),
                {},
                timeout,
            )
        )


class AsyncServerInterfaces(AsyncResource):
    """`interfaces`: A server's network interfaces and their static NATs.

    Every argument is checked against the API version in use before any request.
    """

    async def list(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerInterface:
        """List Server Interfaces.

        Lists the network interfaces of a server.

        `GET /v1/servers/{server_id}/interfaces` (listServerInterfaces).
        """
        answer = await self._run(
            self._operation(_LIST_SERVER_INTERFACES, (server_id,), {}, timeout)
        )
        return cast("models.ServerInterface", answer)

    async def create(
        self,
        server_id: str | UUID,
        *,
        fixed_ips: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        port_id: str | None = None,
        subnet_id: str | None = None,
        timeout: float | None = None,
    ) -> models.InterfaceResponse:
        """Create Server Interface.

        Attaches a new network interface to a server: a new port in a subnet (optionally with fixed
        addresses), or an existing port.

        `POST /v1/servers/{server_id}/interfaces` (createServerInterface).

        Arguments:
            fixed_ips: Fixed addresses to take in the subnet.
            port_id: Existing port to attach.
            subnet_id: Subnet to create the port in.
        """
        answer = await self._run(
            self._operation(
                _CREATE_SERVER_INTERFACE,
                (server_id,),
                {
                    "fixed_ips": fixed_ips,
                    "port_id": port_id,
                    "subnet_id": subnet_id,
                },
                timeout,
            )
        )
        return cast("models.InterfaceResponse", answer)

    async def get(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ServerInterface:
        """Show Server Interface.

        Shows one network interface of a server (answered as a list of interfaces).

        `GET /v1/servers/{server_id}/interfaces/{port_id}` (showServerInterface).
        """
        answer = await self._run(
            self._operation(
                _SHOW_SERVER_INTERFACE,
                (
                    server_id,
                    port_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.ServerInterface", answer)

    async def update(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        fixed_ip_address: str | None = None,
        subnet_id: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update Server Interface.

        Changes the fixed IP address (and subnet) of a server's network interface.

        `PUT /v1/servers/{server_id}/interfaces/{port_id}` (updateServerInterface).

        Arguments:
            fixed_ip_address: New fixed IP address.
            subnet_id: Subnet of the address.
        """
        await self._run(
            self._operation(
                _UPDATE_SERVER_INTERFACE,
                (
                    server_id,
                    port_id,
                ),
                {
                    "fixed_ip_address": fixed_ip_address,
                    "subnet_id": subnet_id,
                },
                timeout,
            )
        )

    async def delete(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Interface.

        Detaches a network interface from a server.

        `DELETE /v1/servers/{server_id}/interfaces/{port_id}` (deleteServerInterface).
        """
        await self._run(
            self._operation(
                _DELETE_SERVER_INTERFACE,
                (
                    server_id,
                    port_id,
                ),
                {},
                timeout,
            )
        )

    async def create_private_nat(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        private_nat_id: str,
        private_nat_ip_id: str,
        timeout: float | None = None,
    ) -> None:
        """Create Server Interface Private Nat.

        Maps an IP of a Private NAT to a server's network interface (private static NAT).

        `POST /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats` (createServerInterfacePrivateNat).

        Arguments:
            private_nat_id: Private NAT ID.
            private_nat_ip_id: Private NAT IP ID.
        """
        await self._run(
            self._operation(
                _CREATE_SERVER_INTERFACE_PRIVATE_NAT,
                (
                    server_id,
                    port_id,
                ),
                {
                    "private_nat_id": private_nat_id,
                    "private_nat_ip_id": private_nat_ip_id,
                },
                timeout,
            )
        )

    async def delete_private_nat(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        nat_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Interface Private Nat.

        Removes a private static NAT from a server's network interface.

        `DELETE /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}` (deleteServerInterfacePrivateNat).
        """
        await self._run(
            self._operation(
                _DELETE_SERVER_INTERFACE_PRIVATE_NAT,
                (
                    server_id,
                    port_id,
                    nat_id,
                ),
                {},
                timeout,
            )
        )

    async def create_nat(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        *,
        publicip_id: str,
        timeout: float | None = None,
    ) -> None:
        """Create Server Interface Nat.

        Maps a public IP to a server's network interface (public static NAT).

        `POST /v1/servers/{server_id}/interfaces/{port_id}/static-nats` (createServerInterfaceNat).

        Arguments:
            publicip_id: Public IP ID.
        """
        await self._run(
            self._operation(
                _CREATE_SERVER_INTERFACE_NAT,
                (
                    server_id,
                    port_id,
                ),
                {
                    "publicip_id": publicip_id,
                },
                timeout,
            )
        )

    async def delete_nat(
        self,
        server_id: str | UUID,
        port_id: str | UUID,
        nat_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Server Interface Nat.

        Removes a public static NAT from a server's network interface.

        `DELETE /v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}` (deleteServerInterfaceNat).
        """
        await self._run(
            self._operation(
                _DELETE_SERVER_INTERFACE_NAT,
                (
                    server_id,
                    port_id,
                    nat_id,
                ),
                {},
                timeout,
            )
        )


class Servers(Resource):
    """`client.servers`: Virtual servers and their lifecycle.

    Every argument is checked against the API version in use before any request. Its `state`
    moves through BUILD, REBUILD, REBOOT, HARD_REBOOT, STARTING, STOPPING, RESIZE,
    VERIFY_RESIZE, MIGRATING, DELETING to ACTIVE, SHUTOFF; ERROR means it failed.
    """

    @cached_property
    def interfaces(self) -> ServerInterfaces:
        """A server's network interfaces and their static NATs."""
        return ServerInterfaces(self._client)

    @cached_property
    def ips(self) -> ServerIps:
        """A server's IP addresses, by subnet."""
        return ServerIps(self._client)

    @cached_property
    def security_groups(self) -> ServerSecurityGroups:
        """The security groups attached to a server."""
        return ServerSecurityGroups(self._client)

    @cached_property
    def volumes(self) -> ServerVolumes:
        """Block storage volumes attached to a server."""
        return ServerVolumes(self._client)

    def list(
        self,
        *,
        name: str | None = None,
        ip: str | None = None,
        state: Literal[
            "ACTIVE",
            "SHUTOFF",
            "BUILD",
            "REBUILD",
            "REBOOT",
            "HARD_REBOOT",
            "STARTING",
            "STOPPING",
            "RESIZE",
            "VERIFY_RESIZE",
            "MIGRATING",
            "DELETING",
            "ERROR",
        ]
        | None = None,
        product_category: Literal["compute", "container"] | None = None,
        product_offering: Sequence[Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]]
        | Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]
        | None = None,
        vpc_id: str | None = None,
        server_type_id: str | None = None,
        sort: str | None = None,
        auto_scaling_group_id: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Server]:
        """List Virtual Servers.

        Lists the account's servers, one page at a time, optionally filtered. To get the next page,
        pass the `id` of the last server of this page as `marker`.

        `GET /v1/servers` (listVirtualServers).

        Arguments:
            name: Only servers with this name.
            ip: Only servers with this IP address.
            state: Only servers in this state (ACTIVE, SHUTOFF,...).
            product_category: Only servers of this product category.
            product_offering: Only servers of this product offering (or of any of these).
            vpc_id: Only servers in this VPC.
            server_type_id: Only servers of this server type.
            sort: Sort order, such as `name:asc` or `created_at:desc`.
            auto_scaling_group_id: Only servers of this Auto-Scaling Group.
        """
        return self._items(
            *self._pager(
                _LIST_VIRTUAL_SERVERS,
                (),
                {
                    "name": name,
                    "ip": ip,
                    "state": state,
                    "product_category": product_category,
                    "product_offering": product_offering,
                    "vpc_id": vpc_id,
                    "server_type_id": server_type_id,
                    "sort": sort,
                    "auto_scaling_group_id": auto_scaling_group_id,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        name: str | None = None,
        ip: str | None = None,
        state: Literal[
            "ACTIVE",
            "SHUTOFF",
            "BUILD",
            "REBUILD",
            "REBOOT",
            "HARD_REBOOT",
            "STARTING",
            "STOPPING",
            "RESIZE",
            "VERIFY_RESIZE",
            "MIGRATING",
            "DELETING",
            "ERROR",
        ]
        | None = None,
        product_category: Literal["compute", "container"] | None = None,
        product_offering: Sequence[Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]]
        | Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]
        | None = None,
        vpc_id: str | None = None,
        server_type_id: str | None = None,
        sort: str | None = None,
        auto_scaling_group_id: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.Server]]:
        """List Virtual Servers, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_VIRTUAL_SERVERS,
                (),
                {
                    "name": name,
                    "ip": ip,
                    "state": state,
                    "product_category": product_category,
                    "product_offering": product_offering,
                    "vpc_id": vpc_id,
                    "server_type_id": server_type_id,
                    "sort": sort,
                    "auto_scaling_group_id": auto_scaling_group_id,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def create(
        self,
        name: str,
        *,
        image_id: str,
        keypair_name: str,
        networks: Sequence[Mapping[str, Any] | JsonObject | str],
        server_type_id: str,
        lock: bool | None = None,
        max_count: int | None = None,
        metadata: Mapping[str, Any] | JsonObject | None = None,
        product_category: Literal["compute", "container"] | None = None,
        product_offering: Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]
        | None = None,
        security_groups: Sequence[str] | None = None,
        server_group_id: str | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        user_data: str | None = None,
        volumes: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        partition_number: int | None = None,
        file_storage_ids: Sequence[str] | None = None,
        count: int | None = None,
        timeout: float | None = None,
    ) -> builtins.list[str]:
        """Create Virtual Server.

        Starts creating one server, or `max_count` alike servers. The answer gives their IDs at
        once; each server is in BUILD until it becomes ACTIVE (or ERROR).

        `POST /v1/servers` (createVirtualServer).

        Arguments:
            name: Server name.
            image_id: Image to boot from.
            keypair_name: Key pair for logging in.
            lock: Lock the server as soon as it exists.
            max_count: How many alike servers to create.
            metadata: Key-value metadata for the server.
            networks: Networks to attach the server to.
            product_category: The product category of a server.
            product_offering: The product offering of a server.
            security_groups: IDs of the security groups to apply.
            server_group_id: Server group to place the server in.
            server_type_id: Server type (size) of the server.
            tags: Tags to attach to the server.
            user_data: User data for the guest's first boot.
            volumes: Block storage volumes to create with the server.
            partition_number: Partition of the server group (policy `partition`) to place the server
                in. New in 1.1. (API versions 1.1, 1.2, 1.3)
            file_storage_ids: IDs of File Storage volumes to connect to the server. API 1.2+. (API
                versions 1.2, 1.3)
            count: Same as max_count.
        """
        answer = self._run(
            self._operation(
                _CREATE_VIRTUAL_SERVER,
                (),
                {
                    "name": name,
                    "image_id": image_id,
                    "keypair_name": keypair_name,
                    "lock": lock,
                    "max_count": max_count,
                    "metadata": metadata,
                    "networks": networks,
                    "product_category": product_category,
                    "product_offering": product_offering,
                    "security_groups": security_groups,
                    "server_group_id": server_group_id,
                    "server_type_id": server_type_id,
                    "tags": tags,
                    "user_data": user_data,
                    "volumes": volumes,
                    "partition_number": partition_number,
                    "file_storage_ids": file_storage_ids,
                    "count": count,
                },
                timeout,
            )
        )
        return cast("builtins.list[str]", answer)

    def get(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.Server:
        """Show Virtual Server.

        Shows one server. Once a server's deletion has finished, it is no longer found (404): this
        is how a client learns that a deletion is complete.

        `GET /v1/servers/{server_id}` (showVirtualServer).
        """
        answer = self._run(self._operation(_SHOW_VIRTUAL_SERVER, (server_id,), {}, timeout))
        return cast("models.Server", answer)

    def update(
        self,
        server_id: str | UUID,
        *,
        name: str,
        timeout: float | None = None,
    ) -> models.Server:
        """Update Virtual Server.

        Renames a server.

        `PUT /v1/servers/{server_id}` (updateVirtualServer).

        Arguments:
            name: New server name.
        """
        answer = self._run(
            self._operation(
                _UPDATE_VIRTUAL_SERVER,
                (server_id,),
                {
                    "name": name,
                },
                timeout,
            )
        )
        return cast("models.Server", answer)

    def delete(
        self,
        server_id: str | UUID,
        *,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Virtual Server.

        Deletes a server. There is no undo: a deleted server is gone for good and no longer shows up
        when servers are listed. Whether each attached block storage volume goes with it or stays
        depends on that volume's delete-on-termination setting; a volume that stays can be deleted
        through Block Storage. The service refuses the deletion (409 Conflict) while the server: -
        has File Storage connected; - is connected to an LB server group (servers made by an
        Auto-Scaling Group excepted); - is locked; - has Backup connected. 202 only means the
        deletion has started. It has finished once showing the server (GET on the same path) answers
        404.

        `DELETE /v1/servers/{server_id}` (deleteVirtualServer).
        """
        self._run(
            self._deleting(
                _DELETE_VIRTUAL_SERVER,
                _SHOW_VIRTUAL_SERVER,
                _SERVERS_LIFECYCLE,
                (server_id,),
                {},
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    def get_console_log(
        self,
        server_id: str | UUID,
        *,
        line_size: int | None = None,
        timeout: float | None = None,
    ) -> models.ServerConsoleLogResponse:
        """Show Virtual Server Console Log.

        Returns the latest output of the server's console, as text.

        `GET /v1/servers/{server_id}/console-log` (showVirtualServerConsoleLog).

        Arguments:
            line_size: How many of the last lines to return (all when left out).
        """
        answer = self._run(
            self._operation(
                _SHOW_VIRTUAL_SERVER_CONSOLE_LOG,
                (server_id,),
                {
                    "line_size": line_size,
                },
                timeout,
            )
        )
        return cast("models.ServerConsoleLogResponse", answer)

    def create_dump(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Create Virtual Server Dump.

        Starts creating a dump of the server.

        `POST /v1/servers/{server_id}/dump` (createVirtualServerDump).
        """
        self._run(self._operation(_CREATE_VIRTUAL_SERVER_DUMP, (server_id,), {}, timeout))

    def create_image(
        self,
        server_id: str | UUID,
        *,
        image_name: str,
        timeout: float | None = None,
    ) -> models.ServerCreateImageResponse:
        """Create Virtual Server Custom Image.

        Starts making a custom image from the server. The answer carries the new image's id; follow
        the image until it is ready.

        `POST /v1/servers/{server_id}/images` (createVirtualServerCustomImage).

        Arguments:
            image_name: Name of the new image.
        """
        answer = self._run(
            self._operation(
                _CREATE_VIRTUAL_SERVER_CUSTOM_IMAGE,
                (server_id,),
                {
                    "image_name": image_name,
                },
                timeout,
            )
        )
        return cast("models.ServerCreateImageResponse", answer)

    def lock(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Lock Virtual Server.

        Locks the server, so that it cannot be changed or deleted until it is unlocked.

        `POST /v1/servers/{server_id}/lock` (lockVirtualServer).
        """
        self._run(self._operation(_LOCK_VIRTUAL_SERVER, (server_id,), {}, timeout))

    def get_password(
        self,
        server_id: str | UUID,
        *,
        private_key: str | None = None,
        timeout: float | None = None,
    ) -> models.ServerPasswordResponse:
        """Show Virtual Server Password.

        Returns the server's log-in password (a POST, as it may carry the private key of the
        server's key pair, with which the password is decrypted).

        `POST /v1/servers/{server_id}/password` (showVirtualServerPassword).

        Arguments:
            private_key: Private key of the server's key pair, to decrypt the password with.
        """
        answer = self._run(
            self._operation(
                _SHOW_VIRTUAL_SERVER_PASSWORD,
                (server_id,),
                {
                    "private_key": private_key,
                },
                timeout,
            )
        )
        return cast("models.ServerPasswordResponse", answer)

    def reboot(
        self,
        server_id: str | UUID,
        *,
        reboot_type: Literal["SOFT", "HARD"] | None = None,
        hard: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Reboot Virtual Server.

        Starts rebooting the server, gracefully (SOFT) or by a reset (HARD).

        `POST /v1/servers/{server_id}/reboot` (rebootVirtualServer).

        Arguments:
            reboot_type: SOFT: shut down and start again gracefully. HARD: reset at once.
            hard: reboot_type='HARD' if true, 'SOFT' if false.
        """
        self._run(
            self._operation(
                _REBOOT_VIRTUAL_SERVER,
                (server_id,),
                {
                    "reboot_type": reboot_type,
                    "hard": hard,
                },
                timeout,
            )
        )

    def rebuild(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Rebuild Virtual Server.

        Starts rebuilding the server from its image; the request has no body.

        `POST /v1/servers/{server_id}/rebuild` (rebuildVirtualServer).
        """
        self._run(self._operation(_REBUILD_VIRTUAL_SERVER, (server_id,), {}, timeout))

    def set_server_type(
        self,
        server_id: str | UUID,
        *,
        server_type: str,
        timeout: float | None = None,
    ) -> None:
        """Set Virtual Server Type.

        Starts moving the server to another server type (a resize).

        `POST /v1/servers/{server_id}/server-type` (setVirtualServerType).

        Arguments:
            server_type: ID of the new server type.
        """
        self._run(
            self._operation(
                _SET_VIRTUAL_SERVER_TYPE,
                (server_id,),
                {
                    "server_type": server_type,
                },
                timeout,
            )
        )

    def start(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Start Virtual Server.

        Starts a stopped server.

        `POST /v1/servers/{server_id}/start` (startVirtualServer).
        """
        self._run(self._operation(_START_VIRTUAL_SERVER, (server_id,), {}, timeout))

    def stop(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Stop Virtual Server.

        Stops a running server.

        `POST /v1/servers/{server_id}/stop` (stopVirtualServer).
        """
        self._run(self._operation(_STOP_VIRTUAL_SERVER, (server_id,), {}, timeout))

    def unlock(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Unlock Virtual Server.

        Removes the server's lock, so that it may be changed or deleted again.

        `POST /v1/servers/{server_id}/unlock` (unlockVirtualServer).
        """
        self._run(self._operation(_UNLOCK_VIRTUAL_SERVER, (server_id,), {}, timeout))

    def wait_for_state(
        self,
        server_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.Server:
        """Polls until it is in `state` (ACTIVE, SHUTOFF, BUILD, REBUILD, REBOOT, HARD_REBOOT, STARTING, STOPPING, RESIZE, VERIFY_RESIZE, MIGRATING, DELETING, ERROR).

        Fails fast with ServerStateError in a failure state (ERROR)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = self._run(
            self._waiting(
                _SHOW_VIRTUAL_SERVER,
                _SERVERS_LIFECYCLE,
                (server_id,),
                state,
                timeout,
                interval,
                on_poll,
            )
        )
        return cast("models.Server", answer)

    def wait_until_deleted(
        self,
        server_id: str | UUID,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Polls until it is gone (the service answers 404); fails fast in a failure state.

        `on_poll(state, elapsed, polls)` is called after every poll.
        """
        self._run(
            self._waiting(
                _SHOW_VIRTUAL_SERVER,
                _SERVERS_LIFECYCLE,
                (server_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )


class AsyncServers(AsyncResource):
    """`client.servers`: Virtual servers and their lifecycle.

    Every argument is checked against the API version in use before any request. Its `state`
    moves through BUILD, REBUILD, REBOOT, HARD_REBOOT, STARTING, STOPPING, RESIZE,
    VERIFY_RESIZE, MIGRATING, DELETING to ACTIVE, SHUTOFF; ERROR means it failed.
    """

    @cached_property
    def interfaces(self) -> AsyncServerInterfaces:
        """A server's network interfaces and their static NATs."""
        return AsyncServerInterfaces(self._client)

    @cached_property
    def ips(self) -> AsyncServerIps:
        """A server's IP addresses, by subnet."""
        return AsyncServerIps(self._client)

    @cached_property
    def security_groups(self) -> AsyncServerSecurityGroups:
        """The security groups attached to a server."""
        return AsyncServerSecurityGroups(self._client)

    @cached_property
    def volumes(self) -> AsyncServerVolumes:
        """Block storage volumes attached to a server."""
        return AsyncServerVolumes(self._client)

    def list(
        self,
        *,
        name: str | None = None,
        ip: str | None = None,
        state: Literal[
            "ACTIVE",
            "SHUTOFF",
            "BUILD",
            "REBUILD",
            "REBOOT",
            "HARD_REBOOT",
            "STARTING",
            "STOPPING",
            "RESIZE",
            "VERIFY_RESIZE",
            "MIGRATING",
            "DELETING",
            "ERROR",
        ]
        | None = None,
        product_category: Literal["compute", "container"] | None = None,
        product_offering: Sequence[Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]]
        | Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]
        | None = None,
        vpc_id: str | None = None,
        server_type_id: str | None = None,
        sort: str | None = None,
        auto_scaling_group_id: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.Server]:
        """List Virtual Servers.

        Lists the account's servers, one page at a time, optionally filtered. To get the next page,
        pass the `id` of the last server of this page as `marker`.

        `GET /v1/servers` (listVirtualServers).

        Arguments:
            name: Only servers with this name.
            ip: Only servers with this IP address.
            state: Only servers in this state (ACTIVE, SHUTOFF,...).
            product_category: Only servers of this product category.
            product_offering: Only servers of this product offering (or of any of these).
            vpc_id: Only servers in this VPC.
            server_type_id: Only servers of this server type.
            sort: Sort order, such as `name:asc` or `created_at:desc`.
            auto_scaling_group_id: Only servers of this Auto-Scaling Group.
        """
        return self._items(
            *self._pager(
                _LIST_VIRTUAL_SERVERS,
                (),
                {
                    "name": name,
                    "ip": ip,
                    "state": state,
                    "product_category": product_category,
                    "product_offering": product_offering,
                    "vpc_id": vpc_id,
                    "server_type_id": server_type_id,
                    "sort": sort,
                    "auto_scaling_group_id": auto_scaling_group_id,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        name: str | None = None,
        ip: str | None = None,
        state: Literal[
            "ACTIVE",
            "SHUTOFF",
            "BUILD",
            "REBUILD",
            "REBOOT",
            "HARD_REBOOT",
            "STARTING",
            "STOPPING",
            "RESIZE",
            "VERIFY_RESIZE",
            "MIGRATING",
            "DELETING",
            "ERROR",
        ]
        | None = None,
        product_category: Literal["compute", "container"] | None = None,
        product_offering: Sequence[Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]]
        | Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]
        | None = None,
        vpc_id: str | None = None,
        server_type_id: str | None = None,
        sort: str | None = None,
        auto_scaling_group_id: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.Server]]:
        """List Virtual Servers, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_VIRTUAL_SERVERS,
                (),
                {
                    "name": name,
                    "ip": ip,
                    "state": state,
                    "product_category": product_category,
                    "product_offering": product_offering,
                    "vpc_id": vpc_id,
                    "server_type_id": server_type_id,
                    "sort": sort,
                    "auto_scaling_group_id": auto_scaling_group_id,
                },
                page_size,
                marker,
                timeout,
            )
        )

    async def create(
        self,
        name: str,
        *,
        image_id: str,
        keypair_name: str,
        networks: Sequence[Mapping[str, Any] | JsonObject | str],
        server_type_id: str,
        lock: bool | None = None,
        max_count: int | None = None,
        metadata: Mapping[str, Any] | JsonObject | None = None,
        product_category: Literal["compute", "container"] | None = None,
        product_offering: Literal["virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"]
        | None = None,
        security_groups: Sequence[str] | None = None,
        server_group_id: str | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        user_data: str | None = None,
        volumes: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        partition_number: int | None = None,
        file_storage_ids: Sequence[str] | None = None,
        count: int | None = None,
        timeout: float | None = None,
    ) -> builtins.list[str]:
        """Create Virtual Server.

        Starts creating one server, or `max_count` alike servers. The answer gives their IDs at
        once; each server is in BUILD until it becomes ACTIVE (or ERROR).

        `POST /v1/servers` (createVirtualServer).

        Arguments:
            name: Server name.
            image_id: Image to boot from.
            keypair_name: Key pair for logging in.
            lock: Lock the server as soon as it exists.
            max_count: How many alike servers to create.
            metadata: Key-value metadata for the server.
            networks: Networks to attach the server to.
            product_category: The product category of a server.
            product_offering: The product offering of a server.
            security_groups: IDs of the security groups to apply.
            server_group_id: Server group to place the server in.
            server_type_id: Server type (size) of the server.
            tags: Tags to attach to the server.
            user_data: User data for the guest's first boot.
            volumes: Block storage volumes to create with the server.
            partition_number: Partition of the server group (policy `partition`) to place the server
                in. New in 1.1. (API versions 1.1, 1.2, 1.3)
            file_storage_ids: IDs of File Storage volumes to connect to the server. API 1.2+. (API
                versions 1.2, 1.3)
            count: Same as max_count.
        """
        answer = await self._run(
            self._operation(
                _CREATE_VIRTUAL_SERVER,
                (),
                {
                    "name": name,
                    "image_id": image_id,
                    "keypair_name": keypair_name,
                    "lock": lock,
                    "max_count": max_count,
                    "metadata": metadata,
                    "networks": networks,
                    "product_category": product_category,
                    "product_offering": product_offering,
                    "security_groups": security_groups,
                    "server_group_id": server_group_id,
                    "server_type_id": server_type_id,
                    "tags": tags,
                    "user_data": user_data,
                    "volumes": volumes,
                    "partition_number": partition_number,
                    "file_storage_ids": file_storage_ids,
                    "count": count,
                },
                timeout,
            )
        )
        return cast("builtins.list[str]", answer)

    async def get(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.Server:
        """Show Virtual Server.

        Shows one server. Once a server's deletion has finished, it is no longer found (404): this
        is how a client learns that a deletion is complete.

        `GET /v1/servers/{server_id}` (showVirtualServer).
        """
        answer = await self._run(self._operation(_SHOW_VIRTUAL_SERVER, (server_id,), {}, timeout))
        return cast("models.Server", answer)

    async def update(
        self,
        server_id: str | UUID,
        *,
        name: str,
        timeout: float | None = None,
    ) -> models.Server:
        """Update Virtual Server.

        Renames a server.

        `PUT /v1/servers/{server_id}` (updateVirtualServer).

        Arguments:
            name: New server name.
        """
        answer = await self._run(
            self._operation(
                _UPDATE_VIRTUAL_SERVER,
                (server_id,),
                {
                    "name": name,
                },
                timeout,
            )
        )
        return cast("models.Server", answer)

    async def delete(
        self,
        server_id: str | UUID,
        *,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Virtual Server.

        Deletes a server. There is no undo: a deleted server is gone for good and no longer shows up
        when servers are listed. Whether each attached block storage volume goes with it or stays
        depends on that volume's delete-on-termination setting; a volume that stays can be deleted
        through Block Storage. The service refuses the deletion (409 Conflict) while the server: -
        has File Storage connected; - is connected to an LB server group (servers made by an
        Auto-Scaling Group excepted); - is locked; - has Backup connected. 202 only means the
        deletion has started. It has finished once showing the server (GET on the same path) answers
        404.

        `DELETE /v1/servers/{server_id}` (deleteVirtualServer).
        """
        await self._run(
            self._deleting(
                _DELETE_VIRTUAL_SERVER,
                _SHOW_VIRTUAL_SERVER,
                _SERVERS_LIFECYCLE,
                (server_id,),
                {},
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    async def get_console_log(
        self,
        server_id: str | UUID,
        *,
        line_size: int | None = None,
        timeout: float | None = None,
    ) -> models.ServerConsoleLogResponse:
        """Show Virtual Server Console Log.

        Returns the latest output of the server's console, as text.

        `GET /v1/servers/{server_id}/console-log` (showVirtualServerConsoleLog).

        Arguments:
            line_size: How many of the last lines to return (all when left out).
        """
        answer = await self._run(
            self._operation(
                _SHOW_VIRTUAL_SERVER_CONSOLE_LOG,
                (server_id,),
                {
                    "line_size": line_size,
                },
                timeout,
            )
        )
        return cast("models.ServerConsoleLogResponse", answer)

    async def create_dump(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Create Virtual Server Dump.

        Starts creating a dump of the server.

        `POST /v1/servers/{server_id}/dump` (createVirtualServerDump).
        """
        await self._run(self._operation(_CREATE_VIRTUAL_SERVER_DUMP, (server_id,), {}, timeout))

    async def create_image(
        self,
        server_id: str | UUID,
        *,
        image_name: str,
        timeout: float | None = None,
    ) -> models.ServerCreateImageResponse:
        """Create Virtual Server Custom Image.

        Starts making a custom image from the server. The answer carries the new image's id; follow
        the image until it is ready.

        `POST /v1/servers/{server_id}/images` (createVirtualServerCustomImage).

        Arguments:
            image_name: Name of the new image.
        """
        answer = await self._run(
            self._operation(
                _CREATE_VIRTUAL_SERVER_CUSTOM_IMAGE,
                (server_id,),
                {
                    "image_name": image_name,
                },
                timeout,
            )
        )
        return cast("models.ServerCreateImageResponse", answer)

    async def lock(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Lock Virtual Server.

        Locks the server, so that it cannot be changed or deleted until it is unlocked.

        `POST /v1/servers/{server_id}/lock` (lockVirtualServer).
        """
        await self._run(self._operation(_LOCK_VIRTUAL_SERVER, (server_id,), {}, timeout))

    async def get_password(
        self,
        server_id: str | UUID,
        *,
        private_key: str | None = None,
        timeout: float | None = None,
    ) -> models.ServerPasswordResponse:
        """Show Virtual Server Password.

        Returns the server's log-in password (a POST, as it may carry the private key of the
        server's key pair, with which the password is decrypted).

        `POST /v1/servers/{server_id}/password` (showVirtualServerPassword).

        Arguments:
            private_key: Private key of the server's key pair, to decrypt the password with.
        """
        answer = await self._run(
            self._operation(
                _SHOW_VIRTUAL_SERVER_PASSWORD,
                (server_id,),
                {
                    "private_key": private_key,
                },
                timeout,
            )
        )
        return cast("models.ServerPasswordResponse", answer)

    async def reboot(
        self,
        server_id: str | UUID,
        *,
        reboot_type: Literal["SOFT", "HARD"] | None = None,
        hard: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Reboot Virtual Server.

        Starts rebooting the server, gracefully (SOFT) or by a reset (HARD).

        `POST /v1/servers/{server_id}/reboot` (rebootVirtualServer).

        Arguments:
            reboot_type: SOFT: shut down and start again gracefully. HARD: reset at once.
            hard: reboot_type='HARD' if true, 'SOFT' if false.
        """
        await self._run(
            self._operation(
                _REBOOT_VIRTUAL_SERVER,
                (server_id,),
                {
                    "reboot_type": reboot_type,
                    "hard": hard,
                },
                timeout,
            )
        )

    async def rebuild(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Rebuild Virtual Server.

        Starts rebuilding the server from its image; the request has no body.

        `POST /v1/servers/{server_id}/rebuild` (rebuildVirtualServer).
        """
        await self._run(self._operation(_REBUILD_VIRTUAL_SERVER, (server_id,), {}, timeout))

    async def set_server_type(
        self,
        server_id: str | UUID,
        *,
        server_type: str,
        timeout: float | None = None,
    ) -> None:
        """Set Virtual Server Type.

        Starts moving the server to another server type (a resize).

        `POST /v1/servers/{server_id}/server-type` (setVirtualServerType).

        Arguments:
            server_type: ID of the new server type.
        """
        await self._run(
            self._operation(
                _SET_VIRTUAL_SERVER_TYPE,
                (server_id,),
                {
                    "server_type": server_type,
                },
                timeout,
            )
        )

    async def start(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Start Virtual Server.

        Starts a stopped server.

        `POST /v1/servers/{server_id}/start` (startVirtualServer).
        """
        await self._run(self._operation(_START_VIRTUAL_SERVER, (server_id,), {}, timeout))

    async def stop(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Stop Virtual Server.

        Stops a running server.

        `POST /v1/servers/{server_id}/stop` (stopVirtualServer).
        """
        await self._run(self._operation(_STOP_VIRTUAL_SERVER, (server_id,), {}, timeout))

    async def unlock(
        self,
        server_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Unlock Virtual Server.

        Removes the server's lock, so that it may be changed or deleted again.

        `POST /v1/servers/{server_id}/unlock` (unlockVirtualServer).
        """
        await self._run(self._operation(_UNLOCK_VIRTUAL_SERVER, (server_id,), {}, timeout))

    async def wait_for_state(
        self,
        server_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.Server:
        """Polls until it is in `state` (ACTIVE, SHUTOFF, BUILD, REBUILD, REBOOT, HARD_REBOOT, STARTING, STOPPING, RESIZE, VERIFY_RESIZE, MIGRATING, DELETING, ERROR).

        Fails fast with ServerStateError in a failure state (ERROR)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = await self._run(
            self._waiting(
                _SHOW_VIRTUAL_SERVER,
                _SERVERS_LIFECYCLE,
                (server_id,),
                state,
                timeout,
                interval,
                on_poll,
            )
        )
        return cast("models.Server", answer)

    async def wait_until_deleted(
        self,
        server_id: str | UUID,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Polls until it is gone (the service answers 404); fails fast in a failure state.

        `on_poll(state, elapsed, polls)` is called after every poll.
        """
        await self._run(
            self._waiting(
                _SHOW_VIRTUAL_SERVER,
                _SERVERS_LIFECYCLE,
                (server_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )
