"""End to end: a provider's documentation changes; what each tool reports, in a copy of the repository.

The README's "When a provider's documentation changes", run for Hopae on a scratch copy made as
tests/test_scaffold.py makes one (same exclusions, the project's virtualenv, the copy's packages
first on `PYTHONPATH`). The copy becomes a git repository whose last tag (`v<idv's version>`)
is a release: every package recorded as released at its current version (`release.py record`),
so spec-diff and api-diff compare with that tag by default, as `make spec-diff` / `make
api-diff` do, and the version check measures from it.

Then the story, each step the real script in the copy:

1. docs-check: Hopae's pages are served by a loopback server (pages written here, not Hopae's
   text); `record --rewrite` takes their fingerprints; the get-verification page then gains a
   field (`countryCode`) and a status (`suspended`) and loses `workflowId` and its heading, the
   create-verification page gains a required `consentId`: `check` exits 1 naming both pages'
   operations and the facts that appeared and disappeared.
2. The spec is edited from the new pages (an optional response field, a response enum value, a
   removed response field, a required request field), linted and regenerated.
3. spec-diff: two additive, two breaking changes; exit 1, 0 with `--allow-breaking`.
4. api-diff: the removed field and the new required constructor argument break `hopae_client`;
   nothing else breaks.
5. The version check fails naming the versions needed (from 0.2.0: the client 0.3.0, breaking;
   then `idv` 0.3.0, because it returns the client's models; the emulator 0.2.1, because it
   serves the changed spec); after those bumps it asks for changelog sections; `changelog
   --write` drafts them from the two diffs and the check passes.
6. The changed pages recorded again: docs-check is back to exit 0.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.test_scaffold import SKIP as SCAFFOLD_SKIP

ROOT = Path(__file__).resolve().parents[2]
PROVIDER = "hopae"
DOCS = "https://docs.hopae.com/"
GET_PAGE = f"{DOCS}api-reference/verifications/get-verification"
CREATE_PAGE = f"{DOCS}api-reference/verifications/create-verification"
CLIENT, IDV, EMULATOR = "idv-hopae-client", "idv", "idv-emulator"


def next_version(version: str, change: str) -> str:
    """The rule (README, "Packages and versions"): breaking needs the next major, the next minor
    while the major is 0; additive the next minor, the next patch while the major is 0."""
    major, minor, patch = map(int, version.split("."))
    if change == "breaking":
        return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    return f"0.{minor}.{patch + 1}" if major == 0 else f"{major}.{minor + 1}.0"


# The packages as they are now; the copy records exactly these as its release.
VERSIONS = {
    data["project"]["name"]: data["project"]["version"]
    for data in (tomllib.loads(path.read_text()) for path in sorted((ROOT / "packaging").glob("*/pyproject.toml")))
}
DISTS = tuple(VERSIONS)
TAG = f"v{VERSIONS[IDV]}"
C0, C1 = VERSIONS[CLIENT], next_version(VERSIONS[CLIENT], "breaking")  # the client: breaking
I0, I1 = VERSIONS[IDV], next_version(VERSIONS[IDV], "breaking")  # idv: breaking with its client
E0, E1 = VERSIONS[EMULATOR], next_version(VERSIONS[EMULATOR], "additive")  # the emulator: a changed spec
# What the scaffold test leaves out, plus what a copy needs even less (built files, caches).
_EXTRA_SKIP = shutil.ignore_patterns("dist", ".hypothesis", ".bench", "node_modules", ".schemathesis")
GIT = ("git", "-c", "user.name=e2e", "-c", "user.email=e2e@example.invalid", "-c", "commit.gpgsign=false")


def _skip(directory: str, names: list[str]) -> set[str]:
    return set(SCAFFOLD_SKIP(directory, names)) | set(_EXTRA_SKIP(directory, names))


# -- the documentation pages (written here; served from loopback) ------------------------------

GET_VERIFICATION = """\
# Get verification

`GET /connect/v1/verifications/{verificationId}`

Returns the status metadata of a verification.

## Response

