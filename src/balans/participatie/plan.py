# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Plan van aanpak (Pw art. 44a, tekst 2026-07-01) en activiteiten uit de catalogus.

Art. 44a lid 1: het plan bevat (a) zo nodig de uitwerking van de ondersteuning en (b) de verplichtingen
gericht op arbeidsinschakeling en de gevolgen als iemand die niet nakomt. Lid 2: het college begeleidt,
evalueert periodiek samen met de persoon en stelt zo nodig bij. Art. 44 lid 4: bij 18 tot 27 jaar hoort
het plan als bijlage bij de toekenning. Art. 9a lid 7: bij een ontheffing voor een alleenstaande ouder
binnen zes maanden. Een termijn voor andere plannen noemt de wet niet.

Stappen: concept (maken, aanpassen, activiteiten toevoegen) -> vastgesteld (besluit) -> geëvalueerd
(besluit, volgende evaluatie) -> afgesloten (besluit). Een activiteit zonder plan is eigen initiatief.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.kalender import plus_maanden
from balans.participatie.catalogus import Instrument, catalogus
from balans.participatie.plicht import PERSONEN, heeft_partner, telt_als_arbeid
from balans.zaak import besluiten
from balans.zaak.besluiten import MIN_MOTIVERING
from balans.zaak.schema import Activiteit, Gebruiker, Plan, Zaak, nu
from balans.zaak.versie import VersieConflict, verhoog_versie  # noqa: F401 (VersieConflict: ook via deze module)

GRONDSLAG = "Pw art. 44a"
GEVOLGEN = (
    "Komt u een afspraak uit dit plan niet na, zonder goede reden? Dan kan de gemeente uw bijstand een "
    "tijd verlagen. Dat heet een maatregel. Eerst vraagt de gemeente wat er is gebeurd. "
    "(Pw art. 44a lid 1 onder b, art. 18 lid 2 en de verordening.)"
)
STATUSSEN = {"concept": "Concept: nog niet vastgesteld", "vastgesteld": "Vastgesteld", "afgesloten": "Afgesloten"}
ACTIVITEIT_STATUSSEN = {"gepland": "Gepland", "lopend": "Loopt", "afgerond": "Afgerond", "gestopt": "Gestopt"}
EIGEN_GRONDSLAG = "Pw art. 9 lid 1; eigen initiatief (Programmaplan Participatiewet in balans, maatregel 8)"
MAX_UREN = 60


class PlanFout(ValueError):
    def __init__(self, veld: str, bericht: str):
        super().__init__(bericht)
        self.veld, self.bericht = veld, bericht


def laatste_dag(van: dt.date, maanden: int) -> dt.date:
    """De laatste dag van een periode van 'maanden' maanden vanaf 'van' (1-1 + 24 maanden: 31-12 een jaar later)."""
    return plus_maanden(van, maanden) - dt.timedelta(days=1)


def _motivering(veld: str, tekst: str | None) -> str:
    tekst = (tekst or "").strip()
    if len(tekst) < MIN_MOTIVERING:
        raise PlanFout(veld, f"Schrijf waarom, in minstens {MIN_MOTIVERING} tekens. Die reden staat in het besluit.")
    return tekst


def _persoon(persoon: str, casus) -> None:
    if persoon not in PERSONEN:
        raise PlanFout("persoon", "Kies de aanvrager of de partner.")
    if persoon == "partner" and not heeft_partner(casus):
        raise PlanFout("persoon", "Deze zaak heeft geen partner. Kies de aanvrager.")


def _casus(s: Session, zaak: Zaak, casus):
    if casus is not None:
        return casus
    from balans.zaak import repository as R

    return R.casus_van(s, zaak)


def _doelen(doelen) -> list[str]:
    if isinstance(doelen, str):
        doelen = doelen.splitlines()
    uit = [" ".join(str(d).split()) for d in (doelen or []) if str(d).strip()]
    if len(uit) > 20:
        raise PlanFout("doelen", "Schrijf hoogstens 20 doelen.")
    if any(len(d) > 500 for d in uit):
        raise PlanFout("doelen", "Een doel is hoogstens 500 tekens. Maak het korter.")
    return uit


