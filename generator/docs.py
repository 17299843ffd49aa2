"""Writes the documentation's resource pages (docs/resources/*.md) and their place in mkdocs.yml.

One page per resource of the facade (`client.servers`, `client.images`, ...), with what hangs
under it: every method with its HTTP operation and the API versions that have it, a table of
its arguments (the specs' parameters, and the facade's own: `wait`, `interval`, `timeout`,
`page_size`, `marker`, ...), what it returns, the resource's model and its fields, and examples
for the sync and the async client. The examples are real code: `tests/test_docs_examples.py`
runs every one against the local server, so that they cannot rot.

What a method takes is read from the generated resources themselves (their source, parsed, not
imported), so the pages say what the code does; what the specs say (descriptions, versions)
comes from the built documents, their prose as users read it (`prose.for_users`).
`python -m generator` writes the pages; `python -m generator --check` fails when they differ.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import bundle, facade, lint, prose
from .build import PACKAGE_DIR, RESOURCES, ROOT, SPEC_DIR, spec_paths

DOCS = ROOT / "docs"
PAGES = DOCS / "resources"
MKDOCS = ROOT / "mkdocs.yml"
NAV_START = "  # resources: written by `python -m generator` (generator/docs.py)"
NAV_END = "  # end of resources"

FACADE_ARGUMENTS = {
    "wait": "True: wait until the deletion has finished (polling the resource until the "
    "service answers 404); False: return once the service has accepted it (202).",
    "interval": "Seconds between polls while waiting, at most (the first polls come sooner: "
    "after 0.1 s, then doubling).",
    "timeout": "Seconds the whole call may take: every attempt, retry and wait, and reading "
    "the answer (default: the client's, 60 s; a waiter's: 600 s).",
    "page_size": "How many items each page asks for (100 when None; a short page ends the "
    "list). The list is lazy: it asks for the next page before it hands out a page's items.",
    "marker": "Start after this item (an id, as `page.next` gives it): resume a list.",
    "offset": "Start at this position (as `page.next` gives it): resume a list.",
    "page": "Start at this page (as `page.next` gives it): resume a list.",
    "state": "The state to wait for; one of the lifecycle's states (others are refused).",
    "on_poll": "Called after every poll with (state, elapsed seconds, polls), for progress; "
    "an error it raises is logged once and the wait goes on (`vs.PollHook(f, errors='raise')` "
    "raises it instead).",
}
"""What the facade adds to the specs' parameters, in every method that takes them."""

HELPERS = {
    "wait_for_state": "Polls until the resource is in `state`; fails fast in a failure state.",
    "wait_until_deleted": "Polls until the resource is gone (the service answers 404).",
}


@dataclass
class Parameter:
    name: str
    annotation: str
    default: str | None  # None: required


@dataclass
class Signature:
    parameters: list[Parameter]
    returns: str
    keyword_only: set[str] = field(default_factory=set)


@dataclass
class ModelInfo:
    name: str
    fields: list[tuple[str, str, str]]  # name, annotation, description


# -- reading the generated code ---------------------------------------------------------------


def _signatures(source: str) -> dict[str, dict[str, Signature]]:
    """Class name -> method name -> its signature, from a generated resource module."""
    found: dict[str, dict[str, Signature]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        methods: dict[str, Signature] = {}
        for item in node.body:
            if not isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if item.name.startswith("_") or any(
                isinstance(d, ast.Name) and d.id == "cached_property" for d in item.decorator_list
            ):
                continue
            args = item.args
            positional = args.posonlyargs + args.args
            defaults: list[ast.expr | None] = [None] * (
                len(positional) - len(args.defaults)
            ) + list(args.defaults)
            parameters = [
                Parameter(a.arg, _text(a.annotation), None if d is None else ast.unparse(d))
                for a, d in zip(positional, defaults, strict=True)
                if a.arg != "self"
            ]
            keyword = [
                Parameter(a.arg, _text(a.annotation), None if d is None else ast.unparse(d))
                for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
            ]
            methods[item.name] = Signature(
                [*parameters, *keyword],
                _text(item.returns),
                {p.name for p in keyword},
            )
        found[node.name] = methods
    return found


def _text(node: ast.expr | None) -> str:
    if node is None:
        return ""
    text = ast.unparse(node)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    return re.sub(r"\bPage\[", "vs.Page[", text.replace("models.", "vs."))


def _models(source: str) -> dict[str, ModelInfo]:
    """Model name -> its fields (name, type, description), from the generated models module."""
    found: dict[str, ModelInfo] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: list[tuple[str, str, str]] = []
        body = node.body
        for index, item in enumerate(body):
            if not (isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)):
                continue
            name = item.target.id
            if name.startswith("_") or "ClassVar" in ast.unparse(item.annotation):
                continue
            following = body[index + 1] if index + 1 < len(body) else None
            description = (
                following.value.value
                if isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
                else ""
            )
            fields.append((name, _text(item.annotation), " ".join(description.split())))
        if fields:
            found[node.name] = ModelInfo(node.name, fields)
    return found


