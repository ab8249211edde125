# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De rekendiensten achter API en web: dezelfde JSON voor beide, uit de regelkern en de maandstaat.

Voor een zaak rekent alles uit haar tijdlijn (zaak/tijdlijn.py): berekening_zaak en maandstaat_zaak."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from balans import ontvangstbewijs as O
from balans.casus.model import Casus
from balans.geld import als_tekst
from balans.maandstaat.grootboek import METHODEN, Grootboek
from balans.maandstaat.uitvoer import als_json as staat_als_json
from balans.maandstaat.uitvoer import watals_json
from balans.maandstaat.watals import (
    curve,
    curve_zoals_maandstaat,
    hele_inkomen,
    kan_hele_inkomen,
    marginale_druk,
    uurlonen,
)
from balans.rekenen.casus import bereken
from balans.uitvoer import als_json


def _met_tijdlijn(t, maanden: list[dict]) -> None:
    """Per maand het recht volgens de tijdlijn ('vastgesteld'), met maatwerk en het einde van de bijstand."""
    for rij in maanden:
        m = dt.date.fromisoformat(rij["maand"] + "-01")
        mw = t.maatwerk.get(m)
        buiten = t.buiten(m)
        rij["vastgesteld"] = als_tekst(t.recht[m])
        rij["buiten_duur"] = buiten
        rij["maatwerk"] = (
            None
            if mw is None or buiten
            else {
                "regel_bedrag": als_tekst(mw.regel_bedrag),
                "vastgesteld": als_tekst(mw.vastgesteld),
                "motivering": mw.motivering,
                "grondslag": mw.grondslag,
                "tijdstip": mw.tijdstip.isoformat(),
            }
        )


def duur_json(t) -> dict:
    d = t.duur
    return {
        "ingangsdatum": d.van.isoformat() if d and d.van else None,
        "einddatum": d.tot.isoformat() if d and d.tot else None,
        "einde_reden": t.einde_reden if d and d.tot else None,
    }


def berekening_zaak(t, uitleg: bool = True, bewijs: bool = True) -> dict:
    """De berekening van een zaak uit haar tijdlijn (zaak/tijdlijn.py): per maand de regels en het recht.

    Met het ontvangstbewijs (bewijs=True): de tijdlijn als invoer, zodat balans.zaak.herberekenen de
    berekening zonder database kan nadoen."""
    uit = als_json(t.casus.naam, t.resultaten(uitleg))
    _met_tijdlijn(t, uit["maanden"])
    uit["bijstand"] = duur_json(t)
    if not bewijs:
        return uit
    return O.bij_casus(
        "zaakberekening", t.casus, uit, invoer={**zaak_invoer(t), "uitleg": uitleg}, bekend_op=t.bekend_op
    )


def zaak_invoer(t) -> dict:
    """De tijdlijn als invoer van het ontvangstbewijs: genoeg om zonder database opnieuw te rekenen."""
    # De duur apart: de tijdlijn zet haar na de controle in de casus (ze mag buiten de rekenperiode beginnen).
    duur = t.casus.bijstand
    return {
        "zaak": {"id": t.zaak_id, "versie": t.versie},
        "casus": O.casus_invoer(t.casus.model_copy(update={"bijstand": None})),
        "duur": None
        if duur is None
        else {"van": duur.van and duur.van.isoformat(), "tot": duur.tot and duur.tot.isoformat()},
        "maatwerk": maatwerk_invoer(t.maatwerk),
        "einde_reden": t.einde_reden,
    }


def maatwerk_invoer(maatwerk: dict) -> dict:
    """Het geldende maatwerk per maand, als JSON (bedragen als tekst): wat de tijdlijn ervan leest."""
    return {
        f"{m:%Y-%m}": {
            "regel_bedrag": als_tekst(mw.regel_bedrag),
            "vastgesteld": als_tekst(mw.vastgesteld),
            "motivering": mw.motivering,
            "grondslag": mw.grondslag,
            "tijdstip": mw.tijdstip.isoformat(),
        }
        for m, mw in sorted(maatwerk.items())
    }


def _wat_als(casus: Casus, uurloon: int | None) -> dict | None:
    """De wat-als-curve; met een woning ook het hele inkomen (toeslagen) per aantal uren."""
    if uurloon is None:
        return None
    punten = curve(casus, uurloon)
    return watals_json(punten, uurloon, hele_inkomen(casus, punten) if kan_hele_inkomen(casus) else None)


