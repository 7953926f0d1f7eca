# idv-clients: `make help` lists the targets. Every target installs what it needs first.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)
PROVIDER ?=
PACKAGE ?=
# The providers: one specs/<p>.openapi.yaml each (scripts/_registry.py discovers them the same way).
PROVIDERS := $(patsubst specs/%.openapi.yaml,%,$(wildcard specs/*.openapi.yaml))

.PHONY: help install lock demo generate check-generated lint-specs lint typecheck test contract contract-wide emulator bench bench-emulator bench-overlay bench-validation scaffold unasync soak spec-diff api-diff docs-check dist versions changelog release

help: ## Show this help
	@awk 'BEGIN {FS = ":.*?## "} /^[a-zA-Z_-]+:.*?## / {printf "  \033[36m%-18s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# Editable installs map each top-level package when installed: a new package re-runs install.
PACKAGES := $(wildcard generated/*/__init__.py overlays/*/__init__.py emulator/*/__init__.py)

demo: install ## The main job: one verification lifecycle per provider against the emulator
	$(PY) scripts/demo.py

$(STAMP): requirements.lock pyproject.toml $(PACKAGES)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes -r requirements.lock
	PYTHONWARNINGS=ignore $(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP) ## Create .venv and install the locked dependencies and the project (editable)

lock: ## Recompile requirements.lock from requirements.in (needs network to PyPI)
	$(PY) -m pip install -q uv==0.13.9
	$(BIN)/uv pip compile --python-version 3.11 --generate-hashes -q requirements.in -o requirements.lock

generate: install ## Regenerate generated/<p>_client from specs/ (all, or PROVIDER=<p>)
	$(PY) scripts/generate.py $(PROVIDER)

check-generated: install ## Fail if generated/ or its manifest differs from a fresh generation
	$(PY) scripts/check_generated.py

lint-specs: install ## Validate the specs (OpenAPI 3.1 + house rules)
	$(PY) scripts/lint_specs.py $(PROVIDER)

spec-diff: install ## Classify each spec's changes vs BASE (last tag, else HEAD): make spec-diff [BASE=<ref>] [JSON=1] [ALLOW_BREAKING=1] [PROVIDER=<p>]
	@$(PY) scripts/spec_diff.py $(if $(BASE),--base $(BASE)) $(if $(JSON),--json) $(if $(ALLOW_BREAKING),--allow-breaking) $(PROVIDER)

api-diff: install ## Python API breaks of generated/ and idv vs BASE (last tag, else HEAD): make api-diff [BASE=<ref>] [JSON=1] [ALLOW_BREAKING=1]
	@$(PY) scripts/api_diff.py $(if $(BASE),--base $(BASE)) $(if $(JSON),--json) $(if $(ALLOW_BREAKING),--allow-breaking)

dist: install ## One wheel + sdist per package into dist/: each generated client, idv, idv-emulator (scripts/dist.py)
	$(PY) scripts/dist.py

versions: install ## Each package's change since its released baseline and the version it needs (make test enforces it)
	$(PY) scripts/release.py check

changelog: install ## Draft CHANGELOG.md sections from spec-diff + api-diff: make changelog [PACKAGE=<dist>] [WRITE=1] [REPLACE=1]
	$(PY) scripts/release.py changelog $(PACKAGE) $(if $(WRITE),--write) $(if $(REPLACE),--replace)

release: install ## Record PACKAGE's current API as its released baseline (packaging/<dist>/released/): make release PACKAGE=<dist>
	@test -n "$(PACKAGE)" || { echo "usage: make release PACKAGE=<dist> (e.g. idv-hopae-client; several: PACKAGE=\"a b\")"; exit 2; }
	$(PY) scripts/release.py record $(PACKAGE)

docs-check: install ## Fetch the docs pages the specs name, report changed ones: make docs-check [PROVIDER=<p>] [JSON=1] [RECORDED_ONLY=1] [REWRITE="<from>=<to>"]
	$(PY) scripts/docs_check.py check $(if $(PROVIDER),--provider $(PROVIDER)) $(if $(JSON),--json) $(if $(RECORDED_ONLY),--recorded-only) $(foreach rewrite,$(REWRITE),--rewrite $(rewrite))

lint: install ## Ruff on the hand-written code (generated/ is checked by check-generated)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install ## mypy --strict on generated clients, overlays, emulator, examples and the pipeline scripts
	$(BIN)/mypy --strict $(PROVIDERS:%=generated/%_client)
	$(BIN)/mypy --strict overlays/idv emulator/idv_emulator examples scripts/demo.py
	MYPYPATH=scripts $(BIN)/mypy --strict contract scripts/_registry.py scripts/_codegen.py scripts/scaffold.py scripts/generate.py scripts/check_generated.py scripts/docs_check.py scripts/spec_diff.py scripts/api_diff.py scripts/release.py scripts/dist.py scripts/contract.py scripts/soak.py scripts/bench/bench_emulator.py scripts/bench/bench_validation.py scripts/bench/scenarios

test: install check-generated lint-specs lint typecheck ## Everything that must pass (CI runs this)
	$(BIN)/pytest

contract: install ## Contract suite vs a live URL: make contract PROVIDER=<p> BASE_URL=<url> [READ_ONLY=1]
	@test -n "$(PROVIDER)" -a -n "$(BASE_URL)" || { echo "usage: make contract PROVIDER=<p> BASE_URL=<url> [READ_ONLY=1]"; exit 2; }
	$(PY) scripts/contract.py $(PROVIDER) $(BASE_URL) $(if $(READ_ONLY),--read-only)

contract-wide: install ## In-process contract suite, wider than CI: make contract-wide [SEEDS="1 2 3"] [EXAMPLES=100] [PROVIDER=<p>]
	$(BIN)/pytest tests/contract -p no:cacheprovider --timeout 1800 --contract-seeds "$(or $(SEEDS),1 2 3)" --contract-examples $(or $(EXAMPLES),100) $(if $(PROVIDER),-k $(PROVIDER))

emulator: install ## Run the emulator on http://127.0.0.1:8040 (every provider)
	$(BIN)/idv-emulator serve

bench: bench-overlay bench-emulator bench-validation ## All benchmarks (figures and ratios, no assertions)

bench-emulator: install ## Emulator vs Prism vs a bare uvicorn app: req/s, p50, p99 at 32 connections
	$(PY) scripts/bench/bench_emulator.py

soak: install ## N async clients × M lifecycles per provider vs one emulator: make soak [CLIENTS=8] [CYCLES=50] [SECONDS=600]
	$(PY) scripts/soak.py --clients $(or $(CLIENTS),8) --cycles $(or $(CYCLES),50) --seconds $(or $(SECONDS),600)

bench-validation: install ## Request validation per operation: jsonschema alone vs the emulator's fast path (µs per valid body)
	$(PY) scripts/bench/bench_validation.py

bench-overlay: install ## Overlay call vs bare generated call vs raw httpx, per call, in-process
	$(PY) scripts/bench/bench_overlay.py

scaffold: install ## Write a new provider's working skeleton: make scaffold PROVIDER=<name> [TITLE="Display name"]
	@test -n "$(PROVIDER)" || { echo 'usage: make scaffold PROVIDER=<name> [TITLE="Display name"]'; exit 2; }
	$(PY) scripts/scaffold.py $(PROVIDER) $(if $(TITLE),--title "$(TITLE)")

unasync: install ## Regenerate the sync overlay clients from the async ones (make test checks for drift)
	$(PY) scripts/unasync.py
