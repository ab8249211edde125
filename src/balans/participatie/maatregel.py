# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De maatregelprocedure (Pw art. 18 lid 2-11, de verordening, Awb 4:8): toestanden en toegestane stappen.

    signaal --horen--> gehoord --beoordelen--> gewaarschuwd | opgelegd | afgezien
    signaal --beoordelen--> afgezien              (niet verwijtbaar of dringende redenen: zonder horen)
    opgelegd --herzien--> herzien                 (vanaf een maand; eerdere maanden houden hun verlaging)

Elke stap is ook een Besluit (onderwerp 'maatregel'). Een verlaging zonder horen kan niet, tenzij de
reden om niet te horen is vastgelegd (Awb 4:11). De stand staat in MaatregelZaak, met 'versie'.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from balans.kalender import plus_maanden, volgende_maand
from balans.wet.verordening import Categorie, Verordening, laad_verordening, percentage_tekst, verordeningen
from balans.zaak import besluiten
from balans.zaak.verlagingen import MET_VERLAGING, maanden_met_verlaging, verlaging_over, verlagingen  # noqa: F401 (ook via deze module)
from balans.zaak.schema import Besluit, Gebruiker, MaatregelZaak, Zaak, nu
from balans.zaak.versie import VersieConflict, verhoog_versie  # noqa: F401 (VersieConflict: ook via deze module)

STATUSSEN = {
    "signaal": "Gemeld: de gemeente onderzoekt wat er is gebeurd",
    "gehoord": "U bent gehoord: de gemeente beslist nu",
    "gewaarschuwd": "Schriftelijke waarschuwing: uw bijstand blijft gelijk",
    "opgelegd": "Maatregel: uw bijstand wordt lager",
    "afgezien": "Geen maatregel",
    "herzien": "Maatregel herzien: de verlaging is (deels) teruggedraaid",
}
OPEN = ("signaal", "gehoord")
WIJZEN = {"gesprek": "in een gesprek", "schriftelijk": "schriftelijk", "niet_nodig": "niet gehoord (Awb 4:11)"}
AWB_4_11 = {  # Awb art. 4:11: wanneer horen achterwege kan blijven
    "a": "De vereiste spoed verzet zich tegen horen (Awb 4:11 onder a).",
    "b": "De persoon kon eerder al zijn mening geven en er zijn geen nieuwe feiten (Awb 4:11 onder b).",
    "c": "Het doel van het besluit wordt alleen bereikt als de persoon het niet vooraf weet (Awb 4:11 onder c).",
}
PERSONEN = ("aanvrager", "partner")


class MaatregelFout(ValueError):
    """Foute invoer of een stap die nu niet mag; veld zegt welk invoerveld."""

    def __init__(self, veld: str, bericht: str):
        super().__init__(bericht)
        self.veld, self.bericht = veld, bericht


def maand_van(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, 1)


def verordening_van(m: MaatregelZaak) -> Verordening:
    try:
        return laad_verordening(m.verordening)
    except ValueError:
        raise MaatregelFout(
            "verordening", f"De verordening '{m.verordening}' van deze maatregel ken ik niet meer."
        ) from None


def categorie_van(m: MaatregelZaak) -> Categorie:
    c = verordening_van(m).categorieen.get(m.categorie)
    if c is None:
        raise MaatregelFout("categorie", f"De categorie '{m.categorie}' staat niet (meer) in de verordening.")
    return c


def laatste_maand(m: MaatregelZaak) -> dt.date | None:
    """De laatste maand met verlaging (na een herziening: de maand vóór herzien_vanaf)."""
    if m.status not in MET_VERLAGING or m.ingang is None or not m.maanden:
        return None
    eind = plus_maanden(m.ingang, m.maanden - 1)
    if m.herzien_vanaf is not None:
        eind = min(eind, plus_maanden(m.herzien_vanaf, -1))
    return eind if eind >= m.ingang else None


# --- wat de verordening voorstelt ---------------------------------------------------------------


