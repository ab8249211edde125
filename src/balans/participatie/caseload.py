# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Caseload van een klantmanager: hoeveel lopende zaken (tegen de norm) en wat per zaak aandacht vraagt.

Norm: 40-50 zaken per klantmanager (Settings caseload_min/caseload_max; VNG Magazine 24 januari 2025,
Divosa: "begeleiding van veertig tot vijftig mensen lijkt optimaal"). Geen wettelijke norm.

Per zaak een signaal met een datum en een reden in B1:
- ontheffing: herbeoordeling binnen 30 dagen of te laat; ontheffing loopt binnen 30 dagen af (Pw art. 9 lid 2, 9a);
- plan van aanpak: evaluatie binnen 30 dagen of te laat (Pw art. 44a lid 2: "evalueert periodiek");
- activiteit: evaluatie binnen 30 dagen of te laat;
- participatieplaats: beoordeling na negen maanden (Pw art. 10a lid 8) en het einde van de twee jaar
  (art. 10a lid 1; verlengen kan alleen na een beoordeling vóór afloop, lid 9), binnen 90 dagen;
- maatregel: een signaal dat na 14 dagen nog niet is gehoord (Awb art. 4:8 horen; de 14 dagen is een
  werkafspraak, geen wettelijke termijn);
- bijverdienvrijlating: nog twee maanden of minder van de twaalf (Pw art. 34a lid 1 onder a);
- bufferbudget dit jaar ingezet (Pw art. 34b) en een openstaande vordering (Pw art. 58), uit de maandstaat.

De laatste drie vragen de regelkern en de maandstaat. Dat doen we alleen voor zaken met inkomen uit
werk (anders is de teller 0 en is er geen verrekening), en we bewaren de uitkomst per zaak en versie.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.geld import als_euro
from balans.kalender import plus_maanden
from balans.zaak.schema import Activiteit, Feit, Gebruiker, MaatregelZaak, Ontheffing, Plan, Zaak, lopend
from balans.zaak.versie import PerVersie

TERMIJN_DAGEN = 30
TERMIJN_PARTICIPATIEPLAATS = 90
HOREN_BINNEN_DAGEN = 14
VRIJLATING_SIGNAAL = 2  # maanden over van de twaalf
PARTICIPATIEPLAATS_MAANDEN = 24  # Pw art. 10a lid 1: maximaal twee jaar
PARTICIPATIEPLAATS_BEOORDELING = 9  # Pw art. 10a lid 8: na negen maanden beoordelen


@dataclass
class Aandacht:
    zaak_id: str
    naam: str
    datum: dt.date
    soort: (
        str  # ontheffing | plan | activiteit | participatieplaats | maatregel | vrijlating | bufferbudget | vordering
    )
    reden: str  # B1
    grondslag: str
    te_laat: bool = False

    def als_dict(self) -> dict:
        d = asdict(self)
        d["datum"] = self.datum.isoformat()
        return d


@dataclass
class Caseload:
    klantmanager: str
    actief: int
    norm_min: int
    norm_max: int
    aandacht: list[Aandacht] = field(default_factory=list)
    zaken: list[tuple[str, str]] = field(default_factory=list)  # (id, naam) van de lopende zaken

    @property
    def boven_norm(self) -> bool:
        return self.actief > self.norm_max

    @property
    def onder_norm(self) -> bool:
        return self.actief < self.norm_min

    @property
    def norm_tekst(self) -> str:
        if self.boven_norm:
            return (
                f"U hebt {self.actief} lopende zaken. Dat is meer dan de norm van {self.norm_min} tot "
                f"{self.norm_max}. Bespreek met uw teamleider welke zaken iemand anders kan doen."
            )
        if self.onder_norm:
            return f"U hebt {self.actief} lopende zaken. De norm is {self.norm_min} tot {self.norm_max}."
        return f"U hebt {self.actief} lopende zaken. Dat past binnen de norm van {self.norm_min} tot {self.norm_max}."


def _d(d: dt.date) -> str:
    from balans.uitvoer import datum_mens

    return datum_mens(d)


def _termijn(datum: dt.date, vandaag: dt.date, dagen: int = TERMIJN_DAGEN) -> bool:
    return datum <= vandaag + dt.timedelta(days=dagen)


# --- goedkoop: alleen kolommen ------------------------------------------------------------------