| Field | Type | Description |
|---|---|---|
| `verificationId` | string | The unique identifier for the verification session. |
| `status` | string | Enum: "initiated", "pending", "authenticating", "completed", "failed", "expired", "cancelled" |
| `providerId` | string | The identifier of the eID provider. |
| `workflowId` | string | The workflow the verification runs in. |

## Workflows

A verification that runs in a workflow carries its `workflowId`.
"""

# A new status, a new optional field; `workflowId` and its section gone.
GET_VERIFICATION_CHANGED = """\
# Get verification

`GET /connect/v1/verifications/{verificationId}`

Returns the status metadata of a verification.

## Response

| Field | Type | Description |
|---|---|---|
| `verificationId` | string | The unique identifier for the verification session. |
| `status` | string | Enum: "initiated", "pending", "authenticating", "completed", "failed", "expired", "cancelled", "suspended" |
| `providerId` | string | The identifier of the eID provider. |
| `countryCode` | string | Optional. ISO 3166-1 alpha-2 country of the eID that was used. |
"""

CREATE_VERIFICATION = """\
# Create verification

`POST /connect/v1/verifications`

## Body

| Field | Type | Description |
|---|---|---|
| `providerId` | string | Required. The eID provider. |
| `redirectUri` | string | Where to send the user afterwards. |
"""

# A new required body field.
CREATE_VERIFICATION_CHANGED = CREATE_VERIFICATION.replace(
    "| `redirectUri` |",
    "| `consentId` | string | Required. The consent the user gave for this verification. |\n| `redirectUri` |",
)


class DocsSite:
    """A loopback documentation site: the pages set here by path; any other path is a small
    page of its own (so every page the spec names is reachable)."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                body = site.pages.get(path, f"# {path}\n\nA page of the Hopae documentation.\n").encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/markdown; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def serve(self, page_url: str, text: str) -> None:
        """Serve `text` where `--rewrite DOCS=<site>` sends `page_url`, and its `.md` twin."""
        path = "/" + page_url.removeprefix(DOCS)
        self.pages[path] = self.pages[path + ".md"] = text

    @property
    def rewrite(self) -> str:
        return f"{DOCS}={self.url}"


# -- the spec edit, as a person makes it from the new pages ------------------------------------


def edit_spec(spec: Path) -> None:
    text = spec.read_text()

    def once(old: str, new: str) -> None:
        nonlocal text
        assert text.count(old) == 1, f"the spec no longer has exactly one:\n{old}"
        text = text.replace(old, new)

    # VerificationStatus (response side only): a new value.
    once("        - expired\n        - cancelled\n    FlowType:\n", "        - expired\n        - cancelled\n        - suspended\n    FlowType:\n")  # fmt: skip
    # VerificationMetadata (the get_verification answer): a new optional field; workflowId gone.
    once(
        '          example: smartid\n        workflowId:\n          type: [string, "null"]\n'
        "          description: The workflow the verification runs in, if your application uses workflows.\n",
        "          example: smartid\n        countryCode:\n          type: string\n"
        "          description: ISO 3166-1 alpha-2 country of the eID that was used.\n          example: EE\n",
    )
    # VerificationCreate (the create_verification body): a new required field.
    once(
        "        Other providers (e.g. `frejaid`) need no `userData`.\n      required: [providerId]\n",
        "        Other providers (e.g. `frejaid`) need no `userData`.\n      required: [providerId, consentId]\n",
    )
    once(
        "          default: frejaid\n          example: frejaid\n        redirectUri:\n",
        "          default: frejaid\n          example: frejaid\n        consentId:\n          type: string\n"
        "          description: The consent the user gave for this verification.\n          example: cns_4f1c2a\n"
        "        redirectUri:\n",
    )
    spec.write_text(text)


# -- the story ---------------------------------------------------------------------------------


