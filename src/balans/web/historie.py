# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De geschiedenis van een zaak in gewone woorden, en 'wat was bekend op' (issue 14, item 5).

/zaken/{id}/historie toont:
- wat er is gebeurd, nieuwste eerst, in zinnen: elke vastlegging van gegevens, elk maatwerk en elk besluit
  (ontheffing, plan, maatregel, begin en einde, toewijzing), met wie en wanneer;
- 'Wat was bekend op …?': de bijstand per maand zoals die op dat moment was berekend (dezelfde tijdlijn als
  de API met bekendOp), naast de stand van nu, met het verschil;
- het verwerkingenlog: wie de zaak zag of wijzigde.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.api.afhankelijk import Wie, db, rol, spoor, zaak_of_404
from balans.casus.laden import CasusFout
from balans.geld import als_euro, naar_centen
from balans.uitvoer import MAANDNAMEN
from balans.web.routes import _tijd, pagina
from balans.zaak import besluiten as B
from balans.zaak import repository as R
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Feit, Zaak
from balans.zaak.tijdlijn import tijdlijn
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)

GEGEVENS = {
    "basis": "de basisgegevens (naam en periode)",
    "huishouden": "het huishouden",
    "vermogen": "het vermogen",
    "verrekening": "de manier van verrekenen van inkomen",
    "verwachting": "het verwachte inkomen",
}
ONDERWERPEN = {
    "ontheffing": "Ontheffing",
    "plan": "Plan van aanpak",
    "activiteit": "Activiteit",
    "maatregel": "Maatregel",
    "aanvraag": "Aanvraag",
    "bijstand": "Bijstand",
    "toewijzing": "Klantmanager",
}
HANDELINGEN = {
    "verleend": "verleend",
    "verlengd": "verlengd",
    "gewijzigd": "gewijzigd",
    "ingetrokken": "ingetrokken",
    "vastgesteld": "vastgesteld",
    "bijgesteld": "bijgesteld",
    "geevalueerd": "geëvalueerd",
    "afgesloten": "afgesloten",
    "lopend": "gestart",
    "afgerond": "afgerond",
    "gestopt": "gestopt",
    "signaal": "signaal vastgelegd",
    "gehoord": "persoon gehoord",
    "waarschuwing": "schriftelijke waarschuwing",
    "opgelegd": "verlaging opgelegd",
    "afgezien": "afgezien van een maatregel",
    "herzien": "herzien",
    "ingediend": "ingediend",
    "in_behandeling": "in behandeling genomen",
    "toegekend": "toegekend",
    "afgewezen": "afgewezen",
    "beeindigd": "beëindigd",
    "ingang": "ingangsdatum vastgesteld",
    "toegewezen": "toegewezen",
}
LEZEN = {"lezen": "bekeek", "wijzigen": "wijzigde", "aanmaken": "maakte aan"}
WAT = {
    "zaak.pagina": "de zaakpagina",
    "zaak.historie": "de geschiedenis",
    "zaak.lezen": "de zaak (API)",
    "zaak.berekening": "de berekening",
    "zaak.maandstaat": "de maandstaat",
    "mijn.maandstaat": "zijn of haar bijstand",
    "beschikking.html": "de beschikking",
    "beschikking.pdf": "de beschikking (PDF)",
    "zaak.inkomen": "het inkomen",
    "maatwerk.vastleggen": "het maatwerk",
    "zaak.beeindigen": "het einde van de bijstand",
    "zaken.lijst": "de lijst met zaken",
    "zaken.zoeken": "de zoekresultaten",
    "caseload.lezen": "de caseload",
    "participatie.pagina": "de participatie",
    "beheer.zaken": "de lijst om zaken te verdelen",
    "beheer.toewijzen": "de klantmanager van de zaak",
    "zaak.wijzigen": "de gegevens van de zaak",
    "zaak.aanmaken": "de zaak",
}


@dataclass
class Gebeurtenis:
    tijdstip: dt.datetime
    wie: str
    zin: str
    soort: str  # gegevens | maatwerk | besluit
    later: bool = False  # na het gekozen moment 'bekend op'


def _maand(sleutel: str) -> str:
    j, m = sleutel.split("-")
    return f"{MAANDNAMEN[int(m) - 1]} {j}"


def _bedrag(tekst) -> str:
    try:
        return als_euro(naar_centen(str(tekst)))
    except Exception:  # een oud of onvolledig feit: dan zoals vastgelegd
        return str(tekst)


def _feit_in_woorden(f: Feit) -> str:
    soort, _, rest = f.sleutel.partition("/")
    w = f.waarde if isinstance(f.waarde, dict) else {}
    if soort in GEGEVENS:
        tekst = GEGEVENS[soort]
    elif soort == "maand":
        tekst = f"de gegevens van {_maand(rest)}"
        delen = [
            f"{i.get('soort', 'inkomen')} netto {_bedrag(i['netto'])}"
            for i in w.get("inkomsten", [])
            if i.get("netto") is not None
        ]
        if delen:
            tekst += " (" + ", ".join(delen) + ")"
    elif soort == "loonstrook":
        tekst = (
            f"loonstrook {rest}"
            + (f" van {w['werkgever']}" if w.get("werkgever") else "")
            + (f", netto {_bedrag(w['netto'])}" if w.get("netto") else "")
        )
    elif soort == "correctie":
        tekst = f"correctie {rest} uit de polisadministratie (UWV)" + (
            f": netto wordt {_bedrag(w['netto'])}" if w.get("netto") else ""
        )
    else:
        tekst = f.sleutel
    return tekst + (" weggehaald" if f.waarde is None else "")


