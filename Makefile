# One task runner. `make` runs tests and lint.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
USER_STAMP := $(VENV)/.installed-user

.PHONY: all setup demo test lint typecheck browser clean

all: test lint

# A user's install: the package and the web app (what the README's commands need).
$(USER_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[web]"
	touch $(USER_STAMP)

# The developer set: tests, lint, Spark.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev,spark]"
	touch $(STAMP) $(USER_STAMP)

setup: $(STAMP)

## Install what a user needs (no dev or Spark extras) and run the main job on an example article.
demo: $(USER_STAMP)
	$(BIN)/saidwhat extract examples/minister.txt --format text

## Run the test suite.
test: setup
	$(BIN)/python -m pytest -q -ra

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

## Debian's Chromium for the browser tests (needs root, as on CI).
browser:
	command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium)

clean:
	rm -rf $(VENV) build dist *.egg-info
