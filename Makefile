# Gantry: `make run` opens the window on the demo plan, `make test` runs every check.
# Both create .venv and install what is missing (system packages too, as root on Debian).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
export LANG := C.UTF-8
export LC_ALL := C.UTF-8

.PHONY: run test bench lint format package sysdeps-test sysdeps-run sysdeps-package install clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q -e '.[test,dev,mpp]'
	@touch $@

install: $(VENV)/.installed

sysdeps-test:
	@bash packaging/sysdeps.sh test

sysdeps-run:
	@bash packaging/sysdeps.sh run

sysdeps-package:
	@bash packaging/sysdeps.sh package

$(VENV)/.packaging: $(VENV)/.installed
	@$(PY) -m pip install -q -e '.[test,dev,mpp,package]'
	@touch $@

run: sysdeps-run install
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && command -v xvfb-run >/dev/null; then \
	  echo "no display: running under Xvfb"; xvfb-run -a -s "-screen 0 1600x1000x24" $(VENV)/bin/gantry $(ARGS); \
	else $(VENV)/bin/gantry $(ARGS); fi

lint: install
	$(VENV)/bin/ruff check app tests packaging
	$(VENV)/bin/ruff format --check app tests packaging
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: sysdeps-test install lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests --ignore=tests/bench -q $(PYTEST_ARGS)

bench: sysdeps-test install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/bench --benchmark-enable --benchmark-only -q $(PYTEST_ARGS)

format: install
	$(VENV)/bin/ruff format app tests packaging
	$(VENV)/bin/ruff check --fix app tests packaging

# The desktop bundle for this system in dist/gantry/ (PyInstaller), then checked as a user
# would use it: same schedules as the source tree, conversions, the window, install.sh.
package: sysdeps-package $(VENV)/.packaging
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/gantry.spec
	$(PY) packaging/check_bundle.py dist/gantry

clean:
	rm -rf $(VENV) build dist *.egg-info
