# Routine commands. `make run` and `make test` set up everything they need
# in a virtual environment (.venv) from a machine with Python 3.11+ and pip.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test bench screenshots sample report icons lint clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Re-install when the project metadata changes.
$(VENV)/.installed-app: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed-app
	$(BIN)/collabworkshop $(FILE)

test: $(VENV)/.installed-test
	$(PY) scripts/run_tests.py

bench: $(VENV)/.installed-test
	$(PY) bench/bench.py

screenshots: $(VENV)/.installed-test
	$(PY) scripts/screenshots.py

sample: $(VENV)/.installed-test
	$(PY) scripts/make_sample.py

# docs/sample-report.pdf from the shipped sample session.
report: $(VENV)/.installed-test
	$(PY) scripts/make_sample_report.py

icons: $(VENV)/.installed-test
	$(PY) scripts/make_icons.py

lint: $(VENV)/.installed-test
	$(PY) -m pip install --quiet -e '.[dev]'
	$(BIN)/ruff check collabworkshop tests scripts bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis bench.json