@dataclass
class Story:
    copy: Path
    env: dict[str, str]
    steps: dict[str, subprocess.CompletedProcess[str]] = field(default_factory=dict)

    def run(self, step: str, *args: str, expect: int | None = 0) -> subprocess.CompletedProcess[str]:
        """Run a script of the copy with the copy's Python path; keep the result as `step`."""
        command = [sys.executable, *args] if args[0].endswith(".py") else list(args)
        proc = subprocess.run(
            command, cwd=self.copy, env=self.env, capture_output=True, text=True, timeout=300, check=False
        )
        self.steps[step] = proc
        if expect is not None:
            assert proc.returncode == expect, (
                f"{step}: {' '.join(args)} exited {proc.returncode}, expected {expect}:\n"
                f"{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
            )
        return proc

    def git(self, *args: str) -> None:
        self.run(f"git {args[0]}", *GIT, *args)

    def json(self, step: str) -> Any:
        return json.loads(self.steps[step].stdout)

    def out(self, step: str) -> str:
        return self.steps[step].stdout


def bump(pyproject: Path, version: str) -> None:
    text, count = re.subn(r'(?m)^version = "[^"]+"$', f'version = "{version}"', pyproject.read_text(), count=1)
    assert count == 1, pyproject
    pyproject.write_text(text)


@pytest.fixture(scope="module")
def site() -> Iterator[DocsSite]:
    docs = DocsSite()
    yield docs
    docs.server.shutdown()
    docs.server.server_close()


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory, site: DocsSite) -> Story:
    if shutil.which("git") is None:
        pytest.skip("needs git (spec-diff and api-diff read the release from a tag)")
    copy = tmp_path_factory.mktemp("docs-change") / "idv-clients"
    shutil.copytree(ROOT, copy, ignore=_skip, symlinks=True)
    source_roots = [copy / "generated", copy / "overlays", copy / "emulator", copy]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(map(str, source_roots)), PYTHONDONTWRITEBYTECODE="1")
    for name in ("IDV_SPECS_DIR", "IDV_GENERATED_DIR", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(name, None)
    s = Story(copy, env)

    # The copy as released: every package recorded at its current version, tagged.
    s.run("record release", "scripts/release.py", "record", *DISTS)
    s.git("init", "-q")
    s.git("add", "-A")
    s.git("commit", "-q", "-m", f"release {TAG}")
    s.git("tag", TAG)
    s.run("versions at release", "scripts/release.py", "check")

    # Fingerprints of Hopae's pages as the loopback site serves them now.
    site.serve(GET_PAGE, GET_VERIFICATION)
    site.serve(CREATE_PAGE, CREATE_VERIFICATION)
    s.run("docs record", "scripts/docs_check.py", "record", "--provider", PROVIDER, "--rewrite", site.rewrite)
    s.run("docs check before", "scripts/docs_check.py", "check", "--provider", PROVIDER, "--rewrite", site.rewrite)

    # 1. The provider changes two pages.
    site.serve(GET_PAGE, GET_VERIFICATION_CHANGED)
    site.serve(CREATE_PAGE, CREATE_VERIFICATION_CHANGED)
    check = ("scripts/docs_check.py", "check", "--provider", PROVIDER, "--rewrite", site.rewrite)
    s.run("docs check", *check, expect=None)
    s.run("docs check json", *check, "--json", expect=None)

    # 2. The spec, edited from the new pages; linted; regenerated.
    edit_spec(copy / "specs" / f"{PROVIDER}.openapi.yaml")
    s.run("lint specs", "scripts/lint_specs.py", PROVIDER)
    s.run("generate", "scripts/generate.py", PROVIDER)

    # 3, 4. The diffs against the last tag (the default BASE).
    s.run("spec-diff", "scripts/spec_diff.py", PROVIDER, expect=None)
    s.run("spec-diff allowed", "scripts/spec_diff.py", "--allow-breaking", PROVIDER, expect=None)
    s.run("spec-diff json", "scripts/spec_diff.py", "--json", "--allow-breaking", PROVIDER)
    s.run("api-diff", "scripts/api_diff.py", expect=None)
    s.run("api-diff json", "scripts/api_diff.py", "--json", "--allow-breaking")

    # 5. Versions: the check names what is needed; bump to it; draft the changelog.
    s.run("versions", "scripts/release.py", "check", expect=None)
    s.run("versions json", "scripts/release.py", "check", "--json", expect=None)
    # A bump can call for another (a breaking client makes a breaking idv): bump until the
    # check asks for nothing more, as a person re-running `make versions` would.
    latest = "versions json"
    for round_ in range(1, 4):
        wanted = {p["dist"]: p["required"] for p in s.json(latest) if p["version"] != p["required"]}
        if not wanted:
            break
        for dist, version in wanted.items():
            bump(copy / "packaging" / dist / "pyproject.toml", version)
        s.run(f"versions bumped {round_}", "scripts/release.py", "check", expect=None)
        latest = f"versions json {round_}"
        s.run(latest, "scripts/release.py", "check", "--json", expect=None)
    s.run("changelog", "scripts/release.py", "changelog", "--write")
    s.run("versions final", "scripts/release.py", "check", expect=None)

    # 6. The spec follows the pages again: record them, and the check is clean.
    s.run("docs re-record", "scripts/docs_check.py", "record", "--provider", PROVIDER, "--url", GET_PAGE, "--url", CREATE_PAGE, "--rewrite", site.rewrite)  # fmt: skip
    s.run("docs check after", *check, expect=None)
    return s


# -- 1. docs-check -----------------------------------------------------------------------------


def page_block(report: str, url: str) -> list[str]:
    """The lines under a changed page's line in docs-check's text report."""
    lines = report.splitlines()
    start = lines.index(f"  changed     {url}") + 1
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("    ")), len(lines))
    return lines[start:end]


