# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Elke artikelverwijzing in de regels en de parameters bestaat in de wettekst.

Artikelen zonder leden (Pw 2025-02-04 en 2026-02-04, regulation/nl/wet/participatiewet/<datum>.yaml in
MinBZK/regelrecht-corpus: '21', '21.a', '24', '24.a', ...) mogen geen 'lid' krijgen; bij artikelen met
leden mag het lid niet hoger zijn dan het laatste lid in de tekst van 2026-02-04.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from balans.wet.parameters import PARAMETER_MAP

BRON = Path(__file__).parent.parent / "src" / "balans"
ZONDER_LEDEN = {"21", "22", "24", "27", "28"}
# Hoogste lid in de tekst (nagelezen in de corpusbestanden van 2025-02-04 en 2026-02-04).
HOOGSTE_LID = {"19": 4, "19a": 2, "20": 4, "31": 6, "32": 4, "33": 5, "34": 4}
VERWIJZING = re.compile(r"Pw art\. (\d+[a-z]?)((?: lid \d+)?)")


def _verwijzingen():
    teksten = [p.read_text(encoding="utf-8") for p in (BRON / "wet" / "regels").glob("*.py")]
    teksten.append((BRON / "rekenen" / "maand.py").read_text(encoding="utf-8"))
    for pad in PARAMETER_MAP.glob("*.yaml"):
        inhoud = yaml.safe_load(pad.read_text(encoding="utf-8"))
        teksten += [str(p.get("artikel", "")) for p in inhoud["parameters"].values()]
    for tekst in teksten:
        for m in VERWIJZING.finditer(tekst):
            yield m.group(0), m.group(1), m.group(2)


def test_geen_lid_bij_een_artikel_zonder_leden():
    fout = sorted({v for v, art, lid in _verwijzingen() if art in ZONDER_LEDEN and lid})
    assert not fout, f"deze artikelen hebben geen leden: {fout}"


def test_lid_bestaat():
    fout = sorted(
        {v for v, art, lid in _verwijzingen() if lid and art in HOOGSTE_LID and int(lid.split()[-1]) > HOOGSTE_LID[art]}
    )
    assert not fout, fout


def test_er_zijn_verwijzingen():
    assert sum(1 for _ in _verwijzingen()) > 50
