"""Tell which documentation pages behind the specs changed since they were written down.

Usage:
    python scripts/docs_check.py check  [--provider P] [--json] [--rewrite FROM=TO ...] [--recorded-only]
    python scripts/docs_check.py record [--provider P] [--url URL ...] [--source URL=SOURCE ...]
                                        [--from-dir DIR --map MAP.json] [--rewrite FROM=TO ...]
    python scripts/docs_check.py sync   [--provider P]
    python scripts/docs_check.py lint   [--provider P]      (also: --lint)

Every operation and webhook of `specs/<p>.openapi.yaml` names the page it was written from in
`externalDocs.url`. The page's text is the provider's, so the repository keeps only its
fingerprint, in `specs/docs/<p>.fingerprints.json`:

    {"<page url>": {"sha256": "<hash of the normalised text>",
                    "facts": {"headings": [...], "fields": [...], "enums": [...],
                              "statuses": [...], "endpoints": [...]},
                    "operations": ["<operationId>", ...],
                    "recorded": "<YYYY-MM-DD>", "recorded_from": "live" | "saved copy",
                    "source": "<url fetched, when it is not the page url>"}}

`source` is the rendition fetched for the page, where the provider serves one that carries the
same content with less chrome (a Markdown `.md` twin); it is the rendition the fingerprint was
taken from. A docsify page (`https://host/#/path`) is fetched as its raw `https://host/path.md`
without being told. An entry whose `sha256` is null names a page of which no copy has been
recorded yet (`sync` adds those; `record` fills them in).

`check` fetches each page (httpx, redirects followed, a bounded number of retries), normalises
and extracts it the way `record` did, and prints per provider the unchanged pages, the changed
ones with the operations written from them and the facts that appeared or disappeared, pages
not recorded yet, and unreachable pages with the reason.

Exit status of `check`:
    0  every page checked is unchanged
    1  at least one page changed, or has no recorded fingerprint yet, and every page was reached
    2  at least one page was unreachable (this wins over 1: a check that could not see every
       page cannot vouch for the rest, and a scheduled job should look at it either way)
`make docs-check` runs `check`; make itself exits 2 on any failure, so a scheduled job that
must tell 1 from 2 runs the script. `lint` exits 1 when an operation or webhook lacks
`externalDocs.url`, a url has no entry in the fingerprint file, or an entry is named by no
operation; `record` exits 2 when a page could not be read; `sync` always exits 0.

`--rewrite FROM=TO` replaces the prefix FROM of every fetched url with TO (repeatable), so the
whole check runs against a local server: the tests serve changed copies that way, offline.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import html
import html.parser
import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml
from _registry import SPECS, discover
from lint_specs import HTTP_METHODS

FACT_KINDS = ("headings", "fields", "enums", "statuses", "endpoints")
USER_AGENT = "idv-clients docs-check (compares documentation pages with recorded fingerprints)"
EXIT_UNCHANGED, EXIT_CHANGED, EXIT_UNREACHABLE = 0, 1, 2

Facts = dict[str, list[str]]
Entry = dict[str, Any]
Fingerprints = dict[str, Entry]


# --- normalisation ------------------------------------------------------------------------------

# Elements whose content is page chrome or code that is not documentation text.
_SKIP_ELEMENTS = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "noscript", "svg", "template", "button", "form", "head"}
)
_BLOCK_ELEMENTS = frozenset(
    {
        "p", "div", "section", "article", "main", "br", "hr", "ul", "ol", "li", "table", "thead", "tbody",
        "tr", "pre", "blockquote", "dl", "dt", "dd", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6",
    }
)  # fmt: skip
# Attributes of documentation components (Mintlify `<ParamField body="providerId">`,
# `<ResponseField name="status">`) that carry a field name.
_FIELD_ATTRIBUTES = ("body", "path", "query", "header", "cookie", "name")


class _HTMLText(html.parser.HTMLParser):
    """HTML (or the JSX-ish tags of MDX pages) to text: chrome dropped, headings marked `# `,
    `<code>` as backticks, table cells separated by ` | `, list items by `- `."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_ELEMENTS:
            self._skip += 1
            return
        if self._skip:
            return
        if tag in _BLOCK_ELEMENTS:
            self.parts.append("\n")
        if re.fullmatch(r"h[1-6]", tag):
            self.parts.append("# ")
        elif tag == "li":
            self.parts.append("- ")
        elif tag in ("td", "th"):
            self.parts.append(" | ")
        elif tag == "code":
            self.parts.append("`")
        elif tag.endswith("field"):  # the parser lower-cases tag names: paramfield, responsefield
            values = dict(attrs)
            for key in _FIELD_ATTRIBUTES:
                if values.get(key):
                    self.parts.append(f"\n`{values[key]}` ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_ELEMENTS:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag == "code":
            self.parts.append("`")
        if tag in _BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_MDX_IMPORT = re.compile(r"^(?:import|export)\s.*$", re.MULTILINE)
_ADMONITION = re.compile(r"^\s*:::\s*\w*\s*$", re.MULTILINE)
_FENCE_INFO = re.compile(r"^(\s*```+)[^\n]*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*?/?>")
_RULE = re.compile(r"^\s*(?:[-_*]\s*){3,}\s*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^\s*>\s?", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_INLINE_HEADING = re.compile(r"(?<=\S)[ \t]+(#{2,6}[ \t])")
_INLINE_ITEM = re.compile(r"(?<=\S)[ \t]+(-[ \t]+`)")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")
_EMPHASIS = re.compile(r"\*{1,3}|(?<![\w`])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\w`])")
_TYPOGRAPHY = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}
)