@dataclass(frozen=True)
class Voorstel:
    uitkomst: str  # waarschuwing | verlaging
    percentage_bp: int
    maanden: int
    herhaling: int  # 0: eerste verlaging; 1: tweede binnen de termijn; ...
    grondslag: str
    uitleg: str  # B1


def _eerdere(s: Session, m: MaatregelZaak) -> list[MaatregelZaak]:
    q = (
        select(MaatregelZaak)
        .where(MaatregelZaak.zaak_id == m.zaak_id, MaatregelZaak.id != m.id, MaatregelZaak.verordening == m.verordening)
        .order_by(MaatregelZaak.signaal_datum, MaatregelZaak.id)
    )
    return [e for e in s.scalars(q) if (e.signaal_datum, e.id) < (m.signaal_datum, m.id)]


def _herhaling(v: Verordening, eerdere: list[MaatregelZaak], m: MaatregelZaak) -> int:
    """Hoeveelste verlaging binnen de termijn na de vorige (lid 6-8: 'binnen twaalf maanden nadat')."""

    def telt(e):
        return e.status in MET_VERLAGING and (v.recidive_over == "alle" or e.categorie == m.categorie)

    niveau: dict[int, int] = {}
    vorige = None
    for e in [e for e in eerdere if telt(e)] + [m]:
        if vorige is not None and e.signaal_datum < plus_maanden(
            vorige.ingang or maand_van(vorige.signaal_datum), v.recidive_termijn_maanden
        ):
            niveau[e.id] = niveau[vorige.id] + 1
        else:
            niveau[e.id] = 0
        vorige = e
    return niveau[m.id]


def voorstel(s: Session, m: MaatregelZaak) -> Voorstel:
    """Wat de verordening geeft voor deze maatregel: eerst een waarschuwing, of welke verlaging."""
    v, c = verordening_van(m), categorie_van(m)
    eerdere = _eerdere(s, m)
    if c.waarschuwing_eerst:
        grens = plus_maanden(maand_van(m.signaal_datum), -v.waarschuwing_termijn_maanden)
        al = [
            e
            for e in eerdere
            if e.categorie == m.categorie and e.status in ("gewaarschuwd", *MET_VERLAGING) and e.signaal_datum >= grens
        ]
        if not al:
            return Voorstel(
                "waarschuwing",
                0,
                0,
                0,
                f"{c.grondslag}; {v.waarschuwing_grondslag}".strip("; "),
                "Dit is de eerste keer in deze categorie. Daarom krijgt u eerst een schriftelijke "
                "waarschuwing. Uw bijstand blijft gelijk.",
            )
    n = _herhaling(v, eerdere, m)
    stap = c.stap(n)
    grondslag = c.grondslag if n == 0 else f"{c.grondslag}; {v.recidive_grondslag or 'recidive'}"
    keer = "" if n == 0 else f" Het is de {n + 1}e keer binnen {v.recidive_termijn_maanden} maanden."
    return Voorstel(
        "verlaging",
        stap.percentage_bp,
        stap.maanden,
        n,
        grondslag,
        f"Uw bijstand wordt {stap.maanden} maand{'en' if stap.maanden > 1 else ''} lang "
        f"{percentage_tekst(stap.percentage_bp)} van {v.over_tekst} lager.{keer}",
    )


# --- stappen ------------------------------------------------------------------------------------


def _tekst(w: str | None) -> str:
    return " ".join((w or "").split())


def _gegevens(m: MaatregelZaak, **extra) -> dict:
    return {
        "status": m.status,
        "verordening": m.verordening,
        "categorie": m.categorie,
        "persoon": m.persoon,
        "percentage_bp": m.percentage_bp,
        "maanden": m.maanden,
        "ingang": m.ingang.isoformat() if m.ingang else None,
        "herzien_vanaf": m.herzien_vanaf.isoformat() if m.herzien_vanaf else None,
        **extra,
    }


def _wijzig(s: Session, m: MaatregelZaak, versie: int, tijdstip: dt.datetime, **velden) -> None:
    verhoog_versie(s, MaatregelZaak, m, versie, wat="De maatregel", bijgewerkt=tijdstip, **velden)


