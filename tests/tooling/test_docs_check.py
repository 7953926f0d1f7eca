"""`scripts/docs_check.py`: fingerprints of the documentation pages behind the specs.

The pages here are written by the tests (not the providers' text) and served by a loopback
server; `--rewrite` points the script's fetches at it, so everything runs offline. A small
synthetic spec names the pages in `externalDocs.url`; its fingerprints go to a temporary
directory.
"""

from __future__ import annotations

import importlib
import json
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "docs_check.py"
DOCS_HOST = "https://docs.acme.test"
CREATE_PAGE = f"{DOCS_HOST}/api/create-widget"
GET_PAGE = f"{DOCS_HOST}/api/get-widget"

CREATE_WIDGET = """\
# Create a widget

Creates a widget. Endpoint: `POST /v1/widgets`

## Request fields

- `name` (string, required) The widget's name.
- `colour` (string) Enum: "RED", "GREEN"
- `callbackUrl` (string) Where we send the `WIDGET_READY` event.

## Response

Returns **201 Created** with the widget:

```json
{"widgetId": "w_1", "status": "PENDING"}
```

## Errors

Returns HTTP 400 when `name` is missing, and 409 Conflict for a duplicate.
"""

GET_WIDGET = """\
# Get a widget

`GET /v1/widgets/{widgetId}`

| field | type | description |
|---|---|---|
| widgetId | string | The widget's id. |
| status | string | One of `PENDING`, `DONE`. |

Returns HTTP 404 for an unknown widget.
"""


# --- the loopback documentation site ---------------------------------------------------------