def _uncomment_code(text: str) -> str:
    """Shell comments in fenced code (`# curl`) are not headings: drop their `#`."""
    lines, fenced = [], False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        lines.append(re.sub(r"^([ \t]*)#+", r"\1", line) if fenced and not _FENCE.match(line) else line)
    return "\n".join(lines)


def _markdown_to_text(text: str) -> str:
    text = _FRONT_MATTER.sub("", text)
    text = _MDX_IMPORT.sub("", text)
    text = _ADMONITION.sub("", text)
    text = _uncomment_code(text)
    text = _FENCE_INFO.sub("", text)  # fence markers and their info strings (```json theme={null})
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _QUOTE_MARK.sub("", text)
    text = _TABLE_RULE.sub("", text)
    text = _RULE.sub("", text)
    # Pages captured as one line (a Markdown rendition with its newlines folded) still mark
    # their sections with `##` and their fields with "- `name`": start a line at each, so
    # headings read as headings and each field's enum stays on its own line.
    text = _INLINE_HEADING.sub(r"\n\1", text)
    text = _INLINE_ITEM.sub(r"\n\1", text)
    if "<" in text:
        parser = _HTMLText()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
        text = _HTML_TAG.sub("", text)  # a stray tag the parser left (unbalanced JSX)
    text = _HEADING.sub(r"# \1", text)
    return _EMPHASIS.sub("", text)


