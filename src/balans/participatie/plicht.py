# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De participatieplicht per persoon en de ontheffingen ervan (Pw art. 9 en 9a, tekst 2026-07-01).

- Pw art. 9 lid 1: van 18 jaar tot de AOW-leeftijd, vanaf de melding, drie verplichtingen:
  a. werk zoeken, aannemen en houden (met inschrijving bij UWV);
  b. meedoen aan een voorziening (ook sociale activering), aan onderzoek en aan het plan van aanpak (art. 44a);
  c. onbeloond maatschappelijk nuttig werk dat het college opdraagt (de tegenprestatie).
  Lid 3: bij gehuwden geldt dit voor ieder van hen.
- Pw art. 9 lid 2: tijdelijke ontheffing bij dringende redenen, alleen van a en c (niet van b).
  Zorgtaken kunnen een dringende reden zijn.
- Pw art. 9 lid 5: wie volledig en duurzaam arbeidsongeschikt is (art. 4 Wet WIA), voor hem gelden a, b en c
  niet. Dat is geen ontheffing in de zin van lid 2 maar de wet zelf; we leggen het vast als soort 'duurzaam'
  zonder einddatum, zodat het zichtbaar en toetsbaar is.
- Pw art. 9a: alleenstaande ouder met de volledige zorg voor een kind tot vijf jaar: op verzoek ontheffing
  van a; eenmalig (lid 2); zolang het jongste kind nog geen vijf is en hoogstens vijf jaar (lid 4); binnen zes
  maanden een plan van aanpak (lid 7). Art. 9 lid 7: dan geldt ook c niet.

De 'maatschappelijke participatie' van de hervorming (Programmaplan maatregel 7) staat nog niet in de tekst
van 2026-07-01; daar heet onderdeel c nog de tegenprestatie. Zie /work/shared/domein §2.2 rij 19 en 21.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.zaak import besluiten
from balans.zaak.besluiten import MIN_MOTIVERING
from balans.zaak.schema import Gebruiker, Ontheffing, Zaak, nu
from balans.zaak.versie import VersieConflict, verhoog_versie  # noqa: F401 (VersieConflict: ook via deze module)

PERSONEN = {"aanvrager": "De aanvrager", "partner": "De partner"}

VERPLICHTINGEN: dict[str, str] = {
    "arbeid": "Werk zoeken, aannemen en houden. U schrijft zich in bij UWV als werkzoekende.",
    "re_integratie": "Meedoen aan hulp naar werk, zoals een cursus of sociale activering, en aan het plan van aanpak.",
    "tegenprestatie": "Onbetaald nuttig werk doen als de gemeente u dat vraagt (de tegenprestatie).",
}
VERPLICHTING_GRONDSLAG: dict[str, str] = {
    "arbeid": "Pw art. 9 lid 1 onder a",
    "re_integratie": "Pw art. 9 lid 1 onder b",
    "tegenprestatie": "Pw art. 9 lid 1 onder c",
}

SOORTEN: dict[str, str] = {
    "tijdelijk": "Tijdelijke ontheffing om een dringende reden",
    "duurzaam": "Volledig en duurzaam arbeidsongeschikt: de verplichtingen gelden niet",
    "alleenstaande_ouder": "Ontheffing voor een alleenstaande ouder met een kind jonger dan 5 jaar",
}
SOORT_GRONDSLAG: dict[str, str] = {
    "tijdelijk": "Pw art. 9 lid 2",
    "duurzaam": "Pw art. 9 lid 5",
    "alleenstaande_ouder": "Pw art. 9a lid 1",
}
# Van welke verplichtingen elke soort kan ontheffen (zie de kop van dit bestand).
MAG: dict[str, frozenset[str]] = {
    "tijdelijk": frozenset({"arbeid", "tegenprestatie"}),  # art. 9 lid 2: onderdelen a en c
    "duurzaam": frozenset({"arbeid", "re_integratie", "tegenprestatie"}),  # art. 9 lid 5: a, b en c
    "alleenstaande_ouder": frozenset({"arbeid", "tegenprestatie"}),  # art. 9a lid 1 (a) en art. 9 lid 7 (c)
}

