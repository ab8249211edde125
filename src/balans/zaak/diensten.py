"""De rekendiensten achter API en web: dezelfde JSON voor beide, uit de regelkern en de maandstaat."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from balans.casus.model import Casus
from balans.geld import als_tekst
from balans.maandstaat.grootboek import METHODEN, Grootboek
from balans.maandstaat.uitvoer import als_json as staat_als_json
from balans.maandstaat.uitvoer import watals_json
from balans.maandstaat.watals import curve, hele_inkomen, kan_hele_inkomen
from balans.rekenen.casus import bereken
from balans.uitvoer import als_json
from balans.zaak.schema import Maatwerk


def _met_maatwerk(resultaten, maanden: list[dict], maatwerk: dict[dt.date, Maatwerk]) -> None:
    """Per maand ook wat is vastgesteld en waarom (de uitkomst van de regels blijft staan)."""
    for r, rij in zip(resultaten, maanden):
        m = maatwerk.get(r.maand)
        rij["vastgesteld"] = als_tekst(m.vastgesteld) if m else rij["bijstand"]
        rij["maatwerk"] = None if m is None else {
            "regel_bedrag": als_tekst(m.regel_bedrag), "vastgesteld": als_tekst(m.vastgesteld),
            "motivering": m.motivering, "grondslag": m.grondslag, "tijdstip": m.tijdstip.isoformat()}


def berekening(casus: Casus, maatwerk: dict[dt.date, Maatwerk] | None = None, uitleg: bool = True) -> dict:
    """Wat `balans bereken --json` geeft; met maatwerk staat per maand ook wat is vastgesteld en waarom."""
    resultaten = bereken(casus, uitleg=uitleg)
    from balans.inkomen.huishouden import inkomen_per_maand   # het hele inkomen, alleen met huishouden.woning
    uit = als_json(casus.naam, resultaten, inkomen_per_maand(casus, resultaten) if uitleg else None)
    if maatwerk is not None:
        _met_maatwerk(resultaten, uit["maanden"], maatwerk)
    return uit


def maandstaat(casus: Casus, methode: str | None = None, maatwerk: dict[dt.date, Maatwerk] | None = None,
               g: Grootboek | None = None) -> dict:
    """De maandstaat als JSON, zoals `balans maandstaat --json`; methode 'alle' geeft ze alle vier.

    De 'maanden' erin zijn de berekening (zoals berekening()), met maatwerk als dat is meegegeven;
    zo rekent een pagina die beide toont de regelkern maar één keer."""
    g = g or Grootboek(casus)
    methoden = list(METHODEN) if methode == "alle" else [methode or g.methode_standaard()]
    staten = [g.staat(m) for m in methoden]
    uurloon = casus.verwachting.netto_uurloon if casus.verwachting else None
    wat_als = None
    if uurloon is not None:
        punten = curve(casus, uurloon)
        wat_als = watals_json(punten, uurloon, hele_inkomen(casus, punten) if kan_hele_inkomen(casus) else None)
    resultaten = bereken(casus)
    uit = staat_als_json(g, resultaten, staten, wat_als)
    if maatwerk is not None:
        _met_maatwerk(resultaten, uit["maanden"], maatwerk)
    return uit


def wat_als(casus: Casus, uurloon: int, maand: dt.date | None = None, tot_uren: int = 40,
            uren: Decimal | None = None) -> dict:
    """Per aantal uren per week: loon, bijstand en samen, in de gekozen maand (standaard de eerste).

    Met 'uren' alleen dat ene punt."""
    if uren is not None:
        punten = curve(casus, uurloon, maand=maand, tot_uren=uren, van_uren=uren)
    else:
        punten = curve(casus, uurloon, maand=maand, tot_uren=tot_uren)
    # Met een woning in de casus ook het hele inkomen per punt (toeslagen, kinderbijslag; geen huurtoeslag).
    hele = hele_inkomen(casus, punten, maand) if kan_hele_inkomen(casus) else None
    return watals_json(punten, uurloon, hele)