def _verhoog(s: Session, model, obj, versie: int, **waarden) -> None:
    verhoog_versie(s, model, obj, versie, wat="Het plan" if model is Plan else "De activiteit", **waarden)


# --- plannen ----------------------------------------------------------------------------------------


def maak_plan(
    s: Session,
    zaak: Zaak,
    *,
    persoon: str = "aanvrager",
    doelen,
    afspraken: str = "",
    van: dt.date | None,
    evaluatie: dt.date | None = None,
    door: Gebruiker,
    casus=None,
) -> Plan:
    """Een concept-plan. Nog geen besluit: dat komt bij vaststellen."""
    _persoon(persoon, _casus(s, zaak, casus))
    if van is None:
        raise PlanFout("van", "Vul de datum in waarop het plan begint.")
    if evaluatie is not None and evaluatie < van:
        raise PlanFout("evaluatie", "De evaluatie ligt vóór het begin van het plan. Kies een latere datum.")
    p = Plan(
        zaak_id=zaak.id,
        persoon=persoon,
        doelen=_doelen(doelen),
        afspraken=(afspraken or "").strip(),
        status="concept",
        van=van,
        evaluatie=evaluatie,
        grondslag=GRONDSLAG,
        auteur_id=door.id,
        tijdstip=nu(),
        bijgewerkt=nu(),
        versie=1,
    )
    s.add(p)
    s.flush()
    return p


def wijzig_plan(
    s: Session,
    p: Plan,
    *,
    versie: int,
    door: Gebruiker,
    doelen=None,
    afspraken: str | None = None,
    evaluatie: dt.date | None = None,
    motivering: str | None = None,
) -> Plan:
    """Een concept aanpassen; een vastgesteld plan bijstellen (art. 44a lid 2) kan alleen met een motivering."""
    if p.status == "afgesloten":
        raise PlanFout("status", "Dit plan is afgesloten. Maak een nieuw plan.")
    nieuw_doelen = p.doelen if doelen is None else _doelen(doelen)
    nieuw_afspraken = p.afspraken if afspraken is None else afspraken.strip()
    nieuw_eval = p.evaluatie if evaluatie is None else evaluatie
    if nieuw_eval is not None and nieuw_eval < p.van:
        raise PlanFout("evaluatie", "De evaluatie ligt vóór het begin van het plan. Kies een latere datum.")
    if p.status == "vastgesteld":
        motivering = _motivering("motivering", motivering)
        _controleer_vaststelling(nieuw_doelen, nieuw_afspraken, nieuw_eval, p.van)
    _verhoog(s, Plan, p, versie, doelen=nieuw_doelen, afspraken=nieuw_afspraken, evaluatie=nieuw_eval, bijgewerkt=nu())
    if p.status == "vastgesteld":
        besluiten.leg_vast(
            s,
            zaak_id=p.zaak_id,
            onderwerp="plan",
            onderwerp_id=p.id,
            handeling="bijgesteld",
            grondslag="Pw art. 44a lid 2",
            motivering=motivering,
            auteur=door,
            gegevens=stand(s, p),
        )
    return p


def _controleer_vaststelling(doelen, afspraken, evaluatie, van) -> None:
    if not doelen:
        raise PlanFout("doelen", "Schrijf minstens één doel: waar werkt de persoon naartoe?")
    if len((afspraken or "").strip()) < MIN_MOTIVERING:
        raise PlanFout(
            "afspraken", "Schrijf de afspraken en verplichtingen op, in minstens 20 tekens (Pw art. 44a lid 1 onder b)."
        )
    if evaluatie is None:
        raise PlanFout("evaluatie", "Kies een datum om het plan samen te evalueren (Pw art. 44a lid 2).")
    if evaluatie < van:
        raise PlanFout("evaluatie", "De evaluatie ligt vóór het begin van het plan. Kies een latere datum.")


