"""`client.images` and what hangs under it, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

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
    "Images",
    "AsyncImages",
    "ImageMembers",
    "AsyncImageMembers",
]

_IMAGES_LIFECYCLE = Lifecycle(
    "status",
    ("active", "deactivated"),
    ("queued", "saving", "uploading", "importing", "pending_delete"),
    ("killed",),
)
_LIST_IMAGES = Operation("listImages", "list", models.Image)
_CREATE_IMAGE = Operation("createImage", "model", models.Image)
_SHOW_IMAGE = Operation("showImage", "model", models.Image)
_UPDATE_IMAGE = Operation("updateImage", "model", models.Image)
_DELETE_IMAGE = Operation("deleteImage", "none")
_IMPORT_IMAGE = Operation("importImage", "none")
_CREATE_SHARING_IMAGE = Operation("createSharingImage", "none")
_LIST_PENDING_IMAGES = Operation("listPendingImages", "list", models.Image)
_LIST_IMAGE_MEMBERS = Operation("listImageMembers", "list", models.ImageMember)
_CREATE_IMAGE_MEMBER = Operation("createImageMember", "model", models.ImageMember)
_SHOW_IMAGE_MEMBER = Operation("showImageMember", "model", models.ImageMember)
_UPDATE_IMAGE_MEMBER = Operation("updateImageMember", "model", models.ImageMember)
_DELETE_IMAGE_MEMBER = Operation("deleteImageMember", "none")


class ImageMembers(Resource):
    """`members`: The other accounts a shared image is offered to, and their answers.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        image_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.ImageMember]:
        """List Image Members.

        Lists the accounts an image is shared with, and the answer of each.

        `GET /v1/images/{image_id}/members` (listImageMembers).
        """
        return self._items(
            *self._pager(_LIST_IMAGE_MEMBERS, (image_id,), {}, page_size, None, timeout)
        )

    def list_pages(
        self,
        image_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.ImageMember]]:
        """List Image Members, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(_LIST_IMAGE_MEMBERS, (image_id,), {}, page_size, None, timeout)
        )

    def create(
        self,
        image_id: str | UUID,
        *,
        member_id: str,
        timeout: float | None = None,
    ) -> models.ImageMember:
        """Create Image Member.

        Shares an image with another account. The new member starts as `pending` until that account
        accepts or rejects it.

        `POST /v1/images/{image_id}/members` (createImageMember).

        Arguments:
            member_id: Account ID of the new member.
        """
        answer = self._run(
            self._operation(
                _CREATE_IMAGE_MEMBER,
                (image_id,),
                {
                    "member_id": member_id,
                },
                timeout,
            )
        )
        return cast("models.ImageMember", answer)

    def get(
        self,
        image_id: str | UUID,
        member_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ImageMember:
        """Show Image Member.

        Shows one member of an image.

        `GET /v1/images/{image_id}/members/{member_id}` (showImageMember).
        """
        answer = self._run(
            self._operation(
                _SHOW_IMAGE_MEMBER,
                (
                    image_id,
                    member_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.ImageMember", answer)

    def update(
        self,
        image_id: str | UUID,
        member_id: str | UUID,
        *,
        status: Literal["pending", "accepted", "rejected"],
        timeout: float | None = None,
    ) -> models.ImageMember:
        """Update Image Member.

        Sets a member's status: the account an image was offered to accepts or rejects it.

        `PUT /v1/images/{image_id}/members/{member_id}` (updateImageMember).

        Arguments:
            status: Where a member stands on the image offered to it.
        """
        answer = self._run(
            self._operation(
                _UPDATE_IMAGE_MEMBER,
                (
                    image_id,
                    member_id,
                ),
                {
                    "status": status,
                },
                timeout,
            )
        )
        return cast("models.ImageMember", answer)

    def delete(
        self,
        image_id: str | UUID,
        member_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Image Member.

        Stops sharing an image with an account.

        `DELETE /v1/images/{image_id}/members/{member_id}` (deleteImageMember).
        """
        self._run(
            self._operation(
                _DELETE_IMAGE_MEMBER,
                (
                    image_id,
                    member_id,
                ),
                {},
                timeout,
            )
        )


