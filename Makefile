# Task runner. `make serve` and `make check` are the two commands in README.md; both set up
# .venv first. Every target runs from a fresh clone with only Python 3.11+ installed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: serve check test lint format record build browser clean

## serve: set up, then serve the site at http://127.0.0.1:8000 with live reload
serve: $(VENV)/installed
	$(BIN)/mkdocs serve

## check: set up, then run every check (lint, snippets, pages, strict build, browser)
check: $(VENV)/installed browser lint test

test: $(VENV)/installed
	$(BIN)/python -m pytest

lint: $(VENV)/installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## format: apply ruff's fixes and formatting
format: $(VENV)/installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## record: re-run every snippet, re-record its outputs and redraw the diagrams
record: $(VENV)/installed
	$(BIN)/python -m pytest tests/test_snippet_outputs.py tests/test_pictures.py --update-outputs

## build: build the site into site/ as it would be published
build: $(VENV)/installed
	$(BIN)/mkdocs build --strict

## browser: install Debian's Chromium and ChromeDriver for the browser tests, if missing
# (apt-get needs root). Elsewhere, install both yourself and set CHROMIUM and CHROMEDRIVER.
browser:
	@test -x "$${CHROMIUM:-/usr/bin/chromium}" -a -x "$${CHROMEDRIVER:-/usr/bin/chromedriver}" \
		|| (apt-get update -qq && apt-get install -y -qq chromium chromium-driver)

clean:
	rm -rf $(VENV) site

$(VENV)/installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@