def _zaak_gewijzigd(s: Session, zaak_id: str, tijdstip: dt.datetime) -> None:
    """De berekening van de zaak verandert: dan ook een nieuwe versie (ETag) van de zaak."""
    s.execute(
        update(Zaak)
        .where(Zaak.id == zaak_id)
        .values(versie=Zaak.versie + 1, bijgewerkt=tijdstip)
        .execution_options(synchronize_session=False)
    )


def meld(
    s: Session,
    zaak: Zaak,
    *,
    auteur: Gebruiker,
    verordening: str,
    categorie: str,
    gedraging: str,
    signaal_datum: dt.date | None,
    persoon: str = "aanvrager",
    vandaag: dt.date | None = None,
) -> MaatregelZaak:
    """Stap 1: het signaal. Wat er is gebeurd, welke categorie, wanneer."""
    vandaag = vandaag or dt.date.today()
    try:
        v = laad_verordening(verordening)
    except ValueError:
        raise MaatregelFout("verordening", "Deze verordening ken ik niet.") from None
    if categorie not in v.categorieen:
        raise MaatregelFout("categorie", f"Kies een categorie uit de verordening: {', '.join(v.categorieen)}.")
    if persoon not in PERSONEN:
        raise MaatregelFout("persoon", "Kies de aanvrager of de partner.")
    if persoon == "partner":
        # Alleen iemand uit het huishouden van de zaak kan een verlaging krijgen (Pw art. 18 lid 2).
        from balans.participatie.plicht import heeft_partner
        from balans.zaak import repository as R

        if not heeft_partner(R.casus_van(s, zaak)):
            raise MaatregelFout("persoon", "Deze zaak heeft geen partner. Kies de aanvrager.")
    if signaal_datum is None:
        raise MaatregelFout("signaal_datum", "Vul de datum in waarop het gebeurde, zoals 2026-03-15.")
    if signaal_datum > vandaag:
        raise MaatregelFout("signaal_datum", "Deze datum ligt in de toekomst. Vul de datum in waarop het gebeurde.")
    gedraging = _tekst(gedraging)
    if len(gedraging) < besluiten.MIN_MOTIVERING:
        raise MaatregelFout("gedraging", f"Beschrijf wat er is gebeurd, in minstens {besluiten.MIN_MOTIVERING} tekens.")
    t = nu()
    m = MaatregelZaak(
        zaak_id=zaak.id,
        persoon=persoon,
        verordening=v.code,
        categorie=categorie,
        gedraging=gedraging,
        signaal_datum=signaal_datum,
        status="signaal",
        auteur_id=auteur.id,
        tijdstip=t,
        bijgewerkt=t,
        versie=1,
    )
    s.add(m)
    s.flush()
    besluiten.leg_vast(
        s,
        zaak_id=zaak.id,
        onderwerp="maatregel",
        onderwerp_id=m.id,
        handeling="signaal",
        grondslag=f"Pw art. 18 lid 2; {v.categorieen[categorie].grondslag}"[:200],
        motivering=gedraging,
        auteur=auteur,
        tijdstip=t,
        gegevens=_gegevens(m, signaal_datum=signaal_datum.isoformat(), gedraging=gedraging),
        veld="gedraging",
    )
    return m