def vaststellen(s: Session, p: Plan, *, versie: int, door: Gebruiker, motivering: str) -> Plan:
    if p.status != "concept":
        raise PlanFout("status", "Alleen een concept kan worden vastgesteld. Dit plan is al vastgesteld of afgesloten.")
    _controleer_vaststelling(p.doelen, p.afspraken, p.evaluatie, p.van)
    motivering = _motivering("motivering", motivering)
    _verhoog(s, Plan, p, versie, status="vastgesteld", bijgewerkt=nu())
    besluiten.leg_vast(
        s,
        zaak_id=p.zaak_id,
        onderwerp="plan",
        onderwerp_id=p.id,
        handeling="vastgesteld",
        grondslag="Pw art. 44a lid 1",
        motivering=motivering,
        auteur=door,
        gegevens=stand(s, p),
    )
    return p


def evalueer(
    s: Session,
    p: Plan,
    *,
    versie: int,
    door: Gebruiker,
    motivering: str,
    volgende: dt.date | None,
    vandaag: dt.date | None = None,
) -> Plan:
    """Samen terugkijken (art. 44a lid 2): wat ging goed, wat moet anders, wanneer kijken we weer."""
    if p.status != "vastgesteld":
        raise PlanFout("status", "Alleen een vastgesteld plan kan worden geëvalueerd.")
    motivering = _motivering("motivering", motivering)
    vandaag = vandaag or dt.date.today()
    if volgende is None:
        raise PlanFout("volgende", "Kies de datum van de volgende evaluatie (art. 44a lid 2: periodiek).")
    if volgende <= vandaag:
        raise PlanFout("volgende", "De volgende evaluatie moet na vandaag zijn. Kies een latere datum.")
    _verhoog(s, Plan, p, versie, evaluatie=volgende, bijgewerkt=nu())
    besluiten.leg_vast(
        s,
        zaak_id=p.zaak_id,
        onderwerp="plan",
        onderwerp_id=p.id,
        handeling="geevalueerd",
        grondslag="Pw art. 44a lid 2",
        motivering=motivering,
        auteur=door,
        gegevens=stand(s, p),
    )
    return p


def sluit(s: Session, p: Plan, *, versie: int, door: Gebruiker, motivering: str) -> Plan:
    if p.status == "afgesloten":
        raise PlanFout("status", "Dit plan is al afgesloten.")
    motivering = _motivering("motivering", motivering)
    _verhoog(s, Plan, p, versie, status="afgesloten", bijgewerkt=nu())
    besluiten.leg_vast(
        s,
        zaak_id=p.zaak_id,
        onderwerp="plan",
        onderwerp_id=p.id,
        handeling="afgesloten",
        grondslag="Pw art. 44a lid 2",
        motivering=motivering,
        auteur=door,
        gegevens=stand(s, p),
    )
    return p


# --- activiteiten -----------------------------------------------------------------------------------


