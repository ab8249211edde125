# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De aanvraag om bijstand, in stappen (Pw art. 41-44), met de verkorte aanvraag (art. 43a).

Stappen: melding -> persoon -> woonsituatie -> inkomen -> vermogen -> controleren. Elke stap geeft
waarschuwingen met het veld, maar niets houdt het versturen tegen: een onvolledige aanvraag mag de
gemeente niet weigeren zonder eerst een hersteltermijn te geven (Awb art. 4:5). De klantmanager vraagt
dan wat ontbreekt.

- De dag van melding telt: de bijstand gaat niet eerder in (Pw art. 44 lid 1).
- Wie met DigiD inlogt, is geïdentificeerd (Pw art. 17 lid 3, art. 1 onder i en j): geen kopie van een
  identiteitsbewijs nodig. Het BSN komt uit de inlogdienst en staat alleen in aanvraag.bsn.
- Wat de gemeente uit registers kan halen, hoeft de inwoner niet te geven (Pw art. 17 lid 1, art. 53a lid 1).
- Binnen 12 maanden na het einde van de vorige bijstand mag de gemeente de gegevens van toen gebruiken
  (verkorte aanvraag, Pw art. 43a lid 1) en controleert ze (lid 2).

Alleen een vormfout (een datum die geen datum is, een negatief bedrag) is een fout (400): die gegevens
kunnen we niet bewaren. Iets wat ontbreekt is een waarschuwing.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import asdict, dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from balans.casus.laden import CasusFout, uit_data
from balans.geld import OngeldigBedrag, als_tekst, naar_centen
from balans.kalender import leeftijd, volgende_maand
from balans.zaak import besluiten
from balans.zaak import repository as R
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Aanvraag, Gebruiker, Zaak, nu
from balans.zaak.versie import VersieConflict, verhoog_versie  # noqa: F401 (VersieConflict: ook via deze module)
from balans.zaak.verwerkingen import Spoor

STAPPEN: dict[str, str] = {
    "melding": "Melding",
    "persoon": "Uw gegevens",
    "woonsituatie": "Met wie woont u?",
    "inkomen": "Inkomen",
    "vermogen": "Geld en bezit",
    "controleren": "Controleren en versturen",
}
VOLGORDE = list(STAPPEN)
INVUL_STAPPEN = ("melding", "persoon", "woonsituatie", "inkomen", "vermogen")
EERDERE_UITKERINGEN = {
    "geen": "Nee",
    "ioaw": "Ja, een IOAW-uitkering",
    "ioaz": "Ja, een IOAZ-uitkering",
    "bbz": "Ja, een uitkering voor zelfstandigen (Bbz, Pw art. 78f)",
}
INKOMEN_SOORTEN = {"arbeid": "Loon uit werk", "uitkering": "Uitkering", "overig": "Ander inkomen"}
VERKORT_MAANDEN = 12  # Pw art. 43a lid 1
JONGEREN_LEEFTIJD = 27  # Pw art. 41 lid 4: vier weken wachten
ZOEKTERMIJN_DAGEN = 28  # "vier weken"
PERIODE_MAANDEN = 12  # de eerste periode van een nieuwe zaak
MAX_LIJST = 10  # kinderen of medebewoners in één aanvraag
OPEN = ("ingediend", "in_behandeling")
# Pw art. 17 lid 3 met art. 1 onder j: een elektronisch identificatiemiddel van ten minste niveau 'substantieel'
# (eIDAS art. 8 lid 2 onder b). De inlogdienst meldt het niveau in de claim 'acr'; dit zijn de bekende waarden
# (eIDAS en het Afsprakenstelsel eToegang, waar loa3 gelijk is aan substantieel).
NIVEAUS_SUBSTANTIEEL = frozenset(
    {
        "http://eidas.europa.eu/LoA/substantial",
        "http://eidas.europa.eu/LoA/high",
        "urn:etoegang:core:assurance-class:loa3",
        "urn:etoegang:core:assurance-class:loa4",
        # DigiD zelf (via een makelaar die de SAML-klasse doorgeeft; Logius, Koppelvlakspecificatie DigiD SAML
        # Authenticatie 3.5): Smartcard is DigiD Substantieel, SmartcardPKI is DigiD Hoog. PasswordProtectedTransport
        # (Basis) en MobileTwoFactorContract (Midden) zijn lager en staan er dus niet in.
        "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI",
    }
)
GRONDSLAG_INDIENEN = "Pw art. 41 en 43 lid 1; Awb art. 4:5"
GRONDSLAG_TOEKENNEN = "Pw art. 43 lid 1 en 44 lid 1"
GRONDSLAG_AFWIJZEN = "Pw art. 43 lid 1; Awb art. 3:46"


# --- fouten -------------------------------------------------------------------------------------


class AanvraagFout(ValueError):
    """Een vormfout in één veld, of een handeling die nu niet kan. De tekst is voor de gebruiker (B1)."""

    def __init__(self, veld: str, bericht: str, status: int = 400):
        super().__init__(bericht)
        self.veld, self.bericht, self.status = veld, bericht, status


class GeenToegang(LookupError):
    """De aanvraag bestaat niet, of deze gebruiker mag haar niet zien."""


@dataclass(frozen=True)
class Waarschuwing:
    stap: str
    veld: str
    tekst: str

    def als_dict(self) -> dict:
        return asdict(self)


