"""Classify every change between two versions of an OpenAPI 3.1 spec, from the client's side.

`make spec-diff [BASE=<git ref>]` compares each `specs/<p>.openapi.yaml` with its version at
BASE (default: the last tag, else `HEAD`); `python scripts/spec_diff.py --old a.yaml --new
b.yaml` compares two files. `diff_specs(old, new)` is the function the version check reuses.

Each change is `breaking`, `additive` (compatible: the app may want it, nothing it does stops
working) or `docs` (descriptions, summaries, examples, `externalDocs`, `x-…` notes). The rule
behind every verdict: *request side* (what the app sends) is broken by anything that rejects
or changes what a working app sends — a removed operation, field or parameter, a new required
one, a narrower type, a new or changed `format`, a removed enum value, a tightened bound;
*response side* (what the app reads: responses, and webhook payloads the app receives) is
broken by anything the client generated from the old spec could fail to parse, or that changes
a generated type under the app's code — a removed field, a required field made optional
(`Unset`), a wider type, a field made nullable (the old `from_dict` raises on `null`, the new
type is `X | None`), a changed `format`. New enum values in responses are additive: the
generated enums are open (`codegen/templates/str_enum.py.jinja`). Bounds and patterns are not
checked by the generated readers, so on the response side they are additive either way. A
component schema is compared once per side it is reachable from (request, response, or both),
and each change names the operations that reach it.

The README ("Diffing specs and APIs") has the table of rules.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

import yaml
from _registry import ROOT, SPECS, discover, spec_path
from lint_specs import HTTP_METHODS

__all__ = [
    "SEVERITIES",
    "Change",
    "Severity",
    "default_base",
    "diff_specs",
    "git_show",
    "main",
    "max_severity",
]

Severity = Literal["docs", "additive", "breaking"]
Side = Literal["request", "response", "both", ""]
SEVERITIES: tuple[Severity, ...] = ("docs", "additive", "breaking")
METHODS = HTTP_METHODS

# Schema keywords that are documentation only. `title` is not: the generator names classes
# after it (see `_title`).
DOC_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs", "$comment"})
# Upper and lower bounds: a smaller upper bound or a larger lower bound is tighter.
UPPER = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")
LOWER = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")
# Formats that change the generated Python type (str -> datetime, date, UUID, File).
TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})
# Keywords whose change narrows or widens what validates, compared as one opaque block.
CONDITIONAL = frozenset({"if", "then", "else", "not", "dependentRequired", "dependentSchemas", "propertyNames"})
HANDLED = (
    DOC_KEYS
    | CONDITIONAL
    | frozenset(UPPER)
    | frozenset(LOWER)
    | frozenset(
        {
            "$ref",
            "type",
            "nullable",
            "format",
            "enum",
            "const",
            "properties",
            "required",
            "items",
            "additionalProperties",
            "anyOf",
            "oneOf",
            "allOf",
            "multipleOf",
            "pattern",
            "uniqueItems",
            "default",
            "readOnly",
            "writeOnly",
            "deprecated",
            "title",
        }
    )
)


@dataclass(frozen=True)
class Change:
    """One classified difference.

    Args:
        kind: what changed, e.g. `operation-removed`, `property-added`, `enum-value-removed`.
        severity: `breaking`, `additive` or `docs`.
        location: where, in the spec: `POST /v1/x`, `components.schemas.Verification.status`.
        operations: the operations (operationId, or `METHOD /path`; `webhook <name>`) affected.
        message: what changed, in words.
        side: `request` (the app sends it), `response` (the app reads it), `both`, or `` when
            the change is not about a payload.
    """

    kind: str
    severity: Severity
    location: str
    operations: tuple[str, ...]
    message: str
    side: Side = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "location": self.location,
            "operations": list(self.operations),
            "message": self.message,
            "side": self.side,
        }

    def __str__(self) -> str:
        side = f" ({self.side} side)" if self.side else ""
        ops = f" — {', '.join(self.operations)}" if self.operations else ""
        return f"[{self.severity}] {self.location}{side}: {self.message}{ops}"


def max_severity(changes: Iterable[Change]) -> Severity | None:
    """The worst severity among `changes`, or None when there are none."""
    ranks = [SEVERITIES.index(change.severity) for change in changes]
    return SEVERITIES[max(ranks)] if ranks else None


def _pick(side: Side, request: Severity, response: Severity) -> Severity:
    if side == "request":
        return request
    if side == "response":
        return response
    return SEVERITIES[max(SEVERITIES.index(request), SEVERITIES.index(response))]


def _show(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


@dataclass
class _Spec:
    doc: Mapping[str, Any]

    def resolve(self, node: Any, seen: frozenset[str] = frozenset()) -> Any:
        """Follow local `$ref`s (any component kind) until a non-reference node."""
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in seen:
                return {}
            seen = seen | {ref}
            target = self.pointer(ref)
            if target is None:
                return {}
            node = target
        return node

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            return None  # remote references are out of scope: the house specs have none
        node: Any = self.doc
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node

    def schemas(self) -> Mapping[str, Any]:
        components = self.doc.get("components") or {}
        return components.get("schemas") or {}

    def operations(self) -> Iterator[_Op]:
        """(key, label, location, operation, path item, is_webhook) for every operation and webhook."""
        for group, is_webhook in (("paths", False), ("webhooks", True)):
            for path, raw_item in (self.doc.get(group) or {}).items():
                item = self.resolve(raw_item)
                if not isinstance(item, Mapping):
                    continue
                for method in METHODS:
                    op = item.get(method)
                    if not isinstance(op, Mapping):
                        continue
                    if is_webhook:
                        key = f"webhook {path} {method}"
                        label = f"webhook {path}"
                        loc = f"webhooks.{path}.{method}"
                    else:
                        key = f"{method.upper()} {path}"
                        label = str(op.get("operationId") or key)
                        loc = key
                    yield _Op(key, label, loc, op, item, is_webhook)


class _Op(NamedTuple):
    key: str
    label: str
    loc: str
    op: Mapping[str, Any]
    item: Mapping[str, Any]
    webhook: bool


SCHEMA_PREFIX = "#/components/schemas/"


def _schema_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, Mapping) else None
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX) and "/" not in ref[len(SCHEMA_PREFIX) :]:
        return ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
    return None


def _reachability(spec: _Spec) -> dict[str, dict[str, set[str]]]:
    """component schema -> side -> labels of the operations that reach it (transitively)."""
    closure: dict[str, set[str]] = {}

    def refs_in(node: Any, out: set[str], seen: set[int]) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, Mapping):
            name = _schema_name(node)
            if name is not None:
                out.add(name)
            elif isinstance(node.get("$ref"), str):
                refs_in(spec.pointer(node["$ref"]), out, seen)
            for key, value in node.items():
                if key not in ("example", "examples"):
                    refs_in(value, out, seen)
        elif isinstance(node, list):
            for value in node:
                refs_in(value, out, seen)

    def transitive(names: set[str]) -> set[str]:
        result: set[str] = set()
        todo = list(names)
        while todo:
            name = todo.pop()
            if name in result:
                continue
            result.add(name)
            if name not in closure:
                direct: set[str] = set()
                refs_in(spec.schemas().get(name), direct, set())
                closure[name] = direct
            todo.extend(closure[name] - result)
        return result

    reach: dict[str, dict[str, set[str]]] = {}
    for _key, label, _loc, op, item, is_webhook in spec.operations():
        sent: set[str] = set()  # what the app sends: request for operations, the answer for webhooks
        read: set[str] = set()
        params = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
        refs_in(params, read if is_webhook else sent, set())
        refs_in(op.get("requestBody"), read if is_webhook else sent, set())
        refs_in(op.get("responses"), sent if is_webhook else read, set())
        for side, names in (("request", sent), ("response", read)):
            for name in transitive(names):
                reach.setdefault(name, {}).setdefault(side, set()).add(label)
    return reach


@dataclass
class _Differ:
    old: _Spec
    new: _Spec
    found: dict[tuple[str, str, str, str, Severity], set[str]] = field(default_factory=dict)
    _pairs: set[tuple[str, str, str]] = field(default_factory=set)

    # -- recording ---------------------------------------------------------------------------
    def add(self, kind: str, severity: Severity, loc: str, ops: Iterable[str], message: str, side: Side = "") -> None:
        self.found.setdefault((loc, kind, message, side, severity), set()).update(ops)

    def sided(
        self, kind: str, loc: str, ops: Iterable[str], message: str, side: Side, request: Severity, response: Severity
    ) -> None:
        if side == "both":
            ops = tuple(ops)
            self.add(kind, request, loc, ops, message, "request")
            self.add(kind, response, loc, ops, message, "response")
        else:
            self.add(kind, _pick(side, request, response), loc, ops, message, side)

    def changes(self) -> list[Change]:
        # The same change on both sides with the same verdict is reported once, side `both`.
        grouped: dict[tuple[str, str, str, Severity], dict[str, set[str]]] = {}
        for (loc, kind, message, side, severity), ops in self.found.items():
            grouped.setdefault((loc, kind, message, severity), {}).setdefault(side, set()).update(ops)
        result: list[Change] = []
        for (loc, kind, message, severity), by_side in grouped.items():
            if "request" in by_side and "response" in by_side:
                ops = by_side.pop("request") | by_side.pop("response")
                by_side["both"] = by_side.get("both", set()) | ops
            for side, ops in by_side.items():
                result.append(Change(kind, severity, loc, tuple(sorted(ops)), message, side))  # type: ignore[arg-type]
        result.sort(key=lambda c: (-SEVERITIES.index(c.severity), c.location, c.kind, c.side, c.message))
        return result

    # -- documents ---------------------------------------------------------------------------
    def run(self) -> list[Change]:
        self.docs_block(self.old.doc.get("info"), self.new.doc.get("info"), "info", ())
        self.tags(self.old.doc.get("tags"), self.new.doc.get("tags"))
        self.servers(self.old.doc.get("servers"), self.new.doc.get("servers"), "servers", ())
        if self.old.doc.get("externalDocs") != self.new.doc.get("externalDocs"):
            self.add("docs-changed", "docs", "externalDocs", (), "externalDocs changed")
        self.security_schemes()
        self.operations()
        self.components()
        self.other_components()
        return self.changes()

    def docs_block(self, old: Any, new: Any, loc: str, ops: Iterable[str]) -> None:
        if _canon(old) != _canon(new):
            keys = sorted(
                k for k in set(old or {}) | set(new or {}) if _canon((old or {}).get(k)) != _canon((new or {}).get(k))
            )
            self.add("docs-changed", "docs", loc, ops, f"changed: {', '.join(keys)}")

    def tags(self, old: Any, new: Any) -> None:
        by_old = {t.get("name"): t for t in old or [] if isinstance(t, Mapping)}
        by_new = {t.get("name"): t for t in new or [] if isinstance(t, Mapping)}
        for name in sorted(set(by_old) | set(by_new), key=str):
            self.docs_block(by_old.get(name), by_new.get(name), f"tags.{name}", ())

    def servers(self, old: Any, new: Any, loc: str, ops: Iterable[str]) -> None:
        by_old = {s.get("url"): s for s in old or [] if isinstance(s, Mapping)}
        by_new = {s.get("url"): s for s in new or [] if isinstance(s, Mapping)}
        for url in sorted(set(by_old) - set(by_new), key=str):
            self.add("server-removed", "additive", loc, ops, f"server {url} removed (the clients take base_url)")
        for url in sorted(set(by_new) - set(by_old), key=str):
            self.add("server-added", "additive", loc, ops, f"server {url} added")
        for url in sorted(set(by_old) & set(by_new), key=str):
            o, n = dict(by_old[url]), dict(by_new[url])
            if _canon(o.get("variables")) != _canon(n.get("variables")):
                self.add("server-changed", "additive", loc, ops, f"server {url}: variables changed")
            o.pop("variables", None)
            n.pop("variables", None)
            self.docs_block(o, n, f"{loc}[{url}]", ops)

    def security_schemes(self) -> None:
        old = (self.old.doc.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.doc.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(set(old) | set(new)):
            loc = f"components.securitySchemes.{name}"
            if name not in new:
                self.add("security-scheme-removed", "breaking", loc, (), "security scheme removed")
            elif name not in old:
                self.add("security-scheme-added", "additive", loc, (), "security scheme added")
            else:
                o, n = self.old.resolve(old[name]), self.new.resolve(new[name])
                keys = sorted(
                    k
                    for k in set(o) | set(n)
                    if k != "description" and not k.startswith("x-") and _canon(o.get(k)) != _canon(n.get(k))
                )
                if keys:
                    self.add("security-scheme-changed", "breaking", loc, (), f"auth changed: {', '.join(keys)}")
                self.docs_block(_doc_part(o), _doc_part(n), loc, ())

    # -- operations --------------------------------------------------------------------------
    def operations(self) -> None:
        old_ops = {op.key: op for op in self.old.operations()}
        new_ops = {op.key: op for op in self.new.operations()}
        for key in sorted(set(old_ops) - set(new_ops)):
            gone = old_ops[key]
            what = "webhook no longer sent" if gone.webhook else "operation removed"
            self.add("operation-removed", "breaking", gone.loc, (gone.label,), what)
        for key in sorted(set(new_ops) - set(old_ops)):
            added = new_ops[key]
            self.add(
                "operation-added",
                "additive",
                added.loc,
                (added.label,),
                "webhook added" if added.webhook else "operation added",
            )
        for key in sorted(set(old_ops) & set(new_ops)):
            o, n = old_ops[key], new_ops[key]
            self.operation(n.loc, (n.label,), o.op, n.op, o.item, n.item, webhook=n.webhook)

    def operation(
        self,
        loc: str,
        ops: tuple[str, ...],
        o_op: Mapping[str, Any],
        n_op: Mapping[str, Any],
        o_item: Mapping[str, Any],
        n_item: Mapping[str, Any],
        *,
        webhook: bool,
    ) -> None:
        sent: Side = "response" if webhook else "request"  # side of parameters and body
        answered: Side = "request" if webhook else "response"  # side of the responses
        if o_op.get("operationId") != n_op.get("operationId"):
            self.add(
                "operation-id-changed",
                "breaking",
                loc,
                ops,
                f"operationId {o_op.get('operationId')!r} -> {n_op.get('operationId')!r} (renames the generated function)",
            )
        if not webhook and (o_op.get("tags") or [None])[0] != (n_op.get("tags") or [None])[0]:
            self.add(
                "operation-tag-changed",
                "breaking",
                loc,
                ops,
                f"first tag {(o_op.get('tags') or [None])[0]!r} -> {(n_op.get('tags') or [None])[0]!r} (moves the generated module api/<tag>/)",
            )
        if bool(o_op.get("deprecated")) != bool(n_op.get("deprecated")):
            self.add(
                "deprecated",
                "additive",
                loc,
                ops,
                f"deprecated: {bool(o_op.get('deprecated'))} -> {bool(n_op.get('deprecated'))}",
            )
        self.docs_block(_doc_part(o_op), _doc_part(n_op), loc, ops)
        self.docs_block(_doc_part(o_item), _doc_part(n_item), f"{loc} (path item)", ops)
        self.servers(
            o_op.get("servers") or o_item.get("servers"),
            n_op.get("servers") or n_item.get("servers"),
            f"{loc} servers",
            ops,
        )
        if not webhook:
            self.security(loc, ops, o_op, n_op)
        self.parameters(loc, ops, self._params(self.old, o_item, o_op), self._params(self.new, n_item, n_op), sent)
        self.request_body(loc, ops, o_op.get("requestBody"), n_op.get("requestBody"), sent)
        self.responses(loc, ops, o_op.get("responses") or {}, n_op.get("responses") or {}, answered)
        if _canon(o_op.get("callbacks")) != _canon(n_op.get("callbacks")):
            self.add("callbacks-changed", "additive", loc, ops, "callbacks changed")

    def security(self, loc: str, ops: tuple[str, ...], o_op: Mapping[str, Any], n_op: Mapping[str, Any]) -> None:
        inherited = "security" not in o_op and "security" not in n_op
        old = self.old.doc.get("security") if "security" not in o_op else o_op["security"]
        new = self.new.doc.get("security") if "security" not in n_op else n_op["security"]
        o = {_canon(req) for req in old or [{}]}
        n = {_canon(req) for req in new or [{}]}
        where = "security" if inherited else f"{loc} security"
        if o - n:
            self.add(
                "security-changed",
                "breaking",
                where,
                ops,
                f"auth changed: requirement(s) {sorted(o - n)} no longer accepted",
            )
        elif n - o:
            self.add("security-added", "additive", where, ops, f"auth: alternative(s) {sorted(n - o)} now accepted too")

    def _params(
        self, spec: _Spec, item: Mapping[str, Any], op: Mapping[str, Any]
    ) -> dict[tuple[str, str], tuple[str, Any]]:
        """(in, name) -> (location, parameter); a `$ref`'d parameter is located at its component."""
        result: dict[tuple[str, str], tuple[str, Any]] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = spec.resolve(raw)
            if isinstance(param, Mapping):
                ref = raw.get("$ref") if isinstance(raw, Mapping) else None
                where = _ref_loc(ref) if isinstance(ref, str) else ""
                result[(str(param.get("in")), str(param.get("name")))] = (where, param)
        return result

    def parameters(
        self,
        loc: str,
        ops: tuple[str, ...],
        old: dict[tuple[str, str], tuple[str, Any]],
        new: dict[tuple[str, str], tuple[str, Any]],
        side: Side,
    ) -> None:
        for key in sorted(set(old) | set(new)):
            where_o, o = old.get(key, ("", None))
            where_n, n = new.get(key, ("", None))
            ploc = (where_n if where_n and where_n == where_o else f"{loc} parameter") + f" {key[0]}:{key[1]}"
            if n is None:
                self.add("parameter-removed", "breaking", ploc, ops, f"{key[0]} parameter {key[1]!r} removed", side)
                continue
            n_req = bool(n.get("required")) or key[0] == "path"
            if o is None:
                severity: Severity = "breaking" if n_req and side == "request" else "additive"
                self.add(
                    "parameter-added",
                    severity,
                    ploc,
                    ops,
                    f"{'required' if n_req else 'optional'} {key[0]} parameter {key[1]!r} added",
                    side,
                )
                continue
            o_req = bool(o.get("required")) or key[0] == "path"
            if o_req != n_req:
                self.sided(
                    "parameter-required" if n_req else "parameter-optional",
                    ploc,
                    ops,
                    f"parameter {'now required' if n_req else 'no longer required'}",
                    side,
                    request="breaking" if n_req else "additive",
                    response="additive" if n_req else "breaking",
                )
            for keyword in ("style", "explode", "allowReserved", "allowEmptyValue"):
                if o.get(keyword) != n.get(keyword):
                    self.add(
                        "parameter-serialization-changed",
                        "breaking",
                        ploc,
                        ops,
                        f"{keyword}: {o.get(keyword)!r} -> {n.get(keyword)!r}",
                        side,
                    )
            if bool(o.get("deprecated")) != bool(n.get("deprecated")):
                self.add(
                    "deprecated",
                    "additive",
                    ploc,
                    ops,
                    f"deprecated: {bool(o.get('deprecated'))} -> {bool(n.get('deprecated'))}",
                    side,
                )
            self.docs_block(_doc_part(o), _doc_part(n), ploc, ops)
            if "schema" in o or "schema" in n:
                self.schema(o.get("schema"), n.get("schema"), ploc, ops, side)
            if "content" in o or "content" in n:
                self.content(o.get("content") or {}, n.get("content") or {}, ploc, ops, side)

    def request_body(self, loc: str, ops: tuple[str, ...], raw_old: Any, raw_new: Any, side: Side) -> None:
        o, n = self.old.resolve(raw_old), self.new.resolve(raw_new)
        where = _same_ref(raw_old, raw_new) or f"{loc} requestBody"
        if not n:
            if o:
                self.add("request-body-removed", "breaking", where, ops, "request body removed", side)
            return
        n_req = bool(n.get("required"))
        if not o:
            self.add(
                "request-body-added",
                "breaking" if n_req and side == "request" else "additive",
                where,
                ops,
                f"{'required' if n_req else 'optional'} request body added",
                side,
            )
            return
        o_req = bool(o.get("required"))
        if o_req != n_req:
            self.sided(
                "request-body-required" if n_req else "request-body-optional",
                where,
                ops,
                f"request body {'now required' if n_req else 'no longer required'}",
                side,
                request="breaking" if n_req else "additive",
                response="additive" if n_req else "breaking",
            )
        self.docs_block(_doc_part(o), _doc_part(n), where, ops)
        self.content(o.get("content") or {}, n.get("content") or {}, where, ops, side)

    def content(
        self, old: Mapping[str, Any], new: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side
    ) -> None:
        for media in sorted(set(old) | set(new)):
            mloc = f"{loc} {media}"
            if media not in new:
                self.add("media-type-removed", "breaking", mloc, ops, f"content type {media} removed", side)
            elif media not in old:
                self.add("media-type-added", "additive", mloc, ops, f"content type {media} added", side)
            else:
                o, n = old[media] or {}, new[media] or {}
                if _canon(o.get("encoding")) != _canon(n.get("encoding")):
                    self.add("encoding-changed", "breaking", mloc, ops, "encoding changed", side)
                if _canon(o.get("example")) != _canon(n.get("example")) or _canon(o.get("examples")) != _canon(
                    n.get("examples")
                ):
                    self.add("docs-changed", "docs", mloc, ops, "examples changed", side)
                self.schema(o.get("schema"), n.get("schema"), mloc, ops, side)

    def responses(
        self, loc: str, ops: tuple[str, ...], old: Mapping[str, Any], new: Mapping[str, Any], side: Side
    ) -> None:
        old = {str(k): v for k, v in old.items()}  # YAML reads an unquoted 200 as an int
        new = {str(k): v for k, v in new.items()}
        for status in sorted(set(old) | set(new)):
            raw_o, raw_n = old.get(status), new.get(status)
            rloc = _same_ref(raw_o, raw_n) or f"{loc} response {status}"
            success = status.startswith(("2", "3"))
            if raw_n is None:
                # A success status or `default` gone: the typed client loses what it parsed.
                severity: Severity = "breaking" if success or status == "default" else "additive"
                self.add("response-removed", severity, rloc, ops, f"response {status} removed", side)
                continue
            if raw_o is None:
                # A new success status is one the old client cannot parse.
                severity = "breaking" if success and side == "response" else "additive"
                self.add("response-added", severity, rloc, ops, f"response {status} added", side)
                continue
            o, n = self.old.resolve(raw_o), self.new.resolve(raw_n)
            self.docs_block(_doc_part(o), _doc_part(n), rloc, ops)
            if _canon(o.get("links")) != _canon(n.get("links")):
                self.add("docs-changed", "docs", rloc, ops, "links changed", side)
            self.content(o.get("content") or {}, n.get("content") or {}, rloc, ops, side)
            self.headers(o.get("headers") or {}, n.get("headers") or {}, rloc, ops, side)

    def headers(
        self, old: Mapping[str, Any], new: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side
    ) -> None:
        for name in sorted(set(old) | set(new)):
            hloc = f"{loc} header {name}"
            if name not in new:
                self.add("header-removed", "breaking", hloc, ops, f"header {name} removed", side)
            elif name not in old:
                self.add("header-added", "additive", hloc, ops, f"header {name} added", side)
            else:
                o, n = self.old.resolve(old[name]), self.new.resolve(new[name])
                if bool(o.get("required")) != bool(n.get("required")):
                    n_req = bool(n.get("required"))
                    self.sided(
                        "header-required" if n_req else "header-optional",
                        hloc,
                        ops,
                        f"header {'now required' if n_req else 'no longer required'}",
                        side,
                        request="breaking" if n_req else "additive",
                        response="additive" if n_req else "breaking",
                    )
                self.docs_block(_doc_part(o), _doc_part(n), hloc, ops)
                self.schema(o.get("schema"), n.get("schema"), hloc, ops, side)

    # -- components --------------------------------------------------------------------------
    def components(self) -> None:
        old, new = self.old.schemas(), self.new.schemas()
        reach_old, reach_new = _reachability(self.old), _reachability(self.new)
        for name in sorted(set(old) | set(new)):
            loc = f"components.schemas.{name}"
            sides: dict[str, set[str]] = {}
            for reach in (reach_old, reach_new):
                for side, labels in reach.get(name, {}).items():
                    sides.setdefault(side, set()).update(labels)
            ops = tuple(sorted(set().union(*sides.values()))) if sides else ()
            if name not in new:
                self.add("schema-removed", "breaking", loc, ops, "schema removed (its generated model goes)")
                continue
            if name not in old:
                self.add("schema-added", "additive", loc, ops, "schema added")
                continue
            if not sides:
                # Reached by no operation: the generated model is still public, judge both ways.
                self.schema_body(old[name], new[name], loc, (), "both")
            for side, labels in sorted(sides.items()):
                self.schema_body(old[name], new[name], loc, tuple(sorted(labels)), side)  # type: ignore[arg-type]

    def other_components(self) -> None:
        """Changes inside parameters/requestBodies/responses/headers components that no operation
        uses are invisible to the client; those that are used are compared through their users."""
        for kind in ("parameters", "requestBodies", "responses", "headers", "examples", "links"):
            old = (self.old.doc.get("components") or {}).get(kind) or {}
            new = (self.new.doc.get("components") or {}).get(kind) or {}
            for name in sorted(set(old) ^ set(new)):
                verb = "added" if name in new else "removed"
                self.add(
                    f"component-{verb}",
                    "docs",
                    f"components.{kind}.{name}",
                    (),
                    f"{kind} component {verb} (compared where it is used)",
                )

    # -- schemas -----------------------------------------------------------------------------
    def schema(self, old: Any, new: Any, loc: str, ops: tuple[str, ...], side: Side) -> None:
        """Compare two schema nodes found at `loc` (a property, a body, a parameter)."""
        if old is None and new is None:
            return
        o, n = _as_schema(old), _as_schema(new)
        o_null, o = _unwrap_nullable(o)
        n_null, n = _unwrap_nullable(n)
        o_null = o_null or _type_nullable(o)
        n_null = n_null or _type_nullable(n)
        for keyword in ("anyOf", "oneOf"):
            # One side a union, the other a single schema: the single one is a one-member union.
            if keyword in o and not {"anyOf", "oneOf"} & set(n):
                n = _wrap(n, keyword)
            elif keyword in n and not {"anyOf", "oneOf"} & set(o):
                o = _wrap(o, keyword)
        if o_null != n_null:
            self.sided(
                "nullable-added" if n_null else "nullable-removed",
                loc,
                ops,
                "may now be null" if n_null else "no longer accepts null",
                side,
                request="additive" if n_null else "breaking",
                response="breaking" if n_null else "additive",
            )
        o_name, n_name = _schema_name(o), _schema_name(n)
        if o_name is not None and o_name == n_name:
            # The component is compared once, on its own (see `components`); here only what
            # sits next to the `$ref`.
            self.keywords(_without_ref(o), _without_ref(n), loc, ops, side)
            return
        if (o_name or n_name) and o_name != n_name:
            self.add(
                "schema-ref-changed",
                "docs",
                loc,
                ops,
                f"now {('$ref ' + n_name) if n_name else 'an inline schema'} instead of {('$ref ' + o_name) if o_name else 'an inline schema'} "
                "(compared structurally; the generated class may be renamed, see `make api-diff`)",
                side,
            )
            # Compare what the two references point to, here; a pair already being compared
            # further up is a recursive schema, and stops.
            pair = (o_name or "", n_name or "", side)
            if pair in self._pairs:
                return
            self._pairs.add(pair)
            try:
                o_res = {**_as_schema(self.old.resolve(o)), **_without_ref(o)}
                n_res = {**_as_schema(self.new.resolve(n)), **_without_ref(n)}
                self.schema(o_res, n_res, loc, ops, side)
            finally:
                self._pairs.discard(pair)
            return
        self.keywords(o, n, loc, ops, side)

    def schema_body(self, old: Any, new: Any, loc: str, ops: tuple[str, ...], side: Side) -> None:
        """A component schema: its own keywords (a `$ref` alias is followed like a property's)."""
        self.schema(old, new, loc, ops, side)

    def keywords(self, o: Mapping[str, Any], n: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side) -> None:
        oa, na = _variants(o.get("allOf")), _variants(n.get("allOf"))
        if (oa is not None or na is not None) and (oa is None or na is None or set(oa) != set(na)):
            # allOf added, removed or regrouped: compare what the members add up to.
            o, n = _flatten(self.old, o), _flatten(self.new, n)
        self.types(o, n, loc, ops, side)
        self.formats(o, n, loc, ops, side)
        self.enums(o, n, loc, ops, side)
        self.bounds(o, n, loc, ops, side)
        self.objects(o, n, loc, ops, side)
        if "items" in o or "items" in n:
            self.schema(o.get("items", {}), n.get("items", {}), f"{loc}[]", ops, side)
        self.combinators(o, n, loc, ops, side)
        self.misc(o, n, loc, ops, side)

    def types(self, o: Mapping[str, Any], n: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side) -> None:
        ot, nt = _types(o), _types(n)
        if ot == nt:
            return
        shown = f"type {_fmt_types(ot)} -> {_fmt_types(nt)}"
        if _covers(nt, ot):
            self.sided("type-widened", loc, ops, shown, side, request="additive", response="breaking")
        elif _covers(ot, nt):
            self.sided("type-narrowed", loc, ops, shown, side, request="breaking", response="additive")
        else:
            self.add("type-changed", "breaking", loc, ops, shown, side)

    def formats(self, o: Mapping[str, Any], n: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side) -> None:
        of, nf = o.get("format"), n.get("format")
        if of == nf:
            return
        shown = f"format {of!r} -> {nf!r}"
        if of in TYPED_FORMATS or nf in TYPED_FORMATS:
            self.add("format-changed", "breaking", loc, ops, f"{shown} (changes the generated Python type)", side)
        elif nf is None:
            self.sided("format-removed", loc, ops, shown, side, request="additive", response="additive")
        else:
            self.sided("format-changed", loc, ops, shown, side, request="breaking", response="additive")

    def enums(self, o: Mapping[str, Any], n: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side) -> None:
        oe, ne = _enum(o), _enum(n)
        if oe == ne:
            return
        if oe is None:
            self.sided(
                "enum-added",
                loc,
                ops,
                f"now restricted to {', '.join(sorted(ne or ()))}",
                side,
                request="breaking",
                response="additive",
            )
            return
        if ne is None:
            self.sided(
                "enum-removed",
                loc,
                ops,
                "no longer restricted to a list of values",
                side,
                request="additive",
                response="additive",
            )
            return
        for value in sorted(oe - ne):
            self.sided(
                "enum-value-removed",
                loc,
                ops,
                f"enum value {value} removed",
                side,
                request="breaking",
                response="additive",
            )
        for value in sorted(ne - oe):
            # Responses: the generated enums are open, an unknown value parses.
            self.sided(
                "enum-value-added", loc, ops, f"enum value {value} added", side, request="additive", response="additive"
            )

    def bounds(self, o: Mapping[str, Any], n: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side) -> None:
        for keyword in (*UPPER, *LOWER):
            ov, nv = o.get(keyword), n.get(keyword)
            if ov == nv:
                continue
            if isinstance(ov, bool) or isinstance(nv, bool):  # OpenAPI 3.0 exclusiveMinimum/Maximum flags
                tighter = bool(nv) and not ov
            elif nv is None:
                tighter = False
            elif ov is None:
                tighter = True
            else:
                tighter = nv < ov if keyword in UPPER else nv > ov
            self._bound(keyword, ov, nv, tighter=tighter, loc=loc, ops=ops, side=side)
        for keyword in ("pattern", "multipleOf"):
            ov, nv = o.get(keyword), n.get(keyword)
            if ov != nv:
                self._bound(keyword, ov, nv, tighter=nv is not None, loc=loc, ops=ops, side=side)
        if bool(o.get("uniqueItems")) != bool(n.get("uniqueItems")):
            self._bound(
                "uniqueItems",
                bool(o.get("uniqueItems")),
                bool(n.get("uniqueItems")),
                tighter=bool(n.get("uniqueItems")),
                loc=loc,
                ops=ops,
                side=side,
            )

    def _bound(
        self, keyword: str, ov: Any, nv: Any, *, tighter: bool, loc: str, ops: tuple[str, ...], side: Side
    ) -> None:
        # Responses: the generated readers check no bound or pattern, so neither way breaks them.
        self.sided(
            "bound-tightened" if tighter else "bound-loosened",
            loc,
            ops,
            f"{keyword} {ov!r} -> {nv!r}",
            side,
            request="breaking" if tighter else "additive",
            response="additive",
        )

    def objects(self, o: Mapping[str, Any], n: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side) -> None:
        op_, np_ = o.get("properties") or {}, n.get("properties") or {}
        o_req, n_req = set(o.get("required") or []), set(n.get("required") or [])
        for name in sorted(set(op_) | set(np_) | o_req | n_req):
            ploc = f"{loc}.{name}"
            in_o = name in op_ or name in o_req
            in_n = name in np_ or name in n_req
            if in_o and not in_n:
                self.add("property-removed", "breaking", ploc, ops, "field removed", side)
                continue
            if in_n and not in_o:
                required = name in n_req
                self.sided(
                    "property-added",
                    ploc,
                    ops,
                    f"{'required' if required else 'optional'} field added",
                    side,
                    request="breaking" if required else "additive",
                    response="additive",
                )
                continue
            if (name in o_req) != (name in n_req):
                now = name in n_req
                self.sided(
                    "required-added" if now else "required-removed",
                    ploc,
                    ops,
                    "field now required" if now else "field no longer required (the typed client may see Unset)",
                    side,
                    request="breaking" if now else "additive",
                    response="additive" if now else "breaking",
                )
            if name in op_ or name in np_:
                self.schema(op_.get(name, {}), np_.get(name, {}), ploc, ops, side)
        oa, na = o.get("additionalProperties"), n.get("additionalProperties")
        if _canon(oa) != _canon(na):
            closed_o, closed_n = oa is False, na is False
            if closed_n and not closed_o:
                self.sided(
                    "additional-properties-closed",
                    loc,
                    ops,
                    "additionalProperties now false",
                    side,
                    request="breaking",
                    response="additive",
                )
            elif closed_o and not closed_n:
                self.sided(
                    "additional-properties-opened",
                    loc,
                    ops,
                    "additionalProperties no longer false",
                    side,
                    request="additive",
                    response="additive",
                )
            if isinstance(oa, Mapping) or isinstance(na, Mapping):
                self.schema(
                    oa if isinstance(oa, Mapping) else {}, na if isinstance(na, Mapping) else {}, f"{loc}.*", ops, side
                )

    def combinators(
        self, o: Mapping[str, Any], n: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side
    ) -> None:
        for keyword in ("anyOf", "oneOf"):
            ov, nv = _variants(o.get(keyword)), _variants(n.get(keyword))
            if ov is None and nv is None:
                continue
            ov, nv = ov or {}, nv or {}
            for key in sorted(set(ov) - set(nv)):
                self.sided(
                    f"{keyword}-variant-removed",
                    loc,
                    ops,
                    f"{keyword} alternative {key} removed",
                    side,
                    request="breaking",
                    response="additive",
                )
            for key in sorted(set(nv) - set(ov)):
                # The old reader cannot parse an alternative it does not know.
                self.sided(
                    f"{keyword}-variant-added",
                    loc,
                    ops,
                    f"{keyword} alternative {key} added",
                    side,
                    request="additive",
                    response="breaking",
                )
            for key in sorted(set(ov) & set(nv)):
                self.schema(ov[key], nv[key], f"{loc}<{keyword} {key}>", ops, side)
        ov, nv = _variants(o.get("allOf")), _variants(n.get("allOf"))
        if ov is not None or nv is not None:
            # An added member is compared against {} (all its constraints are new), a removed one
            # against {} the other way: property and type rules then apply as usual.
            ov, nv = ov or {}, nv or {}
            for key in sorted(set(ov) | set(nv)):
                self.schema(ov.get(key, {}), nv.get(key, {}), f"{loc}<allOf {key}>", ops, side)

    def misc(self, o: Mapping[str, Any], n: Mapping[str, Any], loc: str, ops: tuple[str, ...], side: Side) -> None:
        if _canon(o.get("default")) != _canon(n.get("default")):
            # The generated request model sends its default when the app leaves the field out.
            self.sided(
                "default-changed",
                loc,
                ops,
                f"default {_show(o.get('default'))} -> {_show(n.get('default'))}",
                side,
                request="breaking",
                response="docs",
            )
        for keyword in ("readOnly", "writeOnly"):
            if bool(o.get(keyword)) != bool(n.get(keyword)):
                self.add(
                    "access-changed",
                    "additive",
                    loc,
                    ops,
                    f"{keyword}: {bool(o.get(keyword))} -> {bool(n.get(keyword))}",
                    side,
                )
        if bool(o.get("deprecated")) != bool(n.get("deprecated")):
            self.add(
                "deprecated",
                "additive",
                loc,
                ops,
                f"deprecated: {bool(o.get('deprecated'))} -> {bool(n.get('deprecated'))}",
                side,
            )
        if o.get("title") != n.get("title"):
            named = _types(n) in ({"object"}, None) or "enum" in n or "properties" in n
            self.add(
                "title-changed",
                "breaking" if named and (o.get("title") or n.get("title")) else "docs",
                loc,
                ops,
                f"title {o.get('title')!r} -> {n.get('title')!r}"
                + (" (the generator names the class after it)" if named else ""),
                side,
            )
        ov, nv = o.get("x-enum-varnames"), n.get("x-enum-varnames")
        if _canon(ov) != _canon(nv):
            old_names = dict(zip(map(_canon, o.get("enum") or []), ov or [], strict=False))
            new_names = dict(zip(map(_canon, n.get("enum") or []), nv or [], strict=False))
            renamed = any(new_names.get(value) not in (None, name) for value, name in old_names.items())
            self.add(
                "enum-names-changed",
                "breaking" if renamed else "additive",
                loc,
                ops,
                "x-enum-varnames changed" + (" (renames generated enum members)" if renamed else ""),
                side,
            )
        if any(_canon(o.get(k)) != _canon(n.get(k)) for k in CONDITIONAL):
            self.sided(
                "conditional-changed",
                loc,
                ops,
                "conditional validation (if/then/else/not/dependent…) changed",
                side,
                request="breaking",
                response="additive",
            )
        docs = sorted(k for k in (set(o) | set(n)) & DOC_KEYS if _canon(o.get(k)) != _canon(n.get(k)))
        docs += sorted(
            k
            for k in set(o) | set(n)
            if k.startswith("x-") and k != "x-enum-varnames" and _canon(o.get(k)) != _canon(n.get(k))
        )
        if docs:
            self.add("docs-changed", "docs", loc, ops, f"changed: {', '.join(docs)}", side)
        other = sorted(
            k
            for k in set(o) | set(n)
            if k not in HANDLED and not k.startswith("x-") and _canon(o.get(k)) != _canon(n.get(k))
        )
        if other:
            self.add(
                "unclassified",
                "breaking",
                loc,
                ops,
                f"changed: {', '.join(other)} (not classified by spec-diff: review it)",
                side,
            )