def hoor(
    s: Session,
    m: MaatregelZaak,
    *,
    auteur: Gebruiker,
    versie: int,
    wijze: str,
    datum: dt.date | None,
    zienswijze: str = "",
    reden_niet_horen: str | None = None,
    toelichting: str = "",
    vandaag: dt.date | None = None,
) -> Besluit:
    """Stap 2: horen (Awb 4:8). De mening van de persoon, de datum en hoe; of waarom horen niet nodig was."""
    vandaag = vandaag or dt.date.today()
    if m.status != "signaal":
        raise MaatregelFout("soort", f"Horen kan alleen na een signaal; deze maatregel is nu '{m.status}'.")
    if wijze not in WIJZEN:
        raise MaatregelFout("wijze", "Kies hoe de persoon is gehoord: in een gesprek, schriftelijk of niet (Awb 4:11).")
    if datum is None:
        raise MaatregelFout("datum", "Vul de datum in, zoals 2026-03-20.")
    if datum < m.signaal_datum or datum > vandaag:
        raise MaatregelFout("datum", "De datum ligt tussen het signaal en vandaag.")
    if wijze == "niet_nodig":
        if reden_niet_horen not in AWB_4_11:
            raise MaatregelFout("reden_niet_horen", "Kies de reden uit Awb 4:11 waarom horen niet nodig is.")
        motivering, grondslag = _tekst(toelichting), f"Awb art. 4:11 onder {reden_niet_horen}"
        veld = "toelichting"
    else:
        motivering, grondslag, veld = _tekst(zienswijze), "Awb art. 4:8", "zienswijze"
    if len(motivering) < besluiten.MIN_MOTIVERING:
        raise MaatregelFout(
            veld,
            f"Schrijf {'wat de persoon zei' if veld == 'zienswijze' else 'waarom'}, "
            f"in minstens {besluiten.MIN_MOTIVERING} tekens.",
        )
    t = nu()
    _wijzig(s, m, versie, t, status="gehoord")
    return besluiten.leg_vast(
        s,
        zaak_id=m.zaak_id,
        onderwerp="maatregel",
        onderwerp_id=m.id,
        handeling="gehoord",
        grondslag=grondslag,
        motivering=motivering,
        auteur=auteur,
        tijdstip=t,
        veld=veld,
        gegevens=_gegevens(
            m,
            wijze=wijze,
            datum=datum.isoformat(),
            zienswijze=motivering if wijze != "niet_nodig" else None,
            reden_niet_horen=reden_niet_horen if wijze == "niet_nodig" else None,
        ),
    )