# --- kleine hulp --------------------------------------------------------------------------------


def maanden_terug(d: dt.date, n: int) -> dt.date:
    """Dezelfde dag n maanden eerder; bestaat die dag niet (31 maart -> februari), dan de laatste dag."""
    jaar, maand = divmod(d.year * 12 + d.month - 1 - n, 12)
    maand += 1
    for dag in (d.day, 30, 29, 28):
        try:
            return dt.date(jaar, maand, min(d.day, dag))
        except ValueError:
            continue
    raise AssertionError("onbereikbaar")


def _datum(veld: str, waarde, verplicht: bool = False) -> str | None:
    """ISO-datum of None. Een datum die geen datum is, is een vormfout."""
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return None
    tekst = str(waarde).strip()
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", tekst)  # ook 01-05-1990, zoals mensen het schrijven
    if m:
        tekst = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    try:
        d = dt.date.fromisoformat(tekst) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", tekst) else None
    except ValueError:
        d = None
    if d is None:
        raise AanvraagFout(veld, "Dit is geen datum. Schrijf de datum als dag-maand-jaar, zoals 01-05-1990.")
    if d > dt.date.today() + dt.timedelta(days=366) or d.year < 1900:
        raise AanvraagFout(veld, "Deze datum kan niet kloppen. Controleer het jaar.")
    return d.isoformat()


def _bedrag(veld: str, waarde) -> str | None:
    """Bedrag als tekst met twee decimalen ('1200.00'), of None als het leeg is."""
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return None
    if isinstance(waarde, bool) or isinstance(waarde, (list, dict)):
        raise AanvraagFout(veld, "Vul een bedrag in euro's in, zoals 350,00.")
    tekst = str(waarde).strip().replace("€", "").replace(" ", "")
    if "," in tekst:  # Nederlands: 1.200,50
        tekst = tekst.replace(".", "").replace(",", ".")
    try:
        centen = naar_centen(tekst)
    except (OngeldigBedrag, ValueError):
        raise AanvraagFout(veld, "Vul een bedrag in euro's in, zoals 350,00.") from None
    if centen < 0:
        raise AanvraagFout(veld, "Een bedrag kan niet negatief zijn.")
    return als_tekst(centen)


def _ja_nee(veld: str, waarde) -> bool | None:
    if waarde is None or waarde == "":
        return None
    if isinstance(waarde, bool):
        return waarde
    if str(waarde).lower() in ("ja", "true", "1"):
        return True
    if str(waarde).lower() in ("nee", "false", "0"):
        return False
    raise AanvraagFout(veld, "Kies ja of nee.")


def _tekst(veld: str, waarde, max_lengte: int = 200) -> str:
    tekst = "" if waarde is None else str(waarde).strip()
    if len(tekst) > max_lengte:
        raise AanvraagFout(veld, f"Dit is te lang. Gebruik hoogstens {max_lengte} tekens.")
    return tekst


def _datums(veld: str, waarden) -> list[str]:
    if waarden is None:
        return []
    if not isinstance(waarden, list):
        raise AanvraagFout(veld, "Geef een lijst met geboortedatums.")
    if len(waarden) > MAX_LIJST:
        raise AanvraagFout(veld, f"Geef hoogstens {MAX_LIJST} personen op. Zijn het er meer? Bel de gemeente.")
    uit = []
    for i, w in enumerate(waarden):
        d = _datum(f"{veld}[{i + 1}]", w)
        if d:
            uit.append(d)
    return uit


def _onbekend(stap: str, gegeven: dict, bekend: set[str]) -> None:
    for k in gegeven:
        if k not in bekend:
            raise AanvraagFout(
                k, f"Dit veld ken ik niet in de stap '{STAPPEN[stap]}'. Bekend zijn: {', '.join(sorted(bekend))}."
            )


# --- de stappen: vorm controleren en opslaan ---------------------------------------------------


