# Task runner. `make serve` and `make check` are the two commands in README.md; both set up
# .venv first. `make help` lists the targets.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Where `make publish` pushes the gh-pages branch.
REMOTE ?= origin
# Builds of one commit are identical: the build date is the commit's date.
# Material and MkDocs print a notice about their successors at every build.
export NO_MKDOCS_2_WARNING := 1
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
# `make check PAGES="docs/a/b.md ..."` and `make record PAGES=...` take only those pages; a
# snippet, its mirror test or a figures module stands for the pages that show it.
PAGES ?=
# Where pip finds PyTorch's CPU build for Linux x86_64 when no local wheel or index has it.
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
# apt-get needs root; ask for it only when not root already.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: help serve check test lint format record upgrade build pdf publish committed benchmark \
	browser clean

# What is published has passed every check, not those of some pages.
ifneq ($(and $(filter publish,$(MAKECMDGOALS)),$(PAGES)),)
$(error make publish runs every check and publishes every page: unset PAGES)
endif
# Without the published address the sitemap, the PDF and the notebooks' links name 127.0.0.1.
ifneq ($(filter publish,$(MAKECMDGOALS)),)
ifeq ($(SITE_URL),)
$(error make publish: set SITE_URL to the site's published address (and REPO_URL and EDIT_URI for its repository and edit links): without it its links name 127.0.0.1)
endif
endif

## help: list the targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

## serve: set up, then serve the site at http://127.0.0.1:8000 with live reload
serve: $(VENV)/installed
	$(BIN)/mkdocs serve

## check: set up, then run every check (lint, workflow, snippets, pages, build, browser);
##        PAGES="docs/a/b.md snippets/t/n.py tools/figures/x.py" checks only those pages
check: $(VENV)/installed $(VENV)/torch-installed browser lint test

## test: run the test suite alone (the snippets, the pages, the browser tests); takes PAGES
test: $(VENV)/installed $(VENV)/torch-installed
	$(BIN)/python -m pytest $(if $(PAGES),--pages "$(PAGES)")

## lint: ruff, and the publishing workflow against GitHub's schema and zizmor's audits
lint: $(VENV)/installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/zizmor --offline --min-severity medium .github/workflows/

## format: apply ruff's fixes and formatting
format: $(VENV)/installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## record: re-run every snippet and notebook and record what they print and draw; takes PAGES
record: $(VENV)/installed
	$(BIN)/python -m tools.record $(PAGES)

## upgrade: move the pins to the newest compatible versions, re-record, show what changed, check
upgrade: $(VENV)/installed
	$(BIN)/uv pip compile --upgrade --universal --python-version 3.11 --quiet --no-header \
		--no-annotate requirements.in -o requirements.txt.new
	(sed -n '1,2p' requirements.txt; cat requirements.txt.new) > requirements.txt.tmp
	mv requirements.txt.tmp requirements.txt && rm requirements.txt.new
	git --no-pager diff --stat -- requirements.txt
	$(MAKE) $(VENV)/installed record
	git --no-pager diff --stat -- snippets docs
	git --no-pager diff --word-diff -- snippets/ | head -200
	$(MAKE) check

## build: build the site into site/ as it would be published
build: $(VENV)/installed
	$(BIN)/mkdocs build --strict

## pdf: build the site, then print it whole, every page in nav order, into site/ with Chromium
pdf: build browser
	$(BIN)/python -m tools.pdf site

## publish: run every check, build the site and its PDF, then push both to gh-pages of REMOTE;
##          only from a working copy with nothing uncommitted
publish: committed check pdf
	$(BIN)/ghp-import --no-jekyll --force --no-history --push --remote "$(REMOTE)" \
		--message "Publish the site built from $$(git rev-parse HEAD)" site

# The site names the commit it was built from, so what is checked and built must be that commit.
committed:
	@test -z "$$(git status --porcelain)" || { git status --short; \
		echo "make publish: commit or stash these first: the site names its commit" >&2; exit 1; }

## benchmark: time the floor, the snippet tests, the builds, the whole check and each page's check
##            against their budgets; prints the README's Speed table
benchmark: $(VENV)/installed $(VENV)/torch-installed browser
	$(BIN)/python scripts/benchmark.py

## browser: install Debian's Chromium and ChromeDriver for the browser tests and the PDF, and
##          poppler's pdftotext that reads the PDF back, if missing
browser:
	@test -x "$${CHROMIUM:-/usr/bin/chromium}" -a -x "$${CHROMEDRIVER:-/usr/bin/chromedriver}" \
		|| ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver)
	@test -x "$${PDFTOTEXT:-/usr/bin/pdftotext}" \
		|| ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq poppler-utils)

## clean: remove the environment, the built site and the caches (.cache/)
clean:
	rm -rf $(VENV) site screenshots .cache

$(VENV)/installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

# PyTorch for the check only (requirements-torch.txt says why it is apart). Without its index
# first: where a wheel of the pin is at hand (a local wheel or mirror), the unreachable or slow
# index is never asked; elsewhere PyPI has no +cpu build and pip fails at once, then asks it.
$(VENV)/torch-installed: requirements-torch.txt $(VENV)/installed
	$(BIN)/python -m pip install --quiet -r requirements-torch.txt \
		|| $(BIN)/python -m pip install --quiet --extra-index-url $(TORCH_INDEX) -r requirements-torch.txt
	touch $@