class AsyncImageMembers(AsyncResource):
    """`members`: The other accounts a shared image is offered to, and their answers.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        image_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.ImageMember]:
        """List Image Members.

        Lists the accounts an image is shared with, and the answer of each.

        `GET /v1/images/{image_id}/members` (listImageMembers).
        """
        return self._items(
            *self._pager(_LIST_IMAGE_MEMBERS, (image_id,), {}, page_size, None, timeout)
        )

    def list_pages(
        self,
        image_id: str | UUID,
        *,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.ImageMember]]:
        """List Image Members, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(_LIST_IMAGE_MEMBERS, (image_id,), {}, page_size, None, timeout)
        )

    async def create(
        self,
        image_id: str | UUID,
        *,
        member_id: str,
        timeout: float | None = None,
    ) -> models.ImageMember:
        """Create Image Member.

        Shares an image with another account. The new member starts as `pending` until that account
        accepts or rejects it.

        `POST /v1/images/{image_id}/members` (createImageMember).

        Arguments:
            member_id: Account ID of the new member.
        """
        answer = await self._run(
            self._operation(
                _CREATE_IMAGE_MEMBER,
                (image_id,),
                {
                    "member_id": member_id,
                },
                timeout,
            )
        )
        return cast("models.ImageMember", answer)

    async def get(
        self,
        image_id: str | UUID,
        member_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.ImageMember:
        """Show Image Member.

        Shows one member of an image.

        `GET /v1/images/{image_id}/members/{member_id}` (showImageMember).
        """
        answer = await self._run(
            self._operation(
                _SHOW_IMAGE_MEMBER,
                (
                    image_id,
                    member_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.ImageMember", answer)

    async def update(
        self,
        image_id: str | UUID,
        member_id: str | UUID,
        *,
        status: Literal["pending", "accepted", "rejected"],
        timeout: float | None = None,
    ) -> models.ImageMember:
        """Update Image Member.

        Sets a member's status: the account an image was offered to accepts or rejects it.

        `PUT /v1/images/{image_id}/members/{member_id}` (updateImageMember).

        Arguments:
            status: Where a member stands on the image offered to it.
        """
        answer = await self._run(
            self._operation(
                _UPDATE_IMAGE_MEMBER,
                (
                    image_id,
                    member_id,
                ),
                {
                    "status": status,
                },
                timeout,
            )
        )
        return cast("models.ImageMember", answer)

    async def delete(
        self,
        image_id: str | UUID,
        member_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Image Member.

        Stops sharing an image with an account.

        `DELETE /v1/images/{image_id}/members/{member_id}` (deleteImageMember).
        """
        await self._run(
            self._operation(
                _DELETE_IMAGE_MEMBER,
                (
                    image_id,
                    member_id,
                ),
                {},
                timeout,
            )
        )


class Images(Resource):
    """`client.images`: OS images that servers boot from; create, import, share and manage them.

    Every argument is checked against the API version in use before any request. Its `status`
    moves through queued, saving, uploading, importing, pending_delete to active, deactivated;
    killed means it failed.
    """

    @cached_property
    def members(self) -> ImageMembers:
        """The other accounts a shared image is offered to, and their answers."""
        return ImageMembers(self._client)

    def list(
        self,
        *,
        scp_image_type: str | None = None,
        scp_original_image_type: str | None = None,
        name: str | None = None,
        os_distro: str | None = None,
        status: Literal[
            "active",
            "deactivated",
            "queued",
            "saving",
            "uploading",
            "importing",
            "pending_delete",
            "killed",
        ]
        | None = None,
        visibility: Literal["public", "community", "shared", "private"] | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Image]:
        """List Images.

        Lists the images the account can use, one page at a time. Pass the `id` of the last image of
        a page as `marker` to get the next one.

        `GET /v1/images` (listImages).

        Arguments:
            scp_image_type: Only images of this SCP image type.
            scp_original_image_type: Only images whose original SCP image type is this one.
            name: Only images with this name.
            os_distro: Only images of this OS distribution.
            status: Only images in this status.
            visibility: Only images with this visibility.
            sort: Sort order, as `field:asc` or `field:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_IMAGES,
                (),
                {
                    "scp_image_type": scp_image_type,
                    "scp_original_image_type": scp_original_image_type,
                    "name": name,
                    "os_distro": os_distro,
                    "status": status,
                    "visibility": visibility,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        scp_image_type: str | None = None,
        scp_original_image_type: str | None = None,
        name: str | None = None,
        os_distro: str | None = None,
        status: Literal[
            "active",
            "deactivated",
            "queued",
            "saving",
            "uploading",
            "importing",
            "pending_delete",
            "killed",
        ]
        | None = None,
        visibility: Literal["public", "community", "shared", "private"] | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.Image]]:
        """List Images, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_IMAGES,
                (),
                {
                    "scp_image_type": scp_image_type,
                    "scp_original_image_type": scp_original_image_type,
                    "name": name,
                    "os_distro": os_distro,
                    "status": status,
                    "visibility": visibility,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def create(
        self,
        *,
        name: str,
        os_distro: Literal[
            "alma", "centos", "rhel", "rocky", "ubuntu", "windows", "oracle", "sles"
        ],
        url: str,
        container_format: str | None = None,
        disk_format: str | None = None,
        min_disk: int | None = None,
        min_ram: int | None = None,
        protected: bool | None = None,
        visibility: str | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        timeout: float | None = None,
    ) -> models.Image:
        """Create Image.

        Registers a new image from a qcow2 file kept in Object Storage (`url`).

        `POST /v1/images` (createImage).

        Arguments:
            name: Name of the image (letters, digits, space, `-` and `_`).
            os_distro: The OS distribution of an image.
            url: Object Storage URL of the image file (qcow2 only).
            container_format: Container format; only `bare`.
            disk_format: Disk format; only `qcow2`.
            min_disk: Smallest disk (GB) a server needs to boot this image.
            min_ram: Smallest memory a server needs to boot this image.
            protected: Whether the image is protected from deletion.
            visibility: `private` (this account only) or `shared` (may be shared with others).
            tags: Tags to put on the image.
        """
        answer = self._run(
            self._operation(
                _CREATE_IMAGE,
                (),
                {
                    "name": name,
                    "os_distro": os_distro,
                    "url": url,
                    "container_format": container_format,
                    "disk_format": disk_format,
                    "min_disk": min_disk,
                    "min_ram": min_ram,
                    "protected": protected,
                    "visibility": visibility,
                    "tags": tags,
                },
                timeout,
            )
        )
        return cast("models.Image", answer)

    def get(
        self,
        image_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.Image:
        """Show Image.

        Shows one image.

        `GET /v1/images/{image_id}` (showImage).
        """
        answer = self._run(self._operation(_SHOW_IMAGE, (image_id,), {}, timeout))
        return cast("models.Image", answer)

    def update(
        self,
        image_id: str | UUID,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        protected: bool | None = None,
        visibility: str | None = None,
        timeout: float | None = None,
    ) -> models.Image:
        """Update Image.

        Changes an image's settings (minimum disk and RAM, deletion protection, visibility); the
        fields left out stay as they are.

        `PUT /v1/images/{image_id}` (updateImage).

        Arguments:
            min_disk: Smallest disk (GB) a server needs to boot this image.
            min_ram: Smallest memory a server needs to boot this image.
            protected: Whether the image is protected from deletion.
            visibility: `private` or `shared`.
        """
        answer = self._run(
            self._operation(
                _UPDATE_IMAGE,
                (image_id,),
                {
                    "min_disk": min_disk,
                    "min_ram": min_ram,
                    "protected": protected,
                    "visibility": visibility,
                },
                timeout,
            )
        )
        return cast("models.Image", answer)

    def delete(
        self,
        image_id: str | UUID,
        *,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Image.

        Deletes an image. 409 means its state forbids this now (for example, it is protected).

        `DELETE /v1/images/{image_id}` (deleteImage).
        """
        self._run(
            self._deleting(
                _DELETE_IMAGE,
                _SHOW_IMAGE,
                _IMAGES_LIFECYCLE,
                (image_id,),
                {},
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    def import_image(
        self,
        image_id: str | UUID,
        *,
        url: str,
        timeout: float | None = None,
    ) -> None:
        """Import Image.

        Starts loading an image's data from a qcow2 file kept in Object Storage. The answer comes at
        once, without a body; the import goes on in the background.

        `POST /v1/images/{image_id}/import` (importImage).

        Arguments:
            url: Object Storage URL of a qcow2 file.
        """
        self._run(
            self._operation(
                _IMPORT_IMAGE,
                (image_id,),
                {
                    "url": url,
                },
                timeout,
            )
        )

    def share(
        self,
        image_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Create Sharing Image.

        Starts preparing an image for sharing with other accounts (see the image-members
        operations). The answer comes at once, without a body.

        `POST /v1/images/{image_id}/share` (createSharingImage).
        """
        self._run(self._operation(_CREATE_SHARING_IMAGE, (image_id,), {}, timeout))

    def list_pending(
        self,
        *,
        scp_image_type: str | None = None,
        scp_original_image_type: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Image]:
        """List Pending Images.

        Lists the images other accounts have offered to this one and that it has not yet accepted or
        rejected.

        `GET /v1/pending-images` (listPendingImages).

        Arguments:
            scp_image_type: Only images of this SCP image type.
            scp_original_image_type: Only images whose original SCP image type is this one.
        """
        return self._items(
            *self._pager(
                _LIST_PENDING_IMAGES,
                (),
                {
                    "scp_image_type": scp_image_type,
                    "scp_original_image_type": scp_original_image_type,
                },
                page_size,
                None,
                timeout,
            )
        )

    def list_pending_pages(
        self,
        *,
        scp_image_type: str | None = None,
        scp_original_image_type: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.Image]]:
        """List Pending Images, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_PENDING_IMAGES,
                (),
                {
                    "scp_image_type": scp_image_type,
                    "scp_original_image_type": scp_original_image_type,
                },
                page_size,
                None,
                timeout,
            )
        )

    def wait_for_state(
        self,
        image_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.Image:
        """Polls until it is in `state` (active, deactivated, queued, saving, uploading, importing, pending_delete, killed).

        Fails fast with ServerStateError in a failure state (killed)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = self._run(
            self._waiting(
                _SHOW_IMAGE, _IMAGES_LIFECYCLE, (image_id,), state, timeout, interval, on_poll
            )
        )
        return cast("models.Image", answer)

    def wait_until_deleted(
        self,
        image_id: str | UUID,
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
                _SHOW_IMAGE,
                _IMAGES_LIFECYCLE,
                (image_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )


class AsyncImages(AsyncResource):
    """`client.images`: OS images that servers boot from; create, import, share and manage them.

    Every argument is checked against the API version in use before any request. Its `status`
    moves through queued, saving, uploading, importing, pending_delete to active, deactivated;
    killed means it failed.
    """

    @cached_property
    def members(self) -> AsyncImageMembers:
        """The other accounts a shared image is offered to, and their answers."""
        return AsyncImageMembers(self._client)

    def list(
        self,
        *,
        scp_image_type: str | None = None,
        scp_original_image_type: str | None = None,
        name: str | None = None,
        os_distro: str | None = None,
        status: Literal[
            "active",
            "deactivated",
            "queued",
            "saving",
            "uploading",
            "importing",
            "pending_delete",
            "killed",
        ]
        | None = None,
        visibility: Literal["public", "community", "shared", "private"] | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.Image]:
        """List Images.

        Lists the images the account can use, one page at a time. Pass the `id` of the last image of
        a page as `marker` to get the next one.

        `GET /v1/images` (listImages).

        Arguments:
            scp_image_type: Only images of this SCP image type.
            scp_original_image_type: Only images whose original SCP image type is this one.
            name: Only images with this name.
            os_distro: Only images of this OS distribution.
            status: Only images in this status.
            visibility: Only images with this visibility.
            sort: Sort order, as `field:asc` or `field:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_IMAGES,
                (),
                {
                    "scp_image_type": scp_image_type,
                    "scp_original_image_type": scp_original_image_type,
                    "name": name,
                    "os_distro": os_distro,
                    "status": status,
                    "visibility": visibility,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        scp_image_type: str | None = None,
        scp_original_image_type: str | None = None,
        name: str | None = None,
        os_distro: str | None = None,
        status: Literal[
            "active",
            "deactivated",
            "queued",
            "saving",
            "uploading",
            "importing",
            "pending_delete",
            "killed",
        ]
        | None = None,
        visibility: Literal["public", "community", "shared", "private"] | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.Image]]:
        """List Images, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_IMAGES,
                (),
                {
                    "scp_image_type": scp_image_type,
                    "scp_original_image_type": scp_original_image_type,
                    "name": name,
                    "os_distro": os_distro,
                    "status": status,
                    "visibility": visibility,
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    async def create(
        self,
        *,
        name: str,
        os_distro: Literal[
            "alma", "centos", "rhel", "rocky", "ubuntu", "windows", "oracle", "sles"
        ],
        url: str,
        container_format: str | None = None,
        disk_format: str | None = None,
        min_disk: int | None = None,
        min_ram: int | None = None,
        protected: bool | None = None,
        visibility: str | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        timeout: float | None = None,
    ) -> models.Image:
        """Create Image.

        Registers a new image from a qcow2 file kept in Object Storage (`url`).

        `POST /v1/images` (createImage).

        Arguments:
            name: Name of the image (letters, digits, space, `-` and `_`).
            os_distro: The OS distribution of an image.
            url: Object Storage URL of the image file (qcow2 only).
            container_format: Container format; only `bare`.
            disk_format: Disk format; only `qcow2`.
            min_disk: Smallest disk (GB) a server needs to boot this image.
            min_ram: Smallest memory a server needs to boot this image.
            protected: Whether the image is protected from deletion.
            visibility: `private` (this account only) or `shared` (may be shared with others).
            tags: Tags to put on the image.
        """
        answer = await self._run(
            self._operation(
                _CREATE_IMAGE,
                (),
                {
                    "name": name,
                    "os_distro": os_distro,
                    "url": url,
                    "container_format": container_format,
                    "disk_format": disk_format,
                    "min_disk": min_disk,
                    "min_ram": min_ram,
                    "protected": protected,
                    "visibility": visibility,
                    "tags": tags,
                },
                timeout,
            )
        )
        return cast("models.Image", answer)

    async def get(
        self,
        image_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.Image:
        """Show Image.

        Shows one image.

        `GET /v1/images/{image_id}` (showImage).
        """
        answer = await self._run(self._operation(_SHOW_IMAGE, (image_id,), {}, timeout))
        return cast("models.Image", answer)

    async def update(
        self,
        image_id: str | UUID,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        protected: bool | None = None,
        visibility: str | None = None,
        timeout: float | None = None,
    ) -> models.Image:
        """Update Image.

        Changes an image's settings (minimum disk and RAM, deletion protection, visibility); the
        fields left out stay as they are.

        `PUT /v1/images/{image_id}` (updateImage).

        Arguments:
            min_disk: Smallest disk (GB) a server needs to boot this image.
            min_ram: Smallest memory a server needs to boot this image.
            protected: Whether the image is protected from deletion.
            visibility: `private` or `shared`.
        """
        answer = await self._run(
            self._operation(
                _UPDATE_IMAGE,
                (image_id,),
                {
                    "min_disk": min_disk,
                    "min_ram": min_ram,
                    "protected": protected,
                    "visibility": visibility,
                },
                timeout,
            )
        )
        return cast("models.Image", answer)

    async def delete(
        self,
        image_id: str | UUID,
        *,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Image.

        Deletes an image. 409 means its state forbids this now (for example, it is protected).

        `DELETE /v1/images/{image_id}` (deleteImage).
        """
        await self._run(
            self._deleting(
                _DELETE_IMAGE,
                _SHOW_IMAGE,
                _IMAGES_LIFECYCLE,
                (image_id,),
                {},
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    async def import_image(
        self,
        image_id: str | UUID,
        *,
        url: str,
        timeout: float | None = None,
    ) -> None:
        """Import Image.

        Starts loading an image's data from a qcow2 file kept in Object Storage. The answer comes at
        once, without a body; the import goes on in the background.

        `POST /v1/images/{image_id}/import` (importImage).

        Arguments:
            url: Object Storage URL of a qcow2 file.
        """
        await self._run(
            self._operation(
                _IMPORT_IMAGE,
                (image_id,),
                {
                    "url": url,
                },
                timeout,
            )
        )

    async def share(
        self,
        image_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Create Sharing Image.

        Starts preparing an image for sharing with other accounts (see the image-members
        operations). The answer comes at once, without a body.

        `POST /v1/images/{image_id}/share` (createSharingImage).
        """
        await self._run(self._operation(_CREATE_SHARING_IMAGE, (image_id,), {}, timeout))

    def list_pending(
        self,
        *,
        scp_image_type: str | None = None,
        scp_original_image_type: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.Image]:
        """List Pending Images.

        Lists the images other accounts have offered to this one and that it has not yet accepted or
        rejected.

        `GET /v1/pending-images` (listPendingImages).

        Arguments:
            scp_image_type: Only images of this SCP image type.
            scp_original_image_type: Only images whose original SCP image type is this one.
        """
        return self._items(
            *self._pager(
                _LIST_PENDING_IMAGES,
                (),
                {
                    "scp_image_type": scp_image_type,
                    "scp_original_image_type": scp_original_image_type,
                },
                page_size,
                None,
                timeout,
            )
        )

    def list_pending_pages(
        self,
        *,
        scp_image_type: str | None = None,
        scp_original_image_type: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.Image]]:
        """List Pending Images, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_PENDING_IMAGES,
                (),
                {
                    "scp_image_type": scp_image_type,
                    "scp_original_image_type": scp_original_image_type,
                },
                page_size,
                None,
                timeout,
            )
        )

    async def wait_for_state(
        self,
        image_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.Image:
        """Polls until it is in `state` (active, deactivated, queued, saving, uploading, importing, pending_delete, killed).

        Fails fast with ServerStateError in a failure state (killed)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = await self._run(
            self._waiting(
                _SHOW_IMAGE, _IMAGES_LIFECYCLE, (image_id,), state, timeout, interval, on_poll
            )
        )
        return cast("models.Image", answer)

    async def wait_until_deleted(
        self,
        image_id: str | UUID,
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
                _SHOW_IMAGE,
                _IMAGES_LIFECYCLE,
                (image_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )
