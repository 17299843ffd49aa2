"""`client.auto_scaling_groups` and what hangs under it, sync and async.

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
    "AutoScalingGroups",
    "AsyncAutoScalingGroups",
    "AutoScalingGroupLbServerGroups",
    "AsyncAutoScalingGroupLbServerGroups",
    "AutoScalingGroupNotifications",
    "AsyncAutoScalingGroupNotifications",
    "AutoScalingGroupPolicies",
    "AsyncAutoScalingGroupPolicies",
    "AutoScalingGroupSchedules",
    "AsyncAutoScalingGroupSchedules",
    "AutoScalingGroupVirtualServers",
    "AsyncAutoScalingGroupVirtualServers",
]

_AUTO_SCALING_GROUPS_LIFECYCLE = Lifecycle(
    "state",
    ("IN_SERVICE",),
    ("CREATING", "UPDATING", "SCALING_OUT", "SCALING_IN", "DELETING"),
    ("ERROR",),
)
_LIST_AUTO_SCALING_GROUPS = Operation("listAutoScalingGroups", "list", models.AutoScalingGroup)
_CREATE_AUTO_SCALING_GROUP = Operation("createAutoScalingGroup", "model", models.AutoScalingGroup)
_SHOW_AUTO_SCALING_GROUP = Operation("showAutoScalingGroup", "model", models.AutoScalingGroup)
_UPDATE_AUTO_SCALING_GROUP = Operation("updateAutoScalingGroup", "model", models.AutoScalingGroup)
_DELETE_AUTO_SCALING_GROUP = Operation("deleteAutoScalingGroup", "none")
_UPDATE_AUTO_SCALING_GROUP_SERVER_COUNT = Operation(
    "updateAutoScalingGroupServerCount", "model", models.AutoScalingGroup
)
_LIST_AUTO_SCALING_GROUP_LB_SERVER_GROUPS = Operation(
    "listAutoScalingGroupLbServerGroups", "list", models.AutoScalingGroupLbServerGroup
)
_UPDATE_AUTO_SCALING_GROUP_LB_SERVER_GROUPS = Operation(
    "updateAutoScalingGroupLbServerGroups", "none"
)
_LIST_AUTO_SCALING_GROUP_NOTIFICATIONS = Operation(
    "listAutoScalingGroupNotifications", "list", models.AutoScalingGroupNotification
)
_CREATE_AUTO_SCALING_GROUP_NOTIFICATION = Operation(
    "createAutoScalingGroupNotification", "model", models.AutoScalingGroupNotificationListResponse
)
_SHOW_AUTO_SCALING_GROUP_NOTIFICATION = Operation(
    "showAutoScalingGroupNotification", "model", models.AutoScalingGroupNotification
)
_UPDATE_AUTO_SCALING_GROUP_NOTIFICATION = Operation(
    "updateAutoScalingGroupNotification", "model", models.AutoScalingGroupNotification
)
_DELETE_AUTO_SCALING_GROUP_NOTIFICATION = Operation("deleteAutoScalingGroupNotification", "none")
_LIST_AUTO_SCALING_GROUP_POLICIES = Operation(
    "listAutoScalingGroupPolicies", "list", models.AutoScalingGroupPolicy
)
_CREATE_AUTO_SCALING_GROUP_POLICY = Operation(
    "createAutoScalingGroupPolicy", "model", models.AutoScalingGroupPolicy
)
_SHOW_AUTO_SCALING_GROUP_POLICY = Operation(
    "showAutoScalingGroupPolicy", "model", models.AutoScalingGroupPolicy
)
_UPDATE_AUTO_SCALING_GROUP_POLICY = Operation(
    "updateAutoScalingGroupPolicy", "model", models.AutoScalingGroupPolicy
)
_DELETE_AUTO_SCALING_GROUP_POLICY = Operation("deleteAutoScalingGroupPolicy", "none")
_LIST_AUTO_SCALING_GROUP_SCHEDULES = Operation(
    "listAutoScalingGroupSchedules", "list", models.AutoScalingGroupSchedule
)
_CREATE_AUTO_SCALING_GROUP_SCHEDULE = Operation(
    "createAutoScalingGroupSchedule", "model", models.AutoScalingGroupSchedule
)
_SHOW_AUTO_SCALING_GROUP_SCHEDULE = Operation(
    "showAutoScalingGroupSchedule", "model", models.AutoScalingGroupSchedule
)
_UPDATE_AUTO_SCALING_GROUP_SCHEDULE = Operation(
    "updateAutoScalingGroupSchedule", "model", models.AutoScalingGroupSchedule
)
_DELETE_AUTO_SCALING_GROUP_SCHEDULE = Operation("deleteAutoScalingGroupSchedule", "none")
_LIST_AUTO_SCALING_GROUP_VIRTUAL_SERVERS = Operation(
    "listAutoScalingGroupVirtualServers", "list", models.AutoScalingGroupVirtualServer
)


class AutoScalingGroupVirtualServers(Resource):
    """`virtual_servers`: The servers an Auto-Scaling Group runs.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.AutoScalingGroupVirtualServer]:
        """List Auto-Scaling Group Virtual Servers.

        Lists the servers the Auto-Scaling Group runs, one page at a time. Pass the `id` of the last
        server of a page as `marker` to get the next one.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers` (listAutoScalingGroupVirtualServers).

        Arguments:
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_VIRTUAL_SERVERS,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.AutoScalingGroupVirtualServer]]:
        """List Auto-Scaling Group Virtual Servers, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_VIRTUAL_SERVERS,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )


class AsyncAutoScalingGroupVirtualServers(AsyncResource):
    """`virtual_servers`: The servers an Auto-Scaling Group runs.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.AutoScalingGroupVirtualServer]:
        """List Auto-Scaling Group Virtual Servers.

        Lists the servers the Auto-Scaling Group runs, one page at a time. Pass the `id` of the last
        server of a page as `marker` to get the next one.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers` (listAutoScalingGroupVirtualServers).

        Arguments:
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_VIRTUAL_SERVERS,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.AutoScalingGroupVirtualServer]]:
        """List Auto-Scaling Group Virtual Servers, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_VIRTUAL_SERVERS,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                },
                page_size,
                marker,
                timeout,
            )
        )


class AutoScalingGroupSchedules(Resource):
    """`schedules`: Schedules that change an Auto-Scaling Group's server counts at set times.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        frequency: Literal["ONCE", "DAILY", "WEEKLY", "MONTHLY"] | None = None,
        page_size: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.AutoScalingGroupSchedule]:
        """List Auto-Scaling Group Schedules.

        Lists the schedules of the Auto-Scaling Group, page by page (`page` counts from 0, `size`
        entries each), optionally only those of one frequency.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules` (listAutoScalingGroupSchedules).

        Arguments:
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
            frequency: Only schedules that repeat this often.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_SCHEDULES,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                    "frequency": frequency,
                },
                page_size,
                page,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        frequency: Literal["ONCE", "DAILY", "WEEKLY", "MONTHLY"] | None = None,
        page_size: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.AutoScalingGroupSchedule]]:
        """List Auto-Scaling Group Schedules, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_SCHEDULES,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                    "frequency": frequency,
                },
                page_size,
                page,
                timeout,
            )
        )

    def create(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        frequency: Literal["ONCE", "DAILY", "WEEKLY", "MONTHLY"],
        hour: int,
        minute: int,
        name: str,
        start_date: str,
        timezone: str,
        day_of_month: str | None = None,
        day_of_week: str | None = None,
        description: str | None = None,
        desired_server_count: int | None = None,
        end_date: str | None = None,
        max_server_count: int | None = None,
        min_server_count: int | None = None,
        state: Literal["ACTIVE", "INACTIVE", "DELETED"] | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupSchedule:
        """Create Auto-Scaling Group Schedule.

        Adds a schedule that sets the group's server counts at a time of day, once or repeating
        daily, weekly or monthly, from a start date until an optional end date.

        `POST /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules` (createAutoScalingGroupSchedule).

        Arguments:
            day_of_month: For a monthly schedule, the day(s) of the month it runs on.
            day_of_week: For a weekly schedule, the day(s) of the week it runs on.
            description: A free text about the schedule.
            desired_server_count: The desired server count to set when the schedule runs.
            end_date: Last day the schedule runs; none for no end.
            frequency: How often a schedule runs.
            hour: Hour of the day it runs, 0 to 23.
            max_server_count: The maximum server count to set when the schedule runs.
            min_server_count: The minimum server count to set when the schedule runs.
            minute: Minute of the hour it runs.
            name: Schedule name (letters, digits, `-` and `_`).
            start_date: First day the schedule runs.
            state: Whether a schedule is on, off or deleted.
            timezone: Time zone of `hour` and `minute` (such as `Asia/Seoul`).
        """
        answer = self._run(
            self._operation(
                _CREATE_AUTO_SCALING_GROUP_SCHEDULE,
                (auto_scaling_group_id,),
                {
                    "day_of_month": day_of_month,
                    "day_of_week": day_of_week,
                    "description": description,
                    "desired_server_count": desired_server_count,
                    "end_date": end_date,
                    "frequency": frequency,
                    "hour": hour,
                    "max_server_count": max_server_count,
                    "min_server_count": min_server_count,
                    "minute": minute,
                    "name": name,
                    "start_date": start_date,
                    "state": state,
                    "timezone": timezone,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupSchedule", answer)

    def get(
        self,
        auto_scaling_group_id: str | UUID,
        schedule_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupSchedule:
        """Show Auto-Scaling Group Schedule.

        Shows one schedule of the Auto-Scaling Group.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}` (showAutoScalingGroupSchedule).
        """
        answer = self._run(
            self._operation(
                _SHOW_AUTO_SCALING_GROUP_SCHEDULE,
                (
                    auto_scaling_group_id,
                    schedule_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.AutoScalingGroupSchedule", answer)

    def update(
        self,
        auto_scaling_group_id: str | UUID,
        schedule_id: str | UUID,
        *,
        day_of_month: str | None = None,
        day_of_week: str | None = None,
        description: str | None = None,
        desired_server_count: int | None = None,
        end_date: str | None = None,
        frequency: Literal["ONCE", "DAILY", "WEEKLY", "MONTHLY"] | None = None,
        hour: int | None = None,
        max_server_count: int | None = None,
        min_server_count: int | None = None,
        minute: int | None = None,
        name: str | None = None,
        start_date: str | None = None,
        state: Literal["ACTIVE", "INACTIVE", "DELETED"] | None = None,
        timezone: str | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupSchedule:
        """Update Auto-Scaling Group Schedule.

        Changes a schedule. Fields left out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}` (updateAutoScalingGroupSchedule).

        Arguments:
            day_of_month: For a monthly schedule, the day(s) of the month it runs on.
            day_of_week: For a weekly schedule, the day(s) of the week it runs on.
            description: A free text about the schedule.
            desired_server_count: The desired server count to set when the schedule runs.
            end_date: Last day the schedule runs.
            frequency: How often a schedule runs.
            hour: Hour of the day it runs, 0 to 23.
            max_server_count: The maximum server count to set when the schedule runs.
            min_server_count: The minimum server count to set when the schedule runs.
            minute: Minute of the hour it runs.
            name: Schedule name (letters, digits, `-` and `_`).
            start_date: First day the schedule runs.
            state: Whether a schedule is on, off or deleted.
            timezone: Time zone of `hour` and `minute` (such as `Asia/Seoul`).
        """
        answer = self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_SCHEDULE,
                (
                    auto_scaling_group_id,
                    schedule_id,
                ),
                {
                    "day_of_month": day_of_month,
                    "day_of_week": day_of_week,
                    "description": description,
                    "desired_server_count": desired_server_count,
                    "end_date": end_date,
                    "frequency": frequency,
                    "hour": hour,
                    "max_server_count": max_server_count,
                    "min_server_count": min_server_count,
                    "minute": minute,
                    "name": name,
                    "start_date": start_date,
                    "state": state,
                    "timezone": timezone,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupSchedule", answer)

    def delete(
        self,
        auto_scaling_group_id: str | UUID,
        schedule_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Auto-Scaling Group Schedule.

        Removes a schedule from the Auto-Scaling Group.

        `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}` (deleteAutoScalingGroupSchedule).
        """
        self._run(
            self._operation(
                _DELETE_AUTO_SCALING_GROUP_SCHEDULE,
                (
                    auto_scaling_group_id,
                    schedule_id,
                ),
                {},
                timeout,
            )
        )