def _controleer_activiteit(ins: Instrument | None, code: str, van, tot, evaluatie, uren, loonwaarde_bp) -> None:
    if ins is None:
        raise PlanFout("instrument", f"Dit instrument staat niet in de catalogus: '{code}'. Kies er een uit de lijst.")
    if van is None:
        raise PlanFout("van", "Vul de eerste dag van de activiteit in.")
    if tot is not None and tot < van:
        raise PlanFout("tot", "De laatste dag ligt vóór de eerste dag. Kies een latere datum.")
    if evaluatie is not None and evaluatie < van:
        raise PlanFout("evaluatie", "De evaluatie ligt vóór de eerste dag. Kies een latere datum.")
    if uren is not None and (isinstance(uren, bool) or not isinstance(uren, int) or not 0 <= uren <= MAX_UREN):
        raise PlanFout("uren_per_week", f"Vul een heel aantal uren per week in, van 0 tot en met {MAX_UREN}.")
    if ins.max_maanden is not None:
        grens = laatste_dag(van, ins.max_maanden)
        if tot is None:
            raise PlanFout(
                "tot", f"{ins.naam} duurt hoogstens {ins.max_maanden} maanden ({ins.grondslag}). Vul de laatste dag in."
            )
        if tot > grens:
            raise PlanFout(
                "tot",
                f"{ins.naam} duurt hoogstens {ins.max_maanden} maanden ({ins.grondslag}). De laatste "
                f"dag is dan uiterlijk {grens:%d-%m-%Y}.",
            )
    if loonwaarde_bp is not None:
        if not ins.loonwaarde:
            raise PlanFout("loonwaarde", f"Bij {ins.naam} hoort geen loonwaarde. Laat dit leeg.")
        if isinstance(loonwaarde_bp, bool) or not isinstance(loonwaarde_bp, int) or not 0 < loonwaarde_bp < 10000:
            raise PlanFout("loonwaarde", "De loonwaarde is een percentage groter dan 0 en kleiner dan 100.")


def voeg_activiteit_toe(
    s: Session,
    zaak: Zaak,
    plan: Plan | None,
    *,
    instrument: str,
    van: dt.date | None,
    tot: dt.date | None = None,
    evaluatie: dt.date | None = None,
    uren_per_week: int | None = None,
    eigen_initiatief: bool | None = None,
    loonwaarde_bp: int | None = None,
    omschrijving: str = "",
    persoon: str | None = None,
    motivering: str | None = None,
    door: Gebruiker,
    extra: Path | None = None,
    casus=None,
) -> Activiteit:
    """Een activiteit bij een plan, of zonder plan als eigen initiatief.

    Bij een concept-plan is nog geen besluit nodig: het plan als geheel wordt vastgesteld. Bij een vastgesteld
    plan of een eigen initiatief legt het besluitenlog vast wie het waarom registreerde."""
    if plan is not None and plan.zaak_id != zaak.id:
        raise PlanFout("plan", "Dit plan hoort niet bij deze zaak.")
    if plan is not None and plan.status == "afgesloten":
        raise PlanFout("plan", "Dit plan is afgesloten. Voeg de activiteit toe aan een nieuw plan.")
    persoon = persoon or (plan.persoon if plan is not None else "aanvrager")
    _persoon(persoon, _casus(s, zaak, casus))
    if plan is not None and persoon != plan.persoon:
        raise PlanFout("persoon", "Een activiteit in een plan is voor dezelfde persoon als het plan.")
    ins = catalogus(extra).get(instrument)
    _controleer_activiteit(ins, instrument, van, tot, evaluatie, uren_per_week, loonwaarde_bp)
    eigen = ins.eigen_initiatief if eigen_initiatief is None else bool(eigen_initiatief)
    if plan is None and not eigen:
        raise PlanFout(
            "eigen_initiatief",
            "Zonder plan van aanpak kan alleen een eigen initiatief. Kies een plan of een eigen activiteit.",
        )
    besluit_nodig = plan is None or plan.status == "vastgesteld"
    if besluit_nodig:
        motivering = _motivering("motivering", motivering)
    a = Activiteit(
        zaak_id=zaak.id,
        plan_id=plan.id if plan is not None else None,
        persoon=persoon,
        instrument=ins.code,
        omschrijving=(omschrijving or "").strip(),
        eigen_initiatief=eigen,
        uren_per_week=uren_per_week,
        van=van,
        tot=tot,
        evaluatie=evaluatie,
        status="gepland",
        loonwaarde_bp=loonwaarde_bp,
        auteur_id=door.id,
        tijdstip=nu(),
        versie=1,
    )
    s.add(a)
    s.flush()
    if besluit_nodig:
        grondslag = (
            ins.grondslag if plan is not None else (EIGEN_GRONDSLAG if not ins.eigen_initiatief else ins.grondslag)
        )
        besluiten.leg_vast(
            s,
            zaak_id=zaak.id,
            onderwerp="activiteit",
            onderwerp_id=a.id,
            handeling="vastgesteld",
            grondslag=grondslag[:200],
            motivering=motivering,
            auteur=door,
            gegevens=activiteit_json(a),
        )
    return a


