# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Resultaten naar JSON (het contract van casus.md) en naar een leesbare Nederlandse tabel."""

from __future__ import annotations

import datetime as dt

from balans.geld import als_euro, als_tekst
from balans.rekenen.casus import MaandResultaat

MAANDNAMEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def maand_tekst(m: dt.date) -> str:
    return f"{m.year:04d}-{m.month:02d}"


def maand_mens(m: dt.date) -> str:
    return f"{MAANDNAMEN[m.month - 1]} {m.year}"


def datum_mens(d: dt.date) -> str:
    """25 februari 2026: een datum zoals een mens hem leest (B1), nooit 2026-02-25."""
    return f"{d.day} {MAANDNAMEN[d.month - 1]} {d.year}"


def als_json(naam: str, resultaten: list[MaandResultaat], inkomen: dict | None = None) -> dict:
    """inkomen: per maand het blok van het hele inkomen (balans.rekenen.huishouden), als de casus een woning heeft."""
    maanden = []
    for r in resultaten:
        u = r.uitkomst
        maanden.append(
            {
                "maand": maand_tekst(r.maand),
                "recht": bool(u.recht),
                "norm": als_tekst(u.norm),
                "vrijlating": als_tekst(u.vrijlating),
                "middelen": als_tekst(u.middelen),
                "verlaging": als_tekst(u.verlaging),
                "bijstand": als_tekst(u.bijstand),
                "vakantietoeslag": als_tekst(u.vakantietoeslag),
                "uitvoerder": "SVB" if u.svb else "gemeente",
                "lening": bool(u.lening),
                "geldlening": als_tekst(u.geldlening),
                "niet_geindexeerd": r.niet_geindexeerd,
                "uitleg": [
                    {
                        "regel": s.regel,
                        "artikel": s.artikel,
                        "bron": s.bron,
                        "tekst": s.tekst,
                        "bedrag": None if s.bedrag is None else als_tekst(s.bedrag),
                        "tak": s.tak,
                    }
                    for s in u.spoor
                ],
            }
        )
        if inkomen and r.maand in inkomen:
            maanden[-1]["inkomen"] = inkomen[r.maand]
    return {"naam": naam, "maanden": maanden}


def als_tabel(naam: str, resultaten: list[MaandResultaat]) -> str:
    kop = ["Maand", "Recht", "Norm", "Vrijlating", "Inkomen", "Verlaging", "Bijstand", "Vak.toeslag"]
    rijen = []
    for r in resultaten:
        u = r.uitkomst
        rijen.append(
            [
                maand_tekst(r.maand),
                "ja" if u.recht else "nee",
                als_euro(u.norm),
                als_euro(u.vrijlating),
                als_euro(u.middelen),
                als_euro(u.verlaging),
                als_euro(u.bijstand),
                als_euro(u.vakantietoeslag),
            ]
        )
    breedte = [max(len(x) for x in kolom) for kolom in zip(kop, *rijen)]

    def regel(cellen):
        return "  ".join(c.ljust(b) if i < 2 else c.rjust(b) for i, (c, b) in enumerate(zip(cellen, breedte)))

    uit = [naam, "", regel(kop), regel(["-" * b for b in breedte])]
    uit += [regel(r) for r in rijen]
    uit += [
        "",
        "Bedragen per maand, netto. 'Inkomen' is wat meetelt na vrijlating. 'Bijstand' is inclusief vakantietoeslag.",
    ]
    lening = [f"{maand_mens(r.maand)} {als_euro(r.uitkomst.geldlening)}" for r in resultaten if r.uitkomst.lening]
    if lening:  # Pw art. 50 lid 2: bij een eigen woning boven de grens is (een deel van) de bijstand een geldlening
        uit.append(
            f"Let op: dit deel van uw bijstand krijgt u als geldlening, omdat er veel vermogen in uw eigen huis "
            f"zit (Pw art. 50 lid 2): {', '.join(lening)}. Die lening moet u later terugbetalen."
        )
    niet_ge = sorted({x for r in resultaten for x in r.niet_geindexeerd})
    if niet_ge:
        uit.append(
            "Let op: voor 2027 zijn de bedragen nog niet geïndexeerd; balans gebruikt de laatst bekende bedragen."
        )
    uit += ["", "Hoe is dit berekend?", "===================="]
    for r in resultaten:
        uit += ["", f"{maand_mens(r.maand).capitalize()}"]
        for i, s in enumerate(r.uitkomst.spoor, 1):
            bedrag = f" [{als_euro(s.bedrag)}]" if s.bedrag is not None else ""
            uit.append(f"  {i}. {s.tekst}{bedrag}")
            uit.append(f"     {s.artikel}: {s.bron}")
    return "\n".join(uit)