def gebeurtenissen(s: Session, z: Zaak) -> list[Gebeurtenis]:
    """Alles wat over de zaak is vastgelegd of besloten, in zinnen, nieuwste eerst."""
    feiten = list(s.scalars(select(Feit).where(Feit.zaak_id == z.id).order_by(Feit.vastgelegd_op, Feit.id)))
    maatwerk = R.maatwerk_van(s, z.id)
    namen = R.namen(s, [f.vastgelegd_door for f in feiten] + [m.auteur_id for m in maatwerk])
    uit: list[Gebeurtenis] = []
    groepen: dict[tuple, list[Feit]] = {}
    for f in feiten:  # één vastlegging (zelfde moment, persoon en reden) is één gebeurtenis
        groepen.setdefault((f.vastgelegd_op, f.vastgelegd_door, f.reden), []).append(f)
    for (tijdstip, door, reden), rijen in groepen.items():
        wie = namen.get(door, "het systeem") if door else "het systeem"
        if reden == "zaak aangemaakt":
            zin = "De zaak is aangemaakt met " + ", ".join(_feit_in_woorden(f) for f in rijen) + "."
        else:
            zin = (
                "Vastgelegd: "
                + "; ".join(_feit_in_woorden(f) for f in rijen)
                + "."
                + (f" Reden: {reden}." if reden else "")
            )
        uit.append(Gebeurtenis(tijdstip, wie, zin, "gegevens"))
    for m in maatwerk:
        maand = f"{MAANDNAMEN[m.maand.month - 1]} {m.maand.year}"
        if m.vastgesteld is None:
            zin = f"Maatwerk over {maand} ingetrokken: weer de uitkomst van de regels. {m.motivering}"
        else:
            zin = (
                f"Maatwerk: de bijstand over {maand} is {als_euro(m.vastgesteld)} (de regels gaven "
                f"{als_euro(m.regel_bedrag)}). Grondslag: {m.grondslag}. Waarom: {m.motivering}"
            )
        uit.append(Gebeurtenis(m.tijdstip, namen.get(m.auteur_id, "onbekend"), zin, "maatwerk"))
    for b, naam in B.van_zaak(s, z.id):
        onderwerp = ONDERWERPEN.get(b.onderwerp, b.onderwerp.capitalize())
        handeling = HANDELINGEN.get(b.handeling, b.handeling.replace("_", " "))
        uit.append(
            Gebeurtenis(
                b.tijdstip,
                naam or "het systeem",
                f"{onderwerp}: {handeling}. {b.motivering} [{b.grondslag}]",
                "besluit",
            )
        )
    uit.sort(key=lambda g: g.tijdstip, reverse=True)
    return uit


def _lees_moment(tekst: str) -> dt.datetime | None:
    """'2026-11-01 12:00' (ook met T of seconden) of alleen een datum (einde van die dag)."""
    tekst = tekst.strip()
    try:
        if len(tekst) == 10:
            d = dt.date.fromisoformat(tekst)
            return dt.datetime.combine(d, dt.time(23, 59, 59)).astimezone()
        t = dt.datetime.fromisoformat(tekst)
    except ValueError:
        return None
    # Zonder zone: de tijd van de server, dezelfde waarin de pagina elk tijdstip toont (filter 'tijd').
    return t.astimezone() if t.tzinfo is None else t


def _vergelijk(s: Session, z: Zaak, moment: dt.datetime) -> list[dict]:
    """Per maand: het recht zoals op 'moment' bekend en zoals nu. CasusFout als er toen nog niets was."""
    toen = tijdlijn(s, z, moment.astimezone(dt.timezone.utc)).recht
    nu = tijdlijn(s, z).recht
    return [
        {
            "maand": m,
            "toen": toen.get(m),
            "nu": nu.get(m),
            "verschil": None if toen.get(m) is None or nu.get(m) is None else nu[m] - toen[m],
        }
        for m in sorted(set(toen) | set(nu))
    ]


@router.get("/zaken/{zaak_id}/historie", response_class=HTMLResponse)
def historie(
    request: Request,
    zaak_id: str,
    bekend_op: str | None = Query(None, max_length=40),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    fout: dict[str, str] = {}
    vergelijking = None
    moment = None
    if bekend_op is not None:
        moment = _lees_moment(bekend_op)
        if moment is None:
            fout["bekend_op"] = "Vul een datum en tijd in die bestaan, zoals 2026-11-01 12:00."
        elif moment > dt.datetime.now(dt.timezone.utc):
            fout["bekend_op"] = "Kies een moment in het verleden: wat er nu bekend is, staat op de zaakpagina."
        else:
            try:
                vergelijking = _vergelijk(s, z, moment)
            except CasusFout:
                fout["bekend_op"] = (
                    "Op dat moment was er nog niets over deze zaak vastgelegd. De zaak is "
                    f"aangemaakt op {_tijd(z.aangemaakt)}."
                )
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="zaak.historie",
        handeling="lezen",
        zaak_id=z.id,
        activiteit="historie",
        gegevens="verwerkingenlog, feiten, besluiten"
        + (", bijstand zoals eerder bekend" if vergelijking is not None else ""),
    )
    s.commit()
    rijen = gebeurtenissen(s, z)
    for g in rijen:
        g.later = moment is not None and not fout and g.tijdstip > moment
    log = [
        (v, n, r, f"{LEZEN.get(v.handeling, v.handeling)} {WAT.get(v.naam, v.naam)}") for v, n, r in V.van_zaak(s, z.id)
    ]
    return pagina(
        request,
        "historie.html",
        400 if fout else 200,
        zaak=z,
        gebeurtenissen=rijen,
        log=log,
        fout=fout,
        bekend_op=bekend_op or "",
        moment=moment,
        vergelijking=vergelijking,
    )
