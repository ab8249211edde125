#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

# Zet een SPDX-kopregel (REUSE) in elk eigen bronbestand dat er nog geen heeft; bestaande kopregels blijven staan.
# Gegevensbestanden (YAML, JSON, lock) staan in REUSE.toml: een kopregel zou daar regelnummers verschuiven.
# Gebruik: scripts/spdx-kopregels.sh (daarna: .venv/bin/reuse lint).
set -euo pipefail
cd "$(dirname "$0")/.."
REUSE=${REUSE:-.venv/bin/reuse}
gemeen=(--copyright "De ontwikkelaars van balans" --year 2026 --license EUPL-1.2 --skip-existing)
mapfile -t python < <(git ls-files '*.py' '*.mako')
mapfile -t overig < <(git ls-files '*.css' '*.sh' 'Makefile' '.gitignore' '.importlinter')
[ ${#python[@]} -eq 0 ] || "$REUSE" annotate "${gemeen[@]}" --style python "${python[@]}" >/dev/null
[ ${#overig[@]} -eq 0 ] || "$REUSE" annotate "${gemeen[@]}" --skip-unrecognised "${overig[@]}" >/dev/null
# Jinja-sjablonen: een commentaar {#- ... -#} dat geen witruimte achterlaat, zodat een pagina of brief nog met
# <!DOCTYPE html> begint (een HTML-commentaar vóór {% extends %} zou in de pagina komen).
git ls-files '*.html' | while read -r f; do
  grep -q 'SPDX-License-Identifier' "$f" && continue
  { printf '{#- SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans\n    SPDX-License-Identifier: EUPL-1.2\n-#}\n'; cat "$f"; } > "$f.nieuw"
  mv "$f.nieuw" "$f"
done