def normaliseer(stap: str, invoer: dict) -> dict:
    """De invoer van één stap in de vorm van aanvraag.gegevens (datums ISO, bedragen als tekst).

    Een vormfout geeft AanvraagFout (400); iets wat ontbreekt niet."""
    if not isinstance(invoer, dict):
        raise AanvraagFout(stap, "Stuur de velden van deze stap als object.")
    if stap == "melding":
        _onbekend(stap, invoer, {"eerdere_uitkering", "eerdere_meldingsdatum"})
        soort = _tekst("eerdere_uitkering", invoer.get("eerdere_uitkering")) or None
        if soort is not None and soort not in EERDERE_UITKERINGEN:
            raise AanvraagFout(
                "eerdere_uitkering", "Kies een van de mogelijkheden: " + ", ".join(EERDERE_UITKERINGEN) + "."
            )
        return {
            "eerdere_uitkering": soort,
            "eerdere_meldingsdatum": _datum("eerdere_meldingsdatum", invoer.get("eerdere_meldingsdatum")),
        }
    if stap == "persoon":
        _onbekend(stap, invoer, {"geboortedatum", "telefoon", "email"})
        email = _tekst("email", invoer.get("email"), 200)
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            raise AanvraagFout("email", "Dit is geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.")
        telefoon = _tekst("telefoon", invoer.get("telefoon"), 30)
        if telefoon and not re.fullmatch(r"[0-9 +()-]{6,30}", telefoon):
            raise AanvraagFout("telefoon", "Gebruik alleen cijfers, spaties, + of - in het telefoonnummer.")
        return {
            "geboortedatum": _datum("geboortedatum", invoer.get("geboortedatum")),
            "telefoon": telefoon,
            "email": email,
        }
    if stap == "woonsituatie":
        _onbekend(stap, invoer, {"partner", "partner_geboortedatum", "kinderen", "medebewoners"})
        partner = _ja_nee("partner", invoer.get("partner"))
        return {
            "partner": partner,
            "partner_geboortedatum": _datum("partner_geboortedatum", invoer.get("partner_geboortedatum"))
            if partner is not False
            else None,
            "kinderen": _datums("kinderen", invoer.get("kinderen")),
            "medebewoners": _datums("medebewoners", invoer.get("medebewoners")),
        }
    if stap == "inkomen":
        _onbekend(stap, invoer, {"heeft_inkomen", "inkomsten"})
        heeft = _ja_nee("heeft_inkomen", invoer.get("heeft_inkomen"))
        rijen = invoer.get("inkomsten") or []
        if not isinstance(rijen, list) or len(rijen) > MAX_LIJST:
            raise AanvraagFout("inkomsten", f"Geef een lijst met hoogstens {MAX_LIJST} inkomsten.")
        inkomsten = []
        for i, r in enumerate(rijen if heeft is not False else []):
            pad = f"inkomsten[{i + 1}]"
            if not isinstance(r, dict):
                raise AanvraagFout(pad, "Geef per inkomen de soort, het netto bedrag per maand en van wie het is.")
            _onbekend(stap, r, {"soort", "netto", "van"})
            soort = _tekst(pad + ".soort", r.get("soort")) or None
            if soort is not None and soort not in INKOMEN_SOORTEN:
                raise AanvraagFout(pad + ".soort", "Kies loon uit werk (arbeid), uitkering of ander inkomen (overig).")
            van = _tekst(pad + ".van", r.get("van")) or "aanvrager"
            if van not in ("aanvrager", "partner"):
                raise AanvraagFout(pad + ".van", "Kies van wie het inkomen is: aanvrager of partner.")
            netto = _bedrag(pad + ".netto", r.get("netto"))
            if soort is None and netto is None:
                continue  # een lege regel in het formulier
            inkomsten.append({"soort": soort, "netto": netto, "van": van})
        return {"heeft_inkomen": heeft, "inkomsten": inkomsten}
    if stap == "vermogen":
        _onbekend(stap, invoer, {"bezittingen", "schulden", "eigen_woning", "woning_waarde", "hypotheek"})
        eigen = _ja_nee("eigen_woning", invoer.get("eigen_woning"))
        return {
            "bezittingen": _bedrag("bezittingen", invoer.get("bezittingen")),
            "schulden": _bedrag("schulden", invoer.get("schulden")),
            "eigen_woning": eigen,
            "woning_waarde": _bedrag("woning_waarde", invoer.get("woning_waarde")) if eigen else None,
            "hypotheek": _bedrag("hypotheek", invoer.get("hypotheek")) if eigen else None,
        }
    raise AanvraagFout("stap", f"De stap '{stap}' ken ik niet. Kies uit: {', '.join(INVUL_STAPPEN)}.", 404)


