# The only entry points a newcomer needs: `make report`, `make test`, `make lab`.
# Each one sets up .venv first; the set-up reruns only when pyproject.toml or this file changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test lab setup clean

setup: $(STAMP)

# The set-up: .venv with kolumne and every extra, the kolumne kernel for JupyterLab, and
# git's notebook filter (git reads the notebooks without outputs, so running them in
# JupyterLab changes no tracked file; outside a git checkout it sets up nothing).
$(STAMP): pyproject.toml Makefile
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "kolumne needs Python 3.11 or newer: run make with PYTHON=python3.12 (or another)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name kolumne --display-name "kolumne"
	$(BIN)/python -m kolumne.notebook_filter --install
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/kolumne report

# The JupyterLab browser test drives Debian's chromium: install it when it is missing and
# we may (root, apt-get). A failed install does not fail `make test`; that test then skips.
test: $(STAMP)
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } || \
				echo "Installing chromium failed: the JupyterLab browser test will be skipped."; \
		else \
			echo "chromium is missing (only root with apt-get can install it): the JupyterLab browser test will be skipped."; \
		fi
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/python -m pytest

# Jupyter refuses to run as root unless told; containers often run as root.
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/ $$([ "$$(id -u)" = 0 ] && echo --allow-root)

clean:
	rm -rf $(VENV) reports