class AsyncAutoScalingGroupSchedules(AsyncResource):
    """`schedules`: Schedules that change an Auto-Scaling Group's server counts at set times.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        frequency: Literal["ONCE", "DAILY", "WEEKLY", "MONTHLY"] | None = None,
        page_size: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.AutoScalingGroupSchedule]:
        """List Auto-Scaling Group Schedules.

        Lists the schedules of the Auto-Scaling Group, page by page (`page` counts from 0, `size`
        entries each), optionally only those of one frequency.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules` (listAutoScalingGroupSchedules).

        Arguments:
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
            frequency: Only schedules that repeat this often.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_SCHEDULES,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                    "frequency": frequency,
                },
                page_size,
                page,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        frequency: Literal["ONCE", "DAILY", "WEEKLY", "MONTHLY"] | None = None,
        page_size: int | None = None,
        page: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.AutoScalingGroupSchedule]]:
        """List Auto-Scaling Group Schedules, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_SCHEDULES,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                    "frequency": frequency,
                },
                page_size,
                page,
                timeout,
            )
        )

    async def create(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        frequency: Literal["ONCE", "DAILY", "WEEKLY", "MONTHLY"],
        hour: int,
        minute: int,
        name: str,
        start_date: str,
        timezone: str,
        day_of_month: str | None = None,
        day_of_week: str | None = None,
        description: str | None = None,
        desired_server_count: int | None = None,
        end_date: str | None = None,
        max_server_count: int | None = None,
        min_server_count: int | None = None,
        state: Literal["ACTIVE", "INACTIVE", "DELETED"] | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupSchedule:
        """Create Auto-Scaling Group Schedule.

        Adds a schedule that sets the group's server counts at a time of day, once or repeating
        daily, weekly or monthly, from a start date until an optional end date.

        `POST /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules` (createAutoScalingGroupSchedule).

        Arguments:
            day_of_month: For a monthly schedule, the day(s) of the month it runs on.
            day_of_week: For a weekly schedule, the day(s) of the week it runs on.
            description: A free text about the schedule.
            desired_server_count: The desired server count to set when the schedule runs.
            end_date: Last day the schedule runs; none for no end.
            frequency: How often a schedule runs.
            hour: Hour of the day it runs, 0 to 23.
            max_server_count: The maximum server count to set when the schedule runs.
            min_server_count: The minimum server count to set when the schedule runs.
            minute: Minute of the hour it runs.
            name: Schedule name (letters, digits, `-` and `_`).
            start_date: First day the schedule runs.
            state: Whether a schedule is on, off or deleted.
            timezone: Time zone of `hour` and `minute` (such as `Asia/Seoul`).
        """
        answer = await self._run(
            self._operation(
                _CREATE_AUTO_SCALING_GROUP_SCHEDULE,
                (auto_scaling_group_id,),
                {
                    "day_of_month": day_of_month,
                    "day_of_week": day_of_week,
                    "description": description,
                    "desired_server_count": desired_server_count,
                    "end_date": end_date,
                    "frequency": frequency,
                    "hour": hour,
                    "max_server_count": max_server_count,
                    "min_server_count": min_server_count,
                    "minute": minute,
                    "name": name,
                    "start_date": start_date,
                    "state": state,
                    "timezone": timezone,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupSchedule", answer)

    async def get(
        self,
        auto_scaling_group_id: str | UUID,
        schedule_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupSchedule:
        """Show Auto-Scaling Group Schedule.

        Shows one schedule of the Auto-Scaling Group.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}` (showAutoScalingGroupSchedule).
        """
        answer = await self._run(
            self._operation(
                _SHOW_AUTO_SCALING_GROUP_SCHEDULE,
                (
                    auto_scaling_group_id,
                    schedule_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.AutoScalingGroupSchedule", answer)

    async def update(
        self,
        auto_scaling_group_id: str | UUID,
        schedule_id: str | UUID,
        *,
        day_of_month: str | None = None,
        day_of_week: str | None = None,
        description: str | None = None,
        desired_server_count: int | None = None,
        end_date: str | None = None,
        frequency: Literal["ONCE", "DAILY", "WEEKLY", "MONTHLY"] | None = None,
        hour: int | None = None,
        max_server_count: int | None = None,
        min_server_count: int | None = None,
        minute: int | None = None,
        name: str | None = None,
        start_date: str | None = None,
        state: Literal["ACTIVE", "INACTIVE", "DELETED"] | None = None,
        timezone: str | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupSchedule:
        """Update Auto-Scaling Group Schedule.

        Changes a schedule. Fields left out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}` (updateAutoScalingGroupSchedule).

        Arguments:
            day_of_month: For a monthly schedule, the day(s) of the month it runs on.
            day_of_week: For a weekly schedule, the day(s) of the week it runs on.
            description: A free text about the schedule.
            desired_server_count: The desired server count to set when the schedule runs.
            end_date: Last day the schedule runs.
            frequency: How often a schedule runs.
            hour: Hour of the day it runs, 0 to 23.
            max_server_count: The maximum server count to set when the schedule runs.
            min_server_count: The minimum server count to set when the schedule runs.
            minute: Minute of the hour it runs.
            name: Schedule name (letters, digits, `-` and `_`).
            start_date: First day the schedule runs.
            state: Whether a schedule is on, off or deleted.
            timezone: Time zone of `hour` and `minute` (such as `Asia/Seoul`).
        """
        answer = await self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_SCHEDULE,
                (
                    auto_scaling_group_id,
                    schedule_id,
                ),
                {
                    "day_of_month": day_of_month,
                    "day_of_week": day_of_week,
                    "description": description,
                    "desired_server_count": desired_server_count,
                    "end_date": end_date,
                    "frequency": frequency,
                    "hour": hour,
                    "max_server_count": max_server_count,
                    "min_server_count": min_server_count,
                    "minute": minute,
                    "name": name,
                    "start_date": start_date,
                    "state": state,
                    "timezone": timezone,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupSchedule", answer)

    async def delete(
        self,
        auto_scaling_group_id: str | UUID,
        schedule_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Auto-Scaling Group Schedule.

        Removes a schedule from the Auto-Scaling Group.

        `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}` (deleteAutoScalingGroupSchedule).
        """
        await self._run(
            self._operation(
                _DELETE_AUTO_SCALING_GROUP_SCHEDULE,
                (
                    auto_scaling_group_id,
                    schedule_id,
                ),
                {},
                timeout,
            )
        )


class AutoScalingGroupPolicies(Resource):
    """`policies`: Metric-based policies that scale an Auto-Scaling Group out or in.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        name: str | None = None,
        metric_method: Literal["AVG", "MIN", "MAX"] | None = None,
        metric_type: str | None = None,
        scale_type: Literal["SCALE_OUT", "SCALE_IN"] | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.AutoScalingGroupPolicy]:
        """List Auto-Scaling Group Policies.

        Lists the scaling policies of the Auto-Scaling Group, optionally filtered by name, metric or
        direction.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies` (listAutoScalingGroupPolicies).

        Arguments:
            name: Only policies with this name.
            metric_method: Only policies that aggregate their metric this way.
            metric_type: Only policies that watch this metric (such as `CPU`).
            scale_type: Only policies that scale in this direction.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_POLICIES,
                (auto_scaling_group_id,),
                {
                    "name": name,
                    "metric_method": metric_method,
                    "metric_type": metric_type,
                    "scale_type": scale_type,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        name: str | None = None,
        metric_method: Literal["AVG", "MIN", "MAX"] | None = None,
        metric_type: str | None = None,
        scale_type: Literal["SCALE_OUT", "SCALE_IN"] | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.AutoScalingGroupPolicy]]:
        """List Auto-Scaling Group Policies, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_POLICIES,
                (auto_scaling_group_id,),
                {
                    "name": name,
                    "metric_method": metric_method,
                    "metric_type": metric_type,
                    "scale_type": scale_type,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def create(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        comparison_operator: str,
        cooldown_seconds: int,
        evaluation_minutes: int,
        metric_method: str,
        metric_type: str,
        name: str,
        scale_method: str,
        scale_type: str,
        scale_value: int,
        threshold: int,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupPolicy:
        """Create Auto-Scaling Group Policy.

        Adds a scaling policy: when the metric crosses the threshold for the evaluation period, the
        group scales out or in by the given amount, then waits for the cooldown.

        `POST /v1/auto-scaling-groups/{auto_scaling_group_id}/policies` (createAutoScalingGroupPolicy).

        Arguments:
            comparison_operator: How the metric is compared with the threshold: `ge`, `gt`, `le` or
                `lt`.
            cooldown_seconds: Seconds to wait after scaling before the policy may act again.
            evaluation_minutes: Minutes the condition must hold before the policy acts.
            metric_method: How the metric is aggregated: `AVG`, `MIN` or `MAX`.
            metric_type: The metric watched.
            name: Policy name (letters, digits, `-` and `_`).
            scale_method: How `scale_value` is read: a number of servers to add or remove
                (`AMOUNT`), a percentage (`PERCENTAGE`) or a server count to set (`FIXED`).
            scale_type: Direction: `SCALE_OUT` or `SCALE_IN`.
            scale_value: How much to scale, as `scale_method` says.
            threshold: The value the metric is compared with.
        """
        answer = self._run(
            self._operation(
                _CREATE_AUTO_SCALING_GROUP_POLICY,
                (auto_scaling_group_id,),
                {
                    "comparison_operator": comparison_operator,
                    "cooldown_seconds": cooldown_seconds,
                    "evaluation_minutes": evaluation_minutes,
                    "metric_method": metric_method,
                    "metric_type": metric_type,
                    "name": name,
                    "scale_method": scale_method,
                    "scale_type": scale_type,
                    "scale_value": scale_value,
                    "threshold": threshold,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupPolicy", answer)

    def get(
        self,
        auto_scaling_group_id: str | UUID,
        policy_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupPolicy:
        """Show Auto-Scaling Group Policy.

        Shows one scaling policy of the Auto-Scaling Group.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}` (showAutoScalingGroupPolicy).
        """
        answer = self._run(
            self._operation(
                _SHOW_AUTO_SCALING_GROUP_POLICY,
                (
                    auto_scaling_group_id,
                    policy_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.AutoScalingGroupPolicy", answer)

    def update(
        self,
        auto_scaling_group_id: str | UUID,
        policy_id: str | UUID,
        *,
        comparison_operator: str | None = None,
        cooldown_seconds: int | None = None,
        evaluation_minutes: int | None = None,
        metric_method: str | None = None,
        metric_type: str | None = None,
        name: str | None = None,
        scale_method: str | None = None,
        scale_type: str | None = None,
        scale_value: int | None = None,
        state: str | None = None,
        threshold: int | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupPolicy:
        """Update Auto-Scaling Group Policy.

        Changes a scaling policy. Fields left out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}` (updateAutoScalingGroupPolicy).

        Arguments:
            comparison_operator: How the metric is compared with the threshold: `ge`, `gt`, `le` or
                `lt`.
            cooldown_seconds: Seconds to wait after scaling before the policy may act again.
            evaluation_minutes: Minutes the condition must hold before the policy acts.
            metric_method: How the metric is aggregated: `AVG`, `MIN` or `MAX`.
            metric_type: The metric watched.
            name: Policy name (letters, digits, `-` and `_`). (API versions 1.0, 1.1)
            scale_method: How `scale_value` is read: `AMOUNT`, `PERCENTAGE` or `FIXED`.
            scale_type: Direction: `SCALE_OUT` or `SCALE_IN`.
            scale_value: How much to scale, as `scale_method` says.
            state: Turns the policy on (`ACTIVE`) or off (`INACTIVE`).
            threshold: The value the metric is compared with.
        """
        answer = self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_POLICY,
                (
                    auto_scaling_group_id,
                    policy_id,
                ),
                {
                    "comparison_operator": comparison_operator,
                    "cooldown_seconds": cooldown_seconds,
                    "evaluation_minutes": evaluation_minutes,
                    "metric_method": metric_method,
                    "metric_type": metric_type,
                    "name": name,
                    "scale_method": scale_method,
                    "scale_type": scale_type,
                    "scale_value": scale_value,
                    "state": state,
                    "threshold": threshold,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupPolicy", answer)

    def delete(
        self,
        auto_scaling_group_id: str | UUID,
        policy_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Auto-Scaling Group Policy.

        Removes a scaling policy from the Auto-Scaling Group.

        `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}` (deleteAutoScalingGroupPolicy).
        """
        self._run(
            self._operation(
                _DELETE_AUTO_SCALING_GROUP_POLICY,
                (
                    auto_scaling_group_id,
                    policy_id,
                ),
                {},
                timeout,
            )
        )