def _ontheffingen(rijen: list[Ontheffing], namen: dict[str, str], vandaag: dt.date) -> list[Aandacht]:
    uit = []
    for o in rijen:
        if o.status != "actief":
            continue
        grondslag = "Pw art. 9a lid 4" if o.soort == "alleenstaande_ouder" else "Pw art. 9 lid 2"
        if o.herbeoordeling and _termijn(o.herbeoordeling, vandaag):
            te_laat = o.herbeoordeling < vandaag
            reden = (
                f"De herbeoordeling van de ontheffing had op {_d(o.herbeoordeling)} moeten zijn. Plan die nu."
                if te_laat
                else f"Beoordeel vóór {_d(o.herbeoordeling)} of de ontheffing nog nodig is."
            )
            uit.append(Aandacht(o.zaak_id, namen[o.zaak_id], o.herbeoordeling, "ontheffing", reden, grondslag, te_laat))
        if o.tot and vandaag <= o.tot and _termijn(o.tot, vandaag):
            uit.append(
                Aandacht(
                    o.zaak_id,
                    namen[o.zaak_id],
                    o.tot,
                    "ontheffing",
                    f"De ontheffing loopt af op {_d(o.tot)}. Bespreek wat daarna komt.",
                    grondslag,
                )
            )
        elif o.tot and o.tot < vandaag:
            uit.append(
                Aandacht(
                    o.zaak_id,
                    namen[o.zaak_id],
                    o.tot,
                    "ontheffing",
                    f"De ontheffing is op {_d(o.tot)} afgelopen, maar staat nog op actief. Leg vast wat er nu geldt.",
                    grondslag,
                    True,
                )
            )
    return uit


def _plannen(rijen: list[Plan], namen: dict[str, str], vandaag: dt.date) -> list[Aandacht]:
    uit = []
    for p in rijen:
        if p.status == "afgesloten" or p.evaluatie is None or not _termijn(p.evaluatie, vandaag):
            continue
        te_laat = p.evaluatie < vandaag
        reden = (
            f"De evaluatie van het plan van aanpak was gepland op {_d(p.evaluatie)}. Plan een gesprek."
            if te_laat
            else f"Evalueer het plan van aanpak samen, vóór {_d(p.evaluatie)}."
        )
        uit.append(Aandacht(p.zaak_id, namen[p.zaak_id], p.evaluatie, "plan", reden, "Pw art. 44a lid 2", te_laat))
    return uit


def _activiteiten(
    rijen: list[Activiteit], namen: dict[str, str], vandaag: dt.date, instrumenten: dict[str, str]
) -> list[Aandacht]:
    uit = []
    for a in rijen:
        if a.status not in ("gepland", "lopend"):
            continue
        naam = instrumenten.get(a.instrument, a.instrument.replace("_", " "))
        if a.evaluatie and _termijn(a.evaluatie, vandaag):
            te_laat = a.evaluatie < vandaag
            reden = (
                f"De evaluatie van '{naam}' was gepland op {_d(a.evaluatie)}."
                if te_laat
                else f"Evalueer '{naam}' vóór {_d(a.evaluatie)}."
            )
            uit.append(
                Aandacht(a.zaak_id, namen[a.zaak_id], a.evaluatie, "activiteit", reden, "Pw art. 44a lid 2", te_laat)
            )
        if a.instrument == "participatieplaats" and a.status == "lopend":
            uit += _participatieplaats(a, namen[a.zaak_id], vandaag)
    return uit


def _participatieplaats(a: Activiteit, naam: str, vandaag: dt.date) -> list[Aandacht]:
    uit = []
    negen = plus_maanden(a.van, PARTICIPATIEPLAATS_BEOORDELING)
    if vandaag - dt.timedelta(days=TERMIJN_DAGEN) <= negen and _termijn(negen, vandaag):
        uit.append(
            Aandacht(
                a.zaak_id,
                naam,
                negen,
                "participatieplaats",
                f"De participatieplaats loopt op {_d(negen)} negen maanden. Beoordeel of die de kans op "
                "werk groter maakt. Zo niet, dan stopt die na twaalf maanden.",
                "Pw art. 10a lid 8",
            )
        )
    grens = plus_maanden(a.van, PARTICIPATIEPLAATS_MAANDEN)
    if a.tot is not None and a.tot > grens:
        return uit  # verlengd (art. 10a lid 9): de nieuwe einddatum staat in 'tot'
    if _termijn(grens, vandaag, TERMIJN_PARTICIPATIEPLAATS):
        te_laat = grens < vandaag
        reden = (
            f"De participatieplaats duurt langer dan twee jaar (sinds {_d(grens)}). Dat mag alleen na een "
            "beoordeling en met ander werk op een andere plek."
            if te_laat
            else f"De participatieplaats bereikt op {_d(grens)} de grens van twee jaar. Beoordeel vóór die datum of "
            "een jaar langer helpt (ander werk, andere plek)."
        )
        uit.append(Aandacht(a.zaak_id, naam, grens, "participatieplaats", reden, "Pw art. 10a lid 1 en 9", te_laat))
    return uit