def wijzig_activiteit(
    s: Session,
    a: Activiteit,
    *,
    versie: int,
    door: Gebruiker,
    status: str,
    resultaat: str | None = None,
    motivering: str,
) -> Activiteit:
    """De stand van een activiteit: lopend, afgerond of gestopt, met wat het opleverde."""
    if status not in ACTIVITEIT_STATUSSEN:
        raise PlanFout("status", "Kies gepland, lopend, afgerond of gestopt.")
    motivering = _motivering("motivering", motivering)
    _verhoog(s, Activiteit, a, versie, status=status, resultaat=(resultaat or a.resultaat))
    besluiten.leg_vast(
        s,
        zaak_id=a.zaak_id,
        onderwerp="activiteit",
        onderwerp_id=a.id,
        handeling=status,
        grondslag="Pw art. 44a lid 2",
        motivering=motivering,
        auteur=door,
        gegevens=activiteit_json(a),
    )
    return a


# --- lezen ------------------------------------------------------------------------------------------


def plannen_van(s: Session, zaak_id: str) -> list[Plan]:
    return list(s.scalars(select(Plan).where(Plan.zaak_id == zaak_id).order_by(Plan.van.desc(), Plan.id.desc())))


def haal_plan(s: Session, zaak_id: str, plan_id: int) -> Plan | None:
    p = s.get(Plan, plan_id)
    return p if p is not None and p.zaak_id == zaak_id else None


def activiteiten_van(s: Session, zaak_id: str, plan_id: int | None | bool = False) -> list[Activiteit]:
    """plan_id False: alle; None: alleen zonder plan (eigen initiatief); een getal: van dat plan."""
    q = select(Activiteit).where(Activiteit.zaak_id == zaak_id)
    if plan_id is None:
        q = q.where(Activiteit.plan_id.is_(None))
    elif plan_id is not False:
        q = q.where(Activiteit.plan_id == plan_id)
    return list(s.scalars(q.order_by(Activiteit.van, Activiteit.id)))


def activiteit_json(a: Activiteit, extra: Path | None = None) -> dict:
    ins = catalogus(extra).get(a.instrument)
    return {
        "id": a.id,
        "planId": a.plan_id,
        "persoon": a.persoon,
        "instrument": a.instrument,
        "instrumentNaam": ins.naam if ins else a.instrument,
        "omschrijving": a.omschrijving or "",
        "eigenInitiatief": bool(a.eigen_initiatief),
        "urenPerWeek": a.uren_per_week,
        "van": a.van.isoformat(),
        "tot": a.tot.isoformat() if a.tot else None,
        "evaluatie": a.evaluatie.isoformat() if a.evaluatie else None,
        "status": a.status,
        "resultaat": a.resultaat,
        "loonwaardeBp": a.loonwaarde_bp,
        "teltAlsArbeid": telt_als_arbeid(ins) if ins else False,
        "versie": a.versie,
    }


def plan_json(p: Plan) -> dict:
    return {
        "id": p.id,
        "persoon": p.persoon,
        "doelen": list(p.doelen or []),
        "afspraken": p.afspraken or "",
        "gevolgen": GEVOLGEN,
        "status": p.status,
        "van": p.van.isoformat(),
        "evaluatie": p.evaluatie.isoformat() if p.evaluatie else None,
        "grondslag": p.grondslag,
        "versie": p.versie,
    }


def stand(s: Session, p: Plan) -> dict:
    """Het plan met zijn activiteiten, zoals het in het besluit komt."""
    d = plan_json(p)
    d["activiteiten"] = [activiteit_json(a) for a in activiteiten_van(s, p.zaak_id, p.id)]
    return d
