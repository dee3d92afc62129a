# Two front doors: `make run` (the app on a demo database) and `make test` (everything CI checks).
# Assumes Debian 12 with python3.11 and make, run as root (or with sudo for apt-get).

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo-data/demo.sqlite

# Debian libraries Qt needs: offscreen (tests) and on a real X11 screen (run).
QT_OFFSCREEN_DEBS := libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 \
	fonts-dejavu-core
QT_SCREEN_DEBS := $(QT_OFFSCREEN_DEBS) libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0
# What the tests drive besides Qt: LibreOffice lays out our DOCX and recalculates our workbooks,
# with Times New Roman's metrics (Liberation Serif 2). A test never skips for a missing program.
TEST_DEBS := $(QT_OFFSCREEN_DEBS) libreoffice-writer-nogui libreoffice-calc-nogui \
	fonts-liberation2

export LANG := C.UTF-8

.PHONY: run test lint bench clean

run: DEBS := $(QT_SCREEN_DEBS)
run: debs $(STAMP)
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/python main.py --db $(DEMO_DB) demo
	$(BIN)/python main.py --db $(DEMO_DB)

test: DEBS := $(TEST_DEBS)
test: debs $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

bench: DEBS := $(QT_SCREEN_DEBS) xvfb
bench: debs $(STAMP)
	command -v soffice >/dev/null || $(MAKE) --no-print-directory debs DEBS=libreoffice-writer-nogui
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# Installs the Debian packages in $(DEBS) that are missing, non-interactively. A -nogui package
# counts as there when its full twin is installed (they conflict: never swap one for the other).
.PHONY: debs
debs:
	@installed() { [ "$$(dpkg-query -W -f='$${db:Status-Status}' $$1 2>/dev/null)" = installed ]; }; \
	missing=""; for p in $(DEBS); do \
		installed $$p || installed $${p%-nogui} || missing="$$missing $$p"; done; \
	if [ "$$($(PYTHON) -c 'import sys; print(sys.base_prefix)')" = /usr ] && \
		! installed python3.11-venv; then missing="$$missing python3.11-venv"; fi; \
	if [ -n "$$missing" ]; then \
		echo "Cài các gói Debian còn thiếu:$$missing"; \
		SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) demo-data build dist *.egg-info

# The frozen app (installer/): `make bundle` builds dist/tocongtac/ with PyInstaller when a source
# changed and smoke-tests it every time; `make test`, hence CI, runs it too.
BUNDLE_EXE := dist/tocongtac/tocongtac
BUNDLE_SOURCES := main.py pyproject.toml $(shell find app db ui resources installer -type f \
	-not -path '*/__pycache__/*' -not -path 'installer/windows/*' 2>/dev/null)

# PyInstaller needs objdump, and Debian's own python3.11 needs its shared library installed.
PYINSTALLER_DEBS = binutils $(if $(filter /usr,$(shell $(PYTHON) -c \
	'import sys; print(sys.base_prefix)' 2>/dev/null)),libpython3.11)

.PHONY: bundle installer-windows
test: bundle

bundle: DEBS := $(QT_OFFSCREEN_DEBS)
bundle: debs $(BUNDLE_EXE)
	$(BIN)/python installer/smoke.py dist/tocongtac

$(BUNDLE_EXE): $(STAMP) $(BUNDLE_SOURCES)
	@$(MAKE) --no-print-directory debs DEBS="$(PYINSTALLER_DEBS)"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/tocongtac.spec
	touch $@

# The Windows installer (installer/windows/): dist/TocongTac-<version>-setup.exe, built from the
# pinned win_amd64 wheels and the embeddable CPython zip placed in pynsist's cache folder, then
# installed, checked and uninstalled under Wine. Not part of `make test` (Wine is a large install).
# Without the zip it stops at once with one line saying which file goes where.
# STAND_IN=1 exercises the same pipeline with a labelled stand-in zip (build/windows/ only).
WINDOWS_DEBS := nsis wine wine64
WINDOWS_VENV := build/windows/venv
WINDOWS_STEP := $(PYTHON) installer/windows/build.py
STAND_IN_FLAG := $(if $(STAND_IN),--stand-in)

installer-windows:
	@$(WINDOWS_STEP) check $(STAND_IN_FLAG)
	@$(MAKE) --no-print-directory debs DEBS="$(WINDOWS_DEBS)"
	test -x $(WINDOWS_VENV)/bin/python || $(PYTHON) -m venv $(WINDOWS_VENV)
	$(WINDOWS_VENV)/bin/pip install -q --disable-pip-version-check "pynsist==2.8"
	$(WINDOWS_VENV)/bin/python installer/windows/build.py build $(STAND_IN_FLAG)