REDENEN: dict[str, str] = {
    "medisch": "Lichamelijke gezondheid",
    "psychisch": "Psychische klachten",
    "zorgtaken": "Zorg voor kinderen of het gezin",
    "mantelzorg": "Mantelzorg: zorgen voor iemand anders",
    "schulden": "Grote geldproblemen (schulden)",
    "dak_thuisloos": "Geen vaste plek om te wonen",
    "arbeidsongeschikt": "Volledig en duurzaam arbeidsongeschikt (UWV)",
    "overig": "Een andere dringende reden",
}
STATUSSEN = {"actief": "Geldt", "ingetrokken": "Ingetrokken", "afgelopen": "Afgelopen"}

ART_9A_MAX_JAREN = 5  # art. 9a lid 4: ten hoogste vijf jaar
ART_9A_KIND_LEEFTIJD = 5  # art. 9a lid 1 en 4: kind tot vijf jaar
ART_9A_PLAN_MAANDEN = 6  # art. 9a lid 7: plan van aanpak binnen zes maanden


class OntheffingFout(ValueError):
    """Foute invoer; veld zegt welk invoerveld (voor de API en het formulier)."""

    def __init__(self, veld: str, bericht: str):
        super().__init__(bericht)
        self.veld, self.bericht = veld, bericht