def _maatregelen(rijen: list[MaatregelZaak], namen: dict[str, str], vandaag: dt.date) -> list[Aandacht]:
    uit = []
    for m in rijen:
        if m.status != "signaal":
            continue
        uiterlijk = m.signaal_datum + dt.timedelta(days=HOREN_BINNEN_DAGEN)
        if uiterlijk < vandaag:
            uit.append(
                Aandacht(
                    m.zaak_id,
                    namen[m.zaak_id],
                    uiterlijk,
                    "maatregel",
                    f"Er is op {_d(m.signaal_datum)} een signaal vastgelegd, maar de persoon is nog niet "
                    "gehoord. Nodig hem of haar uit voor een gesprek.",
                    "Pw art. 18 lid 2; Awb art. 4:8",
                    True,
                )
            )
    return uit


# --- duur: regelkern en maandstaat, alleen bij inkomen uit werk, bewaard per zaak en versie ----

_DUUR = PerVersie(2000)


def _met_werk(s: Session, zaak_ids: list[str]) -> set[str]:
    """Zaken met (ooit) inkomen uit werk: een maand met 'arbeid', een loonstrook of een verwachting."""
    if not zaak_ids:
        return set()
    uit = set()
    q = select(Feit.zaak_id, Feit.sleutel, Feit.waarde).where(Feit.zaak_id.in_(zaak_ids))
    for zaak_id, sleutel, waarde in s.execute(q):
        if zaak_id in uit or waarde is None:
            continue
        if sleutel.startswith(("loonstrook/", "verwachting")):
            uit.add(zaak_id)
        elif sleutel.startswith("maand/") and any(i.get("soort") == "arbeid" for i in (waarde.get("inkomsten") or [])):
            uit.add(zaak_id)
    return uit


def teller_34a(casus, tot_en_met: dt.date) -> tuple[int, dt.date, int, dt.date | None] | None:
    """(gebruikt, maand, maximum, vol_sinds): de maanden art. 34a lid 1 onder a van de aanvrager na de laatste
    maand <= tot_en_met, en de maand waarin de twaalf vol raakten (None: nog niet in deze periode).

    Zelfde lus als rekenen.casus.bereken, maar we houden de toestand vast (die staat niet in het resultaat)."""
    from balans.rekenen.casus import begintoestand, loon_per_maand, maandinvoeren
    from balans.wet.context import Ctx, Scalair
    from balans.rekenen.maand import bereken_maand
    from balans.wet.parameters import ParameterBoom

    boom = ParameterBoom.voor(casus.regime or "wet", casus.gemeente)
    st = begintoestand(casus)
    laatste, vol_sinds = None, None
    for m, inv in maandinvoeren(casus, loon_per_maand(casus, boom)):
        if m > tot_en_met:
            break
        p = boom.op(m)
        voor = int(st.b34a_a)
        _, st = bereken_maand(Ctx(Scalair, m, p, False), inv, st)
        maximum = int(p.art34a.a_maanden or 0) if p.art34a.van_toepassing else 0
        if maximum and voor < maximum <= int(st.b34a_a):
            vol_sinds = m
        laatste = (int(st.b34a_a), m, maximum)
    if laatste is None or not laatste[2]:
        return None
    return laatste[0], laatste[1], laatste[2], vol_sinds


def _duur(s: Session, z: Zaak, vandaag: dt.date) -> list[tuple]:
    from balans.zaak.tijdlijn import tijdlijn

    t = tijdlijn(s, z)
    casus = t.casus
    uit: list[tuple] = []
    t = teller_34a(casus, vandaag)
    if t is not None:
        gebruikt, maand, maximum, vol_sinds = t
        over = maximum - gebruikt
        # 'op' alleen melden als het deze of vorige maand gebeurde; anders staat het er elke maand weer
        net_op = over > 0 or (vol_sinds is not None and vol_sinds >= plus_maanden(maand, -1))
        if 0 < gebruikt and over <= VRIJLATING_SIGNAAL and net_op:
            # de laatste maand met vrijlating: nog 'over' maanden na deze, of de maand waarin de twaalf vol raakten
            laatste = plus_maanden(dt.date(maand.year, maand.month, 1), over) if over > 0 else vol_sinds
            einde = plus_maanden(laatste, 1) - dt.timedelta(days=1)
            reden = (
                f"De bijverdienvrijlating is op: de {maximum} maanden zijn gebruikt. Verlengen kan als meer uren "
                "werken niet lukt (art. 34a lid 2)."
                if over <= 0
                else f"Nog {over} {'maand' if over == 1 else 'maanden'} bijverdienvrijlating, tot en met "
                f"{_d(einde)}. Bespreek wat daarna gebeurt."
            )
            uit.append(("vrijlating", einde, reden, "Pw art. 34a lid 1 onder a", over <= 0))
    try:
        g = t.grootboek()
        staat = g.staat(g.methode_standaard())
    except Exception:  # een onvolledige casus mag de caseload niet breken; de zaakpagina toont de fout
        return uit
    gehad = [b for b in staat.betalingen if b.datum <= vandaag]
    buffer = sum(r.bedrag for b in gehad if b.datum.year == vandaag.year for r in b.regels if r.soort == "bufferbudget")
    if buffer > 0:
        datum = max(b.datum for b in gehad if any(r.soort == "bufferbudget" for r in b.regels))
        uit.append(
            (
                "bufferbudget",
                datum,
                f"Dit jaar is {als_euro(buffer)} uit het bufferbudget betaald. Kijk of het "
                "inkomen stabieler kan, bijvoorbeeld met een andere verrekenmethode.",
                "Pw art. 34b",
                False,
            )
        )
    if gehad and gehad[-1].vordering > 0:
        uit.append(
            (
                "vordering",
                gehad[-1].datum,
                f"Er staat {als_euro(gehad[-1].vordering)} open aan te veel "
                "betaalde bijstand. Controleer of de aflossing loopt.",
                "Pw art. 58 lid 2 en art. 60 lid 3",
                False,
            )
        )
    return uit


