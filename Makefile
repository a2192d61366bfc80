# Routine commands. `make run` and `make test` set up everything they need
# in a virtual environment (.venv) from a machine with Python 3.11+ and pip.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test bench screenshots sample report icons lint translations clean package package-test wheel-check

# pip's and setuptools' chatter (an editable install always warns that it is
# one) goes to $(VENV)/install.log, shown only when the install fails; the
# project's own packaging mistakes are caught by `make wheel-check`.
PIP_QUIET = $(PY) -m pip install --quiet --disable-pip-version-check
LOGGED = >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; echo "pip install failed (log: $(VENV)/install.log)"; exit 1; }

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	@echo "Setting up $(VENV) (a minute the first time)..."
	@$(PIP_QUIET) --upgrade pip $(LOGGED)

# Re-install when the project metadata changes.
$(VENV)/.installed-app: pyproject.toml | $(BIN)/activate
	@$(PIP_QUIET) -e . $(LOGGED)
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	@$(PIP_QUIET) -e '.[test]' $(LOGGED)
	@touch $@

run: $(VENV)/.installed-app
	$(BIN)/collabworkshop $(FILE)

test: $(VENV)/.installed-test
	$(PY) scripts/run_tests.py

bench: $(VENV)/.installed-test
	$(PY) bench/bench.py

screenshots: $(VENV)/.installed-test
	$(PY) scripts/screenshots.py
	$(PY) scripts/crowd_screenshots.py

sample: $(VENV)/.installed-test
	$(PY) scripts/make_sample.py

# docs/sample-report.pdf from the shipped sample session.
report: $(VENV)/.installed-test
	$(PY) scripts/make_sample_report.py

icons: $(VENV)/.installed-test
	$(PY) scripts/make_icons.py

# Extract every user-visible string into resources/translations/*.ts (new
# ones listed as "to translate"), then compile the .qm files the app loads.
translations: $(VENV)/.installed-test
	$(PY) scripts/translations.py update
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

lint: $(VENV)/.installed-test
	@$(PIP_QUIET) -e '.[dev]' $(LOGGED)
	$(BIN)/ruff check collabworkshop tests scripts bench packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

# -- packaging (README "Packaging") -------------------------------------------

PKG_VENV ?= .venv-package
PKG_BIN := $(PKG_VENV)/bin
PKG_PY := $(PKG_BIN)/python

$(PKG_VENV)/.installed-tools: packaging/requirements.txt pyproject.toml
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_PY) -m pip install --quiet --upgrade pip
	$(PKG_PY) -m pip install --quiet -r packaging/requirements.txt .
	touch $@

# The one-folder bundle in dist/CollabWorkshop. The app is (re)installed into
# the build venv as a wheel would install it, so the bundle holds exactly the
# wheel's modules and resources.
package: $(PKG_VENV)/.installed-tools
	$(PKG_PY) packaging/versioninfo.py
	$(PKG_PY) -m pip install --quiet --no-deps --force-reinstall .
	bash scripts/qt_system_libs.sh $(PKG_PY) desktop
	cd $(PKG_VENV) && bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath $(CURDIR)/dist --workpath $(CURDIR)/build/pyinstaller $(CURDIR)/packaging/collabworkshop.spec
	@du -sh dist/CollabWorkshop

# The built bundle's self-check (offscreen), then the Linux desktop files.
package-test:
	bash packaging/package_test.sh

# A wheel installed into a fresh venv passes --version and the self-check.
wheel-check:
	bash scripts/wheel_check.sh

clean:
	rm -rf $(VENV) $(PKG_VENV) build dist *.egg-info .pytest_cache .hypothesis bench.json