def test_docs_check_is_clean_right_after_recording(story: Story) -> None:
    recorded = [line for line in story.out("docs record").splitlines() if line.startswith("hopae: recorded ")]
    assert len(recorded) >= 8 and f"hopae: recorded {GET_PAGE}" in recorded
    assert story.steps["docs check before"].returncode == 0
    assert "docs-check: unchanged (exit 0)" in story.out("docs check before")


def test_docs_check_reports_the_changed_pages_their_operations_and_facts(story: Story) -> None:
    assert story.steps["docs check"].returncode == 1
    text = story.out("docs check")
    assert re.search(r"^hopae: \d+ unchanged, 2 changed$", text, re.MULTILINE), text
    assert "docs-check: changed (exit 1)" in text
    # The text report: each changed page, its operations, then + / - facts.
    assert page_block(text, GET_PAGE) == [
        "      operations: get_verification",
        "        + fields: countryCode",
        "        + enums: suspended",
        "        - headings: Workflows",
        "        - fields: workflowId",
    ]
    assert page_block(text, CREATE_PAGE) == ["      operations: create_verification", "        + fields: consentId"]

    report = story.json("docs check json")
    assert report["exit_code"] == 1
    hopae = report["providers"]["hopae"]
    assert not hopae["unreachable"] and not hopae["unrecorded"]
    changed = {page["url"]: page for page in hopae["changed"]}
    assert set(changed) == {GET_PAGE, CREATE_PAGE}
    assert changed[GET_PAGE]["operations"] == ["get_verification"]
    assert changed[GET_PAGE]["appeared"] == {"enums": ["suspended"], "fields": ["countryCode"]}
    assert changed[GET_PAGE]["disappeared"] == {"fields": ["workflowId"], "headings": ["Workflows"]}
    assert changed[CREATE_PAGE]["appeared"] == {"fields": ["consentId"]}
    assert changed[CREATE_PAGE]["disappeared"] == {}


def test_recording_the_new_pages_makes_docs_check_clean_again(story: Story) -> None:
    assert story.out("docs re-record").splitlines() == [f"hopae: recorded {GET_PAGE}", f"hopae: recorded {CREATE_PAGE}"]
    assert story.steps["docs check after"].returncode == 0, story.out("docs check after")
    fingerprints = json.loads((story.copy / "specs/docs/hopae.fingerprints.json").read_text())
    assert "countryCode" in fingerprints[GET_PAGE]["facts"]["fields"]
    assert "workflowId" not in fingerprints[GET_PAGE]["facts"]["fields"]


# -- 2. the regenerated client -----------------------------------------------------------------


