# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Eén tijdlijn per zaak: de enige invoer waaruit elke maand van een zaak wordt berekend.

`tijdlijn(s, zaak, bekend_op)` neemt de zaak zoals die op `bekend_op` bekend was: de feiten, het begin en
einde van de bijstand (art. 44 Pw; Zaak.ingangsdatum en Zaak.einddatum, met het besluitenlog voor een
eerder moment), en elk besluit: maatregelen (als percentage per maand), herzieningen daarvan, maatwerk
(een vastgesteld bedrag per maand). De berekening, de maandstaat (elke methode), /mijn, de zaakpagina,
de beschikking, de caseload, /beleid, de monitoring en de API lezen allemaal deze tijdlijn.

Het recht in een maand (`recht[maand]`, centen, incl. vakantietoeslag) is:
1. buiten de duur van de bijstand: 0 (geen recht);
2. anders, met geldend maatwerk: het vastgestelde bedrag;
3. anders: de uitkomst van de regels (met de besloten maatregelen).

Naad met de dagdelen (rules core): de duur gaat als `Casus.bijstand` (Bijstandsduur) de casus in. Zolang de
regelkern daar niets mee doet, zet `_buiten_duur` hier de maanden die HELEMAAL buiten de duur vallen op
'geen recht'. Een eerste of laatste deelmaand rekent de regelkern straks per kalenderdag; dan blijft deze
stap gelijk (de regelkern geeft voor zo'n maand al 0) en wordt hij overbodig, niet fout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.casus.laden import CasusFout
from balans.casus.model import Bijstandsduur, Casus
from balans.kalender import volgende_maand
from balans.rekenen.casus import MaandResultaat, bereken
from balans.wet.context import Stap
from balans.wet.parameters import OnbekendRegime, ParameterBoom, wet_url
from balans.zaak import repository as R
from balans.zaak.schema import Besluit, Maatwerk, Zaak

# Het besluitenlog: onderwerp en handelingen voor begin en einde van de bijstand.
ONDERWERP = "bijstand"
# Per reden: de keuze in het formulier en het vervolg van 'Uw bijstand stopt omdat …' in de brief (B1).
EINDE_REDENEN = {
    "werk": "werk met genoeg inkomen",
    "aow": "AOW-leeftijd bereikt",
    "verhuisd": "verhuisd naar een andere gemeente",
    "overig": "een andere reden",
}
EINDE_ZIN = {
    "werk": "u werk hebt gevonden en genoeg inkomen hebt",
    "aow": "u de AOW-leeftijd hebt bereikt",
    "verhuisd": "u bent verhuisd naar een andere gemeente",
    "overig": "er een andere reden is",
}


def _utc(t: dt.datetime) -> dt.datetime:
    return t.replace(tzinfo=dt.timezone.utc) if t.tzinfo is None else t  # SQLite geeft soms een tijd zonder zone


def duur_van(s: Session, zaak: Zaak, bekend_op: dt.datetime | None = None) -> Bijstandsduur:
    """Begin en einde van de bijstand zoals op bekend_op bekend.

    De kolommen van de zaak zijn de stand van nu. Is er na bekend_op nog een besluit over begin of einde
    genomen, dan geldt de stand van vóór het eerste zo'n besluit (die staat in het besluit, 'vorige')."""
    van, tot = zaak.ingangsdatum, zaak.einddatum
    if bekend_op is not None:
        later = s.scalars(
            select(Besluit)
            .where(Besluit.zaak_id == zaak.id, Besluit.onderwerp == ONDERWERP, Besluit.tijdstip > bekend_op)
            .order_by(Besluit.tijdstip, Besluit.id)
            .limit(1)
        ).first()
        if later is not None:
            vorige = (later.gegevens or {}).get("vorige") or {}
            van = dt.date.fromisoformat(vorige["ingangsdatum"]) if vorige.get("ingangsdatum") else None
            tot = dt.date.fromisoformat(vorige["einddatum"]) if vorige.get("einddatum") else None
    return Bijstandsduur(van=van, tot=tot)


def buiten(duur: Bijstandsduur | None, maand: dt.date) -> bool:
    """Valt de hele kalendermaand buiten de duur van de bijstand?"""
    if duur is None:
        return False
    laatste_dag = volgende_maand(maand) - dt.timedelta(days=1)
    return (duur.van is not None and duur.van > laatste_dag) or (duur.tot is not None and duur.tot < maand)


def lopend_in(duur: Bijstandsduur | None, maand: dt.date) -> bool:
    """Buiten de rekenperiode: loopt de bijstand in (een deel van) deze maand? Zonder bekend begin: nee."""
    laatste_dag = volgende_maand(maand) - dt.timedelta(days=1)
    van, tot = (duur.van, duur.tot) if duur else (None, None)
    return van is not None and van <= laatste_dag and (tot is None or tot >= maand)


def _dag(d: dt.date) -> str:
    from balans.uitvoer import datum_mens

    return datum_mens(d)


def _geen_recht(r: MaandResultaat, duur: Bijstandsduur) -> MaandResultaat:
    u = r.uitkomst
    if duur.tot is not None and duur.tot < r.maand:
        tekst = (
            f"U hebt geen recht op bijstand over deze maand: uw bijstand is beëindigd. De laatste dag met "
            f"bijstand was {_dag(duur.tot)}."
        )
    else:
        tekst = f"U hebt geen recht op bijstand over deze maand: uw bijstand begint op {_dag(duur.van)}."
    stap = Stap("duur", "Pw art. 44 lid 1", wet_url(r.maand, "44"), tekst, 0, "buiten_duur")
    return replace(
        r,
        uitkomst=replace(u, recht=False, bijstand=0, vakantietoeslag=0, verlaging=0, spoor=([stap] if u.spoor else [])),
    )


def _buiten_duur(resultaten: list[MaandResultaat], duur: Bijstandsduur | None) -> list[MaandResultaat]:
    return [(_geen_recht(r, duur) if buiten(duur, r.maand) else r) for r in resultaten]


@dataclass
class Tijdlijn:
    """Alles waaruit een maand van deze zaak wordt berekend, zoals op bekend_op bekend."""

    zaak_id: str
    versie: int
    bekend_op: dt.datetime | None
    data: dict  # de feiten als casus-data (zoals vastgelegd; om te tonen)
    casus: Casus  # feiten + besloten maatregelen + duur (Casus.bijstand)
    maatwerk: dict[dt.date, Maatwerk]  # geldend maatwerk per maand, zoals op bekend_op besloten
    einde_reden: str | None = None
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def duur(self) -> Bijstandsduur | None:
        return self.casus.bijstand

    def resultaten(self, uitleg: bool = True) -> list[MaandResultaat]:
        """De uitkomst van de regels per maand, met 'geen recht' buiten de duur (zonder maatwerk)."""
        if uitleg not in self._cache:
            if not uitleg and True in self._cache:
                return self._cache[True]
            self._cache[uitleg] = _buiten_duur(bereken(self.casus, uitleg=uitleg), self.duur)
        return self._cache[uitleg]

    def buiten(self, maand: dt.date) -> bool:
        return buiten(self.duur, maand)

    @cached_property
    def vast(self) -> dict[dt.date, int]:
        """De maanden waarin het recht vaststaat, los van het loon: buiten de duur (0) en maatwerk."""
        uit = {}
        for m in self.casus.alle_maanden():
            if self.buiten(m):
                uit[m] = 0
            elif m in self.maatwerk:
                uit[m] = int(self.maatwerk[m].vastgesteld)
        return uit

    @cached_property
    def recht(self) -> dict[dt.date, int]:
        """Het recht per maand in centen (bijstand incl. vakantietoeslag): wat de gemeente over die maand toekent."""
        return {r.maand: self.vast.get(r.maand, int(r.uitkomst.bijstand)) for r in self.resultaten(uitleg=False)}

    def heeft_recht(self, maand: dt.date) -> bool:
        """Dé definitie van 'zaak met recht in maand M' (voor /beleid, de monitoring en de caseload)."""
        if maand in self.vast:
            return self.vast[maand] > 0
        r = next((r for r in self.resultaten(uitleg=False) if r.maand == maand), None)
        if r is None:  # buiten de rekenperiode van de casus: alleen de duur zegt iets
            return lopend_in(self.duur, maand)
        return bool(r.uitkomst.recht)

    def grootboek(self, boom: ParameterBoom | None = None):
        """De maandstaat van deze zaak: de betalingen rekenen met het recht van deze tijdlijn."""
        from balans.maandstaat.grootboek import Grootboek

        return Grootboek(self.casus, boom, recht=self.vast)


class NietTeRekenen(ValueError):
    """De zaak heeft feiten, maar balans kan er nu niet mee rekenen: de casus klopt niet (meer), bijvoorbeeld
    omdat het bestand met de regels van de gemeente later is gewijzigd en niet meer klopt, of weg is.
    Geen fout van de invoer van dit verzoek en geen fout van balans: de API en de website geven 409."""

    def __init__(self, zaak_id: str, melding: str):
        self.zaak_id = zaak_id
        self.melding = melding
        super().__init__(f"Met de gegevens van deze zaak kan balans nu niet rekenen. {melding}")


def tijdlijn(s: Session, zaak: Zaak, bekend_op: dt.datetime | None = None, data: dict | None = None) -> Tijdlijn:
    """De zaak zoals op bekend_op bekend, als één invoer voor elke maand. CasusFout als er toen nog niets was;
    NietTeRekenen als er wel feiten zijn, maar de casus nu niet klopt (zoals een gemeente-overlay die later
    ongeldig is geworden)."""
    data = R.casus_data(s, zaak, bekend_op) if data is None else data
    try:
        casus = R.rekencasus(s, zaak, data, bekend_op)
    except CasusFout as e:
        if not data:
            raise
        raise NietTeRekenen(zaak.id, " ".join(str(f) for f in e.fouten)) from e
    if casus.gemeente:
        # De regels van de gemeente worden bij het rekenen gelezen; lukt dat niet (het bestand is net
        # gewijzigd), dan hier een duidelijke melding in plaats van een fout midden in de berekening.
        try:
            ParameterBoom.voor(casus.regime or "wet", casus.gemeente)
        except (OnbekendRegime, OSError) as e:
            raise NietTeRekenen(zaak.id, f"De regels van gemeente '{casus.gemeente}' kloppen niet: {e}") from e
    duur = duur_van(s, zaak, bekend_op)
    if duur.van is not None or duur.tot is not None:
        casus = casus.model_copy(update={"bijstand": duur})
    mw = R.geldend_maatwerk(
        [m for m in R.maatwerk_van(s, zaak.id) if bekend_op is None or _utc(m.tijdstip) <= bekend_op]
    )
    return Tijdlijn(zaak.id, zaak.versie, bekend_op, data, casus, mw, zaak.einde_reden)


def stempel(s: Session, zaak: Zaak) -> tuple:
    """Verandert als iets in de tijdlijn verandert: de versie van de zaak en het laatste besluit (maatregelen)."""
    from sqlalchemy import func

    laatste = s.scalar(select(func.max(Besluit.id)).where(Besluit.zaak_id == zaak.id))
    return (zaak.id, zaak.versie, laatste)


def stempels(s: Session) -> dict[str, int | None]:
    """Voor alle zaken in één query: het laatste besluit per zaak (zie stempel)."""
    from sqlalchemy import func

    return dict(s.execute(select(Besluit.zaak_id, func.max(Besluit.id)).group_by(Besluit.zaak_id)).all())


# --- het einde van de bijstand --------------------------------------------------------------------


def beeindig(
    s: Session,
    zaak: Zaak,
    *,
    datum: dt.date | None,
    reden: str,
    toelichting: str = "",
    versie: int,
    door,
    vandaag: dt.date | None = None,
) -> Besluit:
    """Beëindigt de bijstand: 'datum' is de laatste dag met bijstand. Legt het besluit vast in het besluitenlog
    (met de stand van ervoor, zodat 'bekend op' werkt) en verhoogt de versie van de zaak. Niet gecommit.

    Fouten: OngeldigeWijziging met het veld; VersieConflict als de zaak intussen is gewijzigd."""
    from balans.zaak import besluiten
    from balans.zaak.versie import verhoog_versie

    vandaag = vandaag or dt.date.today()
    if datum is None:
        raise R.OngeldigeWijziging("datum", "Vul de laatste dag met bijstand in, zoals 2026-02-25.")
    if reden not in EINDE_REDENEN:
        raise R.OngeldigeWijziging("reden", "Kies de reden van het einde: werk, aow, verhuisd of overig.")
    if zaak.ingangsdatum is not None and datum < zaak.ingangsdatum:
        raise R.OngeldigeWijziging(
            "datum", f"De laatste dag kan niet vóór het begin van de bijstand liggen ({_dag(zaak.ingangsdatum)})."
        )
    if datum > vandaag + dt.timedelta(days=366):
        raise R.OngeldigeWijziging(
            "datum", "De laatste dag ligt meer dan een jaar vooruit. Kies een datum binnen een jaar."
        )
    toelichting = " ".join((toelichting or "").split())
    motivering = f"De bijstand stopt omdat {EINDE_ZIN[reden]}. De laatste dag met bijstand is {_dag(datum)}." + (
        f" {toelichting}" if toelichting else ""
    )
    vorige = {
        "ingangsdatum": zaak.ingangsdatum and zaak.ingangsdatum.isoformat(),
        "einddatum": zaak.einddatum and zaak.einddatum.isoformat(),
        "einde_reden": zaak.einde_reden,
        "status": zaak.status,
    }
    tijdstip = R.nu()
    verhoog_versie(
        s,
        Zaak,
        zaak,
        versie,
        wat="De zaak",
        bijgewerkt=tijdstip,
        einddatum=datum,
        einde_reden=reden,
        status="beeindigd",
    )
    return besluiten.leg_vast(
        s,
        zaak_id=zaak.id,
        onderwerp=ONDERWERP,
        onderwerp_id=zaak.id,
        handeling="beeindigd",
        grondslag="Pw art. 11 lid 1",
        motivering=motivering,
        auteur=door,
        gegevens={"datum": datum.isoformat(), "reden": reden, "toelichting": toelichting, "vorige": vorige},
        tijdstip=tijdstip,
    )


def beeindigingen(s: Session, zaak_id: str) -> list[Besluit]:
    """De besluiten tot beëindiging van deze zaak, oudste eerst (de laatste geldt)."""
    return list(
        s.scalars(
            select(Besluit)
            .where(Besluit.zaak_id == zaak_id, Besluit.onderwerp == ONDERWERP, Besluit.handeling == "beeindigd")
            .order_by(Besluit.tijdstip, Besluit.id)
        )
    )
