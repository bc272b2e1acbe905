# farsi_press — every target creates .venv (python3.12) when it is missing.
# python3.12 from PATH when it runs (a pyenv shim may exist without the version selected), else pyenv's.
PY312 ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 /usr/local/bin/python3.12 /usr/bin/python3.12; do \
	"$$p" -c 'import sys; assert sys.version_info[:2] == (3, 12)' >/dev/null 2>&1 && { command -v "$$p" || echo "$$p"; } && break; done)
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared

.PHONY: run test eval bench clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || { test -n "$(PY312)" || { echo "python3.12 not found: install it or set PY312=/path/to/python3.12"; exit 1; }; $(PY312) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install -q -e ".[test]"
	@touch $@

run: $(VENV)/.installed
	$(PY) examples/quickstart.py

test: $(VENV)/.installed-test
	$(PY) -m pytest

eval: $(VENV)/.installed
	$(PY) scripts/evaluate.py --shared $(SHARED)

bench: $(VENV)/.installed
	$(PY) benchmarks/run.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build src/*.egg-info
