# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De maandstaat naar JSON (geld als tekst) en naar een leesbare tabel in B1-Nederlands."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections import defaultdict
from dataclasses import dataclass

from balans.geld import als_euro, als_tekst
from balans.kalender import volgende_maand
from balans.maandstaat.grootboek import METHODE_NAAM, Grootboek, Staat, norm_zonder_vakantietoeslag
from balans.inkomen.heel import MET_HUURTOESLAG, NIET_IN_HET_TOTAAL
from balans.maandstaat.watals import HeelPunt, Punt, bijstand_stopt_bij
from balans.rekenen.casus import MaandResultaat
from balans.uitvoer import als_json as recht_json
from balans.uitvoer import maand_mens, maand_tekst

ZONDER_TOESLAGEN = (
    "Zonder toeslagen: huurtoeslag, zorgtoeslag en kindregelingen rekent balans niet mee. "
    "Die veranderen ook als u meer verdient."
)


@dataclass
class MaandRij:
    maand: dt.date
    recht: int | None  # bijstand incl. vakantietoeslag over deze maand (None: buiten de periode)
    loon: int  # netto loon dat u deze maand zelf ontving
    van_gemeente: int  # alles wat de gemeente deze maand betaalde
    overig: int  # ander inkomen (uitkering e.d.) uit de casus
    ondergrens: int | None  # de norm zonder vakantietoeslag: wat u zonder inkomen per maand krijgt
    vordering: int  # openstaand aan het eind van de maand
    data: list[dt.date]
    soorten: dict[str, int]

    @property
    def totaal(self) -> int:
        return self.loon + self.van_gemeente + self.overig


def maandrijen(g: Grootboek, s: Staat) -> list[MaandRij]:
    eind = max([g.maanden[-1]] + [dt.date(b.datum.year, b.datum.month, 1) for b in s.betalingen])
    per_maand = defaultdict(list)
    for b in s.betalingen:
        per_maand[(b.datum.year, b.datum.month)].append(b)
    rijen, m, vordering = [], g.maanden[0], s.vordering_bij_start
    while m <= eind:
        bet = per_maand[(m.year, m.month)]
        soorten: dict[str, int] = defaultdict(int)
        for b in bet:
            for r in b.regels:
                soorten[r.soort] += r.bedrag
            vordering = b.vordering
        i = g.index.get(m)
        loon = 0 if s.methode == "vast_bedrag" else g.loon_in((m.year, m.month))
        ondergrens = None if i is None else norm_zonder_vakantietoeslag(int(g.finaal[i].norm), g.boom.op(m))
        rijen.append(
            MaandRij(
                m,
                None if i is None else int(g.finaal[i].bijstand),
                loon,
                sum(b.bedrag for b in bet),
                0 if i is None else g.overig[i],
                ondergrens,
                vordering,
                [b.datum for b in bet if b.bedrag],
                dict(soorten),
            )
        )
        m = volgende_maand(m)
    return rijen


def _bedrag(x: int | None) -> str | None:
    return None if x is None else als_tekst(x)


