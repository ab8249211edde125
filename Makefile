# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

# Twee opdrachten voor een nieuwe machine (zie README):
#   make run    installeert en start balans op http://127.0.0.1:8000 (SQLite in data/, met demo-gebruikers en -zaken)
#   make test   installeert (ook chromium en de npm-pakketten) en draait alle tests, plus de gedeelde casussen
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SHARED ?= ../shared

.PHONY: run test install install-test lint bench clean ferd lock

# Vaste versies met hashes (reproduceerbaar): requirements.lock voor de server, requirements-test.lock voor de
# tests. Opnieuw vastleggen na een wijziging in pyproject.toml: make lock (daarna make test). Zie docs/pakket.md.
PIP_LOCK = $(BIN)/pip install --quiet --require-hashes --no-deps

# npm-pakketten: NL Design System (Utrecht) voor de pagina's, axe-core voor de toegankelijkheidstests
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python node_modules/.package-lock.json
	$(PIP_LOCK) -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .

install-test: $(BIN)/python node_modules/.package-lock.json
	$(PIP_LOCK) -r requirements-test.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	scripts/installeer-chromium.sh

lock: $(BIN)/python
	$(BIN)/pip install --quiet uv
	printf 'setuptools>=77\n' | $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
		--custom-compile-command "make lock" pyproject.toml - -o requirements.lock
	printf 'setuptools>=77\n' | $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
		--custom-compile-command "make lock" --extra test pyproject.toml - -o requirements-test.lock
	printf 'numba>=0.61\n' | $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
		--custom-compile-command "make lock" -c requirements-test.lock - -o requirements-bench.lock

lint: install-test
	$(BIN)/ruff check src tests benchmarks scripts setup.py
	$(BIN)/ruff format --check src tests benchmarks scripts setup.py
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/reuse lint --lines

run: install
	$(BIN)/balans serve --demo

ferd: install
	@mkdir -p uitvoer
	$(BIN)/balans maandstaat src/balans/voorbeelden/ferd-maandstaat.yaml --methode alle --grafiek uitvoer/ferd-maandstaat.svg

# pytest geeft 5 als er geen tests zijn; dat is hier geen fout, maar wel zichtbaar. -n auto: één pytest-proces
# per kern (pytest-xdist); loadfile houdt een module bij elkaar, zodat haar server en browser één keer starten.
test: install-test
	$(BIN)/ruff check src tests benchmarks scripts setup.py
	$(BIN)/ruff format --check src tests benchmarks scripts setup.py
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/reuse lint --lines
	$(BIN)/python -m pytest -n auto --dist loadfile; s=$$?; if [ $$s -eq 5 ]; then echo "pytest: geen tests gevonden"; elif [ $$s -ne 0 ]; then exit $$s; fi
	@if [ -d "$(SHARED)/casussen" ]; then $(BIN)/balans toets $(SHARED)/casussen; else echo "$(SHARED)/casussen niet gevonden; gedeelde casussen overgeslagen"; fi

bench: install-test
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) node_modules data build *.egg-info src/*.egg-info .pytest_cache .hypothesis
