# Twee opdrachten voor een nieuwe machine (zie README):
#   make run    installeert en start balans op http://127.0.0.1:8000 (SQLite in data/, met demo-gebruikers en -zaken)
#   make test   installeert (ook chromium en de npm-pakketten) en draait alle tests, plus de gedeelde casussen
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SHARED ?= ../shared

.PHONY: run test install install-test bench clean ferd

# npm-pakketten: NL Design System (Utrecht) voor de pagina's, axe-core voor de toegankelijkheidstests
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python node_modules/.package-lock.json
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python node_modules/.package-lock.json
	$(BIN)/pip install --quiet -e ".[test]"
	scripts/installeer-chromium.sh

run: install
	$(BIN)/balans serve --demo

ferd: install
	@mkdir -p uitvoer
	$(BIN)/balans maandstaat src/balans/voorbeelden/ferd-maandstaat.yaml --methode alle --grafiek uitvoer/ferd-maandstaat.svg

# pytest geeft 5 als er geen tests zijn; dat is hier geen fout, maar wel zichtbaar.
test: install-test
	$(BIN)/python -m pytest; s=$$?; if [ $$s -eq 5 ]; then echo "pytest: geen tests gevonden"; elif [ $$s -ne 0 ]; then exit $$s; fi
	@if [ -d "$(SHARED)/casussen" ]; then $(BIN)/balans toets $(SHARED)/casussen; else echo "$(SHARED)/casussen niet gevonden; gedeelde casussen overgeslagen"; fi

bench: install-test
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) node_modules data build *.egg-info src/*.egg-info .pytest_cache .hypothesis
