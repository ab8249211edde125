# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Elke tak van elke regel wordt door minstens één casus in tests/casussen/ bereikt (README: 'elke tak
van elke regel'). De takken worden uit de broncode gelezen (tak=... in ctx.stap en de naam van elke Tak),
de bereikte takken uit de uitleg van alle casussen. Een nieuwe tak zonder casus laat deze test falen."""

from __future__ import annotations

import ast
import fnmatch
from functools import cache
from pathlib import Path

from balans.casus.laden import uit_bestand
from balans.rekenen.casus import bereken

HIER = Path(__file__).parent
BRON = HIER.parent / "src" / "balans"
BESTANDEN = [*(BRON / "wet" / "regels").glob("*.py"), BRON / "rekenen" / "maand.py", BRON / "rekenen" / "dagdelen.py"]


def _waarden(node) -> set[str]:
    """De mogelijke waarden van een tak-expressie; een f-string wordt een patroon ('22a-A*')."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _waarden(node.body) | _waarden(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return {a + b for a in _waarden(node.left) for b in _waarden(node.right)}
    if isinstance(node, ast.JoinedStr):
        return {"".join(v.value if isinstance(v, ast.Constant) else "*" for v in node.values)}
    return set()


@cache
def alle_takken() -> set[str]:
    takken: set[str] = set()
    for pad in BESTANDEN:
        for node in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for kw in node.keywords:
                if kw.arg == "tak":
                    takken |= _waarden(kw.value)
            if isinstance(node.func, ast.Name) and node.func.id == "Tak" and len(node.args) >= 3:
                takken |= _waarden(node.args[2])
    return takken


@cache
def bereikt() -> set[str]:
    uit: set[str] = set()
    for pad in sorted((HIER / "casussen").rglob("*.yaml")):
        for r in bereken(uit_bestand(pad)):
            uit |= {s.tak for s in r.uitkomst.spoor if s.tak}
    return uit


def test_takken_gevonden():
    assert len(alle_takken()) > 40 and "20-2-a" in alle_takken() and "22a-A*" in alle_takken()


def test_elke_tak_heeft_een_casus():
    gemist = sorted(t for t in alle_takken() if not fnmatch.filter(bereikt(), t))
    assert not gemist, f"takken zonder casus in tests/casussen/: {gemist}"