class AsyncAutoScalingGroupPolicies(AsyncResource):
    """`policies`: Metric-based policies that scale an Auto-Scaling Group out or in.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        name: str | None = None,
        metric_method: Literal["AVG", "MIN", "MAX"] | None = None,
        metric_type: str | None = None,
        scale_type: Literal["SCALE_OUT", "SCALE_IN"] | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.AutoScalingGroupPolicy]:
        """List Auto-Scaling Group Policies.

        Lists the scaling policies of the Auto-Scaling Group, optionally filtered by name, metric or
        direction.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies` (listAutoScalingGroupPolicies).

        Arguments:
            name: Only policies with this name.
            metric_method: Only policies that aggregate their metric this way.
            metric_type: Only policies that watch this metric (such as `CPU`).
            scale_type: Only policies that scale in this direction.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_POLICIES,
                (auto_scaling_group_id,),
                {
                    "name": name,
                    "metric_method": metric_method,
                    "metric_type": metric_type,
                    "scale_type": scale_type,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        name: str | None = None,
        metric_method: Literal["AVG", "MIN", "MAX"] | None = None,
        metric_type: str | None = None,
        scale_type: Literal["SCALE_OUT", "SCALE_IN"] | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.AutoScalingGroupPolicy]]:
        """List Auto-Scaling Group Policies, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_POLICIES,
                (auto_scaling_group_id,),
                {
                    "name": name,
                    "metric_method": metric_method,
                    "metric_type": metric_type,
                    "scale_type": scale_type,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    async def create(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        comparison_operator: str,
        cooldown_seconds: int,
        evaluation_minutes: int,
        metric_method: str,
        metric_type: str,
        name: str,
        scale_method: str,
        scale_type: str,
        scale_value: int,
        threshold: int,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupPolicy:
        """Create Auto-Scaling Group Policy.

        Adds a scaling policy: when the metric crosses the threshold for the evaluation period, the
        group scales out or in by the given amount, then waits for the cooldown.

        `POST /v1/auto-scaling-groups/{auto_scaling_group_id}/policies` (createAutoScalingGroupPolicy).

        Arguments:
            comparison_operator: How the metric is compared with the threshold: `ge`, `gt`, `le` or
                `lt`.
            cooldown_seconds: Seconds to wait after scaling before the policy may act again.
            evaluation_minutes: Minutes the condition must hold before the policy acts.
            metric_method: How the metric is aggregated: `AVG`, `MIN` or `MAX`.
            metric_type: The metric watched.
            name: Policy name (letters, digits, `-` and `_`).
            scale_method: How `scale_value` is read: a number of servers to add or remove
                (`AMOUNT`), a percentage (`PERCENTAGE`) or a server count to set (`FIXED`).
            scale_type: Direction: `SCALE_OUT` or `SCALE_IN`.
            scale_value: How much to scale, as `scale_method` says.
            threshold: The value the metric is compared with.
        """
        answer = await self._run(
            self._operation(
                _CREATE_AUTO_SCALING_GROUP_POLICY,
                (auto_scaling_group_id,),
                {
                    "comparison_operator": comparison_operator,
                    "cooldown_seconds": cooldown_seconds,
                    "evaluation_minutes": evaluation_minutes,
                    "metric_method": metric_method,
                    "metric_type": metric_type,
                    "name": name,
                    "scale_method": scale_method,
                    "scale_type": scale_type,
                    "scale_value": scale_value,
                    "threshold": threshold,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupPolicy", answer)

    async def get(
        self,
        auto_scaling_group_id: str | UUID,
        policy_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupPolicy:
        """Show Auto-Scaling Group Policy.

        Shows one scaling policy of the Auto-Scaling Group.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}` (showAutoScalingGroupPolicy).
        """
        answer = await self._run(
            self._operation(
                _SHOW_AUTO_SCALING_GROUP_POLICY,
                (
                    auto_scaling_group_id,
                    policy_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.AutoScalingGroupPolicy", answer)

    async def update(
        self,
        auto_scaling_group_id: str | UUID,
        policy_id: str | UUID,
        *,
        comparison_operator: str | None = None,
        cooldown_seconds: int | None = None,
        evaluation_minutes: int | None = None,
        metric_method: str | None = None,
        metric_type: str | None = None,
        name: str | None = None,
        scale_method: str | None = None,
        scale_type: str | None = None,
        scale_value: int | None = None,
        state: str | None = None,
        threshold: int | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupPolicy:
        """Update Auto-Scaling Group Policy.

        Changes a scaling policy. Fields left out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}` (updateAutoScalingGroupPolicy).

        Arguments:
            comparison_operator: How the metric is compared with the threshold: `ge`, `gt`, `le` or
                `lt`.
            cooldown_seconds: Seconds to wait after scaling before the policy may act again.
            evaluation_minutes: Minutes the condition must hold before the policy acts.
            metric_method: How the metric is aggregated: `AVG`, `MIN` or `MAX`.
            metric_type: The metric watched.
            name: Policy name (letters, digits, `-` and `_`). (API versions 1.0, 1.1)
            scale_method: How `scale_value` is read: `AMOUNT`, `PERCENTAGE` or `FIXED`.
            scale_type: Direction: `SCALE_OUT` or `SCALE_IN`.
            scale_value: How much to scale, as `scale_method` says.
            state: Turns the policy on (`ACTIVE`) or off (`INACTIVE`).
            threshold: The value the metric is compared with.
        """
        answer = await self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_POLICY,
                (
                    auto_scaling_group_id,
                    policy_id,
                ),
                {
                    "comparison_operator": comparison_operator,
                    "cooldown_seconds": cooldown_seconds,
                    "evaluation_minutes": evaluation_minutes,
                    "metric_method": metric_method,
                    "metric_type": metric_type,
                    "name": name,
                    "scale_method": scale_method,
                    "scale_type": scale_type,
                    "scale_value": scale_value,
                    "state": state,
                    "threshold": threshold,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupPolicy", answer)

    async def delete(
        self,
        auto_scaling_group_id: str | UUID,
        policy_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Auto-Scaling Group Policy.

        Removes a scaling policy from the Auto-Scaling Group.

        `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}` (deleteAutoScalingGroupPolicy).
        """
        await self._run(
            self._operation(
                _DELETE_AUTO_SCALING_GROUP_POLICY,
                (
                    auto_scaling_group_id,
                    policy_id,
                ),
                {},
                timeout,
            )
        )


class AutoScalingGroupNotifications(Resource):
    """`notifications`: Who is told of an Auto-Scaling Group's scaling events.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        user_ids: Sequence[str] | None = None,
        notification_state: str | None = None,
        notification_event: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.AutoScalingGroupNotification]:
        """List Auto-Scaling Group Notifications.

        Lists who is notified of the Auto-Scaling Group's events, optionally filtered by user, state
        or event.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications` (listAutoScalingGroupNotifications).

        Arguments:
            user_ids: Only the notifications of these users.
            notification_state: Only notifications in this state (such as `ACTIVE`).
            notification_event: Only notifications that include this event (such as `SCALE_OUT`).
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_NOTIFICATIONS,
                (auto_scaling_group_id,),
                {
                    "user_ids": user_ids,
                    "notification_state": notification_state,
                    "notification_event": notification_event,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        user_ids: Sequence[str] | None = None,
        notification_state: str | None = None,
        notification_event: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.AutoScalingGroupNotification]]:
        """List Auto-Scaling Group Notifications, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_NOTIFICATIONS,
                (auto_scaling_group_id,),
                {
                    "user_ids": user_ids,
                    "notification_state": notification_state,
                    "notification_event": notification_event,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def create(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        notification_events: Sequence[str],
        user_ids: Sequence[str],
        timeout: float | None = None,
    ) -> models.AutoScalingGroupNotificationListResponse:
        """Create Auto-Scaling Group Notification.

        Has the given users notified of the chosen events of the Auto-Scaling Group.

        `POST /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications` (createAutoScalingGroupNotification).

        Arguments:
            notification_events: The events to notify of (such as `SCALE_OUT`, `SCALE_IN_FAIL`).
            user_ids: The users to notify.
        """
        answer = self._run(
            self._operation(
                _CREATE_AUTO_SCALING_GROUP_NOTIFICATION,
                (auto_scaling_group_id,),
                {
                    "notification_events": notification_events,
                    "user_ids": user_ids,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupNotificationListResponse", answer)

    def get(
        self,
        auto_scaling_group_id: str | UUID,
        notification_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupNotification:
        """Show Auto-Scaling Group Notification.

        Shows one notification of the Auto-Scaling Group.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}` (showAutoScalingGroupNotification).
        """
        answer = self._run(
            self._operation(
                _SHOW_AUTO_SCALING_GROUP_NOTIFICATION,
                (
                    auto_scaling_group_id,
                    notification_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.AutoScalingGroupNotification", answer)

    def update(
        self,
        auto_scaling_group_id: str | UUID,
        notification_id: str | UUID,
        *,
        notification_events: Sequence[str] | None = None,
        notification_state: str | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupNotification:
        """Update Auto-Scaling Group Notification.

        Changes a notification's events or state. Fields left out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}` (updateAutoScalingGroupNotification).

        Arguments:
            notification_events: The events to notify of.
            notification_state: The notification's state (such as `ACTIVE`).
        """
        answer = self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_NOTIFICATION,
                (
                    auto_scaling_group_id,
                    notification_id,
                ),
                {
                    "notification_events": notification_events,
                    "notification_state": notification_state,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupNotification", answer)

    def delete(
        self,
        auto_scaling_group_id: str | UUID,
        notification_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Auto-Scaling Group Notification.

        Stops a notification of the Auto-Scaling Group.

        `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}` (deleteAutoScalingGroupNotification).
        """
        self._run(
            self._operation(
                _DELETE_AUTO_SCALING_GROUP_NOTIFICATION,
                (
                    auto_scaling_group_id,
                    notification_id,
                ),
                {},
                timeout,
            )
        )


