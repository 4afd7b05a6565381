# The one entry point. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WORK ?= work
# The package with the identifier's hot modules compiled (mypyc): see setup.py
COMPILED := $(VENV)/compiled

.PHONY: demo test lint bench schema clean help chromium compiled

help:  ## list the targets
	@grep -E '^[a-z]+:.*##' Makefile | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the project's dependencies change: a second run is quick.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

demo: $(STAMP)  ## the whole pipeline on synthetic data: generate, load, link, identify, networks, report
	$(BIN)/safeguard demo --work $(WORK)

# The hot modules are tested twice: as Python, then compiled (their own tests and the
# identify tests again, each asserting that the compiled modules were loaded).
test: $(STAMP) compiled chromium  ## run the whole test suite
	$(BIN)/pytest -n 2
	SAFEGUARD_EXPECT_COMPILED=1 PYTHONPATH=$(COMPILED) $(BIN)/pytest -n 2 -q tests/indicators tests/identify

# A compiled copy of the whole package, rebuilt when any source changes. Not installed: put it
# first on the path (PYTHONPATH=$(COMPILED)) to use it; a deployment installs a compiled wheel.
$(COMPILED)/.built: $(STAMP) setup.py $(shell find src -name '*.py')
	rm -rf $(COMPILED)
	SAFEGUARD_COMPILE=1 $(BIN)/pip install --quiet --no-deps --target $(COMPILED) .
	@$(BIN)/python -c 'import sys; sys.path.insert(0, "$(COMPILED)"); from safeguard._compiled import build; b = build(); print("compiled build:", b); sys.exit(b != "compiled")'
	touch $@

compiled: $(COMPILED)/.built  ## compile the identifier's hot modules with mypyc into .venv/compiled

# The browser tests drive Debian's chromium; install it when missing (as root, or with sudo).
chromium:  ## install Debian's chromium for the browser tests, if missing
	@if [ ! -x /usr/bin/chromium ]; then \
	  if ! command -v apt-get >/dev/null; then \
	    echo "note: no apt-get here: install chromium as /usr/bin/chromium for the browser tests (skipped without it; CI fails)"; \
	  elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq chromium; \
	  else echo "note: /usr/bin/chromium is missing: run 'apt-get install chromium' as root for the browser tests"; fi; \
	fi

lint: $(STAMP)  ## ruff (lint and format check) and mypy --strict
	$(BIN)/ruff check src tests benchmarks setup.py
	$(BIN)/ruff format --check src tests benchmarks setup.py
	$(BIN)/mypy

bench: $(STAMP) compiled  ## performance benchmarks (national scale; prints figures), compiled build
	PYTHONPATH=$(COMPILED) $(BIN)/python benchmarks/run.py

schema: $(STAMP)  ## regenerate the shipped JSON Schema from the typed models
	$(BIN)/python -m safeguard.exchange._schema > src/safeguard/exchange/schema/safeguard-exchange-1.schema.json

clean:  ## remove the virtual environment and generated work
	rm -rf $(VENV) $(WORK) .pytest_cache .mypy_cache .ruff_cache