def test_the_regenerated_client_follows_the_spec(story: Story) -> None:
    assert "hopae.openapi.yaml: ok" in story.out("lint specs")
    assert "generated hopae_client" in story.out("generate")
    models = story.copy / "generated/hopae_client/models"
    metadata = (models / "verification_metadata.py").read_text()
    assert "country_code" in metadata and "workflow_id" not in metadata
    assert 'SUSPENDED = "suspended"' in (models / "verification_status.py").read_text()
    create = (models / "verification_create.py").read_text()
    assert re.search(r"^    consent_id: str$", create, re.MULTILINE), "consent_id is not a required attribute"
    # Only Hopae's client (and the manifest) were rewritten.
    changed = story.run("git status", "git", "status", "--porcelain", "generated").stdout.split()
    assert {path for path in changed if path.startswith("generated/")} == {
        "generated/manifest.json",
        "generated/hopae_client/models/verification_create.py",
        "generated/hopae_client/models/verification_metadata.py",
        "generated/hopae_client/models/verification_status.py",
    }


# -- 3. spec-diff ------------------------------------------------------------------------------


def test_spec_diff_classifies_the_four_changes(story: Story) -> None:
    assert story.steps["spec-diff"].returncode == 1
    assert "spec-diff: breaking changes" in story.steps["spec-diff"].stderr
    assert story.steps["spec-diff allowed"].returncode == 0
    text = story.out("spec-diff")
    assert text.startswith(f"hopae (vs {TAG}): 2 breaking, 2 additive\n"), text
    lines = text.splitlines()[1:]
    assert lines[0] == (
        "  [breaking] components.schemas.VerificationCreate.consentId (request side): required field added"
        " — create_verification"
    )
    assert lines[1] == (
        "  [breaking] components.schemas.VerificationMetadata.workflowId (response side): field removed"
        " — get_verification"
    )
    assert lines[2] == (
        "  [additive] components.schemas.VerificationMetadata.countryCode (response side): optional field added"
        " — get_verification"
    )
    assert lines[3].startswith(
        '  [additive] components.schemas.VerificationStatus (response side): enum value "suspended" added — '
    )
    changes = story.json("spec-diff json")["specs"]["hopae"]
    assert story.json("spec-diff json")["base"] == TAG
    by_location = {c["location"]: c for c in changes}
    assert len(changes) == 4
    assert by_location["components.schemas.VerificationCreate.consentId"]["severity"] == "breaking"
    assert by_location["components.schemas.VerificationMetadata.workflowId"]["severity"] == "breaking"
    assert by_location["components.schemas.VerificationMetadata.countryCode"]["severity"] == "additive"
    status = by_location["components.schemas.VerificationStatus"]
    assert status["severity"] == "additive" and status["side"] == "response"
    assert {"get_verification", "webhook verificationEvent"} <= set(status["operations"])


# -- 4. api-diff -------------------------------------------------------------------------------


def test_api_diff_reports_the_breaks_of_the_generated_package(story: Story) -> None:
    assert story.steps["api-diff"].returncode == 1
    assert "api-diff: breaking changes" in story.steps["api-diff"].stderr
    text = story.out("api-diff")
    assert f"hopae_client (vs {TAG}): 3 breaks" in text
    packages = story.json("api-diff json")["packages"]
    assert {name for name, breaks in packages.items() if breaks} == {"hopae_client"}, packages
    breaks = {(b["path"], b["message"]) for b in packages["hopae_client"]}
    models = "hopae_client.models"
    assert breaks == {
        (
            f"{models}.verification_create.VerificationCreate.__init__",
            "new required field 'consent_id' (attrs __init__ parameter)",
        ),
        (
            f"{models}.verification_metadata.VerificationMetadata.__init__",
            "field 'workflow_id' removed (attrs __init__ parameter)",
        ),
        (f"{models}.verification_metadata.VerificationMetadata.workflow_id", "attribute removed"),
    }


# -- 5. versions and changelog -----------------------------------------------------------------