# -- the specs' side ----------------------------------------------------------------------------


def _resources(spec_dir: Path) -> dict[str, facade.Resource]:
    documents: dict[str, Mapping[str, Any]] = {}
    for path in spec_paths(spec_dir):
        document = lint.load(path)
        documents[lint.version_info(path, document).version] = prose.for_users(document)
    resources_yaml = spec_dir / RESOURCES
    data = bundle.read_mapping(resources_yaml) if resources_yaml.is_file() else {}
    return facade.collect(documents, data)


def availability(versions: Sequence[str], known: Sequence[str]) -> str:
    """ "API 1.2+", "API 1.0 only", "API 1.0 to 1.1", or the versions listed."""
    order = list(known)
    present = sorted(versions, key=order.index)
    if not present:
        return "no API version"
    first, last = order.index(present[0]), order.index(present[-1])
    if present != order[first : last + 1]:
        return "API " + ", ".join(present)
    if last == len(order) - 1:
        return "every API version" if first == 0 else f"API {present[0]}+"
    if first == last:
        return f"API {present[0]} only"
    return f"API {present[0]} to {present[-1]}"


# -- rendering ----------------------------------------------------------------------------------


def _title(resource: facade.Resource) -> str:
    words = re.findall(r"[A-Z][a-z0-9]*", resource.class_name)
    return " ".join(words)


def _access(resource: facade.Resource, by_tag: Mapping[str, facade.Resource]) -> str:
    chain = [resource.attribute]
    parent = resource.parent
    while parent is not None:
        chain.insert(0, by_tag[parent].attribute)
        parent = by_tag[parent].parent
    return "client." + ".".join(chain)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return f"`{text}`" if text else ""


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def _method_section(
    access: str,
    name: str,
    signature: Signature,
    method: facade.Method | None,
    known: Sequence[str],
    *,
    paged: bool = False,
) -> list[str]:
    positional = [p.name for p in signature.parameters if p.name not in signature.keyword_only]
    if signature.keyword_only:
        positional.append("...")
    out = [f"### `{access}.{name}({', '.join(positional)})`", ""]
    arguments: dict[str, facade.Argument] = {}
    if paged:
        out.append("The same list, a page at a time: each page has `.items` and `.next` (where")
        out.append("the next page starts: give it as the start argument to resume).")
        out.append("")
    if method is not None:
        arguments = {a.python: a for a in (*method.query.values(), *method.body.values())}
        out.append(_sentence(method.summary))
        if (
            not paged
            and method.description
            and method.description.rstrip(".") != method.summary.rstrip(".")
        ):
            out += ["", _sentence(method.description)]
        out += [
            "",
            f"`{method.http_method} {method.path}` ({method.operation_id}) · "
            f"{availability(method.versions, known)}",
        ]
    else:
        out.append(HELPERS.get(name, ""))
    if signature.parameters:
        out += ["", "| argument | type | default | description |", "|---|---|---|---|"]
        for parameter in signature.parameters:
            out.append(
                "| "
                + " | ".join(
                    [
                        f"`{parameter.name}`",
                        _code(_cell(parameter.annotation)),
                        "required"
                        if parameter.default is None
                        else _code(_cell(parameter.default)),
                        _cell(_describe(parameter, method, arguments, known)),
                    ]
                )
                + " |"
            )
    returns = signature.returns or "None"
    out += ["", f"Returns `{_cell(returns)}`."]
    return [*out, ""]


def _describe(
    parameter: Parameter,
    method: facade.Method | None,
    arguments: Mapping[str, facade.Argument],
    known: Sequence[str],
) -> str:
    argument = arguments.get(parameter.name)
    if argument is not None:
        text = _sentence(argument.description or argument.name)
        if method is not None and argument.versions and argument.versions != set(method.versions):
            text += f" ({availability(sorted(argument.versions), known)})"
        return text
    if method is not None and parameter.name in method.path_params:
        return f"The `{parameter.name}` of the path; checked before any request."
    if parameter.name in method_path_params(method):
        return f"The `{parameter.name}` of the path."
    if parameter.name in FACADE_ARGUMENTS:
        return FACADE_ARGUMENTS[parameter.name]
    if method is not None:
        for flag, (target, if_true, if_false) in method.flags.items():
            if flag == parameter.name:
                return f"Sets `{target}`: {if_true!r} if true, {if_false!r} if false."
        for alias, target in method.aliases.items():
            if alias == parameter.name:
                return f"Same as `{target}`."
    if parameter.name.endswith("_id"):
        return f"The `{parameter.name}` of the path."
    raise lint.SpecError(
        f"docs: {parameter.name!r} is not described; add it to generator/docs.py FACADE_ARGUMENTS"
    )