def _duur_gecachet(s: Session, z: Zaak, vandaag: dt.date) -> list[tuple]:
    return _DUUR.haal((z.id, z.versie, vandaag), lambda: _duur(s, z, vandaag))


# --- samen ----------------------------------------------------------------------------------------


def _instrumentnamen(extra=None) -> dict[str, str]:
    try:
        from balans.participatie.catalogus import catalogus

        return {k: i.naam for k, i in catalogus(extra).items()}
    except Exception:  # de catalogus is van een ander onderdeel; zonder valt de code terug op leesbare tekst
        return {}


def caseload(
    s: Session,
    km: Gebruiker,
    *,
    norm_min: int = 40,
    norm_max: int = 50,
    vandaag: dt.date | None = None,
    rekenen: bool = True,
    catalogus_extra=None,
) -> Caseload:
    """De caseload van één klantmanager: alleen zijn eigen lopende zaken."""
    vandaag = vandaag or dt.date.today()
    zaken = [
        z
        for z in s.scalars(select(Zaak).where(Zaak.klantmanager_id == km.id).order_by(Zaak.naam, Zaak.id))
        if lopend(z, vandaag)
    ]
    namen = {z.id: z.naam for z in zaken}
    ids = list(namen)
    cl = Caseload(km.naam, len(zaken), norm_min, norm_max, zaken=[(z.id, z.naam) for z in zaken])
    if not ids:
        return cl
    aandacht: list[Aandacht] = []
    aandacht += _ontheffingen(list(s.scalars(select(Ontheffing).where(Ontheffing.zaak_id.in_(ids)))), namen, vandaag)
    aandacht += _plannen(list(s.scalars(select(Plan).where(Plan.zaak_id.in_(ids)))), namen, vandaag)
    aandacht += _activiteiten(
        list(s.scalars(select(Activiteit).where(Activiteit.zaak_id.in_(ids)))),
        namen,
        vandaag,
        _instrumentnamen(catalogus_extra),
    )
    aandacht += _maatregelen(
        list(s.scalars(select(MaatregelZaak).where(MaatregelZaak.zaak_id.in_(ids)))), namen, vandaag
    )
    if rekenen:
        werk = _met_werk(s, ids)
        for z in zaken:
            if z.id in werk:
                for soort, datum, reden, grondslag, te_laat in _duur_gecachet(s, z, vandaag):
                    aandacht.append(Aandacht(z.id, z.naam, datum, soort, reden, grondslag, te_laat))
    aandacht.sort(key=lambda a: (not a.te_laat, a.datum, a.naam, a.zaak_id))
    cl.aandacht = aandacht
    return cl


def als_json(cl: Caseload) -> dict:
    return {
        "klantmanager": cl.klantmanager,
        "actief": cl.actief,
        "norm": {"minimum": cl.norm_min, "maximum": cl.norm_max, "bron": "VNG Magazine 24-01-2025 (Divosa)"},
        "bovenNorm": cl.boven_norm,
        "toelichting": cl.norm_tekst,
        "aandacht": [
            {
                **{k: v for k, v in a.als_dict().items() if k not in ("zaak_id", "te_laat")},
                "zaakId": a.zaak_id,
                "teLaat": a.te_laat,
                "_links": {"zaak": {"href": f"/v1/zaken/{a.zaak_id}"}},
            }
            for a in cl.aandacht
        ],
    }
