"""`client.images` and what hangs under it, sync and async.

Generated from spec/virtualserver by `python -m generator`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from .._resource import (
    AsyncResource,
    Lifecycle,
    Operation,
    Page,
    PollProgress,
    Resource,
)
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


def _load_list_images(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.images import list_images as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.images import list_images as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.images import list_images as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.images import list_images as v1_3

        return v1_3
    raise LookupError(f"listImages is not in API version {version}")


_LIST_IMAGES = Operation(
    "listImages",
    "GET",
    "/v1/images",
    (),
    ok=(200,),
    load=_load_list_images,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={
        "limit": "limit",
        "marker": "marker",
        "scp_image_type": "scp_image_type",
        "scp_original_image_type": "scp_original_image_type",
        "name": "name",
        "os_distro": "os_distro",
        "status": "status",
        "visibility": "visibility",
        "sort": "sort",
    },
    body={},
    generated_query={
        "1.0": {
            "limit": "limit",
            "marker": "marker",
            "scp_image_type": "scp_image_type",
            "scp_original_image_type": "scp_original_image_type",
            "name": "name",
            "os_distro": "os_distro",
            "status": "status",
            "visibility": "visibility",
            "sort": "sort",
        },
        "1.1": {
            "limit": "limit",
            "marker": "marker",
            "scp_image_type": "scp_image_type",
            "scp_original_image_type": "scp_original_image_type",
            "name": "name",
            "os_distro": "os_distro",
            "status": "status",
            "visibility": "visibility",
            "sort": "sort",
        },
        "1.2": {
            "limit": "limit",
            "marker": "marker",
            "scp_image_type": "scp_image_type",
            "scp_original_image_type": "scp_original_image_type",
            "name": "name",
            "os_distro": "os_distro",
            "status": "status",
            "visibility": "visibility",
            "sort": "sort",
        },
        "1.3": {
            "limit": "limit",
            "marker": "marker",
            "scp_image_type": "scp_image_type",
            "scp_original_image_type": "scp_original_image_type",
            "name": "name",
            "os_distro": "os_distro",
            "status": "status",
            "visibility": "visibility",
            "sort": "sort",
        },
    },
    result="list",
    model=models.Image,
    items="images",
    paging="marker",
)


def _load_create_image(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.images import create_image as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.images import create_image as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.images import create_image as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.images import create_image as v1_3

        return v1_3
    raise LookupError(f"createImage is not in API version {version}")


_CREATE_IMAGE = Operation(
    "createImage",
    "POST",
    "/v1/images",
    (),
    ok=(200,),
    load=_load_create_image,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={
        "name": "name",
        "os_distro": "os_distro",
        "url": "url",
        "container_format": "container_format",
        "disk_format": "disk_format",
        "min_disk": "min_disk",
        "min_ram": "min_ram",
        "protected": "protected",
        "visibility": "visibility",
        "tags": "tags",
    },
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.Image,
)


def _load_show_image(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.images import show_image as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.images import show_image as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.images import show_image as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.images import show_image as v1_3

        return v1_3
    raise LookupError(f"showImage is not in API version {version}")


_SHOW_IMAGE = Operation(
    "showImage",
    "GET",
    "/v1/images/{image_id}",
    ("image_id",),
    ok=(200,),
    load=_load_show_image,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.Image,
)


def _load_update_image(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.images import update_image as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.images import update_image as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.images import update_image as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.images import update_image as v1_3

        return v1_3
    raise LookupError(f"updateImage is not in API version {version}")


_UPDATE_IMAGE = Operation(
    "updateImage",
    "PUT",
    "/v1/images/{image_id}",
    ("image_id",),
    ok=(200,),
    load=_load_update_image,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={
        "min_disk": "min_disk",
        "min_ram": "min_ram",
        "protected": "protected",
        "visibility": "visibility",
    },
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.Image,
)


def _load_delete_image(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.images import delete_image as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.images import delete_image as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.images import delete_image as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.images import delete_image as v1_3

        return v1_3
    raise LookupError(f"deleteImage is not in API version {version}")


_DELETE_IMAGE = Operation(
    "deleteImage",
    "DELETE",
    "/v1/images/{image_id}",
    ("image_id",),
    ok=(204,),
    load=_load_delete_image,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="none",
)


def _load_import_image(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.images import import_image as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.images import import_image as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.images import import_image as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.images import import_image as v1_3

        return v1_3
    raise LookupError(f"importImage is not in API version {version}")


_IMPORT_IMAGE = Operation(
    "importImage",
    "POST",
    "/v1/images/{image_id}/import",
    ("image_id",),
    ok=(202,),
    load=_load_import_image,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={"url": "url"},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="none",
)


def _load_create_sharing_image(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.images import create_sharing_image as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.images import create_sharing_image as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.images import create_sharing_image as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.images import create_sharing_image as v1_3

        return v1_3
    raise LookupError(f"createSharingImage is not in API version {version}")


_CREATE_SHARING_IMAGE = Operation(
    "createSharingImage",
    "POST",
    "/v1/images/{image_id}/share",
    ("image_id",),
    ok=(202,),
    load=_load_create_sharing_image,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="none",
)


def _load_list_pending_images(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.images import list_pending_images as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.images import list_pending_images as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.images import list_pending_images as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.images import list_pending_images as v1_3

        return v1_3
    raise LookupError(f"listPendingImages is not in API version {version}")


_LIST_PENDING_IMAGES = Operation(
    "listPendingImages",
    "GET",
    "/v1/pending-images",
    (),
    ok=(200,),
    load=_load_list_pending_images,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={
        "scp_image_type": "scp_image_type",
        "scp_original_image_type": "scp_original_image_type",
    },
    body={},
    generated_query={
        "1.0": {
            "scp_image_type": "scp_image_type",
            "scp_original_image_type": "scp_original_image_type",
        },
        "1.1": {
            "scp_image_type": "scp_image_type",
            "scp_original_image_type": "scp_original_image_type",
        },
        "1.2": {
            "scp_image_type": "scp_image_type",
            "scp_original_image_type": "scp_original_image_type",
        },
        "1.3": {
            "scp_image_type": "scp_image_type",
            "scp_original_image_type": "scp_original_image_type",
        },
    },
    result="list",
    model=models.Image,
    items="images",
)


def _load_list_image_members(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.image_members import list_image_members as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.image_members import list_image_members as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.image_members import list_image_members as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.image_members import list_image_members as v1_3

        return v1_3
    raise LookupError(f"listImageMembers is not in API version {version}")


_LIST_IMAGE_MEMBERS = Operation(
    "listImageMembers",
    "GET",
    "/v1/images/{image_id}/members",
    ("image_id",),
    ok=(200,),
    load=_load_list_image_members,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="list",
    model=models.ImageMember,
    items="members",
)


def _load_create_image_member(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.image_members import create_image_member as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.image_members import create_image_member as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.image_members import create_image_member as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.image_members import create_image_member as v1_3

        return v1_3
    raise LookupError(f"createImageMember is not in API version {version}")


_CREATE_IMAGE_MEMBER = Operation(
    "createImageMember",
    "POST",
    "/v1/images/{image_id}/members",
    ("image_id",),
    ok=(200,),
    load=_load_create_image_member,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={"member_id": "member_id"},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.ImageMember,
)


def _load_show_image_member(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.image_members import show_image_member as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.image_members import show_image_member as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.image_members import show_image_member as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.image_members import show_image_member as v1_3

        return v1_3
    raise LookupError(f"showImageMember is not in API version {version}")


_SHOW_IMAGE_MEMBER = Operation(
    "showImageMember",
    "GET",
    "/v1/images/{image_id}/members/{member_id}",
    ("image_id", "member_id"),
    ok=(200,),
    load=_load_show_image_member,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.ImageMember,
)


def _load_update_image_member(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.image_members import update_image_member as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.image_members import update_image_member as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.image_members import update_image_member as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.image_members import update_image_member as v1_3

        return v1_3
    raise LookupError(f"updateImageMember is not in API version {version}")


_UPDATE_IMAGE_MEMBER = Operation(
    "updateImageMember",
    "PUT",
    "/v1/images/{image_id}/members/{member_id}",
    ("image_id", "member_id"),
    ok=(200,),
    load=_load_update_image_member,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={"status": "status"},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="model",
    model=models.ImageMember,
)


def _load_delete_image_member(version: str) -> ModuleType:
    if version == "1.0":
        from ..v1_0.api.image_members import delete_image_member as v1_0

        return v1_0
    if version == "1.1":
        from ..v1_1.api.image_members import delete_image_member as v1_1

        return v1_1
    if version == "1.2":
        from ..v1_2.api.image_members import delete_image_member as v1_2

        return v1_2
    if version == "1.3":
        from ..v1_3.api.image_members import delete_image_member as v1_3

        return v1_3
    raise LookupError(f"deleteImageMember is not in API version {version}")


_DELETE_IMAGE_MEMBER = Operation(
    "deleteImageMember",
    "DELETE",
    "/v1/images/{image_id}/members/{member_id}",
    ("image_id", "member_id"),
    ok=(204,),
    load=_load_delete_image_member,
    versions=("1.0", "1.1", "1.2", "1.3"),
    query={},
    body={},
    generated_query={"1.0": {}, "1.1": {}, "1.2": {}, "1.3": {}},
    result="none",
)


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
        status: str,
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
        status: str,
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
        status: str | None = None,
        visibility: str | None = None,
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
        status: str | None = None,
        visibility: str | None = None,
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
        os_distro: str,
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
        status: str | None = None,
        visibility: str | None = None,
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
        status: str | None = None,
        visibility: str | None = None,
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
        os_distro: str,
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