def waarschuwingen(a: Aanvraag, vandaag: dt.date | None = None) -> list[Waarschuwing]:
    """Wat nog ontbreekt of opvalt, per stap en veld. Nooit een reden om niet te versturen."""
    vandaag = vandaag or dt.date.today()
    g = a.gegevens or {}
    uit: list[Waarschuwing] = []

    def w(stap: str, veld: str, tekst: str) -> None:
        uit.append(Waarschuwing(stap, veld, tekst))

    melding = g.get("melding") or {}
    if melding.get("eerdere_uitkering") not in (None, "geen") and not melding.get("eerdere_meldingsdatum"):
        w(
            "melding",
            "eerdere_meldingsdatum",
            "Vul in wanneer u die uitkering aanvroeg. Dan kan die dag tellen als uw melding (Pw art. 43 lid 6).",
        )
    if not a.bsn:
        w(
            "persoon",
            "bsn",
            "U bent niet met DigiD ingelogd. Neem een geldig identiteitsbewijs mee naar de gemeente "
            "(Pw art. 17 lid 3).",
        )
    elif not geidentificeerd(a):
        w(
            "persoon",
            "identificatie",
            "U bent ingelogd, maar niet op niveau substantieel (zoals de DigiD app met "
            "ID-check). Neem daarom een geldig identiteitsbewijs mee naar de gemeente "
            "(Pw art. 17 lid 3 en art. 1 onder j).",
        )
    persoon = g.get("persoon") or {}
    if "persoon" not in g:
        w("persoon", "persoon", "U hebt deze stap nog niet ingevuld.")
    elif not persoon.get("geboortedatum"):
        w(
            "persoon",
            "geboortedatum",
            "Uw geboortedatum is niet ingevuld. Dat mag: de gemeente zoekt die dan op "
            "in de Basisregistratie Personen (Pw art. 17 lid 1).",
        )
    woon = g.get("woonsituatie")
    if woon is None:
        w("woonsituatie", "woonsituatie", "U hebt nog niet ingevuld met wie u woont.")
    else:
        if woon.get("partner") is None:
            w("woonsituatie", "partner", "Vul in of u een partner hebt.")
        elif woon.get("partner"):
            if not woon.get("partner_geboortedatum"):
                w("woonsituatie", "partner_geboortedatum", "De geboortedatum van uw partner ontbreekt.")
            w(
                "woonsituatie",
                "partner",
                "U vraagt de bijstand samen met uw partner aan, of uw partner geeft "
                "schriftelijk toestemming (Pw art. 43 lid 2).",
            )
    geboren = persoon.get("geboortedatum")
    partner_geb = (woon or {}).get("partner_geboortedatum") if (woon or {}).get("partner") else None
    melddag = a.meldingsdatum or vandaag
    if geboren:
        jong = leeftijd(dt.date.fromisoformat(geboren), melddag) < JONGEREN_LEEFTIJD
        if jong and partner_geb:
            jong = leeftijd(dt.date.fromisoformat(partner_geb), melddag) < JONGEREN_LEEFTIJD
        if jong:
            w(
                "persoon",
                "geboortedatum",
                "U bent jonger dan 27 jaar. De gemeente neemt uw aanvraag in behandeling "
                "4 weken na uw melding. Zoek in die tijd werk of een opleiding "
                "(Pw art. 41 lid 4).",
            )
    inkomen = g.get("inkomen")
    if inkomen is None or inkomen.get("heeft_inkomen") is None:
        w("inkomen", "heeft_inkomen", "Vul in of u (of uw partner) inkomen hebt.")
    elif inkomen.get("heeft_inkomen"):
        rijen = inkomen.get("inkomsten") or []
        if not rijen:
            w("inkomen", "inkomsten", "U hebt inkomen, maar nog geen bedrag ingevuld.")
        for i, r in enumerate(rijen):
            if not r.get("netto"):
                w("inkomen", f"inkomsten[{i + 1}].netto", f"Vul het netto bedrag per maand in van inkomen {i + 1}.")
            if not r.get("soort"):
                w("inkomen", f"inkomsten[{i + 1}].soort", f"Kies wat voor inkomen nummer {i + 1} is.")
            if r.get("van") == "partner" and not (woon or {}).get("partner"):
                w(
                    "inkomen",
                    f"inkomsten[{i + 1}].van",
                    "Dit inkomen is van uw partner, maar u hebt geen partner ingevuld.",
                )
    vermogen = g.get("vermogen")
    if vermogen is None:
        w("vermogen", "vermogen", "U hebt nog niet ingevuld wat u bezit.")
    else:
        if vermogen.get("bezittingen") is None:
            w(
                "vermogen",
                "bezittingen",
                "Vul in hoeveel geld u hebt op uw rekeningen en contant. Is het niets? Vul 0 in.",
            )
        if vermogen.get("eigen_woning") is None:
            w("vermogen", "eigen_woning", "Vul in of u een eigen huis hebt.")
        elif vermogen.get("eigen_woning") and not vermogen.get("woning_waarde"):
            w("vermogen", "woning_waarde", "Vul de waarde van uw huis in (de WOZ-waarde).")
    for stap in g.get("hergebruikt") or {}:
        w(stap, stap, "Deze gegevens komen uit uw vorige bijstand. Controleer of dit nog klopt (Pw art. 43a).")
    return uit


def geidentificeerd(a: Aanvraag) -> bool:
    """Gedaan met een eID van niveau substantieel: dan staat de identiteit vast (Pw art. 17 lid 3)."""
    return bool(a.bsn) and bool(((a.gegevens or {}).get("identificatie") or {}).get("substantieel"))


# --- toegang ------------------------------------------------------------------------------------


def mag_zien(g: Gebruiker, a: Aanvraag) -> bool:
    if g.rol == "inwoner":
        return a.gebruiker_id == g.id
    if g.rol == "klantmanager":
        # een concept is van de inwoner; een ingediende aanvraag ziet elke klantmanager tot iemand haar oppakt
        return a.status != "concept" and a.klantmanager_id in (None, g.id)
    return False


def haal(s: Session, g: Gebruiker, aanvraag_id: str) -> Aanvraag:
    a = s.get(Aanvraag, aanvraag_id)
    if a is None or not mag_zien(g, a):
        raise GeenToegang(aanvraag_id)
    return a


def van_inwoner(s: Session, g: Gebruiker) -> list[Aanvraag]:
    q = select(Aanvraag).where(Aanvraag.gebruiker_id == g.id, Aanvraag.meldingsdatum.is_not(None))
    return list(s.scalars(q.order_by(Aanvraag.aangemaakt.desc(), Aanvraag.id)))


def voor_klantmanager(s: Session, g: Gebruiker) -> list[Aanvraag]:
    """Ingediend en nog van niemand, plus alles wat deze klantmanager heeft opgepakt."""
    q = select(Aanvraag).where(
        Aanvraag.status != "concept",
        or_((Aanvraag.status == "ingediend") & Aanvraag.klantmanager_id.is_(None), Aanvraag.klantmanager_id == g.id),
    )
    return list(s.scalars(q.order_by(Aanvraag.ingediend_op, Aanvraag.id)))