def test_the_version_check_names_the_versions_needed(story: Story) -> None:
    assert story.out("versions at release").count(": ok") == len(DISTS)
    assert story.steps["versions"].returncode == 1
    text = story.out("versions")
    assert f"{CLIENT} {C0}: released {C0}, breaking change, needs >= {C1}: PROBLEM" in text
    assert (f"breaking change since {C0} needs version >= {C1}, packaging/{CLIENT}/pyproject.toml says {C0}") in text
    assert "[api] hopae_client.models.verification_metadata.VerificationMetadata.workflow_id: attribute removed" in text
    assert f"{EMULATOR} {E0}: released {E0}, additive change, needs >= {E1}: PROBLEM" in text
    assert "[specs] serves the changed hopae.openapi.yaml" in text
    others = [dist for dist in DISTS if dist not in (CLIENT, IDV, EMULATOR)]
    assert others, DISTS
    for other in others:
        version = VERSIONS[other]
        assert f"{other} {version}: released {version}, no API change, needs >= {version}: ok" in text
    # idv itself has not changed yet; a breaking client makes it breaking once bumped.
    needed = {p["dist"]: (p["change"], p["required"]) for p in story.json("versions json")}
    assert needed[CLIENT] == ("breaking", C1)
    assert needed[EMULATOR] == ("additive", E1)
    assert needed[IDV] == ("none", I0)


def test_after_the_bumps_the_check_wants_changelog_sections_then_passes(story: Story) -> None:
    bumped = story.out("versions bumped 1")
    assert story.steps["versions bumped 1"].returncode == 1
    assert f"CHANGELOG.md has no '## {CLIENT} {C1}' section" in bumped
    assert f"CHANGELOG.md has no '## {EMULATOR} {E1}' section" in bumped
    # The client's bump is breaking for idv, which returns its models: a second round.
    assert f"{IDV} {I0}: released {I0}, breaking change, needs >= {I1}: PROBLEM" in bumped
    assert f"[deps] {CLIENT} {C0} -> {C1}: breaking (idv returns its models)" in bumped
    assert f"CHANGELOG.md has no '## {IDV} {I1}' section" in story.out("versions bumped 2")
    assert "versions bumped 3" not in story.steps
    assert story.out("changelog").splitlines() == [
        f"{CLIENT} {C1}: added",
        f"{IDV} {I1}: added",
        f"{EMULATOR} {E1}: added",
    ]
    final = story.steps["versions final"]
    assert final.returncode == 0, final.stdout
    assert f"{CLIENT} {C1}: released {C0}, breaking change, needs >= {C1}: ok" in final.stdout
    assert f"{IDV} {I1}: released {I0}, breaking change, needs >= {I1}: ok" in final.stdout
    assert f"{EMULATOR} {E1}: released {E0}, additive change, needs >= {E1}: ok" in final.stdout


def test_the_drafted_changelog_section_lists_the_changes(story: Story) -> None:
    changelog = (story.copy / "CHANGELOG.md").read_text()
    section = changelog.split(f"## {CLIENT} {C1}\n", 1)[1].split("\n## ", 1)[0]
    api_version = yaml.safe_load((ROOT / "specs/hopae.openapi.yaml").read_text())["info"]["version"]
    assert f"Since {C0}; Hopae Connect API version {api_version}." in section
    breaking, added = section.split("### Breaking\n", 1)[1].split("### Added and changed\n", 1)
    assert "- `VerificationCreate.consentId` (request side): required field added" in breaking
    assert "- `VerificationMetadata.workflowId` (response side): field removed" in breaking
    assert "new required field 'consent_id' (attrs __init__ parameter)" in breaking
    assert "- Optional field added (response side): `VerificationMetadata.countryCode`" in added
    assert '- `VerificationStatus`: new enum values (response side): "suspended"' in added
    # Newest first: above the package's section for the released version.
    assert changelog.index(f"## {CLIENT} {C1}\n") < changelog.index(f"## {CLIENT} {C0}\n")
    emulator = changelog.split(f"## {EMULATOR} {E1}\n", 1)[1].split("\n## ", 1)[0]
    assert "serves the changed hopae.openapi.yaml" in emulator