def beoordeel(
    s: Session,
    m: MaatregelZaak,
    *,
    auteur: Gebruiker,
    versie: int,
    verwijtbaar: bool | None,
    dringende_redenen: bool | None,
    motivering: str,
    percentage_bp: int | None = None,
    ingang: dt.date | None = None,
    vandaag: dt.date | None = None,
) -> Besluit:
    """Stap 3: beslissen. Niet verwijtbaar (lid 9) of dringende redenen (lid 10): afgezien. Anders de
    waarschuwing of de verlaging uit de verordening, eventueel lager (lid 1 / lid 10), nooit hoger."""
    vandaag = vandaag or dt.date.today()
    if m.status not in OPEN:
        raise MaatregelFout("soort", f"Over deze maatregel is al beslist ('{m.status}').")
    if verwijtbaar is None:
        raise MaatregelFout("verwijtbaar", "Kies of de persoon iets te verwijten valt: ja of nee.")
    if dringende_redenen is None:
        raise MaatregelFout("dringende_redenen", "Kies of er dringende redenen zijn: ja of nee.")
    motivering = _tekst(motivering)
    if len(motivering) < besluiten.MIN_MOTIVERING:
        raise MaatregelFout(
            "motivering",
            f"Schrijf waarom, in minstens {besluiten.MIN_MOTIVERING} tekens. Die reden staat in het besluit.",
        )
    v = verordening_van(m)
    categorie_van(m)  # bestaat de categorie nog?
    afweging = {"verwijtbaar": verwijtbaar, "dringende_redenen": dringende_redenen, "zienswijze": _zienswijze(s, m)}
    t = nu()

    if not verwijtbaar or (dringende_redenen and not percentage_bp):
        grondslag = "Pw art. 18 lid 9" if not verwijtbaar else "Pw art. 18 lid 10"
        _wijzig(s, m, versie, t, status="afgezien", percentage_bp=None, maanden=None, ingang=None)
        return besluiten.leg_vast(
            s,
            zaak_id=m.zaak_id,
            onderwerp="maatregel",
            onderwerp_id=m.id,
            handeling="afgezien",
            grondslag=grondslag,
            motivering=motivering,
            auteur=auteur,
            tijdstip=t,
            gegevens=_gegevens(m, **afweging),
        )

    if m.status != "gehoord":
        raise MaatregelFout(
            "soort",
            "Hoor de persoon eerst (Awb 4:8), of leg vast waarom dat niet nodig is "
            "(Awb 4:11). Zonder horen kan er geen waarschuwing of verlaging komen.",
        )
    vs = voorstel(s, m)
    if vs.uitkomst == "waarschuwing":
        _wijzig(s, m, versie, t, status="gewaarschuwd", percentage_bp=None, maanden=None, ingang=None)
        return besluiten.leg_vast(
            s,
            zaak_id=m.zaak_id,
            onderwerp="maatregel",
            onderwerp_id=m.id,
            handeling="waarschuwing",
            grondslag=vs.grondslag[:200],
            motivering=motivering,
            auteur=auteur,
            tijdstip=t,
            gegevens=_gegevens(m, **afweging),
        )

    bp = vs.percentage_bp if percentage_bp is None else percentage_bp
    grondslag = vs.grondslag
    if not 0 < bp <= 10000:
        raise MaatregelFout("percentage", "Het percentage ligt tussen 0 en 100.")
    if bp > vs.percentage_bp:
        raise MaatregelFout("percentage", f"Hoger dan de verordening ({percentage_tekst(vs.percentage_bp)}) mag niet.")
    if bp < vs.percentage_bp:
        if v.afwijken_alleen_dringend and not dringende_redenen:
            raise MaatregelFout(
                "percentage", f"Een lager percentage mag hier alleen bij dringende redenen ({v.afwijken_grondslag})."
            )
        if bp < v.afwijken_min_bp:
            raise MaatregelFout(
                "percentage", f"Lager dan {percentage_tekst(v.afwijken_min_bp)} mag niet ({v.afwijken_grondslag})."
            )
        grondslag = f"{grondslag}; {'Pw art. 18 lid 10' if dringende_redenen else v.afwijken_grondslag}"
    ingang = maand_van(ingang) if ingang else volgende_maand(maand_van(vandaag))
    if ingang < maand_van(m.signaal_datum):
        raise MaatregelFout("ingang", "De verlaging kan niet ingaan vóór de maand van het signaal.")
    _wijzig(s, m, versie, t, status="opgelegd", percentage_bp=bp, maanden=vs.maanden, ingang=ingang)
    _zaak_gewijzigd(s, m.zaak_id, t)
    return besluiten.leg_vast(
        s,
        zaak_id=m.zaak_id,
        onderwerp="maatregel",
        onderwerp_id=m.id,
        handeling="opgelegd",
        grondslag=grondslag[:200],
        motivering=motivering,
        auteur=auteur,
        tijdstip=t,
        gegevens=_gegevens(m, **afweging, verordening_percentage_bp=vs.percentage_bp, herhaling=vs.herhaling),
    )


def herzie(
    s: Session, m: MaatregelZaak, *, auteur: Gebruiker, versie: int, vanaf: dt.date | None, motivering: str
) -> Besluit:
    """Stap 4: herzien (lid 11, lid 3; herstel uit het wetsvoorstel). Vanaf die maand geen verlaging meer."""
    if m.status != "opgelegd":
        raise MaatregelFout("soort", "Herzien kan alleen bij een opgelegde verlaging.")
    if vanaf is None:
        raise MaatregelFout("vanaf", "Kies de maand vanaf wanneer de verlaging stopt.")
    vanaf = maand_van(vanaf)
    eind = plus_maanden(m.ingang, m.maanden - 1)
    if not m.ingang <= vanaf <= eind:
        raise MaatregelFout("vanaf", f"Kies een maand van de verlaging: van {m.ingang:%Y-%m} tot en met {eind:%Y-%m}.")
    motivering = _tekst(motivering)
    if len(motivering) < besluiten.MIN_MOTIVERING:
        raise MaatregelFout("motivering", f"Schrijf waarom, in minstens {besluiten.MIN_MOTIVERING} tekens.")
    v = verordening_van(m)
    t = nu()
    _wijzig(s, m, versie, t, status="herzien", herzien_vanaf=vanaf)
    _zaak_gewijzigd(s, m.zaak_id, t)
    return besluiten.leg_vast(
        s,
        zaak_id=m.zaak_id,
        onderwerp="maatregel",
        onderwerp_id=m.id,
        handeling="herzien",
        grondslag=v.herstel_grondslag[:200],
        motivering=motivering,
        auteur=auteur,
        tijdstip=t,
        gegevens=_gegevens(m),
    )