def lopende(s: Session, g: Gebruiker) -> Aanvraag | None:
    """De aanvraag waar de inwoner nu mee bezig is (concept of nog niet beslist), ook zonder melding."""
    q = (
        select(Aanvraag)
        .where(Aanvraag.gebruiker_id == g.id, Aanvraag.status.in_(("concept",) + OPEN))
        .order_by(Aanvraag.aangemaakt.desc())
        .limit(1)
    )
    return s.scalar(q)


def heeft_lopende_bijstand(s: Session, g: Gebruiker, vandaag: dt.date | None = None) -> bool:
    vandaag = vandaag or dt.date.today()
    if not g.zaak_id:
        return False
    z = s.get(Zaak, g.zaak_id)
    return z is not None and (z.einddatum is None or z.einddatum >= vandaag)


# --- versie ------------------------------------------------------------------------------------


def _verhoog(s: Session, a: Aanvraag, verwacht: int | None, **waarden) -> None:
    verhoog_versie(
        s, Aanvraag, a, a.versie if verwacht is None else verwacht, wat="De aanvraag", bijgewerkt=nu(), **waarden
    )


def _log(s: Session, spoor: Spoor, g: Gebruiker, a: Aanvraag, naam: str, handeling: str, wat: str) -> None:
    # De betrokkene is de zaak (pseudoniem); zonder zaak noemen we het id van de aanvraag. Nooit een BSN.
    V.log(
        s,
        spoor=spoor,
        gebruiker=g,
        naam=naam,
        handeling=handeling,
        zaak_id=a.zaak_id or None,
        activiteit="aanvraag",
        gegevens=f"aanvraag {a.id}: {wat}"[:200],
    )


# --- verkorte aanvraag (art. 43a) ---------------------------------------------------------------


def vorige_zaak(s: Session, bsn: str | None, peildatum: dt.date) -> Zaak | None:
    """De zaak met dit BSN waarvan de bijstand eindigde in de 12 maanden voor de peildatum (Pw art. 43a lid 1)."""
    if not bsn:
        return None
    grens = maanden_terug(peildatum, VERKORT_MAANDEN)
    q = (
        select(Zaak)
        .where(Zaak.bsn == bsn, Zaak.einddatum.is_not(None), Zaak.einddatum >= grens, Zaak.einddatum <= peildatum)
        .order_by(Zaak.einddatum.desc())
        .limit(1)
    )
    return s.scalar(q)


def _vooraf_invullen(s: Session, a: Aanvraag, zaak: Zaak, g: Gebruiker, spoor: Spoor) -> None:
    casus = R.casus_van(s, zaak)
    h = casus.huishouden
    gegevens = dict(a.gegevens or {})
    gegevens["woonsituatie"] = {
        "partner": h.partner is not None,
        "partner_geboortedatum": h.partner.geboortedatum.isoformat() if h.partner else None,
        "kinderen": [k.geboortedatum.isoformat() for k in h.kinderen],
        "medebewoners": [m.geboortedatum.isoformat() for m in h.medebewoners],
    }
    persoon = dict(gegevens.get("persoon") or {"telefoon": "", "email": ""})
    persoon["geboortedatum"] = persoon.get("geboortedatum") or h.aanvrager.geboortedatum.isoformat()
    gegevens["persoon"] = persoon
    vm = casus.vermogen
    gegevens["vermogen"] = {
        "bezittingen": als_tekst(vm.bezittingen),
        "schulden": als_tekst(vm.schulden),
        "eigen_woning": vm.eigen_woning is not None,
        "woning_waarde": als_tekst(vm.eigen_woning.waarde) if vm.eigen_woning else None,
        "hypotheek": als_tekst(vm.eigen_woning.hypotheek) if vm.eigen_woning else None,
    }
    gegevens["hergebruikt"] = {"woonsituatie": zaak.einddatum.isoformat(), "vermogen": zaak.einddatum.isoformat()}
    a.gegevens = gegevens
    a.verkort, a.vorige_zaak_id = True, zaak.id
    V.log(
        s,
        spoor=spoor,
        gebruiker=g,
        naam="aanvraag.verkort",
        handeling="lezen",
        zaak_id=zaak.id,
        activiteit="aanvraag",
        gegevens=f"aanvraag {a.id}: huishouden en vermogen hergebruikt (art. 43a)",
    )


# --- handelingen van de inwoner -----------------------------------------------------------------


def onthoud_bsn(s: Session, g: Gebruiker, bsn: str, spoor: Spoor, acr: str | None = None) -> Aanvraag | None:
    """Bij inloggen met DigiD: het BSN bij de (nog te beginnen) aanvraag, zodat het nergens anders hoeft te staan.

    Heeft de inwoner lopende bijstand, dan niets. Anders een voorbereide aanvraag zonder melding; die telt
    pas als de inwoner zich meldt (start)."""
    if heeft_lopende_bijstand(s, g):
        return None
    a = lopende(s, g)
    if a is None:
        a = Aanvraag(
            id=str(uuid.uuid4()), gebruiker_id=g.id, bsn=bsn, status="concept", stap="melding", gegevens={}, versie=1
        )
        s.add(a)
        s.flush()
    elif a.status == "concept" and a.bsn != bsn:
        a.bsn = bsn
    if a.status == "concept":
        a.gegevens = {
            **(a.gegevens or {}),
            "identificatie": {"acr": str(acr)[:200] if acr else None, "substantieel": acr in NIVEAUS_SUBSTANTIEEL},
        }
    return a