def method_path_params(method: facade.Method | None) -> list[str]:
    return list(method.path_params) if method is not None else []


def _model_section(model: ModelInfo, lifecycle: Mapping[str, Any] | None) -> list[str]:
    out = [
        f"## `vs.{model.name}`",
        "",
        "What the service answers, as a model (`scp_virtualserver.resources.models`): the fields",
        "of every API version (None where the version in use has none) and `raw`, the answer as",
        "it was sent, unknown fields included.",
    ]
    if lifecycle:
        moving = ", ".join(lifecycle.get("transitional", []))
        stable = ", ".join(lifecycle.get("stable", []))
        failed = ", ".join(lifecycle.get("failed", []))
        out += [
            "",
            f"Its `{lifecycle['field']}` moves through {moving} to {stable}; {failed} means it "
            f"failed (`known_state` gives it as a `vs.{model.name}State`).",
        ]
    out += ["", "| field | type | description |", "|---|---|---|"]
    out += [
        f"| `{name}` | {_code(_cell(annotation))} | {_cell(description)} |"
        for name, annotation, description in model.fields
    ]
    return [*out, ""]


def _examples(
    resource: facade.Resource, sync: Mapping[str, Signature], model: ModelInfo | None
) -> tuple[list[str], list[str]] | None:
    """The sync and the async example's lines, from what the resource can do."""
    attribute = resource.attribute
    noun = re.sub(r"s$", "", attribute.rsplit("_", 1)[-1]) or "item"
    fields = {name for name, _, _ in (model.fields if model else [])}
    lister = sync.get("list")
    getter = sync.get("get")
    # The field that names one in its path: `get(keypair_name)` takes a name, others an id.
    by_name = getter is not None and any(p.name.endswith("_name") for p in _required(getter))
    key = "name" if by_name and "name" in fields else ("id" if "id" in fields else None)
    shown = [f for f in ("name", "state", "status") if f in fields and f != key]
    body: list[tuple[str, str]] = []  # (sync line, async line)
    if lister is not None and not _required(lister):
        if lister.returns.startswith("Iterator"):
            body.append(
                (
                    f"{attribute} = list(client.{attribute}.list())  # every page, lazily",
                    f"{attribute} = [{noun} async for {noun} in client.{attribute}.list()]",
                )
            )
            body.append(
                (
                    f'print(len({attribute}), "{attribute.replace("_", " ")}")',
                    f'print(len({attribute}), "{attribute.replace("_", " ")}")',
                )
            )
            if getter is not None and key and len(_required(getter)) == 1:
                body.append(
                    (
                        f"{noun} = client.{attribute}.get({attribute}[0].{key})",
                        f"{noun} = await client.{attribute}.get({attribute}[0].{key})",
                    )
                )
                printed = ", ".join(f"{noun}.{f}" for f in [key, *shown])
                body.append((f"print({printed})", f"print({printed})"))
                deleter = sync.get("delete")
                if deleter is not None and "wait" in {p.name for p in deleter.parameters}:
                    body.append(
                        (
                            f"client.{attribute}.delete({noun}.{key}, wait=True)  # 202, then "
                            "polls until it is gone",
                            f"await client.{attribute}.delete({noun}.{key}, wait=True)",
                        )
                    )
        else:
            body.append(
                (
                    f"{attribute} = client.{attribute}.list()",
                    f"{attribute} = await client.{attribute}.list()",
                )
            )
            body.append((f"print({attribute})", f"print({attribute})"))
    elif getter is not None and not _required(getter):
        body.append(
            (f"{noun} = client.{attribute}.get()", f"{noun} = await client.{attribute}.get()")
        )
        body.append((f"print({noun})", f"print({noun})"))
    if not body:
        return None
    sync_lines = [
        "import scp_virtualserver as vs",
        "",
        'with vs.VirtualServerClient(region="kr-west1", environment="e") as client:',
        *(f"    {line}" for line, _ in body),
    ]
    async_lines = [
        "import asyncio",
        "",
        "import scp_virtualserver as vs",
        "",
        "",
        "async def main() -> None:",
        '    async with vs.AsyncVirtualServerClient(region="kr-west1", environment="e") as client:',
        *(f"        {line}" for _, line in body),
        "",
        "",
        "asyncio.run(main())",
    ]
    return sync_lines, async_lines