def normalise(raw: str) -> str:
    """A page's text without markup, chrome or layout: one line per block, single spaces.

    Markup-only changes (tags, emphasis, heading levels, link targets, re-wrapped lines,
    indentation, typographic quotes) leave it unchanged; changed words change it.
    """
    text = unicodedata.normalize("NFKC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    if _looks_like_html(text):
        parser = _HTMLText()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    else:
        text = html.unescape(_markdown_to_text(text))
    text = text.translate(_TYPOGRAPHY)
    lines = (" ".join(line.replace("|", " | ").split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line.strip(" |-"))


def digest(normalised: str) -> str:
    """sha256 of the normalised text with every run of whitespace as one space (so that where
    a block or line breaks does not matter either)."""
    return hashlib.sha256(" ".join(normalised.split()).encode()).hexdigest()


# --- fact extraction ----------------------------------------------------------------------------

_CODE_SPAN = re.compile(r"`([^`\n]{1,80})`")
_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:(?:\.|\[\]\.?)[A-Za-z_$][\w$]*|\[[\w$]+\])*(?:\[\])?")
_JSON_KEY = re.compile(r'"([A-Za-z_$][\w$.-]{0,63})"\s*:')
_TABLE_FIRST_CELL = re.compile(r"^\|?\s*`?([A-Za-z_$][\w$.\[\]]{0,63})`?\s*\|")
_UPPER_SNAKE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w-])")
_UPPER_WORD = re.compile(r"(?<![\w\-/.])[A-Z][A-Z0-9]{2,}(?![\w\-/])")
_ENUM_LINE = re.compile(r"\b(?:enum|possible values|allowed values|one of|values?:|available options)", re.IGNORECASE)
_QUOTED = re.compile(r"\"([^\"\s]{1,60})\"|'([^'\s]{1,60})'")
_LITERAL = re.compile(r"[\w.:+/-]+")
_ENDPOINT = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?:https?://[^\s/`'\"<>]+)?(/[^\s`'\"<>),;]*)")
_STATUS_CONTEXT = re.compile(
    r"(?:\bHTTP(?:/\d(?:\.\d)?)?|\bstatus(?:\s+code)?|\bresponse|\bresponds?\s+with|\breturns?|\berror|\bcode)"
    r"[\s:`'\"(=]{0,4}([1-5]\d\d)\b",
    re.IGNORECASE,
)
_STATUS_REASON = re.compile(
    r"\b([1-5]\d\d)\s+(?:OK|Created|Accepted|No Content|Moved|Found|Not Modified|Bad Request|Unauthori[sz]ed|"
    r"Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Request Timeout|Conflict|Gone|"
    r"Precondition Failed|Payload Too Large|Unsupported Media Type|Unprocessable (?:Entity|Content)|"
    r"Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b",
    re.IGNORECASE,
)
_CURL = re.compile(r"(?:-X|--request)\s+([A-Za-z]+)[\s\\]+(?:--url\s+)?['\"]?(https?://[^\s'\"]+)")
_STATUS_JSON = re.compile(r"\"status(?:Code)?\"\s*:\s*\"?([1-5]\d\d)\b")
_STATUS_CLASS = re.compile(r"\b([1-5])xx\b", re.IGNORECASE)
_STATUS_CELL = re.compile(r"(?:^|\|)\s*`?([1-5]\d\d)`?\s*(?=\|)")
# Upper-case words that are prose, protocol or format names rather than values a field takes.
_NOT_ENUMS = frozenset(
    {
        "API", "APIS", "JSON", "HTTP", "HTTPS", "URL", "URLS", "URI", "UUID", "UI", "SDK", "UML", "PDF", "PNG",
        "JPG", "JPEG", "HTML", "XML", "CSV", "ISO", "UTC", "GMT", "RFC", "REST", "OAUTH", "JWT", "HMAC", "SHA",
        "TLS", "SSL", "FAQ", "GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS", "AND", "NOT", "THE",
        "NOTE", "TIP", "WARNING", "CAUTION", "IMPORTANT", "INFO", "TODO", "OR", "YES", "NO", "IDS", "ASCII",
        "UTF", "ID",
    }
)  # fmt: skip
_NOT_FIELDS = frozenset(
    {"true", "false", "null", "none", "undefined", "string", "integer", "number", "boolean", "object", "array"}
)


def _heading_text(line: str) -> str:
    text = line[2:].strip().strip("`")
    # A heading folded into one line with its section ("## Path parameters: - `id` ..."): keep
    # the title, up to the first colon, list dash or sentence end.
    match = re.search(r":\s|\s-\s|\.\s", text)
    if match:
        text = text[: match.start()]
    return text[:120].strip()


def _is_name(token: str) -> bool:
    return bool(_NAME.fullmatch(token)) and token.lower() not in _NOT_FIELDS and len(token) <= 64


def _is_upper_value(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9_-]*", token)) and len(token) >= 2 and token not in _NOT_ENUMS