def start(s: Session, g: Gebruiker, spoor: Spoor, vandaag: dt.date | None = None) -> tuple[Aanvraag, bool]:
    """De inwoner meldt zich: de meldingsdatum is vandaag (Pw art. 44). Geeft (aanvraag, nieuw)."""
    vandaag = vandaag or dt.date.today()
    if g.rol != "inwoner":
        raise AanvraagFout("rol", "Alleen een inwoner kan een aanvraag beginnen.", 403)
    if heeft_lopende_bijstand(s, g, vandaag):
        raise AanvraagFout(
            "aanvraag",
            "U hebt al bijstand. Een nieuwe aanvraag is niet nodig. Verandert er iets? "
            "Geef het door aan uw klantmanager.",
            409,
        )
    a = lopende(s, g)
    if a is not None and a.meldingsdatum is not None:
        return a, False
    if a is None:
        a = Aanvraag(id=str(uuid.uuid4()), gebruiker_id=g.id, bsn=None, status="concept", gegevens={}, versie=1)
        s.add(a)
    a.meldingsdatum, a.stap = vandaag, "melding"
    s.flush()
    zaak = vorige_zaak(s, a.bsn, vandaag)
    if zaak is not None:
        _vooraf_invullen(s, a, zaak, g, spoor)
    _log(s, spoor, g, a, "aanvraag.melden", "aanmaken", "melding" + (" (verkort)" if a.verkort else ""))
    return a, True


def _moet_concept_van(a: Aanvraag, g: Gebruiker) -> None:
    if g.rol == "inwoner":
        if a.status != "concept":
            raise AanvraagFout(
                "status", "Uw aanvraag is al verstuurd. Wilt u iets veranderen? Neem contact op met de gemeente.", 409
            )
        return
    if g.rol == "klantmanager" and a.status == "in_behandeling" and a.klantmanager_id == g.id:
        return  # aanvullen na de hersteltermijn (Awb art. 4:5), na controle
    raise AanvraagFout(
        "status",
        "Alleen de inwoner vult een concept in. U kunt een aanvraag aanvullen als u haar in behandeling hebt.",
        403,
    )


def sla_stap_op(
    s: Session, a: Aanvraag, g: Gebruiker, stap: str, invoer: dict, *, versie: int | None, spoor: Spoor
) -> list[Waarschuwing]:
    if stap not in INVUL_STAPPEN:
        raise AanvraagFout("stap", f"De stap '{stap}' ken ik niet. Kies uit: {', '.join(INVUL_STAPPEN)}.", 404)
    _moet_concept_van(a, g)
    waarde = normaliseer(stap, invoer)
    gegevens = dict(a.gegevens or {})
    gegevens[stap] = waarde
    hergebruikt = dict(gegevens.get("hergebruikt") or {})
    if stap in hergebruikt:
        hergebruikt.pop(stap)  # de inwoner heeft het gezien en bevestigd of veranderd
        gegevens["hergebruikt"] = hergebruikt
        gegevens.setdefault("bevestigd", []).append(stap)
    volgende = VOLGORDE[min(VOLGORDE.index(stap) + 1, len(VOLGORDE) - 1)]
    _verhoog(s, a, versie, gegevens=gegevens, stap=volgende if a.status == "concept" else a.stap)
    _log(s, spoor, g, a, f"aanvraag.stap.{stap}", "wijzigen", stap)
    return [x for x in waarschuwingen(a) if x.stap == stap]


def indienen(s: Session, a: Aanvraag, g: Gebruiker, *, versie: int | None, spoor: Spoor) -> list[Waarschuwing]:
    """Versturen kan altijd, ook onvolledig. Wat ontbreekt staat in het besluitenlog (Awb art. 4:5)."""
    if g.rol != "inwoner" or a.gebruiker_id != g.id:
        raise AanvraagFout("rol", "Alleen de inwoner zelf verstuurt de aanvraag.", 403)
    if a.status != "concept":
        raise AanvraagFout("status", "Deze aanvraag is al verstuurd.", 409)
    if a.meldingsdatum is None:
        raise AanvraagFout("meldingsdatum", "Meld u eerst: begin de aanvraag op de startpagina.", 409)
    lijst = waarschuwingen(a)
    tijdstip = nu()
    _verhoog(s, a, versie, status="ingediend", ingediend_op=tijdstip, stap="controleren")
    open_punten = "; ".join(f"{w.stap}.{w.veld}" for w in lijst) or "geen"
    besluiten.leg_vast(
        s,
        zaak_id=None,
        onderwerp="aanvraag",
        onderwerp_id=a.id,
        handeling="ingediend",
        grondslag=GRONDSLAG_INDIENEN,
        auteur=g,
        tijdstip=tijdstip,
        motivering=f"Aanvraag ingediend door de inwoner. Meldingsdatum {a.meldingsdatum.isoformat()}"
        f"{', verkorte aanvraag (Pw art. 43a)' if a.verkort else ''}. "
        f"Open punten ({len(lijst)}): {open_punten}.",
        gegevens={"waarschuwingen": [w.als_dict() for w in lijst], "verkort": a.verkort},
    )
    _log(s, spoor, g, a, "aanvraag.indienen", "wijzigen", "ingediend")
    return lijst