def _doc_part(node: Any) -> dict[str, Any]:
    if not isinstance(node, Mapping):
        return {}
    return {k: v for k, v in node.items() if k in DOC_KEYS or k == "title" or k.startswith("x-")}


def _ref_loc(ref: str) -> str:
    return ref[2:].replace("/", ".") if ref.startswith("#/") else ref


def _same_ref(old: Any, new: Any) -> str | None:
    """The component location when both sides `$ref` the same component (reported once there)."""
    o = old.get("$ref") if isinstance(old, Mapping) else None
    n = new.get("$ref") if isinstance(new, Mapping) else None
    return _ref_loc(o) if isinstance(o, str) and o == n else None


def _as_schema(node: Any) -> dict[str, Any]:
    if node is True or node is None:
        return {}
    if node is False:
        return {"not": {}}
    return dict(node) if isinstance(node, Mapping) else {}


def _without_ref(node: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k != "$ref"}


def _is_null(node: Any) -> bool:
    return isinstance(node, Mapping) and node.get("type") == "null" and len([k for k in node if k not in DOC_KEYS]) == 1


def _unwrap_nullable(node: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    """`anyOf: [X, {type: null}]` (the house nullable form) -> (True, X plus the siblings)."""
    for keyword in ("anyOf", "oneOf"):
        variants = node.get(keyword)
        if isinstance(variants, list) and any(_is_null(v) for v in variants):
            rest = [v for v in variants if not _is_null(v)]
            siblings = {k: v for k, v in node.items() if k != keyword}
            if len(rest) == 1:
                return True, {**siblings, **_as_schema(rest[0])}
            return True, {**siblings, keyword: rest}
    return False, node


def _type_nullable(node: Mapping[str, Any]) -> bool:
    t = node.get("type")
    return bool(node.get("nullable")) or t == "null" or (isinstance(t, list) and "null" in t)


def _types(node: Mapping[str, Any]) -> set[str] | None:
    t = node.get("type")
    if t is None:
        return None
    types = {str(x) for x in (t if isinstance(t, list) else [t])} - {"null"}
    return types or None


def _covers(wide: set[str] | None, narrow: set[str] | None) -> bool:
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _fmt_types(types: set[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types))


def _enum(node: Mapping[str, Any]) -> set[str] | None:
    if "const" in node:
        return {_canon(node["const"])}
    values = node.get("enum")
    if not isinstance(values, list):
        return None
    return {_canon(v) for v in values if v is not None}


def _variants(node: Any) -> dict[str, Any] | None:
    """anyOf/oneOf/allOf members keyed by what they are: the `$ref`'d schema's name, else the
    inline member's type (`type:array`), else `#<index>`."""
    if not isinstance(node, list):
        return None
    result: dict[str, Any] = {}
    for index, member in enumerate(node):
        name = _schema_name(member)
        if name is None:
            types = _types(_as_schema(member))
            name = "null" if _is_null(member) else f"type:{_fmt_types(types)}" if types else f"#{index}"
        result[name if name not in result else f"{name}#{index}"] = member
    return result


def _wrap(node: dict[str, Any], keyword: str) -> dict[str, Any]:
    """A single schema as a one-member `anyOf`/`oneOf`, its documentation kept outside."""
    outside = {
        k: v for k, v in node.items() if k in DOC_KEYS or k in {"title", "default", "deprecated"} or k.startswith("x-")
    }
    core = {k: v for k, v in node.items() if k not in outside}
    return {**outside, keyword: [core]} if core else node


def _flatten(spec: _Spec, node: Mapping[str, Any], depth: int = 0) -> dict[str, Any]:
    """The schema with its `allOf` members merged in (refs followed): properties and required
    united, other keywords taken from the first member that has them."""
    merged = {k: v for k, v in node.items() if k != "allOf"}
    members = node.get("allOf")
    if not isinstance(members, list) or depth > 20:
        return merged
    properties = dict(merged.get("properties") or {})
    required = list(merged.get("required") or [])
    for member in members:
        flat = _flatten(spec, _as_schema(spec.resolve(member)), depth + 1)
        for name, value in (flat.get("properties") or {}).items():
            properties.setdefault(name, value)
        required += [name for name in flat.get("required") or [] if name not in required]
        for key, value in flat.items():
            if key not in ("properties", "required") and key not in DOC_KEYS and key != "title":
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def diff_specs(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> list[Change]:
    """Every change from `old` to `new` (parsed OpenAPI documents), worst first.

    `old` None means the spec is new (one `additive` change); `new` None means it was removed.
    """
    if old is None and new is None:
        return []
    if old is None:
        return [Change("spec-added", "additive", "spec", (), "new spec")]
    if new is None:
        return [Change("spec-removed", "breaking", "spec", (), "spec removed")]
    return _Differ(_Spec(old), _Spec(new)).run()


# -- command line --------------------------------------------------------------------------------


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)


def default_base() -> str:
    """The last tag reachable from HEAD (the last release), else `HEAD`."""
    found = _git("describe", "--tags", "--abbrev=0", "HEAD")
    return found.stdout.strip() if found.returncode == 0 and found.stdout.strip() else "HEAD"


def git_show(ref: str, path: str) -> str | None:
    """The file at `path` (relative to the repository) in `ref`, or None if it is not there."""
    found = _git("show", f"{ref}:{path}")
    return found.stdout if found.returncode == 0 else None


def _verify_ref(ref: str) -> None:
    if _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise SystemExit(f"spec-diff: unknown git ref {ref!r}")


def _load(text: str | None) -> Mapping[str, Any] | None:
    # The C loader when PyYAML has it: the specs are large and the pure-Python one is slow.
    return None if text is None else yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


def _providers_at(ref: str) -> set[str]:
    listed = _git("ls-tree", "--name-only", f"{ref}", "specs/")
    suffix = ".openapi.yaml"
    return {Path(p).name[: -len(suffix)] for p in listed.stdout.split() if p.endswith(suffix)}


def _report(results: dict[str, list[Change]], *, base: str) -> str:
    lines = []
    for name, changes in results.items():
        counts = {s: sum(1 for c in changes if c.severity == s) for s in reversed(SEVERITIES)}
        summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "no changes"
        lines.append(f"{name} (vs {base}): {summary}")
        lines.extend(f"  {change}" for change in changes)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("providers", nargs="*", help="only these providers (default: every spec)")
    parser.add_argument("--base", help="git ref to compare with (default: the last tag, else HEAD)")
    parser.add_argument("--old", type=Path, help="compare this file (with --new) instead of git")
    parser.add_argument("--new", type=Path, help="the newer file, with --old")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--allow-breaking", action="store_true", help="exit 0 even when something breaks")
    args = parser.parse_args(argv)

    results: dict[str, list[Change]] = {}
    if args.old or args.new:
        if not (args.old and args.new) or args.base or args.providers:
            parser.error("--old and --new go together, without --base or providers")
        base = str(args.old)
        results[str(args.new)] = diff_specs(_load(args.old.read_text()), _load(args.new.read_text()))
    else:
        base = args.base or default_base()
        _verify_ref(base)
        providers = sorted(set(discover(SPECS)) | _providers_at(base))
        for name in args.providers:
            if name not in providers:
                parser.error(f"unknown provider {name!r} (known: {', '.join(providers)})")
        for name in args.providers or providers:
            path = spec_path(name)
            new = _load(path.read_text()) if path.is_file() else None
            old = _load(git_show(base, f"specs/{path.name}"))
            results[name] = diff_specs(old, new)

    if args.json:
        print(json.dumps({"base": base, "specs": {k: [c.to_dict() for c in v] for k, v in results.items()}}, indent=2))
    else:
        print(_report(results, base=base))
    breaking = any(c.severity == "breaking" for changes in results.values() for c in changes)
    if breaking and not args.allow_breaking:
        if not args.json:
            print(
                "spec-diff: breaking changes (pass --allow-breaking / ALLOW_BREAKING=1 to accept them)", file=sys.stderr
            )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