class AsyncAutoScalingGroupNotifications(AsyncResource):
    """`notifications`: Who is told of an Auto-Scaling Group's scaling events.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        user_ids: Sequence[str] | None = None,
        notification_state: str | None = None,
        notification_event: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.AutoScalingGroupNotification]:
        """List Auto-Scaling Group Notifications.

        Lists who is notified of the Auto-Scaling Group's events, optionally filtered by user, state
        or event.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications` (listAutoScalingGroupNotifications).

        Arguments:
            user_ids: Only the notifications of these users.
            notification_state: Only notifications in this state (such as `ACTIVE`).
            notification_event: Only notifications that include this event (such as `SCALE_OUT`).
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_NOTIFICATIONS,
                (auto_scaling_group_id,),
                {
                    "user_ids": user_ids,
                    "notification_state": notification_state,
                    "notification_event": notification_event,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        user_ids: Sequence[str] | None = None,
        notification_state: str | None = None,
        notification_event: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.AutoScalingGroupNotification]]:
        """List Auto-Scaling Group Notifications, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_NOTIFICATIONS,
                (auto_scaling_group_id,),
                {
                    "user_ids": user_ids,
                    "notification_state": notification_state,
                    "notification_event": notification_event,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    async def create(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        notification_events: Sequence[str],
        user_ids: Sequence[str],
        timeout: float | None = None,
    ) -> models.AutoScalingGroupNotificationListResponse:
        """Create Auto-Scaling Group Notification.

        Has the given users notified of the chosen events of the Auto-Scaling Group.

        `POST /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications` (createAutoScalingGroupNotification).

        Arguments:
            notification_events: The events to notify of (such as `SCALE_OUT`, `SCALE_IN_FAIL`).
            user_ids: The users to notify.
        """
        answer = await self._run(
            self._operation(
                _CREATE_AUTO_SCALING_GROUP_NOTIFICATION,
                (auto_scaling_group_id,),
                {
                    "notification_events": notification_events,
                    "user_ids": user_ids,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupNotificationListResponse", answer)

    async def get(
        self,
        auto_scaling_group_id: str | UUID,
        notification_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupNotification:
        """Show Auto-Scaling Group Notification.

        Shows one notification of the Auto-Scaling Group.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}` (showAutoScalingGroupNotification).
        """
        answer = await self._run(
            self._operation(
                _SHOW_AUTO_SCALING_GROUP_NOTIFICATION,
                (
                    auto_scaling_group_id,
                    notification_id,
                ),
                {},
                timeout,
            )
        )
        return cast("models.AutoScalingGroupNotification", answer)

    async def update(
        self,
        auto_scaling_group_id: str | UUID,
        notification_id: str | UUID,
        *,
        notification_events: Sequence[str] | None = None,
        notification_state: str | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroupNotification:
        """Update Auto-Scaling Group Notification.

        Changes a notification's events or state. Fields left out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}` (updateAutoScalingGroupNotification).

        Arguments:
            notification_events: The events to notify of.
            notification_state: The notification's state (such as `ACTIVE`).
        """
        answer = await self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_NOTIFICATION,
                (
                    auto_scaling_group_id,
                    notification_id,
                ),
                {
                    "notification_events": notification_events,
                    "notification_state": notification_state,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroupNotification", answer)

    async def delete(
        self,
        auto_scaling_group_id: str | UUID,
        notification_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete Auto-Scaling Group Notification.

        Stops a notification of the Auto-Scaling Group.

        `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}` (deleteAutoScalingGroupNotification).
        """
        await self._run(
            self._operation(
                _DELETE_AUTO_SCALING_GROUP_NOTIFICATION,
                (
                    auto_scaling_group_id,
                    notification_id,
                ),
                {},
                timeout,
            )
        )