def _zienswijze(s: Session, m: MaatregelZaak) -> str | None:
    b = s.scalars(
        select(Besluit)
        .where(Besluit.onderwerp == "maatregel", Besluit.onderwerp_id == str(m.id), Besluit.handeling == "gehoord")
        .order_by(Besluit.id.desc())
    ).first()
    return (b.gegevens or {}).get("zienswijze") if b else None


# --- lezen --------------------------------------------------------------------------------------


def van_zaak(s: Session, zaak_id: str) -> list[MaatregelZaak]:
    return list(
        s.scalars(
            select(MaatregelZaak)
            .where(MaatregelZaak.zaak_id == zaak_id)
            .order_by(MaatregelZaak.signaal_datum.desc(), MaatregelZaak.id.desc())
        )
    )


def haal(s: Session, zaak_id: str, maatregel_id: int) -> MaatregelZaak | None:
    m = s.get(MaatregelZaak, maatregel_id)
    return m if m is not None and m.zaak_id == zaak_id else None


def volgende_stap(m: MaatregelZaak) -> str | None:
    return {"signaal": "horen", "gehoord": "beoordelen", "opgelegd": "herzien"}.get(m.status)


def als_json(m: MaatregelZaak, stappen: list[tuple[Besluit, str | None]] | None = None) -> dict:
    v = verordeningen().get(m.verordening)
    c = v.categorieen.get(m.categorie) if v else None
    d = {
        "id": m.id,
        "status": m.status,
        "statusTekst": STATUSSEN[m.status],
        "persoon": m.persoon,
        "verordening": m.verordening,
        "categorie": m.categorie,
        "categorieOmschrijving": c.omschrijving if c else None,
        "gedraging": m.gedraging,
        "signaalDatum": m.signaal_datum.isoformat(),
        "percentage": None if m.percentage_bp is None else percentage_tekst(m.percentage_bp).rstrip("%"),
        "percentageBp": m.percentage_bp,
        "over": v.over if v else None,
        "maanden": m.maanden,
        "ingang": m.ingang.strftime("%Y-%m") if m.ingang else None,
        "herzienVanaf": m.herzien_vanaf.strftime("%Y-%m") if m.herzien_vanaf else None,
        "maandenMetVerlaging": [
            x.strftime("%Y-%m") for x in maanden_met_verlaging(m.ingang, m.maanden, m.herzien_vanaf)
        ]
        if m.status in MET_VERLAGING
        else [],
        "volgendeStap": volgende_stap(m),
        "versie": m.versie,
        "_links": {"self": {"href": f"/v1/zaken/{m.zaak_id}/maatregelen/{m.id}"}},
    }
    if m.status == "gewaarschuwd":
        d["_links"]["brief"] = {"href": f"/zaken/{m.zaak_id}/brieven/waarschuwing/{m.id}"}
    elif m.status in MET_VERLAGING:
        d["_links"]["brief"] = {"href": f"/zaken/{m.zaak_id}/brieven/maatregel/{m.id}"}
    if stappen is not None:
        d["stappen"] = [
            {
                "handeling": b.handeling,
                "grondslag": b.grondslag,
                "motivering": b.motivering,
                "gegevens": b.gegevens,
                "auteur": naam,
                "tijdstip": b.tijdstip.isoformat(),
            }
            for b, naam in stappen
        ]
    return d


def maanden_tekst(n: int) -> str:
    return f"{n} maand" if n == 1 else f"{n} maanden"
