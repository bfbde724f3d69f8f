# Two commands for people: `make run` and `make test`. Both set everything up on first use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# A hung Qt event loop escapes pytest-timeout; `timeout` is the outer guard.
TEST_TIMEOUT ?= 1500

.PHONY: run test quick setup system-deps lint typecheck imports checks pytest bench reliability clean translations \
	translations-update

run: setup
	$(BIN)/esign-desktop

test: setup checks pytest

setup: system-deps $(STAMP) translations

# Languages (docs/translations.md): lupdate refreshes the .ts sources from the code (new texts arrive
# unfinished, and tests/unit/test_translations.py fails until they are translated); lrelease compiles the .qm
# files the app loads. The .qm files are build output (.gitignore).
TS_FILES := resources/translations/esign_desktop_ja.ts resources/translations/esign_desktop_sv.ts
QM_FILES := $(TS_FILES:.ts=.qm)
TR_SOURCES := $(shell find esign_desktop/ui -name '*.py' | sort) esign_desktop/app.py esign_desktop/application.py

translations: $(QM_FILES)

translations-update: $(STAMP)
	@for ts in $(TS_FILES); do \
		lang=$${ts##*_}; lang=$${lang%.ts}; \
		$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -source-language en -target-language $$lang \
			$(TR_SOURCES) -ts $$ts || exit 1; \
	done

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

system-deps:
	@bash tools/ensure-system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

checks: lint typecheck imports
	$(BIN)/python tools/check_no_nested_loops.py esign_desktop

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

imports:
	$(BIN)/lint-imports

pytest:
	QT_QPA_PLATFORM=offscreen timeout --signal=KILL $(TEST_TIMEOUT) $(BIN)/python -m pytest -q

# The fast inner loop: the unit tests only (no sandbox server, no widgets), stopping at the first failure.
quick: setup
	QT_QPA_PLATFORM=offscreen timeout --signal=KILL $(TEST_TIMEOUT) $(BIN)/python -m pytest -q -x tests/unit

# Every benchmark (about 5 minutes on 2 cores): benchmarks/results/latest.json and latest.md.
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run_all

# Fault, crash and bad-input suite (about 6 minutes); `make reliability FAST=1` is the CI-sized run.
reliability: setup
	QT_QPA_PLATFORM=offscreen $(if $(FAST),RELIABILITY_FAST=1) timeout --signal=KILL $(TEST_TIMEOUT) \
		$(BIN)/python -m pytest tests/reliability -m reliability -q -p no:randomly -s

clean:
	rm -rf $(VENV) build dist *.egg-info

# The installable one-folder app for this platform, in dist/esign-desktop/ (packaging/README.md).
DIST_STAMP := $(VENV)/.installed-dist
.PHONY: dist dist-check

$(DIST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	@touch $(DIST_STAMP)

dist: setup translations $(DIST_STAMP)
	$(BIN)/python -c "from esign_desktop.sandbox.sample_document import write_sample_contract as w; w()"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/esign-desktop.spec

# Smoke test of the built bundle: --version, an offscreen start on the embedded sandbox, no tests or secrets.
dist-check: dist
	ESIGN_DIST_BUNDLE=dist/esign-desktop QT_QPA_PLATFORM=offscreen timeout --signal=KILL 600 \
		$(BIN)/python -m pytest -q tests/packaging -p no:randomly