def plus_jaren(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 februari
        return d.replace(year=d.year + n, day=28)


def heeft_partner(casus) -> bool:
    return casus is not None and casus.huishouden.partner is not None


def _controleer_persoon(persoon: str, casus) -> None:
    if persoon not in PERSONEN:
        raise OntheffingFout("persoon", "Kies de aanvrager of de partner.")
    if persoon == "partner" and not heeft_partner(casus):
        raise OntheffingFout("persoon", "Deze zaak heeft geen partner. Kies de aanvrager.")


def _controleer_tekst(veld: str, tekst: str) -> str:
    tekst = (tekst or "").strip()
    if len(tekst) < MIN_MOTIVERING:
        raise OntheffingFout(
            veld, f"Schrijf waarom, in minstens {MIN_MOTIVERING} tekens. Die reden staat in het besluit."
        )
    return tekst


def _controleer(
    soort: str,
    verplichtingen: list[str],
    reden: str,
    van: dt.date | None,
    tot: dt.date | None,
    herbeoordeling: dt.date | None,
) -> list[str]:
    if soort not in SOORTEN:
        raise OntheffingFout("soort", "Kies een soort ontheffing: tijdelijk, duurzaam of alleenstaande ouder.")
    if reden not in REDENEN:
        raise OntheffingFout("reden", "Kies een reden uit de lijst.")
    codes = list(dict.fromkeys(verplichtingen or []))
    if not codes:
        raise OntheffingFout("verplichtingen", "Kies minstens één verplichting waarvoor de ontheffing geldt.")
    onbekend = [c for c in codes if c not in VERPLICHTINGEN]
    if onbekend:
        raise OntheffingFout("verplichtingen", f"Deze verplichting ken ik niet: {onbekend[0]}.")
    te_veel = [c for c in codes if c not in MAG[soort]]
    if te_veel:
        if soort == "tijdelijk" and "re_integratie" in te_veel:
            raise OntheffingFout(
                "verplichtingen",
                "Van meedoen aan hulp naar werk (art. 9 lid 1 onder b) kan geen "
                "tijdelijke ontheffing. Artikel 9 lid 2 noemt alleen werk (a) en "
                "de tegenprestatie (c).",
            )
        raise OntheffingFout("verplichtingen", f"Deze soort ontheffing geldt niet voor: {VERPLICHTINGEN[te_veel[0]]}")
    if soort == "alleenstaande_ouder" and "arbeid" not in codes:
        raise OntheffingFout(
            "verplichtingen", "De ontheffing van artikel 9a geldt in elk geval voor werk (art. 9 lid 1 onder a)."
        )
    if van is None:
        raise OntheffingFout("van", "Vul de eerste dag van de ontheffing in.")
    if tot is not None and tot < van:
        raise OntheffingFout("tot", "De laatste dag ligt vóór de eerste dag. Kies een latere datum.")
    if soort == "tijdelijk":
        if tot is None:
            raise OntheffingFout("tot", "Een tijdelijke ontheffing heeft een laatste dag (art. 9 lid 2: tijdelijk).")
        if herbeoordeling is None:
            raise OntheffingFout(
                "herbeoordeling", "Kies een datum waarop u opnieuw kijkt of de ontheffing nog nodig is."
            )
    if soort == "duurzaam" and tot is not None:
        raise OntheffingFout("tot", "Bij volledig en duurzaam arbeidsongeschikt is er geen laatste dag. Laat dit leeg.")
    if herbeoordeling is not None:
        if herbeoordeling < van:
            raise OntheffingFout("herbeoordeling", "De herbeoordeling ligt vóór de eerste dag. Kies een latere datum.")
        if tot is not None and herbeoordeling > tot:
            raise OntheffingFout(
                "herbeoordeling", "De herbeoordeling ligt na de laatste dag. Kies een datum op of vóór de laatste dag."
            )
    return codes


def _jongste_kind(casus) -> dt.date | None:
    kinderen = list(casus.huishouden.kinderen) if casus is not None else []
    return max((k.geboortedatum for k in kinderen), default=None)


def grens_9a(casus, van: dt.date) -> dt.date:
    """Laatste dag van een ontheffing art. 9a: de dag vóór de vijfde verjaardag van het jongste kind, en
    hoogstens vijf jaar (lid 4). Eerder gebruik in een andere gemeente kennen we niet: dat blijft aan de
    klantmanager (lid 4, derde zin)."""
    jongste = _jongste_kind(casus)
    assert jongste is not None
    vijf = plus_jaren(jongste, ART_9A_KIND_LEEFTIJD) - dt.timedelta(days=1)
    return min(vijf, plus_jaren(van, ART_9A_MAX_JAREN) - dt.timedelta(days=1))


def _controleer_9a(
    s: Session, zaak: Zaak, persoon: str, casus, van: dt.date, tot: dt.date | None, eigen_id: int | None = None
) -> dt.date:
    if persoon != "aanvrager" or heeft_partner(casus):
        raise OntheffingFout(
            "soort", "Artikel 9a geldt alleen voor een alleenstaande ouder. Deze zaak heeft een partner."
        )
    jongste = _jongste_kind(casus)
    if jongste is None:
        raise OntheffingFout("soort", "Artikel 9a geldt voor een ouder met een kind. In deze zaak staat geen kind.")
    if plus_jaren(jongste, ART_9A_KIND_LEEFTIJD) <= van:
        raise OntheffingFout(
            "van", "Het jongste kind is op deze datum al 5 jaar of ouder. Artikel 9a geldt dan niet meer."
        )
    eerder = s.scalar(
        select(Ontheffing.id)
        .where(
            Ontheffing.zaak_id == zaak.id, Ontheffing.soort == "alleenstaande_ouder", Ontheffing.id != (eigen_id or 0)
        )
        .limit(1)
    )
    if eerder is not None:
        raise OntheffingFout(
            "soort",
            "Deze ouder had al een ontheffing volgens artikel 9a. Die kan maar één keer "
            "(art. 9a lid 2). Verander de bestaande ontheffing.",
        )
    grens = grens_9a(casus, van)
    if tot is None:
        return grens
    if tot > grens:
        raise OntheffingFout(
            "tot",
            f"De ontheffing kan hoogstens tot en met {grens:%d-%m-%Y}: tot het jongste kind 5 "
            "wordt en niet langer dan 5 jaar (art. 9a lid 4).",
        )
    return tot


def als_json(o: Ontheffing) -> dict:
    return {
        "id": o.id,
        "persoon": o.persoon,
        "soort": o.soort,
        "soortTekst": SOORTEN.get(o.soort, o.soort),
        "verplichtingen": list(o.verplichtingen or []),
        "reden": o.reden,
        "redenTekst": REDENEN.get(o.reden, o.reden),
        "toelichting": o.toelichting or "",
        "van": o.van.isoformat(),
        "tot": o.tot.isoformat() if o.tot else None,
        "herbeoordeling": o.herbeoordeling.isoformat() if o.herbeoordeling else None,
        "status": o.status,
        "grondslag": o.grondslag,
        "motivering": o.motivering,
        "versie": o.versie,
    }


def _stand(o: Ontheffing) -> dict:
    d = als_json(o)
    d.pop("soortTekst"), d.pop("redenTekst")
    return d


def verleen_ontheffing(
    s: Session,
    zaak: Zaak,
    *,
    persoon: str = "aanvrager",
    soort: str,
    verplichtingen: list[str],
    reden: str,
    van: dt.date | None,
    tot: dt.date | None = None,
    herbeoordeling: dt.date | None = None,
    toelichting: str = "",
    motivering: str,
    door: Gebruiker,
    casus=None,
) -> Ontheffing:
    """Een nieuwe ontheffing, met een besluit in het besluitenlog. Geeft de ontheffing (nog niet gecommit)."""
    if casus is None:
        from balans.zaak import repository as R

        casus = R.casus_van(s, zaak)
    _controleer_persoon(persoon, casus)
    codes = _controleer(soort, verplichtingen, reden, van, tot, herbeoordeling)
    if soort == "alleenstaande_ouder":
        tot = _controleer_9a(s, zaak, persoon, casus, van, tot)
    motivering = _controleer_tekst("motivering", motivering)
    grondslag = SOORT_GRONDSLAG[soort]
    o = Ontheffing(
        zaak_id=zaak.id,
        persoon=persoon,
        soort=soort,
        verplichtingen=codes,
        reden=reden,
        toelichting=(toelichting or "").strip(),
        van=van,
        tot=tot,
        herbeoordeling=herbeoordeling,
        status="actief",
        grondslag=grondslag,
        motivering=motivering,
        auteur_id=door.id,
        tijdstip=nu(),
        versie=1,
    )
    s.add(o)
    s.flush()
    besluiten.leg_vast(
        s,
        zaak_id=zaak.id,
        onderwerp="ontheffing",
        onderwerp_id=o.id,
        handeling="verleend",
        grondslag=grondslag,
        motivering=motivering,
        auteur=door,
        gegevens=_stand(o),
    )
    return o


def _verhoog(s: Session, o: Ontheffing, versie: int, **waarden) -> None:
    verhoog_versie(s, Ontheffing, o, versie, wat="De ontheffing", **waarden)


def wijzig_ontheffing(
    s: Session,
    o: Ontheffing,
    *,
    versie: int,
    door: Gebruiker,
    motivering: str,
    tot: dt.date | None = None,
    herbeoordeling: dt.date | None = None,
    verplichtingen: list[str] | None = None,
    reden: str | None = None,
    toelichting: str | None = None,
    casus=None,
) -> Ontheffing:
    """Verlengen of aanpassen. Een latere laatste dag heet 'verlengd', anders 'gewijzigd'."""
    if o.status != "actief":
        raise OntheffingFout("status", "Deze ontheffing is ingetrokken of afgelopen. Verleen een nieuwe.")
    nieuw_tot = o.tot if tot is None else tot
    nieuw_her = o.herbeoordeling if herbeoordeling is None else herbeoordeling
    codes = _controleer(
        o.soort,
        verplichtingen if verplichtingen is not None else list(o.verplichtingen),
        reden or o.reden,
        o.van,
        nieuw_tot,
        nieuw_her,
    )
    if o.soort == "alleenstaande_ouder":
        if casus is None:
            from balans.zaak import repository as R

            casus = R.casus_van(s, s.get(Zaak, o.zaak_id))
        nieuw_tot = _controleer_9a(s, s.get(Zaak, o.zaak_id), o.persoon, casus, o.van, nieuw_tot, eigen_id=o.id)
    motivering = _controleer_tekst("motivering", motivering)
    handeling = "verlengd" if (o.tot is not None and nieuw_tot is not None and nieuw_tot > o.tot) else "gewijzigd"
    _verhoog(
        s,
        o,
        versie,
        tot=nieuw_tot,
        herbeoordeling=nieuw_her,
        verplichtingen=codes,
        reden=reden or o.reden,
        toelichting=o.toelichting if toelichting is None else toelichting.strip(),
    )
    besluiten.leg_vast(
        s,
        zaak_id=o.zaak_id,
        onderwerp="ontheffing",
        onderwerp_id=o.id,
        handeling=handeling,
        grondslag=o.grondslag,
        motivering=motivering,
        auteur=door,
        gegevens=_stand(o),
    )
    return o


def trek_in(
    s: Session, o: Ontheffing, *, versie: int, door: Gebruiker, motivering: str, per: dt.date | None
) -> Ontheffing:
    """Intrekken met ingang van 'per': vanaf die dag gelden de verplichtingen weer. De ontheffing blijft bestaan."""
    if o.status != "actief":
        raise OntheffingFout("status", "Deze ontheffing is al ingetrokken of afgelopen.")
    if per is None:
        raise OntheffingFout("per", "Vul de datum in vanaf wanneer de verplichtingen weer gelden.")
    if per < o.van:
        raise OntheffingFout("per", "Deze datum ligt vóór het begin van de ontheffing. Kies de eerste dag of later.")
    if o.tot is not None and per > o.tot:
        raise OntheffingFout("per", "Deze datum ligt na het einde van de ontheffing. Intrekken is dan niet nodig.")
    motivering = _controleer_tekst("motivering", motivering)
    grondslag = o.grondslag + (" en lid 5 onder d" if o.soort == "alleenstaande_ouder" else "")
    _verhoog(s, o, versie, status="ingetrokken", tot=per - dt.timedelta(days=1))
    besluiten.leg_vast(
        s,
        zaak_id=o.zaak_id,
        onderwerp="ontheffing",
        onderwerp_id=o.id,
        handeling="ingetrokken",
        grondslag=grondslag,
        motivering=motivering,
        auteur=door,
        gegevens=_stand(o),
    )
    return o


def van_zaak(s: Session, zaak_id: str) -> list[Ontheffing]:
    return list(
        s.scalars(
            select(Ontheffing)
            .where(Ontheffing.zaak_id == zaak_id)
            .order_by(Ontheffing.van.desc(), Ontheffing.id.desc())
        )
    )


def haal(s: Session, zaak_id: str, ontheffing_id: int) -> Ontheffing | None:
    o = s.get(Ontheffing, ontheffing_id)
    return o if o is not None and o.zaak_id == zaak_id else None


def geldt_op(o: Ontheffing, op: dt.date) -> bool:
    # Een ingetrokken ontheffing heeft als laatste dag de dag vóór de intrekking; daarvóór gold ze wel.
    return o.status in ("actief", "ingetrokken", "afgelopen") and o.van <= op and (o.tot is None or op <= o.tot)


def geldende_ontheffingen(s: Session, zaak_id: str, op: dt.date) -> list[Ontheffing]:
    return [o for o in van_zaak(s, zaak_id) if geldt_op(o, op)]


@dataclass(frozen=True)
class Plicht:
    code: str
    tekst: str  # B1
    grondslag: str
    geldt: bool
    waarom: str  # B1: waarom wel of niet
    ontheffing_id: int | None = None


def plichten(s: Session, zaak: Zaak, persoon: str, op: dt.date, casus=None) -> list[Plicht]:
    """De verplichtingen van art. 9 lid 1 voor één persoon op één dag, met de ontheffingen erin verwerkt."""
    if casus is None:
        from balans.zaak import repository as R

        casus = R.casus_van(s, zaak)
    p = casus.huishouden.partner if persoon == "partner" else casus.huishouden.aanvrager
    uit = []
    jong = p is not None and plus_jaren(p.geboortedatum, 18) > op
    geldend = [o for o in geldende_ontheffingen(s, zaak.id, op) if o.persoon == persoon]
    for code, tekst in VERPLICHTINGEN.items():
        grond = VERPLICHTING_GRONDSLAG[code]
        if jong:
            uit.append(
                Plicht(
                    code, tekst, grond, False, "Jonger dan 18 jaar: de verplichtingen gelden nog niet (art. 9 lid 1)."
                )
            )
            continue
        o = next((o for o in geldend if code in (o.verplichtingen or [])), None)
        if o is None:
            uit.append(Plicht(code, tekst, grond, True, "Deze verplichting geldt."))
        else:
            tot = f" tot en met {o.tot:%d-%m-%Y}" if o.tot else ""
            uit.append(Plicht(code, tekst, grond, False, f"{SOORTEN[o.soort]}{tot} ({o.grondslag}).", o.id))
    return uit


def let_op(casus, persoon: str, op: dt.date) -> list[str]:
    """Wat de wet extra vraagt, als zin voor de klantmanager (B1)."""
    uit = []
    if persoon == "aanvrager" and not heeft_partner(casus) and casus.huishouden.kinderen:
        jongste = _jongste_kind(casus)
        if jongste is not None and plus_jaren(jongste, 12) > op:
            uit.append(
                "Alleenstaande ouder met een kind jonger dan 12: werk aannemen is pas verplicht als er passende "
                "kinderopvang is, genoeg scholing en de ouder het aankan (art. 9 lid 4)."
            )
        if jongste is not None and plus_jaren(jongste, ART_9A_KIND_LEEFTIJD) > op:
            uit.append("Het jongste kind is jonger dan 5. De ouder kan ontheffing van werk vragen (art. 9a lid 1).")
    return uit


# --- eigen activiteiten: wat telt als arbeid ------------------------------------------------------

GEEN_ARBEID = {
    "mantelzorg": "Onbetaalde mantelzorg is geen 'op loon te waarderen arbeid' (Pw art. 33 lid 6, sinds 1 januari "
    "2026). De gemeente telt er dus geen inkomsten voor en verlaagt de bijstand er niet om.",
    "vrijwilligerswerk": "Vrijwilligerswerk is onbetaald en geen dienstbetrekking: het is een activiteit om mee te doen, "
    "geen werk met loon.",
}


def telt_als_arbeid(instrument) -> bool:
    """Is dit instrument werk in loondienst (dat als arbeid meetelt)? Mantelzorg nooit: Pw art. 33 lid 6 zegt
    dat onbetaalde mantelzorg niet als op loon te waarderen arbeid geldt, wat de catalogus ook zegt.

    `instrument` is een code of een catalogus.Instrument."""
    code = instrument if isinstance(instrument, str) else instrument.code
    if code in GEEN_ARBEID:
        return False
    if isinstance(instrument, str):
        from balans.participatie.catalogus import catalogus

        gevonden = catalogus().get(code)
        return bool(gevonden and gevonden.arbeid)
    return bool(getattr(instrument, "arbeid", False))