# --- handelingen van de klantmanager ------------------------------------------------------------


def _km(g: Gebruiker) -> None:
    if g.rol != "klantmanager":
        raise AanvraagFout("rol", "Alleen een klantmanager behandelt aanvragen.", 403)


def in_behandeling_nemen(
    s: Session, a: Aanvraag, g: Gebruiker, *, versie: int | None, spoor: Spoor, vandaag: dt.date | None = None
) -> list[Waarschuwing]:
    _km(g)
    if a.status != "ingediend" or a.klantmanager_id not in (None, g.id):
        raise AanvraagFout("status", "Deze aanvraag is al in behandeling of afgehandeld.", 409)
    vandaag = vandaag or dt.date.today()
    _verhoog(s, a, versie, status="in_behandeling", klantmanager_id=g.id)
    besluiten.leg_vast(
        s,
        zaak_id=None,
        onderwerp="aanvraag",
        onderwerp_id=a.id,
        handeling="in_behandeling",
        grondslag="Pw art. 41 en 43 lid 1",
        auteur=g,
        motivering=f"Aanvraag in behandeling genomen door {g.naam}.",
    )
    _log(s, spoor, g, a, "aanvraag.in_behandeling", "wijzigen", "in behandeling")
    lijst = []
    jong = any(w.veld == "geboortedatum" and "27" in w.tekst for w in waarschuwingen(a, vandaag))
    if jong and a.meldingsdatum and vandaag < a.meldingsdatum + dt.timedelta(days=ZOEKTERMIJN_DAGEN):
        lijst.append(
            Waarschuwing(
                "melding",
                "meldingsdatum",
                "De vier weken na de melding zijn nog niet om "
                "(Pw art. 41 lid 4). Eerder behandelen mag alleen als de omstandigheden daar "
                "aanleiding toe geven (lid 11). Schrijf dat dan in de motivering.",
            )
        )
    return lijst


def _periode(meld: dt.date) -> dict:
    van = dt.date(meld.year, meld.month, 1)
    tot = van
    for _ in range(PERIODE_MAANDEN - 1):
        tot = volgende_maand(tot)
    return {"van": f"{van:%Y-%m}", "tot": f"{tot:%Y-%m}"}


def casus_data(a: Aanvraag, naam: str, ingang: dt.date) -> dict:
    """De gegevens van de aanvraag als casus (casus.md): huishouden, vermogen en het verwachte inkomen per maand."""
    g = a.gegevens or {}
    persoon, woon = g.get("persoon") or {}, g.get("woonsituatie") or {}
    huishouden: dict = {"aanvrager": {"geboortedatum": persoon.get("geboortedatum")}}
    if woon.get("partner"):
        huishouden["partner"] = {"geboortedatum": woon.get("partner_geboortedatum")}
    if woon.get("kinderen"):
        huishouden["kinderen"] = [{"geboortedatum": d} for d in woon["kinderen"]]
    if woon.get("medebewoners"):
        huishouden["medebewoners"] = [{"geboortedatum": d} for d in woon["medebewoners"]]
    vm = g.get("vermogen") or {}
    vermogen: dict = {"bezittingen": vm.get("bezittingen") or "0.00", "schulden": vm.get("schulden") or "0.00"}
    if vm.get("eigen_woning"):
        vermogen["eigen_woning"] = {"waarde": vm.get("woning_waarde"), "hypotheek": vm.get("hypotheek") or "0.00"}
    periode = _periode(ingang)
    data = {
        "naam": naam,
        "periode": periode,
        "huishouden": huishouden,
        "vermogen": vermogen,
        "verrekening": {"melding": ingang.isoformat()},
    }
    inkomsten = [
        {"soort": r["soort"], "netto": r["netto"], "van": r.get("van", "aanvrager")}
        for r in ((g.get("inkomen") or {}).get("inkomsten") or [])
        if r.get("soort") and r.get("netto")
    ]
    if inkomsten:
        m, maanden = dt.date.fromisoformat(periode["van"] + "-01"), {}
        for _ in range(PERIODE_MAANDEN):
            maanden[f"{m:%Y-%m}"] = {"inkomsten": inkomsten}
            m = volgende_maand(m)
        data["maanden"] = maanden
    return data


VELD_IN_AANVRAAG = {  # casusveld -> waar de klantmanager het aanvult
    "huishouden.aanvrager.geboortedatum": "persoon.geboortedatum",
    "huishouden.partner.geboortedatum": "woonsituatie.partner_geboortedatum",
    "vermogen.eigen_woning.waarde": "vermogen.woning_waarde",
}


