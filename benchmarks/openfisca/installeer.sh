#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

# Maakt de aparte venv voor de OpenFisca-vergelijking: benchmarks/openfisca/.venv.
# balans wordt daar niet geïnstalleerd; vergelijk.py leest het direct uit src/ (zie README.md).
set -euo pipefail
HIER="$(cd "$(dirname "$0")" && pwd)"
PYTHON="${PYTHON:-python3.11}"
"$PYTHON" -m venv "$HIER/.venv"
"$HIER/.venv/bin/python" -m pip install --quiet --upgrade pip
"$HIER/.venv/bin/python" -m pip install --quiet -r "$HIER/requirements.txt"
"$HIER/.venv/bin/python" -c "import openfisca_core, numpy; print('OpenFisca-venv klaar:', 'numpy', numpy.__version__)"