def extract(normalised: str) -> Facts:
    """The facts of a normalised page, each kind a sorted list without duplicates:

    - headings: section titles;
    - fields: names in code spans, `#`-headed parameter names, first cells of table rows, JSON
      keys of examples (dotted and `[]` paths kept whole: `Authorization.username`, `page[size]`);
    - enums: UPPER_CASE values (with an underscore anywhere, or any all-caps word that is not a
      stop word), all-caps code spans, and the quoted literals of enum-like lines
      ("Enum: ...", "Possible values ...");
    - statuses: HTTP status codes said as such ("HTTP 400", "returns 404", "201 Created",
      `"status": 422`, a table row's first cell) and classes ("4xx");
    - endpoints: "METHOD /path" pairs, hosts dropped.
    """
    found: dict[str, set[str]] = {kind: set() for kind in FACT_KINDS}
    for line in normalised.split("\n"):
        if line.startswith("# "):
            heading = _heading_text(line)
            if heading:
                found["headings"].add(heading)
                if _is_name(heading) and (heading[0].islower() or "_" in heading):  # "#### proofmeId"
                    found["fields"].add(heading)
        for span in _CODE_SPAN.findall(line):
            token = span.strip()
            if re.fullmatch(r"[1-5]\d\d", token):
                found["statuses"].add(token)
            elif _is_upper_value(token):
                found["enums"].add(token)
            elif _is_name(token):
                found["fields"].add(token)
        found["fields"].update(key for key in _JSON_KEY.findall(line) if _is_name(key))
        cell = _TABLE_FIRST_CELL.match(line)
        if cell and _is_name(cell.group(1)) and cell.group(1).lower() not in {"key", "field", "name", "parameter"}:
            found["fields"].add(cell.group(1))
        found["enums"].update(_UPPER_SNAKE.findall(line))
        found["enums"].update(word for word in _UPPER_WORD.findall(line) if word not in _NOT_ENUMS)
        enum_line = _ENUM_LINE.search(line)
        if enum_line:
            values = re.split(r"\bexamples?\b", line[enum_line.start() :], flags=re.IGNORECASE)[0]
            for double, single in _QUOTED.findall(values):
                literal = double or single
                if _LITERAL.fullmatch(literal) and "://" not in literal:
                    found["enums"].add(literal)
        for pattern in (_STATUS_CONTEXT, _STATUS_REASON, _STATUS_JSON, _STATUS_CELL):
            found["statuses"].update(pattern.findall(line))
        found["statuses"].update(f"{digit}xx" for digit in _STATUS_CLASS.findall(line))
        for method, path in _ENDPOINT.findall(line):
            found["endpoints"].add(f"{method} {path.rstrip('.:')}")
    for method, url in _CURL.findall(normalised):
        found["endpoints"].add(f"{method.upper()} {urlsplit(url).path or '/'}")
    return {kind: sorted(values) for kind, values in found.items()}


def fingerprint(raw: str) -> tuple[str, Facts]:
    normalised = normalise(raw)
    return digest(normalised), extract(normalised)


# --- specs and fingerprint files ----------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Operation:
    """An operation or webhook of a spec, with the page it names (None when it names none)."""

    name: str
    where: str
    url: str | None