def zaak_maken(
    s: Session,
    a: Aanvraag,
    g: Gebruiker,
    *,
    versie: int | None,
    spoor: Spoor,
    motivering: str = "",
    gegevens_geverifieerd: bool = False,
    gelijkstelling: bool = False,
) -> Zaak:
    """Het recht is vastgesteld: een zaak met ingang van de meldingsdatum (Pw art. 44 lid 1)."""
    _km(g)
    if a.status != "in_behandeling" or a.klantmanager_id != g.id:
        raise AanvraagFout("status", "Neem de aanvraag eerst in behandeling.", 409)
    if a.verkort and not gegevens_geverifieerd:
        raise AanvraagFout(
            "gegevens_geverifieerd",
            "Dit is een verkorte aanvraag. Controleer eerst of de gegevens "
            "van de vorige bijstand nog kloppen (Pw art. 43a lid 2).",
        )
    ingang = a.meldingsdatum
    melding = (a.gegevens or {}).get("melding") or {}
    if gelijkstelling:
        eerder = melding.get("eerdere_meldingsdatum")
        if melding.get("eerdere_uitkering") in (None, "geen") or not eerder:
            raise AanvraagFout(
                "gelijkstelling",
                "Er is geen eerdere aanvraag voor een IOAW-, IOAZ- of Bbz-uitkering met een datum (Pw art. 43 lid 6).",
            )
        ingang = min(ingang, dt.date.fromisoformat(eerder))
    inwoner = s.get(Gebruiker, a.gebruiker_id)
    try:
        casus = uit_data(casus_data(a, inwoner.naam, ingang), "aanvraag")
    except CasusFout as e:
        f = e.fouten[0]
        veld = VELD_IN_AANVRAAG.get(f.veld, f.veld or "gegevens")
        raise AanvraagFout(
            veld,
            f"Er ontbreekt nog iets om de zaak te maken ({veld}): {f.bericht} "
            "Vraag het na bij de inwoner of zoek het op, en vul het aan.",
        ) from None
    motivering = (motivering or "").strip() or (
        f"Recht op bijstand vastgesteld. Bijstand vanaf de meldingsdatum {ingang.isoformat()} (Pw art. 44 lid 1)"
        + (", met de meldingsdatum van de eerdere aanvraag (Pw art. 43 lid 6)" if gelijkstelling else "")
        + (", gegevens van de vorige bijstand gecontroleerd (Pw art. 43a lid 2)" if a.verkort else "")
        + "."
    )
    if len(motivering) < besluiten.MIN_MOTIVERING:
        raise besluiten.MotiveringOntbreekt()
    zaak = R.maak_zaak(s, naam=inwoner.naam, casus=casus, klantmanager_id=g.id, door=g.id, bsn=a.bsn)
    zaak.ingangsdatum = ingang
    _verhoog(s, a, versie, status="toegekend", zaak_id=zaak.id)
    inwoner.zaak_id = zaak.id
    besluiten.leg_vast(
        s,
        zaak_id=zaak.id,
        onderwerp="aanvraag",
        onderwerp_id=a.id,
        handeling="toegekend",
        grondslag=GRONDSLAG_TOEKENNEN
        + ("; art. 43 lid 6" if gelijkstelling else "")
        + ("; art. 43a" if a.verkort else ""),
        auteur=g,
        motivering=motivering,
        gegevens={"zaak_id": zaak.id, "ingangsdatum": ingang.isoformat()},
    )
    V.log(
        s,
        spoor=spoor,
        gebruiker=g,
        naam="aanvraag.zaak_maken",
        handeling="aanmaken",
        zaak_id=zaak.id,
        activiteit="aanvraag",
        gegevens=f"aanvraag {a.id}: huishouden, inkomen, vermogen",
    )
    return zaak


def afwijzen(
    s: Session,
    a: Aanvraag,
    g: Gebruiker,
    *,
    versie: int | None,
    spoor: Spoor,
    motivering: str,
    grondslag: str = GRONDSLAG_AFWIJZEN,
) -> None:
    _km(g)
    if a.status != "in_behandeling" or a.klantmanager_id != g.id:
        raise AanvraagFout("status", "Neem de aanvraag eerst in behandeling.", 409)
    if len((motivering or "").strip()) < besluiten.MIN_MOTIVERING:
        raise besluiten.MotiveringOntbreekt()
    grondslag = (grondslag or GRONDSLAG_AFWIJZEN).strip()[:200]
    _verhoog(s, a, versie, status="afgewezen")
    besluiten.leg_vast(
        s,
        zaak_id=None,
        onderwerp="aanvraag",
        onderwerp_id=a.id,
        handeling="afgewezen",
        grondslag=grondslag,
        auteur=g,
        motivering=motivering,
    )
    _log(s, spoor, g, a, "aanvraag.afwijzen", "wijzigen", "afgewezen")


# --- weergave -----------------------------------------------------------------------------------


def als_json(a: Aanvraag, lijst: list[Waarschuwing] | None = None) -> dict:
    """Voor de API; het BSN gaat nooit mee (alleen of het bekend is)."""
    return {
        "id": a.id,
        "status": a.status,
        "stap": a.stap,
        "versie": a.versie,
        "meldingsdatum": a.meldingsdatum.isoformat() if a.meldingsdatum else None,
        "ingediendOp": a.ingediend_op.isoformat() if a.ingediend_op else None,
        "verkort": a.verkort,
        "vorigeZaakId": a.vorige_zaak_id,
        "zaakId": a.zaak_id,
        "klantmanagerId": a.klantmanager_id,
        "bsnBekend": bool(a.bsn),
        "gegevens": {k: v for k, v in (a.gegevens or {}).items()},
        "waarschuwingen": [w.als_dict() for w in (lijst if lijst is not None else waarschuwingen(a))],
        "stappen": [{"code": k, "naam": v} for k, v in STAPPEN.items()],
    }
