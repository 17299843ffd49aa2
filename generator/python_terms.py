"""What a version changed, in the terms of Python code that uses the SDK.

docs/versions.md (`generator.changelog`) lists, for each version, what code written for the
version before meets: methods new or gone (`client.servers.security_groups.attach` is gone in
1.1), arguments new, gone or now required (`client.servers.create(partition_number=...)`), and
model fields new or no longer sent (`vs.Server.partition_number`), each with its wire detail
beside it. The full list of wire changes follows, folded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from . import bundle, facade, prose

__all__ = ["Terms"]


class Terms:
    """The facade's names of every operation, argument and model field, by version."""

    def __init__(self, documents: Mapping[str, Mapping[str, Any]], resources_yaml: Path) -> None:
        data = bundle.read_mapping(resources_yaml) if resources_yaml.is_file() else {}
        users = {version: prose.for_users(document) for version, document in documents.items()}
        self.documents = documents
        self.resources = facade.collect(users, data)

    def _access(self, resource: facade.Resource) -> str:
        chain = [resource.attribute]
        parent = resource.parent
        while parent is not None:
            chain.insert(0, self.resources[parent].attribute)
            parent = self.resources[parent].parent
        return "client." + ".".join(chain)

    def _fields(self, resource: facade.Resource, version: str) -> dict[str, str]:
        """The model's fields in a version: name -> the schema it comes from."""
        found: dict[str, str] = {}
        schemas = self.documents[version].get("components", {}).get("schemas", {})
        for name in sorted(resource.model_schemas.get(version, ())):
            for field in (schemas.get(name) or {}).get("properties") or {}:
                found.setdefault(field, name)
        return found

    def first(self, version: str) -> list[str]:
        """Every method of the first version, with its operation."""
        lines = []
        for resource in self.resources.values():
            for method in resource.methods:
                if version in method.versions:
                    lines.append(f"- `{self._access(resource)}.{method.name}` · {_wire(method)}")
        return sorted(lines)

    def changes(self, old: str, new: str) -> list[str]:
        """What code written for `old` meets in `new`, one line each, with the wire detail."""
        methods: list[str] = []
        arguments: list[str] = []
        fields: list[str] = []
        for resource in self.resources.values():
            access = self._access(resource)
            for method in resource.methods:
                call = f"{access}.{method.name}"
                was, now = old in method.versions, new in method.versions
                if now and not was:
                    methods.append(f"- `{call}`: new in {new} · {_wire(method)}")
                elif was and not now:
                    methods.append(f"- `{call}`: gone in {new} · {_wire(method)}")
                if not (was and now):
                    continue
                for argument in (*method.query.values(), *method.body.values()):
                    where = "query" if argument.name in method.query else "body"
                    detail = f"{where} `{argument.name}` of `{method.operation_id}`"
                    keyword = f"`{call}({argument.python}=...)`"
                    had, has = old in argument.versions, new in argument.versions
                    if has and not had:
                        arguments.append(f"- {keyword}: a new argument · wire: {detail}")
                    elif had and not has:
                        arguments.append(
                            f"- {keyword}: gone in {new} (refused before any request) · "
                            f"wire: {detail}"
                        )
                    elif new in argument.required_in and old not in argument.required_in:
                        arguments.append(f"- {keyword}: now required · wire: {detail}")
                    elif old in argument.required_in and new not in argument.required_in:
                        arguments.append(f"- {keyword}: no longer required · wire: {detail}")
            if resource.model_schemas:
                before, after = self._fields(resource, old), self._fields(resource, new)
                for name in sorted(after.keys() - before.keys()):
                    fields.append(
                        f"- `vs.{resource.model}.{name}`: a new field (None in {old}) · "
                        f"wire: `{after[name]}.{name}`"
                    )
                for name in sorted(before.keys() - after.keys()):
                    fields.append(
                        f"- `vs.{resource.model}.{name}`: no longer sent (None from {new}) · "
                        f"wire: `{before[name]}.{name}`"
                    )
        out: list[str] = []
        for title, lines in (
            ("Methods", methods),
            ("Arguments", arguments),
            ("Model fields", fields),
        ):
            if lines:
                out += ["", f"**{title}**", "", *sorted(lines)]
        return out


def _wire(method: facade.Method) -> str:
    return f"wire: `{method.http_method} {method.path} ({method.operation_id})`"


def folded(title: str, lines: Sequence[str]) -> list[str]:
    """A collapsed block (pymdownx.details) holding `lines`."""
    return ["", f'??? note "{title}"', "", *(f"    {line}" for line in lines)]