class AutoScalingGroupLbServerGroups(Resource):
    """`lb_server_groups`: The load balancer server groups an Auto-Scaling Group registers its servers in.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.AutoScalingGroupLbServerGroup]:
        """List Auto-Scaling Group LB Server Groups.

        Lists the load balancer server groups the Auto-Scaling Group registers its servers in.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups` (listAutoScalingGroupLbServerGroups).

        Arguments:
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_LB_SERVER_GROUPS,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.AutoScalingGroupLbServerGroup]]:
        """List Auto-Scaling Group LB Server Groups, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_LB_SERVER_GROUPS,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def update(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        lb_server_groups: Sequence[Mapping[str, Any] | JsonObject],
        timeout: float | None = None,
    ) -> None:
        """Update Auto-Scaling Group LB Server Groups.

        Replaces the load balancer server groups (and ports) the Auto-Scaling Group registers its
        servers in. The change is carried out after the answer.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups` (updateAutoScalingGroupLbServerGroups).

        Arguments:
            lb_server_groups: The complete new list.
        """
        self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_LB_SERVER_GROUPS,
                (auto_scaling_group_id,),
                {
                    "lb_server_groups": lb_server_groups,
                },
                timeout,
            )
        )


class AsyncAutoScalingGroupLbServerGroups(AsyncResource):
    """`lb_server_groups`: The load balancer server groups an Auto-Scaling Group registers its servers in.

    Every argument is checked against the API version in use before any request.
    """

    def list(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.AutoScalingGroupLbServerGroup]:
        """List Auto-Scaling Group LB Server Groups.

        Lists the load balancer server groups the Auto-Scaling Group registers its servers in.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups` (listAutoScalingGroupLbServerGroups).

        Arguments:
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_LB_SERVER_GROUPS,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.AutoScalingGroupLbServerGroup]]:
        """List Auto-Scaling Group LB Server Groups, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUP_LB_SERVER_GROUPS,
                (auto_scaling_group_id,),
                {
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    async def update(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        lb_server_groups: Sequence[Mapping[str, Any] | JsonObject],
        timeout: float | None = None,
    ) -> None:
        """Update Auto-Scaling Group LB Server Groups.

        Replaces the load balancer server groups (and ports) the Auto-Scaling Group registers its
        servers in. The change is carried out after the answer.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups` (updateAutoScalingGroupLbServerGroups).

        Arguments:
            lb_server_groups: The complete new list.
        """
        await self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_LB_SERVER_GROUPS,
                (auto_scaling_group_id,),
                {
                    "lb_server_groups": lb_server_groups,
                },
                timeout,
            )
        )


class AutoScalingGroups(Resource):
    """`client.auto_scaling_groups`: Auto-Scaling Groups, which keep a number of servers running from a launch configuration.

    Every argument is checked against the API version in use before any request. Its `state`
    moves through CREATING, UPDATING, SCALING_OUT, SCALING_IN, DELETING to IN_SERVICE; ERROR
    means it failed.
    """

    @cached_property
    def lb_server_groups(self) -> AutoScalingGroupLbServerGroups:
        """The load balancer server groups an Auto-Scaling Group registers its servers in."""
        return AutoScalingGroupLbServerGroups(self._client)

    @cached_property
    def notifications(self) -> AutoScalingGroupNotifications:
        """Who is told of an Auto-Scaling Group's scaling events."""
        return AutoScalingGroupNotifications(self._client)

    @cached_property
    def policies(self) -> AutoScalingGroupPolicies:
        """Metric-based policies that scale an Auto-Scaling Group out or in."""
        return AutoScalingGroupPolicies(self._client)

    @cached_property
    def schedules(self) -> AutoScalingGroupSchedules:
        """Schedules that change an Auto-Scaling Group's server counts at set times."""
        return AutoScalingGroupSchedules(self._client)

    @cached_property
    def virtual_servers(self) -> AutoScalingGroupVirtualServers:
        """The servers an Auto-Scaling Group runs."""
        return AutoScalingGroupVirtualServers(self._client)

    def list(
        self,
        *,
        name: str | None = None,
        state: Literal[
            "IN_SERVICE", "CREATING", "UPDATING", "SCALING_OUT", "SCALING_IN", "DELETING", "ERROR"
        ]
        | None = None,
        launch_configuration_id: str | None = None,
        launch_configuration_name: str | None = None,
        lb_server_group_id: str | None = None,
        security_group_id: str | None = None,
        subnet_id: str | None = None,
        vpc_id: str | None = None,
        created_by: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.AutoScalingGroup]:
        """List Auto-Scaling Groups.

        Lists the Auto-Scaling Groups of the account, one page at a time, optionally filtered by
        name, state, launch configuration, network or creator.

        `GET /v1/auto-scaling-groups` (listAutoScalingGroups).

        Arguments:
            name: Only groups with this name.
            state: Only groups in this state (such as `IN_SERVICE`).
            launch_configuration_id: Only groups that use this launch configuration.
            launch_configuration_name: Only groups that use a launch configuration of this name.
            lb_server_group_id: Only groups registered in this load balancer server group.
            security_group_id: Only groups whose servers get this security group.
            subnet_id: Only groups that place servers in this subnet.
            vpc_id: Only groups in this VPC.
            created_by: Only groups created by this user.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUPS,
                (),
                {
                    "name": name,
                    "state": state,
                    "launch_configuration_id": launch_configuration_id,
                    "launch_configuration_name": launch_configuration_name,
                    "lb_server_group_id": lb_server_group_id,
                    "security_group_id": security_group_id,
                    "subnet_id": subnet_id,
                    "vpc_id": vpc_id,
                    "created_by": created_by,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        name: str | None = None,
        state: Literal[
            "IN_SERVICE", "CREATING", "UPDATING", "SCALING_OUT", "SCALING_IN", "DELETING", "ERROR"
        ]
        | None = None,
        launch_configuration_id: str | None = None,
        launch_configuration_name: str | None = None,
        lb_server_group_id: str | None = None,
        security_group_id: str | None = None,
        subnet_id: str | None = None,
        vpc_id: str | None = None,
        created_by: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[Page[models.AutoScalingGroup]]:
        """List Auto-Scaling Groups, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUPS,
                (),
                {
                    "name": name,
                    "state": state,
                    "launch_configuration_id": launch_configuration_id,
                    "launch_configuration_name": launch_configuration_name,
                    "lb_server_group_id": lb_server_group_id,
                    "security_group_id": security_group_id,
                    "subnet_id": subnet_id,
                    "vpc_id": vpc_id,
                    "created_by": created_by,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def create(
        self,
        *,
        desired_server_count: int,
        desired_server_count_editable: bool,
        launch_configuration_id: str,
        max_server_count: int,
        min_server_count: int,
        name: str,
        server_name_prefix: str,
        subnet_ids: Sequence[str],
        drain_enabled: bool | None = None,
        drain_timeout: int | None = None,
        lb_server_groups: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        notifications: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        scaling_policies: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        security_group_ids: Sequence[str] | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        state_check_delay_time: int | None = None,
        use_lb_state_check: bool | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroup:
        """Create Auto-Scaling Group.

        Creates an Auto-Scaling Group from a launch configuration, with its server counts and
        subnets, and optionally its load balancer server groups, scaling policies, notifications and
        tags. The group then starts the servers it needs.

        `POST /v1/auto-scaling-groups` (createAutoScalingGroup).

        Arguments:
            desired_server_count: How many servers the group should run.
            desired_server_count_editable: Whether the desired server count may be changed later.
            drain_enabled: Whether a server's load balancer connections are drained before it is
                removed.
            drain_timeout: How long draining may last.
            launch_configuration_id: The launch configuration the group's servers are created from.
            lb_server_groups: Load balancer server groups to register the servers in.
            max_server_count: Most servers the group may run.
            min_server_count: Fewest servers the group may run.
            name: Group name (letters, digits, `-` and `_`).
            notifications: Notifications to set up with the group.
            scaling_policies: Scaling policies to create with the group.
            security_group_ids: Security groups of the group's servers.
            server_name_prefix: Start of the names of the group's servers (letters, digits, `-` and
                `_`).
            subnet_ids: Subnets to place the group's servers in.
            tags: Tags to attach to the group.
            state_check_delay_time: How long after creating a server the group waits before checking
                its state. (API versions 1.2, 1.3)
            use_lb_state_check: Whether the group also checks the servers' state at the load
                balancer. (API versions 1.2, 1.3)
        """
        answer = self._run(
            self._operation(
                _CREATE_AUTO_SCALING_GROUP,
                (),
                {
                    "desired_server_count": desired_server_count,
                    "desired_server_count_editable": desired_server_count_editable,
                    "drain_enabled": drain_enabled,
                    "drain_timeout": drain_timeout,
                    "launch_configuration_id": launch_configuration_id,
                    "lb_server_groups": lb_server_groups,
                    "max_server_count": max_server_count,
                    "min_server_count": min_server_count,
                    "name": name,
                    "notifications": notifications,
                    "scaling_policies": scaling_policies,
                    "security_group_ids": security_group_ids,
                    "server_name_prefix": server_name_prefix,
                    "subnet_ids": subnet_ids,
                    "tags": tags,
                    "state_check_delay_time": state_check_delay_time,
                    "use_lb_state_check": use_lb_state_check,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroup", answer)

    def get(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.AutoScalingGroup:
        """Show Auto-Scaling Group.

        Shows one Auto-Scaling Group, with its server counts.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}` (showAutoScalingGroup).
        """
        answer = self._run(
            self._operation(_SHOW_AUTO_SCALING_GROUP, (auto_scaling_group_id,), {}, timeout)
        )
        return cast("models.AutoScalingGroup", answer)

    def update(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        desired_server_count_editable: bool | None = None,
        drain_enabled: bool | None = None,
        drain_timeout: int | None = None,
        launch_configuration_id: str | None = None,
        security_group_ids: Sequence[str] | None = None,
        state_check_delay_time: int | None = None,
        use_lb_state_check: bool | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroup:
        """Update Auto-Scaling Group.

        Changes an Auto-Scaling Group's launch configuration, security groups, draining or whether
        its desired server count may be changed. Fields left out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}` (updateAutoScalingGroup).

        Arguments:
            desired_server_count_editable: Whether the desired server count may be changed.
            drain_enabled: Whether a server's load balancer connections are drained before it is
                removed.
            drain_timeout: How long draining may last.
            launch_configuration_id: The launch configuration new servers are created from.
            security_group_ids: Security groups of the group's servers.
            state_check_delay_time: How long after creating a server the group waits before checking
                its state. (API versions 1.2, 1.3)
            use_lb_state_check: Whether the group also checks the servers' state at the load
                balancer. (API versions 1.2, 1.3)
        """
        answer = self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP,
                (auto_scaling_group_id,),
                {
                    "desired_server_count_editable": desired_server_count_editable,
                    "drain_enabled": drain_enabled,
                    "drain_timeout": drain_timeout,
                    "launch_configuration_id": launch_configuration_id,
                    "security_group_ids": security_group_ids,
                    "state_check_delay_time": state_check_delay_time,
                    "use_lb_state_check": use_lb_state_check,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroup", answer)

    def delete(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Auto-Scaling Group.

        Deletes an Auto-Scaling Group.

        `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}` (deleteAutoScalingGroup).
        """
        self._run(
            self._deleting(
                _DELETE_AUTO_SCALING_GROUP,
                _SHOW_AUTO_SCALING_GROUP,
                _AUTO_SCALING_GROUPS_LIFECYCLE,
                (auto_scaling_group_id,),
                {},
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    def update_server_count(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        desired_server_count: int | None = None,
        max_server_count: int | None = None,
        min_server_count: int | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroup:
        """Update Auto-Scaling Group Server Count.

        Changes an Auto-Scaling Group's desired, minimum or maximum number of servers. Counts left
        out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/server-count` (updateAutoScalingGroupServerCount).

        Arguments:
            desired_server_count: How many servers the group should run.
            max_server_count: Most servers the group may run.
            min_server_count: Fewest servers the group may run.
        """
        answer = self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_SERVER_COUNT,
                (auto_scaling_group_id,),
                {
                    "desired_server_count": desired_server_count,
                    "max_server_count": max_server_count,
                    "min_server_count": min_server_count,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroup", answer)

    def wait_for_state(
        self,
        auto_scaling_group_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.AutoScalingGroup:
        """Polls until it is in `state` (IN_SERVICE, CREATING, UPDATING, SCALING_OUT, SCALING_IN, DELETING, ERROR).

        Fails fast with ServerStateError in a failure state (ERROR)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = self._run(
            self._waiting(
                _SHOW_AUTO_SCALING_GROUP,
                _AUTO_SCALING_GROUPS_LIFECYCLE,
                (auto_scaling_group_id,),
                state,
                timeout,
                interval,
                on_poll,
            )
        )
        return cast("models.AutoScalingGroup", answer)

    def wait_until_deleted(
        self,
        auto_scaling_group_id: str | UUID,
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
                _SHOW_AUTO_SCALING_GROUP,
                _AUTO_SCALING_GROUPS_LIFECYCLE,
                (auto_scaling_group_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )


class AsyncAutoScalingGroups(AsyncResource):
    """`client.auto_scaling_groups`: Auto-Scaling Groups, which keep a number of servers running from a launch configuration.

    Every argument is checked against the API version in use before any request. Its `state`
    moves through CREATING, UPDATING, SCALING_OUT, SCALING_IN, DELETING to IN_SERVICE; ERROR
    means it failed.
    """

    @cached_property
    def lb_server_groups(self) -> AsyncAutoScalingGroupLbServerGroups:
        """The load balancer server groups an Auto-Scaling Group registers its servers in."""
        return AsyncAutoScalingGroupLbServerGroups(self._client)

    @cached_property
    def notifications(self) -> AsyncAutoScalingGroupNotifications:
        """Who is told of an Auto-Scaling Group's scaling events."""
        return AsyncAutoScalingGroupNotifications(self._client)

    @cached_property
    def policies(self) -> AsyncAutoScalingGroupPolicies:
        """Metric-based policies that scale an Auto-Scaling Group out or in."""
        return AsyncAutoScalingGroupPolicies(self._client)

    @cached_property
    def schedules(self) -> AsyncAutoScalingGroupSchedules:
        """Schedules that change an Auto-Scaling Group's server counts at set times."""
        return AsyncAutoScalingGroupSchedules(self._client)

    @cached_property
    def virtual_servers(self) -> AsyncAutoScalingGroupVirtualServers:
        """The servers an Auto-Scaling Group runs."""
        return AsyncAutoScalingGroupVirtualServers(self._client)

    def list(
        self,
        *,
        name: str | None = None,
        state: Literal[
            "IN_SERVICE", "CREATING", "UPDATING", "SCALING_OUT", "SCALING_IN", "DELETING", "ERROR"
        ]
        | None = None,
        launch_configuration_id: str | None = None,
        launch_configuration_name: str | None = None,
        lb_server_group_id: str | None = None,
        security_group_id: str | None = None,
        subnet_id: str | None = None,
        vpc_id: str | None = None,
        created_by: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[models.AutoScalingGroup]:
        """List Auto-Scaling Groups.

        Lists the Auto-Scaling Groups of the account, one page at a time, optionally filtered by
        name, state, launch configuration, network or creator.

        `GET /v1/auto-scaling-groups` (listAutoScalingGroups).

        Arguments:
            name: Only groups with this name.
            state: Only groups in this state (such as `IN_SERVICE`).
            launch_configuration_id: Only groups that use this launch configuration.
            launch_configuration_name: Only groups that use a launch configuration of this name.
            lb_server_group_id: Only groups registered in this load balancer server group.
            security_group_id: Only groups whose servers get this security group.
            subnet_id: Only groups that place servers in this subnet.
            vpc_id: Only groups in this VPC.
            created_by: Only groups created by this user.
            sort: Sort keys separated by commas, each as `key` or `key:asc` / `key:desc`.
        """
        return self._items(
            *self._pager(
                _LIST_AUTO_SCALING_GROUPS,
                (),
                {
                    "name": name,
                    "state": state,
                    "launch_configuration_id": launch_configuration_id,
                    "launch_configuration_name": launch_configuration_name,
                    "lb_server_group_id": lb_server_group_id,
                    "security_group_id": security_group_id,
                    "subnet_id": subnet_id,
                    "vpc_id": vpc_id,
                    "created_by": created_by,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    def list_pages(
        self,
        *,
        name: str | None = None,
        state: Literal[
            "IN_SERVICE", "CREATING", "UPDATING", "SCALING_OUT", "SCALING_IN", "DELETING", "ERROR"
        ]
        | None = None,
        launch_configuration_id: str | None = None,
        launch_configuration_name: str | None = None,
        lb_server_group_id: str | None = None,
        security_group_id: str | None = None,
        subnet_id: str | None = None,
        vpc_id: str | None = None,
        created_by: str | None = None,
        sort: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Page[models.AutoScalingGroup]]:
        """List Auto-Scaling Groups, a page at a time (`.items`, `.next`: where the next page starts)."""
        return self._pages(
            *self._pager(
                _LIST_AUTO_SCALING_GROUPS,
                (),
                {
                    "name": name,
                    "state": state,
                    "launch_configuration_id": launch_configuration_id,
                    "launch_configuration_name": launch_configuration_name,
                    "lb_server_group_id": lb_server_group_id,
                    "security_group_id": security_group_id,
                    "subnet_id": subnet_id,
                    "vpc_id": vpc_id,
                    "created_by": created_by,
                    "sort": sort,
                },
                page_size,
                offset,
                timeout,
            )
        )

    async def create(
        self,
        *,
        desired_server_count: int,
        desired_server_count_editable: bool,
        launch_configuration_id: str,
        max_server_count: int,
        min_server_count: int,
        name: str,
        server_name_prefix: str,
        subnet_ids: Sequence[str],
        drain_enabled: bool | None = None,
        drain_timeout: int | None = None,
        lb_server_groups: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        notifications: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        scaling_policies: Sequence[Mapping[str, Any] | JsonObject] | None = None,
        security_group_ids: Sequence[str] | None = None,
        tags: Sequence[Mapping[str, Any] | JsonObject] | Mapping[str, str | None] | None = None,
        state_check_delay_time: int | None = None,
        use_lb_state_check: bool | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroup:
        """Create Auto-Scaling Group.

        Creates an Auto-Scaling Group from a launch configuration, with its server counts and
        subnets, and optionally its load balancer server groups, scaling policies, notifications and
        tags. The group then starts the servers it needs.

        `POST /v1/auto-scaling-groups` (createAutoScalingGroup).

        Arguments:
            desired_server_count: How many servers the group should run.
            desired_server_count_editable: Whether the desired server count may be changed later.
            drain_enabled: Whether a server's load balancer connections are drained before it is
                removed.
            drain_timeout: How long draining may last.
            launch_configuration_id: The launch configuration the group's servers are created from.
            lb_server_groups: Load balancer server groups to register the servers in.
            max_server_count: Most servers the group may run.
            min_server_count: Fewest servers the group may run.
            name: Group name (letters, digits, `-` and `_`).
            notifications: Notifications to set up with the group.
            scaling_policies: Scaling policies to create with the group.
            security_group_ids: Security groups of the group's servers.
            server_name_prefix: Start of the names of the group's servers (letters, digits, `-` and
                `_`).
            subnet_ids: Subnets to place the group's servers in.
            tags: Tags to attach to the group.
            state_check_delay_time: How long after creating a server the group waits before checking
                its state. (API versions 1.2, 1.3)
            use_lb_state_check: Whether the group also checks the servers' state at the load
                balancer. (API versions 1.2, 1.3)
        """
        answer = await self._run(
            self._operation(
                _CREATE_AUTO_SCALING_GROUP,
                (),
                {
                    "desired_server_count": desired_server_count,
                    "desired_server_count_editable": desired_server_count_editable,
                    "drain_enabled": drain_enabled,
                    "drain_timeout": drain_timeout,
                    "launch_configuration_id": launch_configuration_id,
                    "lb_server_groups": lb_server_groups,
                    "max_server_count": max_server_count,
                    "min_server_count": min_server_count,
                    "name": name,
                    "notifications": notifications,
                    "scaling_policies": scaling_policies,
                    "security_group_ids": security_group_ids,
                    "server_name_prefix": server_name_prefix,
                    "subnet_ids": subnet_ids,
                    "tags": tags,
                    "state_check_delay_time": state_check_delay_time,
                    "use_lb_state_check": use_lb_state_check,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroup", answer)

    async def get(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        timeout: float | None = None,
    ) -> models.AutoScalingGroup:
        """Show Auto-Scaling Group.

        Shows one Auto-Scaling Group, with its server counts.

        `GET /v1/auto-scaling-groups/{auto_scaling_group_id}` (showAutoScalingGroup).
        """
        answer = await self._run(
            self._operation(_SHOW_AUTO_SCALING_GROUP, (auto_scaling_group_id,), {}, timeout)
        )
        return cast("models.AutoScalingGroup", answer)

    async def update(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        desired_server_count_editable: bool | None = None,
        drain_enabled: bool | None = None,
        drain_timeout: int | None = None,
        launch_configuration_id: str | None = None,
        security_group_ids: Sequence[str] | None = None,
        state_check_delay_time: int | None = None,
        use_lb_state_check: bool | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroup:
        """Update Auto-Scaling Group.

        Changes an Auto-Scaling Group's launch configuration, security groups, draining or whether
        its desired server count may be changed. Fields left out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}` (updateAutoScalingGroup).

        Arguments:
            desired_server_count_editable: Whether the desired server count may be changed.
            drain_enabled: Whether a server's load balancer connections are drained before it is
                removed.
            drain_timeout: How long draining may last.
            launch_configuration_id: The launch configuration new servers are created from.
            security_group_ids: Security groups of the group's servers.
            state_check_delay_time: How long after creating a server the group waits before checking
                its state. (API versions 1.2, 1.3)
            use_lb_state_check: Whether the group also checks the servers' state at the load
                balancer. (API versions 1.2, 1.3)
        """
        answer = await self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP,
                (auto_scaling_group_id,),
                {
                    "desired_server_count_editable": desired_server_count_editable,
                    "drain_enabled": drain_enabled,
                    "drain_timeout": drain_timeout,
                    "launch_configuration_id": launch_configuration_id,
                    "security_group_ids": security_group_ids,
                    "state_check_delay_time": state_check_delay_time,
                    "use_lb_state_check": use_lb_state_check,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroup", answer)

    async def delete(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        wait: bool = False,
        timeout: float | None = None,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> None:
        """Delete Auto-Scaling Group.

        Deletes an Auto-Scaling Group.

        `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}` (deleteAutoScalingGroup).
        """
        await self._run(
            self._deleting(
                _DELETE_AUTO_SCALING_GROUP,
                _SHOW_AUTO_SCALING_GROUP,
                _AUTO_SCALING_GROUPS_LIFECYCLE,
                (auto_scaling_group_id,),
                {},
                wait,
                timeout,
                interval,
                on_poll,
            )
        )

    async def update_server_count(
        self,
        auto_scaling_group_id: str | UUID,
        *,
        desired_server_count: int | None = None,
        max_server_count: int | None = None,
        min_server_count: int | None = None,
        timeout: float | None = None,
    ) -> models.AutoScalingGroup:
        """Update Auto-Scaling Group Server Count.

        Changes an Auto-Scaling Group's desired, minimum or maximum number of servers. Counts left
        out stay as they are.

        `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/server-count` (updateAutoScalingGroupServerCount).

        Arguments:
            desired_server_count: How many servers the group should run.
            max_server_count: Most servers the group may run.
            min_server_count: Fewest servers the group may run.
        """
        answer = await self._run(
            self._operation(
                _UPDATE_AUTO_SCALING_GROUP_SERVER_COUNT,
                (auto_scaling_group_id,),
                {
                    "desired_server_count": desired_server_count,
                    "max_server_count": max_server_count,
                    "min_server_count": min_server_count,
                },
                timeout,
            )
        )
        return cast("models.AutoScalingGroup", answer)

    async def wait_for_state(
        self,
        auto_scaling_group_id: str | UUID,
        state: str,
        *,
        timeout: float = 600.0,
        interval: float = 5.0,
        on_poll: PollProgress | None = None,
    ) -> models.AutoScalingGroup:
        """Polls until it is in `state` (IN_SERVICE, CREATING, UPDATING, SCALING_OUT, SCALING_IN, DELETING, ERROR).

        Fails fast with ServerStateError in a failure state (ERROR)
        unless that is the state awaited; WaitTimeoutError after `timeout` seconds. Polls on
        through passing failures (5xx, 429, dropped connections), raising the last one at the
        deadline. `on_poll(state, elapsed, polls)` is called after every poll.
        """
        answer = await self._run(
            self._waiting(
                _SHOW_AUTO_SCALING_GROUP,
                _AUTO_SCALING_GROUPS_LIFECYCLE,
                (auto_scaling_group_id,),
                state,
                timeout,
                interval,
                on_poll,
            )
        )
        return cast("models.AutoScalingGroup", answer)

    async def wait_until_deleted(
        self,
        auto_scaling_group_id: str | UUID,
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
                _SHOW_AUTO_SCALING_GROUP,
                _AUTO_SCALING_GROUPS_LIFECYCLE,
                (auto_scaling_group_id,),
                None,
                timeout,
                interval,
                on_poll,
                gone=True,
            )
        )