class DocsSite:
    """Pages by path; a path may answer a status instead, or fail a few times first."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self.statuses: dict[str, int] = {}
        self.failures_before_success: dict[str, int] = {}
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.hits.append(self.path)
                if site.failures_before_success.get(self.path, 0) > 0:
                    site.failures_before_success[self.path] -= 1
                    self._answer(503, "busy")
                elif self.path in site.statuses:
                    self._answer(site.statuses[self.path], "no")
                elif self.path in site.pages:
                    self._answer(200, site.pages[self.path])
                else:
                    self._answer(404, "not found")

            def _answer(self, status: int, body: str) -> None:
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/markdown; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def serve(self, page_url: str, text: str) -> None:
        self.pages[page_url.removeprefix(DOCS_HOST)] = text


@pytest.fixture
def site() -> Iterator[DocsSite]:
    docs = DocsSite()
    docs.thread.start()
    yield docs
    docs.server.shutdown()
    docs.server.server_close()


@pytest.fixture(scope="module")
def docs_check() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module("docs_check")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def operation(operation_id: str, url: str | None) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": operation_id, "responses": {"200": {"description": "ok"}}}
    if url:
        op["externalDocs"] = {"url": url}
    return op


def write_spec(specs: Path, *, get_page: str | None = GET_PAGE) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Acme", "version": "1"},
        "paths": {
            "/v1/widgets": {"post": operation("create_widget", CREATE_PAGE)},
            "/v1/widgets/{widgetId}": {"get": operation("get_widget", get_page)},
        },
        "webhooks": {"widgetReady": {"post": operation("widget_ready_webhook", CREATE_PAGE)}},
    }
    specs.mkdir(parents=True, exist_ok=True)
    (specs / "acme.openapi.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    path = tmp_path / "specs"
    write_spec(path)
    return path


def run(docs_check: ModuleType, specs: Path, site: DocsSite, *args: str) -> int:
    code: int = docs_check.main(
        ["--specs-dir", str(specs), *args[:1], "--rewrite", f"{DOCS_HOST}={site.url}", "--retries", "0", *args[1:]]
    )
    return code


def check_json(
    docs_check: ModuleType, specs: Path, site: DocsSite, capsys: pytest.CaptureFixture[str]
) -> tuple[int, Any]:
    capsys.readouterr()
    code = run(docs_check, specs, site, "check", "--json")
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def recorded(docs_check: ModuleType, specs: Path, site: DocsSite) -> Path:
    """Both pages served and recorded live into <specs>/docs."""
    site.serve(CREATE_PAGE, CREATE_WIDGET)
    site.serve(GET_PAGE, GET_WIDGET)
    assert run(docs_check, specs, site, "record") == 0
    return specs / "docs" / "acme.fingerprints.json"


# --- check against the loopback site ---------------------------------------------------------


def test_record_writes_one_entry_per_page_with_its_operations(recorded: Path) -> None:
    data = json.loads(recorded.read_text())
    assert set(data) == {CREATE_PAGE, GET_PAGE}
    create = data[CREATE_PAGE]
    assert create["operations"] == ["create_widget", "widget_ready_webhook"]
    assert data[GET_PAGE]["operations"] == ["get_widget"]
    assert re.fullmatch(r"[0-9a-f]{64}", create["sha256"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", create["recorded"])
    assert create["recorded_from"] == "live"
    assert set(create["facts"]) == {"headings", "fields", "enums", "statuses", "endpoints"}
    assert "colour" in create["facts"]["fields"]


def test_same_pages_are_unchanged_exit_0(
    docs_check: ModuleType, specs: Path, site: DocsSite, recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = check_json(docs_check, specs, site, capsys)
    assert code == 0
    assert report["exit_code"] == 0
    assert [page["url"] for page in report["providers"]["acme"]["unchanged"]] == [CREATE_PAGE, GET_PAGE]
    assert report["providers"]["acme"]["changed"] == []
    capsys.readouterr()
    assert run(docs_check, specs, site, "check") == 0
    out = capsys.readouterr().out
    assert "acme: 2 unchanged" in out
    assert "docs-check: unchanged (exit 0)" in out


def test_markup_only_edit_of_a_served_page_is_unchanged(
    docs_check: ModuleType, specs: Path, site: DocsSite, recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    restyled = (
        CREATE_WIDGET.replace("# Create a widget", "#   Create a widget  ")
        .replace("**201 Created**", "_201 Created_")
        .replace("## Errors", "### Errors")
        .replace("Returns HTTP 400 when `name` is missing, and", "Returns HTTP 400 when `name` is missing,\r\nand")
    )
    site.serve(CREATE_PAGE, restyled)
    code, report = check_json(docs_check, specs, site, capsys)
    assert code == 0, report


def test_changed_page_exit_1_names_operations_and_facts(
    docs_check: ModuleType, specs: Path, site: DocsSite, recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = (
        CREATE_WIDGET.replace('Enum: "RED", "GREEN"', 'Enum: "RED", "GREEN", "BLUE"').replace("## Errors\n", "")
        + "- `shape` (string) The widget's shape.\n"
    )
    site.serve(CREATE_PAGE, changed)
    code, report = check_json(docs_check, specs, site, capsys)
    assert code == 1
    acme = report["providers"]["acme"]
    assert [page["url"] for page in acme["unchanged"]] == [GET_PAGE]
    [page] = acme["changed"]
    assert page["url"] == CREATE_PAGE
    assert page["operations"] == ["create_widget", "widget_ready_webhook"]
    assert page["appeared"] == {"fields": ["shape"], "enums": ["BLUE"]}
    assert page["disappeared"] == {"headings": ["Errors"]}

    capsys.readouterr()
    assert run(docs_check, specs, site, "check") == 1
    out = capsys.readouterr().out
    assert f"changed     {CREATE_PAGE}" in out
    assert "operations: create_widget, widget_ready_webhook" in out
    assert "+ fields: shape" in out
    assert "+ enums: BLUE" in out
    assert "- headings: Errors" in out
    assert "docs-check: changed (exit 1)" in out


def test_page_answering_404_is_unreachable_exit_2(
    docs_check: ModuleType, specs: Path, site: DocsSite, recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.statuses["/api/get-widget"] = 404
    code, report = check_json(docs_check, specs, site, capsys)
    assert code == 2
    [page] = report["providers"]["acme"]["unreachable"]
    assert page == {"url": GET_PAGE, "operations": ["get_widget"], "reason": "HTTP 404"}


def test_refused_connection_is_unreachable_exit_2(
    docs_check: ModuleType, specs: Path, site: DocsSite, recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    capsys.readouterr()
    code = docs_check.main(
        [
            "--specs-dir",
            str(specs),
            "check",
            "--json",
            "--retries",
            "0",
            "--rewrite",
            f"{DOCS_HOST}=http://127.0.0.1:{closed}",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    reasons = [page["reason"] for page in report["providers"]["acme"]["unreachable"]]
    assert len(reasons) == 2
    assert all(reason.startswith("connection failed (ConnectError") for reason in reasons)


def test_unreachable_wins_over_changed(
    docs_check: ModuleType, specs: Path, site: DocsSite, recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.serve(CREATE_PAGE, CREATE_WIDGET + "\n## Limits\n")
    site.statuses["/api/get-widget"] = 500
    code, report = check_json(docs_check, specs, site, capsys)
    assert code == 2
    assert [page["url"] for page in report["providers"]["acme"]["changed"]] == [CREATE_PAGE]
    assert report["providers"]["acme"]["unreachable"][0]["reason"] == "HTTP 500"


def test_5xx_is_retried_then_read(
    docs_check: ModuleType, specs: Path, site: DocsSite, recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.failures_before_success["/api/get-widget"] = 1
    capsys.readouterr()
    code = docs_check.main(
        ["--specs-dir", str(specs), "check", "--json", "--retries", "1", "--rewrite", f"{DOCS_HOST}={site.url}"]
    )
    assert code == 0, capsys.readouterr().out
    assert site.hits.count("/api/get-widget") == 3  # record, then 503 + retry


def test_page_without_fingerprint_is_unrecorded_exit_1(
    docs_check: ModuleType, specs: Path, site: DocsSite, recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_page = f"{DOCS_HOST}/api/get-widget-v2"
    write_spec(specs, get_page=new_page)
    site.serve(new_page, GET_WIDGET)
    assert docs_check.main(["--specs-dir", str(specs), "sync"]) == 0
    data = json.loads(recorded.read_text())
    assert data[new_page] == {"sha256": None, "facts": None, "recorded": None, "operations": ["get_widget"]}
    assert data[GET_PAGE]["operations"] == []  # recorded, but no operation names it any more
    code, report = check_json(docs_check, specs, site, capsys)
    assert code == 1
    assert [page["url"] for page in report["providers"]["acme"]["unrecorded"]] == [new_page]
    assert (
        docs_check.main(["--specs-dir", str(specs), "check", "--recorded-only", "--rewrite", f"{DOCS_HOST}={site.url}"])
        == 0
    )


def test_make_style_cli_run_exits_with_the_documented_codes(specs: Path, site: DocsSite, recorded: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [
            sys.executable,
            str(SCRIPT),
            "--specs-dir",
            str(specs),
            *args,
            "--rewrite",
            f"{DOCS_HOST}={site.url}",
        ]
        return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)

    assert cli("check").returncode == 0
    site.serve(GET_PAGE, GET_WIDGET.replace("`DONE`", "`DONE`, `FAILED`"))
    changed = cli("check")
    assert changed.returncode == 1, changed.stdout + changed.stderr
    assert "+ enums: FAILED" in changed.stdout
    site.statuses["/api/create-widget"] = 410
    assert cli("check", "--retries", "0").returncode == 2


# --- lint ------------------------------------------------------------------------------------


def test_lint_names_operations_without_external_docs(
    docs_check: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = tmp_path / "specs"
    write_spec(specs, get_page=None)
    capsys.readouterr()
    assert docs_check.main(["--specs-dir", str(specs), "--lint"]) == 1
    out = capsys.readouterr().out
    assert "acme: get_widget (path GET /v1/widgets/{widgetId}) has no externalDocs.url" in out
    assert f"acme: {CREATE_PAGE} has no entry in acme.fingerprints.json" in out
    assert docs_check.main(["--specs-dir", str(specs), "sync"]) == 0
    capsys.readouterr()
    assert docs_check.main(["--specs-dir", str(specs), "lint"]) == 1
    assert capsys.readouterr().out.strip().splitlines() == [
        "acme: get_widget (path GET /v1/widgets/{widgetId}) has no externalDocs.url"
    ]


# --- normalisation and extraction ------------------------------------------------------------


def test_markup_and_whitespace_do_not_change_the_fingerprint(docs_check: ModuleType) -> None:
    markdown = "# Title\n\nSome *important* text\nwrapped here.\n\n## Fields\n\n- `name`: the name\n"
    variants = [
        "# Title\r\n\r\nSome **important** text wrapped   here.\r\n\r\n### Fields\r\n\r\n-   `name`: the name\r\n",
        "---\ntitle: x\n---\nimport Foo from 'bar';\n\n#  Title #\n\nSome _important_ text\n   wrapped here.\n\n___\n## Fields\n- `name`: the name",
        "# Title\n\nSome <b>important</b> text wrapped here.\n\n## Fields\n\n- `name`: the name\n",
    ]
    reference = docs_check.fingerprint(markdown)
    for variant in variants:
        assert docs_check.fingerprint(variant) == reference, docs_check.normalise(variant)
    assert docs_check.fingerprint(markdown.replace("important", "essential"))[0] != reference[0]


def test_html_chrome_is_dropped(docs_check: ModuleType) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>t</title><style>h1{}</style></head><body>"
        "<nav><a href='/'>Home</a> <a href='/b'>Other page</a></nav>"
        "<main><h2>Create a widget</h2><p>Send <code>name</code> &amp; <code>colour</code>.</p>"
        "<script>track('x')</script></main><footer>(c) Acme</footer></body></html>"
    )
    restyled = page.replace("<nav><a href='/'>Home</a>", "<nav class='x'><a href='/'>Start</a>").replace(
        "<footer>(c) Acme</footer>", "<footer>(c) Acme 2027</footer>"
    )
    text = docs_check.normalise(page)
    assert text == "# Create a widget\nSend `name` & `colour`."
    assert docs_check.fingerprint(restyled) == docs_check.fingerprint(page)
    assert docs_check.extract(text)["fields"] == ["colour", "name"]


def test_extraction_of_each_fact_kind(docs_check: ModuleType) -> None:
    facts = docs_check.extract(docs_check.normalise(CREATE_WIDGET + "\n" + GET_WIDGET))
    assert facts["headings"] == ["Create a widget", "Errors", "Get a widget", "Request fields", "Response"]
    assert facts["fields"] == ["callbackUrl", "colour", "name", "status", "widgetId"]
    assert facts["enums"] == ["DONE", "GREEN", "PENDING", "RED", "WIDGET_READY"]
    assert facts["statuses"] == ["201", "400", "404", "409"]
    assert facts["endpoints"] == ["GET /v1/widgets/{widgetId}", "POST /v1/widgets"]


def test_extraction_of_tables_json_components_and_curl(docs_check: ModuleType) -> None:
    page = """\
