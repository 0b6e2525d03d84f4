# `make run`: install, build the index from the bundled page, start the assistant.
# `make test`: the same install, then the whole test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test install index clean chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

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

test: install chromium
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build *.egg-info
