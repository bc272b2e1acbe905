# farsi_press — every target creates .venv (python3.12) when it is missing.
PY312 ?= $(shell command -v python3.12 2>/dev/null || ls -d $$HOME/.pyenv/versions/3.12*/bin/python3.12 2>/dev/null | tail -n 1)
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared

.PHONY: run test eval bench clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PY312) -m venv $(VENV)
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