def maandstaat_zaak(t, methode: str | None = None) -> dict:
    """De maandstaat van een zaak uit haar tijdlijn: de betalingen rekenen met hetzelfde recht per maand."""
    g = t.grootboek()
    methoden = list(METHODEN) if methode == "alle" else [methode or g.methode_standaard()]
    staten = [g.staat(m) for m in methoden]
    uurloon = t.casus.verwachting.netto_uurloon if t.casus.verwachting else None
    wat_als = _wat_als(t.casus, uurloon)
    uit = staat_als_json(g, t.resultaten(), staten, wat_als)
    _met_tijdlijn(t, uit["maanden"])
    uit["bijstand"] = duur_json(t)
    uit["methode_standaard"] = g.methode_standaard()
    return O.bij_casus(
        "zaakmaandstaat", t.casus, uit, invoer={**zaak_invoer(t), "methode": methode}, bekend_op=t.bekend_op
    )


def berekening(casus: Casus, uitleg: bool = True) -> dict:
    """Wat `balans bereken --json` geeft, voor een losse casus (met het hele inkomen als huishouden.woning er is),
    met het ontvangstbewijs. Voor een zaak: berekening_zaak."""
    resultaten = bereken(casus, uitleg=uitleg)
    from balans.rekenen.huishouden import inkomen_per_maand

    uit = als_json(casus.naam, resultaten, inkomen_per_maand(casus, resultaten) if uitleg else None)
    return O.bij_casus("berekening", casus, uit, invoer={"casus": O.casus_invoer(casus), "uitleg": uitleg})


def maandstaat(casus: Casus, methode: str | None = None) -> dict:
    """De maandstaat van een losse casus als JSON, zoals `balans maandstaat --json`; methode 'alle' geeft ze
    alle vier. De 'maanden' erin zijn de berekening. Voor een zaak: maandstaat_zaak (met de tijdlijn)."""
    g = Grootboek(casus, uitleg=True)  # met de berekening: het recht wordt één keer gerekend
    methoden = list(METHODEN) if methode == "alle" else [methode or g.methode_standaard()]
    staten = [g.staat(m) for m in methoden]
    uurloon = casus.verwachting.netto_uurloon if casus.verwachting else None
    wat_als = _wat_als(casus, uurloon)
    assert g.berekening is not None
    uit = staat_als_json(g, g.berekening, staten, wat_als)
    return O.bij_casus("maandstaat", casus, uit, invoer={"casus": O.casus_invoer(casus), "methode": methode})


def wat_als(
    casus: Casus,
    uurloon: int | None,
    maand: dt.date | None = None,
    tot_uren: int = 40,
    uren: Decimal | None = None,
    bruto_uurloon: int | None = None,
    toerekening: str = "gemiddeld",
) -> dict:
    """Per aantal uren per week: loon, bijstand en samen, in de gekozen maand (standaard de eerste).

    Met 'uren' alleen dat ene punt. bruto_uurloon: het netto per punt uit de witte maandtabel (het hangt van de
    uren af). toerekening 'loonperiode': de eerste maand precies zoals de maandstaat (en de rekenhulp) haar
    rekent, met de loonperiode van de verwachting; 'gemiddeld' (zoals vroeger): 52/12 weken per maand."""
    if bruto_uurloon is None and toerekening == "gemiddeld":
        assert uurloon is not None
        if uren is not None:
            punten = curve(casus, uurloon, maand=maand, tot_uren=uren, van_uren=uren)
        else:
            punten = curve(casus, uurloon, maand=maand, tot_uren=tot_uren)
        lonen = None
    else:
        van = maand or casus.periode.van
        lijst = [uren] if uren is not None else [Decimal(u) for u in range(tot_uren + 1)]
        lonen = uurlonen(lijst, van, uurloon, bruto_uurloon)
        if toerekening == "loonperiode":
            punten = curve_zoals_maandstaat(casus, lonen)
        else:
            punten = [curve(casus, n, maand=maand, tot_uren=u, van_uren=u)[0] for u, n in lonen]
    # Met een woning in de casus ook het hele inkomen per punt (toeslagen, kinderbijslag; met een huurwoning ook huurtoeslag).
    hele = hele_inkomen(casus, punten, maand) if kan_hele_inkomen(casus) else None
    uit = watals_json(punten, uurloon if uurloon is not None else lonen[0][1] if lonen else 0, hele)
    if lonen is None:
        return uit  # de oude vraag: precies het oude antwoord
    uit["toerekening"] = toerekening
    if bruto_uurloon is not None:
        uit["netto_uurloon"] = None
        uit["bruto_uurloon"] = als_tekst(bruto_uurloon)
        for p, (_, n) in zip(uit["punten"], lonen):
            p["netto_uurloon"] = als_tekst(n)
    if hele is not None:
        for p, d in zip(uit["hele_inkomen"]["punten"], marginale_druk(hele)):
            p["marginale_druk"] = None if d is None else str(d)
    return uit