def operations(spec: Mapping[str, Any]) -> list[Operation]:
    found: list[Operation] = []
    for section, label in (("paths", "path"), ("webhooks", "webhook")):
        for key, item in (spec.get(section) or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                where = f"{label} {method.upper()} {key}"
                name = op.get("operationId") or (f"webhook:{key}" if label == "webhook" else where)
                docs = op.get("externalDocs")
                url = docs.get("url") if isinstance(docs, dict) else None
                found.append(Operation(str(name), where, url if isinstance(url, str) and url else None))
    return found


def load_spec(specs: Path, provider: str) -> dict[str, Any]:
    spec = yaml.safe_load((specs / f"{provider}.openapi.yaml").read_text(encoding="utf-8"))
    if not isinstance(spec, dict):
        raise SystemExit(f"{provider}: the spec is not a mapping")
    return spec


def pages(specs: Path, provider: str) -> dict[str, list[str]]:
    """Each documentation url of the provider's spec, with the operations written from it."""
    return _pages(operations(load_spec(specs, provider)))


def _pages(ops: Iterable[Operation]) -> dict[str, list[str]]:
    by_url: dict[str, list[str]] = {}
    for op in ops:
        if op.url:
            by_url.setdefault(op.url, []).append(op.name)
    return {url: sorted(names) for url, names in sorted(by_url.items())}


def fingerprint_path(fingerprints: Path, provider: str) -> Path:
    return fingerprints / f"{provider}.fingerprints.json"


def load_fingerprints(fingerprints: Path, provider: str) -> Fingerprints:
    path = fingerprint_path(fingerprints, provider)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: not a JSON object")
    return data


def save_fingerprints(fingerprints: Path, provider: str, data: Fingerprints) -> Path:
    path = fingerprint_path(fingerprints, provider)
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = {url: {key: data[url][key] for key in sorted(data[url])} for url in sorted(data)}
    path.write_text(json.dumps(ordered, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


# --- fetching -----------------------------------------------------------------------------------


class Unreachable(Exception):
    """A page that could not be read; the message is the reason."""


def parse_rewrites(values: Sequence[str], option: str = "--rewrite") -> list[tuple[str, str]]:
    rewrites = []
    for value in values:
        source, sep, target = value.partition("=")
        if not sep or not source or not target:
            raise SystemExit(f"{option} wants FROM=TO, got {value!r}")
        rewrites.append((source, target))
    return rewrites


def rewrite(url: str, rewrites: Sequence[tuple[str, str]]) -> str:
    for source, target in rewrites:
        if url.startswith(source):
            return target + url[len(source) :]
    return url


def source_of(url: str, entry: Mapping[str, Any]) -> str:
    """The url to fetch for a page: the entry's `source`, else, for a docsify page
    (`https://host/#/path`, whose fragment never reaches the server), its raw Markdown
    (`https://host/path.md`), else the page url itself."""
    if entry.get("source"):
        return str(entry["source"])
    base, sep, route = url.partition("#/")
    if sep and route:
        route = route.split("?")[0]
        return base.rstrip("/") + "/" + (route if route.endswith(".md") else route + ".md")
    return url


def fetch(client: httpx.Client, url: str, *, retries: int = 2, backoff: float = 0.5) -> str:
    """The page's text. Connection errors, timeouts, 429 and 5xx are retried `retries` times
    (0.5 s, then doubling); any other non-2xx answer is final."""
    reason = "not tried"
    for attempt in range(retries + 1):
        if attempt:
            time.sleep(backoff * 2 ** (attempt - 1))
        try:
            response = client.get(url)
        except httpx.TimeoutException as exc:
            reason = f"timeout ({type(exc).__name__})"
            continue
        except httpx.HTTPError as exc:
            reason = f"connection failed ({type(exc).__name__}: {exc})"
            continue
        if response.is_success:
            return response.text
        reason = f"HTTP {response.status_code}"
        if response.status_code != 429 and response.status_code < 500:
            break
    raise Unreachable(reason)


def http_client(timeout: float, *, use_proxy_env: bool = True) -> httpx.Client:
    """Redirects followed; proxies from the environment (`HTTPS_PROXY`, …) unless the pages are
    rewritten to a local server, which a proxy could not reach."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT, "Accept": "text/markdown, text/html;q=0.9, text/plain;q=0.8, */*;q=0.1"},
        trust_env=use_proxy_env,
    )


# --- check --------------------------------------------------------------------------------------


@dataclasses.dataclass
class PageResult:
    url: str
    state: str  # unchanged | changed | unrecorded | unreachable
    operations: list[str]
    appeared: Facts = dataclasses.field(default_factory=dict)
    disappeared: Facts = dataclasses.field(default_factory=dict)
    reason: str = ""

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"url": self.url, "operations": self.operations}
        if self.state == "changed":
            data["appeared"] = self.appeared
            data["disappeared"] = self.disappeared
        if self.reason:
            data["reason"] = self.reason
        return data


def compare(old: Facts, new: Facts) -> tuple[Facts, Facts]:
    appeared = {kind: sorted(set(new.get(kind, [])) - set(old.get(kind, []))) for kind in FACT_KINDS}
    disappeared = {kind: sorted(set(old.get(kind, [])) - set(new.get(kind, []))) for kind in FACT_KINDS}
    return {k: v for k, v in appeared.items() if v}, {k: v for k, v in disappeared.items() if v}


def check_provider(
    client: httpx.Client,
    specs: Path,
    fingerprints: Path,
    provider: str,
    rewrites: Sequence[tuple[str, str]],
    *,
    recorded_only: bool = False,
    retries: int = 2,
) -> list[PageResult]:
    recorded = load_fingerprints(fingerprints, provider)
    current = pages(specs, provider)
    results = []
    for url in sorted(set(recorded) | set(current)):
        entry = recorded.get(url) or {}
        ops = sorted(set(current.get(url, [])) | set(entry.get("operations", [])))
        if recorded_only and not entry.get("sha256"):
            continue
        try:
            raw = fetch(client, rewrite(source_of(url, entry), rewrites), retries=retries)
        except Unreachable as exc:
            results.append(PageResult(url, "unreachable", ops, reason=str(exc)))
            continue
        sha, facts = fingerprint(raw)
        if not entry.get("sha256"):
            results.append(PageResult(url, "unrecorded", ops, appeared=facts, reason="no fingerprint recorded yet"))
        elif sha == entry["sha256"]:
            results.append(PageResult(url, "unchanged", ops))
        else:
            appeared, disappeared = compare(entry.get("facts") or {}, facts)
            result = PageResult(url, "changed", ops, appeared, disappeared)
            if not appeared and not disappeared:
                result.reason = "text changed; no extracted fact did"
            results.append(result)
    return results


def exit_code(results: Iterable[PageResult]) -> int:
    states = {result.state for result in results}
    if "unreachable" in states:
        return EXIT_UNREACHABLE
    if states & {"changed", "unrecorded"}:
        return EXIT_CHANGED
    return EXIT_UNCHANGED


def _facts_lines(sign: str, facts: Facts) -> Iterator[str]:
    for kind in FACT_KINDS:
        if facts.get(kind):
            yield f"        {sign} {kind}: " + ", ".join(facts[kind])


def render(report: Mapping[str, list[PageResult]]) -> str:
    lines = []
    for provider, results in report.items():
        counts = {
            state: sum(r.state == state for r in results)
            for state in ("unchanged", "changed", "unrecorded", "unreachable")
        }
        summary = ", ".join(f"{n} {state}" for state, n in counts.items() if n) or "no pages"
        lines.append(f"{provider}: {summary}")
        for result in results:
            ops = ", ".join(result.operations) or "(no operation names this page)"
            lines.append(f"  {result.state:<11} {result.url}")
            if result.state != "unchanged":
                lines.append(f"      operations: {ops}")
            if result.state == "changed":
                lines.extend(_facts_lines("+", result.appeared))
                lines.extend(_facts_lines("-", result.disappeared))
                if result.reason:
                    lines.append(f"      ({result.reason})")
            elif result.state == "unreachable":
                lines.append(f"      reason: {result.reason}")
            elif result.state == "unrecorded":
                lines.append("      no fingerprint recorded yet: `python scripts/docs_check.py record --url <url>`")
    return "\n".join(lines)


# --- record, sync, lint -------------------------------------------------------------------------


def load_saved_copies(directory: Path, mapping: Path | None) -> dict[str, Path]:
    """url -> saved copy. The map is a JSON object `{url: file}` (files relative to `directory`),
    read from `mapping`, or from `directory/urls.json` when no map is given."""
    map_file = mapping or directory / "urls.json"
    data = json.loads(map_file.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{map_file}: want a JSON object {{url: file}}")
    return {str(url): directory / str(name) for url, name in data.items()}


def record_provider(
    client: httpx.Client | None,
    specs: Path,
    fingerprints: Path,
    provider: str,
    *,
    urls: Sequence[str] = (),
    saved: Mapping[str, Path] | None = None,
    sources: Mapping[str, str] | None = None,
    rewrites: Sequence[tuple[str, str]] = (),
    today: str | None = None,
) -> tuple[list[str], list[str]]:
    """Record fingerprints of the provider's pages: those in `urls`, else every page the spec
    names that `saved` has a copy of (from saved copies), else every page the spec names
    (fetched live). Returns (recorded urls, problems)."""
    data = load_fingerprints(fingerprints, provider)
    current = pages(specs, provider)
    today = today or dt.datetime.now(dt.UTC).date().isoformat()
    if urls:
        wanted = list(urls)
    elif saved is not None:
        wanted = [url for url in current if url in saved]
    else:
        wanted = list(current)
    done, problems = [], []
    for url in wanted:
        entry = dict(data.get(url) or {})
        if sources and url in sources:
            entry["source"] = sources[url]
        try:
            if saved is not None:
                if url not in saved:
                    raise Unreachable("no saved copy in the map")
                raw = saved[url].read_text(encoding="utf-8")
                entry["recorded_from"] = "saved copy"
            else:
                if client is None:
                    raise Unreachable("no HTTP client")
                raw = fetch(client, rewrite(source_of(url, entry), rewrites))
                entry["recorded_from"] = "live"
        except (Unreachable, OSError) as exc:
            problems.append(f"{provider}: {url}: {exc}")
            continue
        entry["sha256"], entry["facts"] = fingerprint(raw)
        entry["operations"] = current.get(url, entry.get("operations", []))
        entry["recorded"] = today
        data[url] = entry
        done.append(url)
    if done:
        save_fingerprints(fingerprints, provider, data)
    return done, problems


def sync_provider(specs: Path, fingerprints: Path, provider: str) -> list[str]:
    """Bring the fingerprint file's operation lists in line with the spec; add an unrecorded
    entry for a page no fingerprint covers, drop an unrecorded one no operation names.
    Fingerprints themselves are untouched: a recorded page the spec no longer names keeps its
    fingerprint with no operations (lint reports it)."""
    data = load_fingerprints(fingerprints, provider)
    current = pages(specs, provider)
    changes = []
    for url, ops in current.items():
        entry = data.setdefault(url, {"sha256": None, "facts": None, "recorded": None})
        if entry.get("operations") != ops:
            changes.append(f"{provider}: {url}: operations {entry.get('operations')} -> {ops}")
            entry["operations"] = ops
    for url, entry in list(data.items()):
        if url in current:
            continue
        if not entry.get("sha256"):
            changes.append(f"{provider}: {url}: unrecorded and named by no operation: dropped")
            del data[url]
        elif entry.get("operations"):
            changes.append(f"{provider}: {url}: no operation names this page any more")
            entry["operations"] = []
    save_fingerprints(fingerprints, provider, data)
    return changes


def lint_provider(specs: Path, fingerprints: Path, provider: str) -> list[str]:
    """Operations and webhooks without `externalDocs.url`; urls without a fingerprint entry;
    entries no operation names."""
    ops = operations(load_spec(specs, provider))
    problems = [f"{provider}: {op.name} ({op.where}) has no externalDocs.url" for op in ops if not op.url]
    data = load_fingerprints(fingerprints, provider)
    current = _pages(ops)
    path = fingerprint_path(fingerprints, provider).name
    problems += [
        f"{provider}: {url} has no entry in {path} (run `docs_check.py sync`)" for url in current if url not in data
    ]
    problems += [f"{provider}: {url} in {path} is named by no operation" for url in data if url not in current]
    return problems


# --- command line -------------------------------------------------------------------------------


def print_report(report: Mapping[str, list[PageResult]], *, as_json: bool) -> int:
    """Print the check's report (text, or JSON); return its exit status."""
    code = exit_code(result for results in report.values() for result in results)
    if as_json:
        payload: dict[str, Any] = {
            "exit_code": code,
            "providers": {
                provider: {
                    state: [r.as_json() for r in results if r.state == state]
                    for state in ("unchanged", "changed", "unrecorded", "unreachable")
                }
                for provider, results in report.items()
            },
        }
        print(json.dumps(payload, indent=2))
    else:
        print(render(report))
        verdict = {EXIT_UNCHANGED: "unchanged", EXIT_CHANGED: "changed", EXIT_UNREACHABLE: "unreachable pages"}[code]
        print(f"docs-check: {verdict} (exit {code})")
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="docs_check.py", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--specs-dir", type=Path, default=SPECS, help="where the specs are (default: specs/)")
    parser.add_argument(
        "--fingerprints-dir", type=Path, help="where the fingerprint files are (default: <specs-dir>/docs)"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--provider", action="append", help="only this provider (repeatable)")

    def network(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--rewrite",
            action="append",
            default=[],
            metavar="FROM=TO",
            help="fetch urls starting with FROM from TO instead",
        )
        sub.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")
        sub.add_argument("--retries", type=int, default=2, help="retries on connection errors, 429 and 5xx (default 2)")

    check = commands.add_parser("check", help="fetch every page and report what changed")
    common(check)
    network(check)
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.add_argument("--recorded-only", action="store_true", help="skip pages with no recorded fingerprint")
    record = commands.add_parser("record", help="record fingerprints (live, or from saved copies)")
    common(record)
    network(record)
    record.add_argument("--url", action="append", default=[], help="only this page (repeatable)")
    record.add_argument("--from-dir", type=Path, help="read saved copies from this directory instead of fetching")
    record.add_argument("--map", type=Path, help="JSON {url: file} for --from-dir (default: DIR/urls.json)")
    record.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="URL=SOURCE",
        help="fetch URL from SOURCE (a Markdown rendition), recorded in the entry",
    )
    common(commands.add_parser("sync", help="align the fingerprint files' operation lists with the specs"))
    common(commands.add_parser("lint", help="report operations without externalDocs and urls without fingerprints"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    args_in = ["lint" if arg == "--lint" else arg for arg in args_in]  # `--lint`, the same as `lint`
    parser = build_parser()
    args = parser.parse_args(args_in)

    specs: Path = args.specs_dir
    fingerprints: Path = args.fingerprints_dir or specs / "docs"
    known = discover(specs)
    providers = args.provider or list(known)
    unknown = sorted(set(providers) - set(known))
    if unknown:
        parser.error(f"unknown provider(s): {', '.join(unknown)}")

    if args.command == "lint":
        problems = [problem for provider in providers for problem in lint_provider(specs, fingerprints, provider)]
        print(
            "\n".join(problems)
            if problems
            else f"docs-check lint: every operation and webhook of {', '.join(providers)} names its page, and every page has a fingerprint entry"
        )
        return 1 if problems else 0
    if args.command == "sync":
        changes = [change for provider in providers for change in sync_provider(specs, fingerprints, provider)]
        print("\n".join(changes) if changes else "fingerprint files already match the specs")
        return 0

    rewrites = parse_rewrites(args.rewrite)
    with http_client(args.timeout, use_proxy_env=not rewrites) as client:
        if args.command == "record":
            saved = load_saved_copies(args.from_dir, args.map) if args.from_dir else None
            sources = dict(parse_rewrites(args.source, "--source")) if args.source else None
            status = 0
            for provider in providers:
                done, problems = record_provider(
                    client,
                    specs,
                    fingerprints,
                    provider,
                    urls=args.url,
                    saved=saved,
                    sources=sources,
                    rewrites=rewrites,
                )
                for url in done:
                    print(f"{provider}: recorded {url}")
                for problem in problems:
                    print(problem, file=sys.stderr)
                    status = 2
            return status
        report = {
            provider: check_provider(
                client, specs, fingerprints, provider, rewrites, recorded_only=args.recorded_only, retries=args.retries
            )
            for provider in providers
        }
    return print_report(report, as_json=args.json)


if __name__ == "__main__":
    sys.exit(main())