def _required(signature: Signature) -> list[Parameter]:
    return [p for p in signature.parameters if p.default is None]


def render_page(
    resource: facade.Resource,
    by_tag: Mapping[str, facade.Resource],
    signatures: Mapping[str, Mapping[str, Signature]],
    models: Mapping[str, ModelInfo],
    known: Sequence[str],
) -> str:
    family = [resource, *(r for child in resource.children for r in _family(child))]
    model = models.get(resource.model)
    out = [
        f"# {_title(resource)}",
        "",
        f"`{_access(resource, by_tag)}`: {_sentence(resource.description)}",
        "",
        f"On `vs.AsyncVirtualServerClient` the same methods are coroutines (`await "
        f"client.{resource.attribute}.…`) and lists are async iterators (`async for`).",
        "Every argument is checked against the API version in use before any request: one",
        "that version lacks is refused, naming the versions that have it.",
        "",
        "Generated from the specs by `python -m generator`; do not edit by hand.",
        "",
    ]
    examples = _examples(resource, signatures.get(resource.class_name, {}), model)
    if examples is not None:
        sync_lines, async_lines = examples
        out += [
            "## Examples",
            "",
            "These run as they are against the [local server](../testing.md) (CI runs each one",
            "with `SCP_ENDPOINT_URL` and the keys pointing at it), and against your account as",
            "the [configuration](../configuration.md) page says.",
            "",
            "```python",
            *sync_lines,
            "```",
            "",
            "The same with the async client:",
            "",
            "```python",
            *async_lines,
            "```",
            "",
        ]
    for member in family:
        access = _access(member, by_tag)
        methods = {m.name: m for m in member.methods}
        out += [f"## `{access}`", ""]
        if member is not resource:
            out += [_sentence(member.description), ""]
        for name, signature in signatures.get(member.class_name, {}).items():
            method = methods.get(name)
            paged = method is None and name.endswith("_pages")
            if paged:
                method = methods.get(name.removesuffix("_pages"))
            out += _method_section(access, name, signature, method, known, paged=paged)
    for member in family:
        member_model = models.get(member.model)
        if member_model is not None and member.model_schemas:
            out += _model_section(member_model, member.lifecycle)
    return "\n".join(out).rstrip() + "\n"


def _family(resource: facade.Resource) -> list[facade.Resource]:
    return [resource, *(r for child in resource.children for r in _family(child))]


def render(spec_dir: Path = SPEC_DIR, package_dir: Path = PACKAGE_DIR) -> dict[Path, str]:
    """Every page and mkdocs.yml, as they should be: path -> text."""
    resources = _resources(spec_dir)
    known = [lint.version_info(path, lint.load(path)).version for path in spec_paths(spec_dir)]
    generated = package_dir / facade.PACKAGE
    models = _models((generated / "models.py").read_text(encoding="utf-8"))
    top = sorted((r for r in resources.values() if r.parent is None), key=lambda r: r.attribute)
    pages: dict[Path, str] = {}
    for resource in top:
        module = generated / f"{resource.attribute}.py"
        signatures = _signatures(module.read_text(encoding="utf-8"))
        pages[PAGES / f"{resource.attribute}.md"] = render_page(
            resource, resources, signatures, models, known
        )
    pages[MKDOCS] = _with_nav(MKDOCS.read_text(encoding="utf-8"), top)
    return pages


def _with_nav(text: str, top: Sequence[facade.Resource]) -> str:
    lines = text.splitlines()
    try:
        start, end = lines.index(NAV_START), lines.index(NAV_END)
    except ValueError:
        raise lint.SpecError(f"mkdocs.yml lacks the lines {NAV_START!r} and {NAV_END!r}") from None
    entries = [f"      - {_title(r)}: resources/{r.attribute}.md" for r in top]
    return "\n".join([*lines[: start + 1], *entries, *lines[end:]]) + "\n"


def stale() -> list[str]:
    """What differs from what the specs and the generated code give (empty: nothing)."""
    found = []
    wanted = render()
    for path, text in wanted.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            found.append(f"{path.relative_to(ROOT)} is not what the specs give")
    extra = {p for p in PAGES.glob("*.md")} - set(wanted)
    found += [f"{p.relative_to(ROOT)} is not a page of any resource" for p in sorted(extra)]
    return found


def main() -> int:
    PAGES.mkdir(parents=True, exist_ok=True)
    wanted = render()
    for old in PAGES.glob("*.md"):
        if old not in wanted:
            old.unlink()
    for path, text in wanted.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
