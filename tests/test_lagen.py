# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De lagen van .importlinter, ook voor imports binnen een functie (issue 18 punt 3).

lint-imports (make test) ziet imports in functies wel, maar een uitzondering in `ignore_imports` laat er één
door. Deze test houdt iets strenger vast: een import in een functie mag nooit naar een hogere laag gaan, tenzij
hij als uitzondering met reden in .importlinter staat. Zo kan niemand een kring of een verkeerde laag verstoppen
achter een import in een functie. Ook moet elke module van balans in een laag staan: een module buiten de lagen
wordt door het contract niet bekeken.
"""

from __future__ import annotations

import ast
import configparser
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
BRON = WORTEL / "src" / "balans"


def lagen_uit(ini: Path) -> tuple[list[set[str]], set[tuple[str, str]]]:
    """(lagen van boven naar beneden, elk een set modules; de uitzonderingen als (van, naar))."""
    cp = configparser.ConfigParser()
    cp.read(ini, encoding="utf-8")
    sectie = cp["importlinter:contract:lagen"]
    lagen = [
        {m.strip() for m in regel.replace("|", ":").split(":")}
        for regel in sectie["layers"].splitlines()
        if regel.strip()
    ]
    uitzonderingen = set()
    for regel in sectie.get("ignore_imports", "").splitlines():
        if "->" in regel:
            van, naar = (d.strip() for d in regel.split("->"))
            uitzonderingen.add((van, naar))
    return lagen, uitzonderingen


def laag_van(module: str, lagen: list[set[str]]) -> int | None:
    """Het nummer van de laag (0 = boven) waarin module valt, of None."""
    for i, laag in enumerate(lagen):
        if any(module == m or module.startswith(m + ".") for m in laag):
            return i
    return None


def _module_van(pad: Path, bron: Path) -> str:
    delen = list(pad.relative_to(bron.parent).with_suffix("").parts)
    if delen[-1] == "__init__":
        delen.pop()
    return ".".join(delen)


def _doel(imp: ast.Import | ast.ImportFrom, module: str, is_pakket: bool) -> list[str]:
    if isinstance(imp, ast.Import):
        return [a.name for a in imp.names]
    if not imp.level:
        basis = imp.module or ""
    else:
        delen = module.split(".") if is_pakket else module.split(".")[:-1]
        delen = delen[: len(delen) - (imp.level - 1)]
        basis = ".".join(delen + ([imp.module] if imp.module else []))
    # 'from balans.zaak import tijdlijn' importeert de module balans.zaak.tijdlijn (of een naam uit balans.zaak):
    # de laag van balans.zaak is dezelfde, dus het pakket zelf is genoeg.
    return [basis]


def imports_in_functies(bron: Path) -> list[tuple[str, str, int]]:
    """(module, geïmporteerde module, regel) voor elke import binnen een functie, onder bron."""
    functies = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    uit = []
    for pad in sorted(bron.rglob("*.py")):
        module = _module_van(pad, bron)
        te_doen: list[tuple[ast.AST, bool]] = [(ast.parse(pad.read_text(encoding="utf-8"), filename=str(pad)), False)]
        while te_doen:
            knoop, in_functie = te_doen.pop()
            for kind in ast.iter_child_nodes(knoop):
                if in_functie and isinstance(kind, (ast.Import, ast.ImportFrom)):
                    uit += [(module, doel, kind.lineno) for doel in _doel(kind, module, pad.name == "__init__.py")]
                te_doen.append((kind, in_functie or isinstance(kind, functies)))
    return uit


def omhoog(bron: Path, lagen: list[set[str]], uitzonderingen: set[tuple[str, str]]) -> list[str]:
    """De imports in een functie die naar een hogere laag gaan en geen uitzondering zijn, als leesbare regels."""
    fout = []
    for van, naar, regel in imports_in_functies(bron):
        if not naar.startswith(bron.name + "."):
            continue
        lv, ln = laag_van(van, lagen), laag_van(naar, lagen)
        if lv is None or ln is None or ln >= lv:
            continue
        if any(
            (van == a or van.startswith(a + ".")) and (naar == b or naar.startswith(b + ".")) for a, b in uitzonderingen
        ):
            continue
        fout.append(f"{van} (regel {regel}) importeert {naar} in een functie: dat is een laag omhoog")
    return fout


def test_geen_import_in_een_functie_naar_een_hogere_laag():
    lagen, uitzonderingen = lagen_uit(WORTEL / ".importlinter")
    fouten = omhoog(BRON, lagen, uitzonderingen)
    assert not fouten, "Verplaats de code naar de goede laag in plaats van een import in een functie:\n" + "\n".join(
        fouten
    )


def test_elke_module_staat_in_een_laag():
    lagen, _ = lagen_uit(WORTEL / ".importlinter")
    buiten = sorted(
        {m for p in BRON.rglob("*.py") if laag_van(m := _module_van(p, BRON), lagen) is None and m != "balans"}
    )
    assert not buiten, f"Deze modules staan in geen laag van .importlinter: {buiten}"


def test_elke_uitzondering_bestaat_nog():
    """Een uitzondering die niet meer nodig is, moet weg (anders laat ze later stil iets door)."""
    _, uitzonderingen = lagen_uit(WORTEL / ".importlinter")
    alle = {(van, naar) for van, naar, _ in imports_in_functies(BRON)}
    for a, b in uitzonderingen:
        assert any(van == a and (naar == b or naar.startswith(b + ".")) for van, naar in alle), (a, b)


def test_de_controle_vindt_een_import_omhoog(tmp_path):
    """De controle zelf: een verzonnen pakket met een import in een functie van onder naar boven."""
    pakket = tmp_path / "balans"
    (pakket / "onder").mkdir(parents=True)
    (pakket / "boven").mkdir()
    for p in (pakket, pakket / "onder", pakket / "boven"):
        (p / "__init__.py").write_text("")
    (pakket / "boven" / "a.py").write_text("from balans.onder import b\n")
    (pakket / "onder" / "b.py").write_text(
        "def f():\n    from ..boven import a\n    return a\ndef g():\n    import balans.boven.a\n"
    )
    lagen = [{"balans.boven"}, {"balans.onder"}]
    fouten = omhoog(pakket, lagen, set())
    assert len(fouten) == 2 and all("balans.onder.b" in f and "balans.boven" in f for f in fouten), fouten
    assert omhoog(pakket, lagen, {("balans.onder.b", "balans.boven")}) == []
    assert omhoog(pakket, [{"balans.onder"}, {"balans.boven"}], set()) == []  # andersom: omlaag, mag


# --- kringen binnen een pakket, verstopt achter een import in een functie --------------------------------------

# Geen enkele meer (issue 18; de laatste drie opgelost op 2026-12-04 door de gedeelde code te verplaatsen:
# rekenen/feiten.py, zaak/maatwerk.py, en de router van de rekenhulp in app.py). Een nieuwe hoort er niet bij:
# verplaats de gedeelde code.
BEKENDE_KRINGEN: set[tuple[str, str]] = set()


def _modules(bron: Path) -> dict[str, Path]:
    return {_module_van(p, bron): p for p in bron.rglob("*.py")}


def _bestaande(naam: str, modules: dict[str, Path]) -> str | None:
    while naam and naam not in modules:
        naam = naam.rpartition(".")[0]
    return naam or None


def imports_bovenaan(bron: Path) -> dict[str, set[str]]:
    """Per module de modules die hij bij het laden importeert (niet in een functie of klasse, niet onder
    TYPE_CHECKING)."""
    modules = _modules(bron)
    uit: dict[str, set[str]] = {}
    for module, pad in modules.items():
        doelen: set[str] = set()
        for knoop in ast.parse(pad.read_text(encoding="utf-8")).body:
            if isinstance(knoop, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) or (
                isinstance(knoop, ast.If) and "TYPE_CHECKING" in ast.unparse(knoop.test)
            ):
                continue
            for imp in ast.walk(knoop):
                if not isinstance(imp, (ast.Import, ast.ImportFrom)):
                    continue
                for doel in _doel(imp, module, pad.name == "__init__.py"):
                    namen = [f"{doel}.{a.name}" for a in imp.names] if isinstance(imp, ast.ImportFrom) else [doel]
                    for naam in namen:
                        if m := _bestaande(naam, modules) if naam in modules else _bestaande(doel, modules):
                            doelen.add(m)
        uit[module] = doelen - {module}
    return uit


def verstopte_kringen(bron: Path) -> set[tuple[str, str]]:
    """(a, b): a importeert b in een functie, en b importeert (via andere modules) bij het laden a."""
    modules, bovenaan = _modules(bron), imports_bovenaan(bron)

    def bereikt(van: str, naar: str) -> bool:
        gezien, te_doen = set(), [van]
        while te_doen:
            m = te_doen.pop()
            if m == naar:
                return True
            if m in gezien:
                continue
            gezien.add(m)
            delen = m.split(".")
            te_doen += list(bovenaan.get(m, ())) + [".".join(delen[:i]) for i in range(2, len(delen))]
        return False

    uit = set()
    for van, naar, _ in imports_in_functies(bron):
        b = _bestaande(naar, modules) if naar.startswith(bron.name + ".") else None
        if b and b != van and bereikt(b, van):
            uit.add(tuple(sorted((van, b))))
    return uit


def test_geen_nieuwe_kring_achter_een_import_in_een_functie():
    nieuw = verstopte_kringen(BRON) - BEKENDE_KRINGEN
    assert not nieuw, f"Een import in een functie verstopt een kring: {sorted(nieuw)}"
    opgelost = BEKENDE_KRINGEN - verstopte_kringen(BRON)
    assert not opgelost, f"Opgelost: haal {sorted(opgelost)} uit BEKENDE_KRINGEN"


def test_de_controle_vindt_een_verstopte_kring(tmp_path):
    pakket = tmp_path / "balans"
    pakket.mkdir()
    (pakket / "__init__.py").write_text("")
    (pakket / "a.py").write_text("from balans.b import g\n")
    (pakket / "b.py").write_text("def g():\n    from balans.a import x\n    return x\n")
    assert verstopte_kringen(pakket) == {("balans.a", "balans.b")}
    (pakket / "a.py").write_text("x = 1\n")
    assert verstopte_kringen(pakket) == set()
