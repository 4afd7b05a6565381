# The one entry point. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WORK ?= work

.PHONY: demo test lint bench schema clean help

help:  ## list the targets
	@grep -E '^[a-z]+:.*##' Makefile | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the project's dependencies change: a second run is quick.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

demo: $(STAMP)  ## generate the demo national dataset, load it, print what was loaded
	$(BIN)/safeguard demo --work $(WORK)

test: $(STAMP)  ## run the whole test suite
	$(BIN)/pytest -n 2

lint: $(STAMP)  ## ruff (lint and format check) and mypy --strict
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)  ## performance benchmarks (national scale; prints figures)
	$(BIN)/python benchmarks/run.py

schema: $(STAMP)  ## regenerate the shipped JSON Schema from the typed models
	$(BIN)/python -m safeguard.exchange._schema > src/safeguard/exchange/schema/safeguard-exchange-1.schema.json

clean:  ## remove the virtual environment and generated work
	rm -rf $(VENV) $(WORK) .pytest_cache .mypy_cache .ruff_cache