def staat_json(g: Grootboek, s: Staat) -> dict:
    totaal_recht = sum(s.recht.values())
    return {
        "methode": s.methode,
        "omschrijving": METHODE_NAAM[s.methode],
        "betalingen": [
            {
                "datum": b.datum.isoformat(),
                "bedrag": als_tekst(b.bedrag),
                "vordering_na": als_tekst(b.vordering),
                "regels": [
                    {
                        "soort": r.soort,
                        "maand": r.maand and maand_tekst(r.maand),
                        "bedrag": als_tekst(r.bedrag),
                        "artikel": r.artikel,
                        "bron": r.bron,
                        "tekst": r.tekst,
                    }
                    for r in b.regels
                ],
            }
            for b in s.betalingen
        ],
        "maanden": [
            {
                "maand": maand_tekst(r.maand),
                "recht": _bedrag(r.recht),
                "loon_ontvangen": als_tekst(r.loon),
                "van_gemeente": als_tekst(r.van_gemeente),
                "ander_inkomen": als_tekst(r.overig),
                "totaal": als_tekst(r.totaal),
                "norm_zonder_vakantietoeslag": _bedrag(r.ondergrens),
                "onder_de_norm": r.ondergrens is not None and r.totaal < r.ondergrens,
                "vordering_eind": als_tekst(r.vordering),
                "betaaldata": [d.isoformat() for d in r.data],
                "posten": {k: als_tekst(v) for k, v in sorted(r.soorten.items()) if v},
            }
            for r in maandrijen(g, s)
        ],
        "totalen": {
            "recht": als_tekst(totaal_recht),
            "betaald": als_tekst(s.betaald),
            "vakantietoeslag_gereserveerd": als_tekst(s.vakantietoeslag_gereserveerd),
            "nog_na_te_betalen": als_tekst(s.nog_na_te_betalen),
            "nog_te_verrekenen": als_tekst(s.nog_te_verrekenen),
            "vordering": als_tekst(s.vordering),
            "vordering_bij_start": als_tekst(s.vordering_bij_start),
            "bufferbudget": {str(j): als_tekst(b) for j, b in sorted(s.bufferbudget.items())},
            "loon_via_gemeente_nog_door_te_betalen": als_tekst(s.loon_nog_door_te_betalen),
            "open_maanden": [maand_tekst(m) for m in s.open_maanden],
            "klopt": sluitend(s),
        },
    }


def sluitend(s: Staat) -> bool:
    """Recht = betaald + nog na te betalen − nog terug te betalen − bufferbudget, tot op de cent."""
    return sum(s.recht.values()) == (
        s.betaald + s.open_nabetaling - (s.open_vordering - s.vordering_bij_start) - s.buffer_totaal
    )


def hele_inkomen_json(hele: list[HeelPunt] | None) -> dict | None:
    """Het hele inkomen per punt (alleen als de casus een woning heeft); None: niet uitgerekend."""
    if hele is None:
        return None
    # Met een huurwoning in de casus is de huurtoeslag per punt uitgerekend (watals.hele_inkomen), anders niet.
    met_huur = any(h.huurtoeslag is not None for h in hele)
    return {
        "let_op": MET_HUURTOESLAG if met_huur else NIET_IN_HET_TOTAAL,
        "niet_meegeteld": ([] if met_huur else ["huurtoeslag"]) + ["gemeentelijke regelingen"],
        "punten": [
            {
                "uren_per_week": str(h.uren),
                "loon_bruto": als_tekst(h.loon_bruto),
                "bijstand_bruto": als_tekst(h.bijstand_bruto),
                "zorgtoeslag": als_tekst(h.zorgtoeslag),
                "kindgebonden_budget": als_tekst(h.kindgebonden_budget),
                "kinderbijslag": als_tekst(h.kinderbijslag),
                "huurtoeslag": None if h.huurtoeslag is None else als_tekst(h.huurtoeslag),
                "wat_u_overhoudt": als_tekst(h.wat_u_overhoudt),
            }
            for h in hele
        ],
    }


def watals_json(punten: list[Punt], uurloon: int, hele: list[HeelPunt] | None = None) -> dict:
    stopt = bijstand_stopt_bij(punten)
    return {
        "netto_uurloon": als_tekst(uurloon),
        "bijstand_stopt_bij_uren_per_week": None if stopt is None else str(stopt),
        "let_op": ZONDER_TOESLAGEN,
        "punten": [
            {
                "uren_per_week": str(p.uren),
                "loon": als_tekst(p.loon),
                "bijstand": als_tekst(p.bijstand),
                "vrijlating": als_tekst(p.vrijlating),
                "vakantiegeld": als_tekst(p.vakantiegeld),
                "totaal": als_tekst(p.totaal),
            }
            for p in punten
        ],
        "hele_inkomen": hele_inkomen_json(hele),
    }