| Key | Required | Explanation |
|-----|----------|-------------|
| `clientId` | Yes | Your id for the person. |
| tokenType | No | Possible values: "IDENTIFICATION", "DOCUMENT" |

<ParamField body="providerId" type="string" required>The eID provider.</ParamField>

```bash
# create one
curl --request POST \\
  --url 'https://sandbox.api.acme.test/connect/v1/verifications'
```

```json
{"scanRef": "abc", "status": {"overall": "APPROVED"}, "statusCode": 422}
```

Errors are answered as 4xx; a server error as 5xx.
"""
    facts = docs_check.extract(docs_check.normalise(page))
    assert facts["headings"] == []  # a shell comment in code is not a heading
    assert facts["fields"] == ["clientId", "overall", "providerId", "scanRef", "status", "statusCode", "tokenType"]
    assert {"IDENTIFICATION", "DOCUMENT", "APPROVED"} <= set(facts["enums"])
    assert facts["statuses"] == ["422", "4xx", "5xx"]
    assert facts["endpoints"] == ["POST /connect/v1/verifications"]


def test_docsify_pages_are_fetched_as_raw_markdown(docs_check: ModuleType) -> None:
    assert docs_check.source_of("https://docs.x.test/#/api/v1/get", {}) == "https://docs.x.test/api/v1/get.md"
    assert (
        docs_check.source_of("https://docs.x.test/a", {"source": "https://docs.x.test/a.md"})
        == "https://docs.x.test/a.md"
    )
    assert docs_check.source_of("https://docs.x.test/a#section", {}) == "https://docs.x.test/a#section"


# --- the committed fingerprint files ----------------------------------------------------------


def committed() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted((ROOT / "specs" / "docs").glob("*.fingerprints.json")):
        yield path.name.removesuffix(".fingerprints.json"), json.loads(path.read_text(encoding="utf-8"))


def test_committed_fingerprint_files_are_well_formed_and_name_real_operations(docs_check: ModuleType) -> None:
    files = dict(committed())
    assert files, "specs/docs/ holds no fingerprint file"
    providers = docs_check.discover(ROOT / "specs")
    for provider, data in files.items():
        assert provider in providers, f"specs/docs/{provider}.fingerprints.json has no spec"
        spec = yaml.safe_load((ROOT / "specs" / f"{provider}.openapi.yaml").read_text(encoding="utf-8"))
        names = {op.name for op in docs_check.operations(spec)}
        assert list(data) == sorted(data)
        for url, entry in data.items():
            assert url.startswith("https://"), url
            assert set(entry["operations"]) <= names, (provider, url, set(entry["operations"]) - names)
            if entry["sha256"] is None:
                assert entry["facts"] is None and entry["recorded"] is None
                continue
            assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", entry["recorded"])
            assert entry["recorded_from"] in {"live", "saved copy"}
            assert set(entry["facts"]) == set(docs_check.FACT_KINDS)
            assert all(values == sorted(set(values)) for values in entry["facts"].values())


def test_every_operation_names_its_page_and_every_page_has_a_fingerprint_entry(docs_check: ModuleType) -> None:
    specs = ROOT / "specs"
    problems = [
        problem
        for provider in docs_check.discover(specs)
        for problem in docs_check.lint_provider(specs, specs / "docs", provider)
    ]
    assert problems == [], "\n".join(problems)
