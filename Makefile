# Twee opdrachten voor een nieuwe machine (zie README):
#   make run    installeert en maakt de maandstaat van Ferd: vier methoden, uitleg en grafiek
#   make test   installeert en draait alle tests, plus de gedeelde casussen
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SHARED ?= ../shared

.PHONY: run test install install-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"

run: install
	@mkdir -p uitvoer
	$(BIN)/balans maandstaat src/balans/voorbeelden/ferd-maandstaat.yaml --methode alle --grafiek uitvoer/ferd-maandstaat.svg

# pytest geeft 5 als er geen tests zijn; dat is hier geen fout, maar wel zichtbaar.
test: install-test
	$(BIN)/python -m pytest; s=$$?; if [ $$s -eq 5 ]; then echo "pytest: geen tests gevonden"; elif [ $$s -ne 0 ]; then exit $$s; fi
	@if [ -d "$(SHARED)/casussen" ]; then $(BIN)/balans toets $(SHARED)/casussen; else echo "$(SHARED)/casussen niet gevonden; gedeelde casussen overgeslagen"; fi

bench: install-test
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .hypothesis