def als_json(g: Grootboek, resultaten: list[MaandResultaat], staten: list[Staat], watals: dict | None) -> dict:
    uit = recht_json(g.c.naam, resultaten)
    uit["toerekening"] = [
        {
            "maand": p.maand and maand_tekst(p.maand),
            "van": p.persoon,
            "bedrag": als_tekst(p.bedrag),
            "soort": p.soort,
            "basis": p.basis,
            "bron": p.bron,
            "loonstrook": p.strook,
            "herkomst": p.herkomst,
            "bekend_op": p.bekend_op.isoformat(),
            "artikel": p.artikel,
            "tekst": p.tekst,
        }
        for p in g.toerekening.posten
    ]
    uit["methoden"] = {s.methode: staat_json(g, s) for s in staten}
    if watals is not None:
        uit["wat_als"] = watals
    return uit


# --- tekst -----------------------------------------------------------------------------------------


def _tabel(kop: list[str], rijen: list[list[str]], links: int = 1) -> list[str]:
    breedte = [max(len(x) for x in kolom) for kolom in zip(kop, *rijen)]

    def regel(cellen):
        return "  ".join(c.ljust(b) if i < links else c.rjust(b) for i, (c, b) in enumerate(zip(cellen, breedte)))

    return [regel(kop), regel(["-" * b for b in breedte])] + [regel(r) for r in rijen]


def _inspring(tekst: str, n: int) -> list[str]:
    return textwrap.wrap(tekst, width=100, initial_indent=" " * n, subsequent_indent=" " * (n + 2))


def als_tekst_staat(
    g: Grootboek,
    resultaten: list[MaandResultaat],
    staten: list[Staat],
    punten: list[Punt] | None,
    uurloon: int | None,
    hele: list[HeelPunt] | None = None,
) -> str:
    uit = [g.c.naam, "=" * len(g.c.naam), ""]
    uit.append("Uw recht per maand (de wet, met alles wat bekend is)")
    rijen = [
        [
            maand_tekst(r.maand),
            als_euro(int(r.uitkomst.norm)),
            als_euro(int(r.uitkomst.vrijlating)),
            als_euro(int(r.uitkomst.middelen)),
            als_euro(int(r.uitkomst.bijstand)),
        ]
        for r in resultaten
    ]
    uit += _tabel(["Maand", "Norm", "Vrijlating", "Inkomen", "Bijstand"], rijen)
    posten = defaultdict(list)
    for p in g.toerekening.posten:
        posten[p.maand].append(p)
    if g.toerekening.posten:
        uit += ["", "Welk loon telt in welke maand?"]
        for m in sorted(m for m in posten if m is not None) + ([None] if None in posten else []):
            uit.append(f"  {maand_mens(m) if m else 'Buiten de periode'}:")
            for p in posten[m]:
                uit += _inspring(f"{p.tekst} ({p.artikel}; bekend op {p.bekend_op.isoformat()}, {p.herkomst})", 4)
    for s in staten:
        uit += ["", f"Methode: {METHODE_NAAM[s.methode]}", "-" * 60]
        rijen = []
        for r in maandrijen(g, s):
            onder = " *" if r.ondergrens is not None and r.totaal < r.ondergrens else ""
            rijen.append(
                [
                    maand_tekst(r.maand),
                    "" if r.recht is None else als_euro(r.recht),
                    als_euro(r.loon),
                    als_euro(r.van_gemeente),
                    als_euro(r.totaal) + onder,
                    "" if r.ondergrens is None else als_euro(r.ondergrens),
                    als_euro(r.vordering),
                    ", ".join(f"{d.day}-{d.month}" for d in r.data),
                ]
            )
        # 'Norm' staat hierboven al voor de norm met vakantietoeslag; hier is het de ondergrens zonder.
        uit += _tabel(
            ["Maand", "Recht", "Loon", "Van gemeente", "Totaal", "Zonder vt.", "Vordering", "Betaald op"], rijen
        )
        uit.append(
            "  Totaal = loon + wat de gemeente betaalde + ander inkomen. Zonder vt. = de norm zonder "
            "vakantietoeslag; * = minder dan dat."
        )
        uit.append("")
        uit.append("  Betalingen, met de reden:")
        for b in s.betalingen:
            uit.append(f"  {b.datum.isoformat()}  {als_euro(b.bedrag)}")
            for r in b.regels:
                uit += _inspring(f"- {r.tekst} [{r.artikel}]", 4)
        uit.append("")
        # De zin telt op met de getallen die hij noemt: recht = betaald + nog te krijgen − nog terug te
        # betalen + vordering bij het begin − bufferbudget.
        uit.append(
            f"  Som van uw recht: {als_euro(sum(s.recht.values()))} = betaald {als_euro(s.betaald)} + nog te "
            f"krijgen {als_euro(s.open_nabetaling)} (waarvan gespaarde vakantietoeslag "
            f"{als_euro(s.vakantietoeslag_gereserveerd)}) − nog terug te betalen {als_euro(s.open_vordering)} + "
            f"vordering bij het begin {als_euro(s.vordering_bij_start)} − bufferbudget {als_euro(s.buffer_totaal)}. "
            + ("Dit sluit tot op de cent." if sluitend(s) else "LET OP: dit sluit niet; meld dit als fout.")
        )
    if punten is not None and uurloon is not None:
        stopt = bijstand_stopt_bij(punten)
        uit += ["", f"Wat als u meer uren werkt? (netto uurloon {als_euro(uurloon)}, {maand_mens(g.maanden[0])})"]
        rijen = [
            [str(p.uren), als_euro(p.loon), als_euro(p.vakantiegeld), als_euro(p.bijstand), als_euro(p.totaal)]
            for p in punten
            if p.uren % 4 == 0 or p.uren == stopt
        ]
        uit += _tabel(["Uren/week", "Loon", "Vakantiegeld", "Bijstand", "Samen"], rijen)
        uit.append(
            f"  De bijstand stopt bij {stopt} uur per week."
            if stopt is not None
            else "  Tot 40 uur per week houdt u recht op bijstand."
        )
        if g.c.verwachting is not None and g.c.verwachting.vakantiegeld_opbouw:
            uit.append(
                "  Het vakantiegeld dat u opbouwt (8%), telt mee voor de bijstand, net als in de maandstaat "
                "(art. 32 lid 2). U krijgt het in mei van uw werkgever; het staat in 'Samen', want het is van deze maand."
            )
        uit.append("  " + ZONDER_TOESLAGEN)
        if hele is not None:
            huur = any(h.huurtoeslag is not None for h in hele)
            uit += [
                "",
                "Wat u overhoudt, met zorgtoeslag, kindgebonden budget"
                + (", kinderbijslag en huurtoeslag" if huur else " en kinderbijslag")
                + " (per maand)",
            ]
            samen = {p.uren: p for p in punten}
            rijen = [
                [
                    str(h.uren),
                    als_euro(samen[h.uren].totaal),
                    als_euro(h.zorgtoeslag),
                    als_euro(h.kindgebonden_budget),
                    als_euro(h.kinderbijslag),
                ]
                + ([als_euro(h.huurtoeslag or 0)] if huur else [])
                + [als_euro(h.wat_u_overhoudt)]
                for h in hele
                if h.uren % 4 == 0 or h.uren == stopt
            ]
            uit += _tabel(
                ["Uren/week", "Samen", "Zorgtoeslag", "Kindgeb. budget", "Kinderbijslag"]
                + (["Huurtoeslag"] if huur else [])
                + ["U houdt over"],
                rijen,
            )
            uit.append(
                "  Hoe meer u verdient, hoe lager de toeslagen. " + (MET_HUURTOESLAG if huur else NIET_IN_HET_TOTAAL)
            )
    return "\n".join(uit)
