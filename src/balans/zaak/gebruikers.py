# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Beheer van gebruikers en de verdeling van zaken over klantmanagers (issue 14, item 6).

Elke handeling komt in het besluitenlog (tabel besluit, alleen toevoegen): wie, wat, wanneer. Onderwerp
'gebruiker' (onderwerp_id = id van de gebruiker) of 'toewijzing' (de zaak). Nooit een BSN of een wachtwoord
in het log; bij een zaak alleen het pseudoniem (zaak-id) en de id's van de klantmanagers.

Een gedeactiveerde gebruiker kan niet inloggen (api/toegang.log_in) en zijn sessies worden hier beëindigd.
Na een herstel van het wachtwoord moet de gebruiker eerst zelf een nieuw wachtwoord kiezen (api/afhankelijk.rol).
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from balans.zaak import besluiten as B
from balans.zaak.schema import ROLLEN, Besluit, Gebruiker, Zaak, lopend, nu

MEDEWERKERSROLLEN = tuple(r for r in ROLLEN if r != "inwoner")  # een inwoner hoort bij een zaak
ROLNAMEN = {
    "inwoner": "inwoner",
    "klantmanager": "klantmanager",
    "beleidsmedewerker": "beleidsmedewerker",
    "beheerder": "beheerder",
}
MIN_WACHTWOORD = 12
# Waarom de beheerder dit mag: toegang tot persoonsgegevens beveiligen en het werk verdelen.
GRONDSLAG_TOEGANG = "AVG art. 32 (toegang tot persoonsgegevens beveiligen)"
GRONDSLAG_VERDELING = "Werkverdeling binnen de gemeente (geen wettelijke regel)"
MAX_TEGELIJK = 200  # zaken in één keer verdelen


class BeheerFout(ValueError):
    """Een Nederlandse melding bij een veld van het beheerformulier."""

    def __init__(self, veld: str, bericht: str):
        super().__init__(bericht)
        self.veld = veld
        self.bericht = bericht


def _log(
    s: Session,
    g: Gebruiker,
    handeling: str,
    tekst: str,
    door: Gebruiker,
    gegevens: dict | None = None,
    zaak_id: str | None = None,
    onderwerp: str = "gebruiker",
    onderwerp_id: object | None = None,
    grondslag: str = GRONDSLAG_TOEGANG,
) -> Besluit:
    return B.leg_vast(
        s,
        zaak_id=zaak_id,
        onderwerp=onderwerp,
        onderwerp_id=g.id if onderwerp_id is None else onderwerp_id,
        handeling=handeling,
        grondslag=grondslag,
        motivering=tekst,
        auteur=door,
        gegevens=gegevens,
    )


def _niet_zelf(g: Gebruiker, door: Gebruiker, veld: str, wat: str) -> None:
    if g.id == door.id:  # anders sluit een beheerder zichzelf (en misschien iedereen) buiten
        raise BeheerFout(veld, f"U kunt {wat} niet bij uw eigen account. Vraag een andere beheerder.")


def lopende_zaken(s: Session, klantmanager_id: int, vandaag: dt.date | None = None) -> int:
    vandaag = vandaag or dt.date.today()
    return sum(1 for z in s.scalars(select(Zaak).where(Zaak.klantmanager_id == klantmanager_id)) if lopend(z, vandaag))


def voeg_toe(s: Session, *, gebruikersnaam: str, naam: str, rol: str, wachtwoord: str, door: Gebruiker) -> Gebruiker:
    from balans.zaak.toegang import hash_wachtwoord

    gebruikersnaam, naam = gebruikersnaam.strip(), naam.strip()
    fouten = {}
    if not gebruikersnaam or len(gebruikersnaam) > 80:
        fouten["gebruikersnaam"] = "Vul een gebruikersnaam in (hoogstens 80 tekens)."
    elif s.scalar(select(Gebruiker).where(func.lower(Gebruiker.gebruikersnaam) == gebruikersnaam.lower())):
        fouten["gebruikersnaam"] = "Deze gebruikersnaam bestaat al."
    if not naam or len(naam) > 200:
        fouten["naam"] = "Vul de naam in (hoogstens 200 tekens)."
    if rol not in MEDEWERKERSROLLEN:
        fouten["rol"] = "Kies een rol."
    if len(wachtwoord) < MIN_WACHTWOORD:
        fouten["wachtwoord"] = f"Kies een wachtwoord van minstens {MIN_WACHTWOORD} tekens."
    if fouten:
        raise Fouten(fouten)
    g = Gebruiker(
        gebruikersnaam=gebruikersnaam,
        naam=naam,
        rol=rol,
        wachtwoord_hash=hash_wachtwoord(wachtwoord),
        actief=True,
        wachtwoord_wijzigen=False,
    )
    s.add(g)
    s.flush()
    _log(s, g, "toegevoegd", f"Medewerker toegevoegd met de rol {ROLNAMEN[rol]}.", door, {"rol": rol})
    return g


class Fouten(ValueError):
    """Meer meldingen tegelijk: veld -> tekst."""

    def __init__(self, fouten: dict[str, str]):
        super().__init__("; ".join(fouten.values()))
        self.fouten = fouten


def zet_actief(s: Session, g: Gebruiker, actief: bool, door: Gebruiker) -> int:
    """Deactiveren of weer activeren. Bij deactiveren eindigen alle sessies. Geeft het aantal beëindigde sessies."""
    from balans.zaak.toegang import log_uit_gebruiker

    _niet_zelf(g, door, "actief", "deactiveren")
    if g.actief == actief:
        raise BeheerFout("actief", "Deze gebruiker is al actief." if actief else "Deze gebruiker is al gedeactiveerd.")
    g.actief = actief
    beeindigd = 0 if actief else log_uit_gebruiker(s, g.id)
    if actief:
        _log(s, g, "geactiveerd", "Gebruiker weer actief gemaakt: kan weer inloggen.", door)
    else:
        _log(
            s,
            g,
            "gedeactiveerd",
            f"Gebruiker gedeactiveerd: kan niet meer inloggen; {beeindigd} "
            f"{'sessie' if beeindigd == 1 else 'sessies'} beëindigd.",
            door,
            {"sessies_beeindigd": beeindigd},
        )
    return beeindigd


def wijzig_rol(s: Session, g: Gebruiker, rol: str, door: Gebruiker) -> None:
    from balans.zaak.toegang import log_uit_gebruiker

    if rol not in MEDEWERKERSROLLEN:
        raise BeheerFout("rol", "Kies een rol.")
    if g.rol == "inwoner":
        raise BeheerFout(
            "rol",
            "Een inwoner hoort bij een zaak en krijgt geen andere rol. Maak een nieuw account voor een medewerker.",
        )
    _niet_zelf(g, door, "rol", "de rol wijzigen")
    if rol == g.rol:
        raise BeheerFout("rol", f"Deze gebruiker is al {ROLNAMEN[rol]}. Kies een andere rol.")
    if g.rol == "klantmanager":
        n = s.scalar(select(func.count()).select_from(Zaak).where(Zaak.klantmanager_id == g.id)) or 0
        if n:
            raise BeheerFout(
                "rol",
                f"Deze klantmanager heeft nog {n} {'zaak' if n == 1 else 'zaken'}. Verdeel die "
                "eerst over andere klantmanagers (Zaken verdelen).",
            )
    oud, g.rol = g.rol, rol
    log_uit_gebruiker(s, g.id)  # de nieuwe rol geldt meteen, ook voor wie nu is ingelogd
    _log(
        s,
        g,
        "rol_gewijzigd",
        f"Rol gewijzigd van {ROLNAMEN[oud]} naar {ROLNAMEN[rol]}.",
        door,
        {"van": oud, "naar": rol},
    )


def herstel_wachtwoord(s: Session, g: Gebruiker, door: Gebruiker) -> str:
    """Een willekeurig eenmalig wachtwoord (één keer te tonen, nergens bewaard behalve als hash).

    De gebruiker moet bij de volgende keer inloggen zelf een nieuw kiezen; lopende sessies eindigen."""
    from balans.zaak.toegang import hash_wachtwoord, log_uit_gebruiker

    _niet_zelf(g, door, "wachtwoord", "het wachtwoord herstellen (wijzig het zelf via Wachtwoord wijzigen)")
    if g.wachtwoord_hash is None and g.oidc_sub:
        raise BeheerFout(
            "wachtwoord", "Deze gebruiker logt in via DigiD of de eigen inlogdienst en heeft hier geen wachtwoord."
        )
    eenmalig = secrets.token_urlsafe(12)  # 96 bits, 16 tekens
    g.wachtwoord_hash = hash_wachtwoord(eenmalig)
    g.wachtwoord_wijzigen = True
    log_uit_gebruiker(s, g.id)
    _log(
        s,
        g,
        "wachtwoord_hersteld",
        "Eenmalig wachtwoord gemaakt; de gebruiker moet bij de volgende keer inloggen een nieuw wachtwoord kiezen.",
        door,
    )
    return eenmalig


def wijzig_wachtwoord(s: Session, g: Gebruiker, *, huidig: str, nieuw: str, herhaal: str, sessie_id: str) -> None:
    """De gebruiker kiest zelf een nieuw wachtwoord. Andere sessies van hem eindigen; deze blijft."""
    from balans.zaak.toegang import hash_wachtwoord, log_uit_gebruiker, wachtwoord_klopt

    fouten = {}
    if not wachtwoord_klopt(g, huidig):
        fouten["huidig"] = "Dit is niet uw huidige wachtwoord. Na een herstel is dat het eenmalige wachtwoord."
    if len(nieuw) < MIN_WACHTWOORD:
        fouten["nieuw"] = f"Kies een nieuw wachtwoord van minstens {MIN_WACHTWOORD} tekens."
    elif nieuw == huidig:
        fouten["nieuw"] = "Kies een ander wachtwoord dan het huidige."
    if "nieuw" not in fouten and herhaal != nieuw:
        fouten["herhaal"] = "De twee nieuwe wachtwoorden zijn niet gelijk. Typ het nieuwe wachtwoord twee keer."
    if fouten:
        raise Fouten(fouten)
    g.wachtwoord_hash = hash_wachtwoord(nieuw)
    g.wachtwoord_wijzigen = False
    log_uit_gebruiker(s, g.id, behalve=sessie_id)
    _log(s, g, "wachtwoord_gewijzigd", "De gebruiker heeft zelf een nieuw wachtwoord gekozen.", g)


@dataclass
class Belasting:
    """De lopende zaken van één klantmanager tegen de norm (zoals zijn caseload-pagina ze telt)."""

    gebruiker: Gebruiker
    lopend: int
    totaal: int
    norm_min: int
    norm_max: int

    @property
    def boven_norm(self) -> bool:
        return self.lopend > self.norm_max

    @property
    def onder_norm(self) -> bool:
        return self.lopend < self.norm_min

    @property
    def tekst(self) -> str:
        if self.boven_norm:
            return f"{self.lopend - self.norm_max} boven de norm"
        if self.onder_norm:
            return f"{self.norm_min - self.lopend} onder de norm"
        return "binnen de norm"


def belasting(s: Session, norm_min: int, norm_max: int, vandaag: dt.date | None = None) -> list[Belasting]:
    """Per klantmanager (ook gedeactiveerde met zaken) de lopende zaken; de telling van participatie/caseload."""
    vandaag = vandaag or dt.date.today()
    kms = list(s.scalars(select(Gebruiker).where(Gebruiker.rol == "klantmanager").order_by(Gebruiker.naam)))
    tel: dict[int, list[int]] = {g.id: [0, 0] for g in kms}
    for z in s.scalars(select(Zaak).where(Zaak.klantmanager_id.is_not(None))):
        if z.klantmanager_id in tel:
            tel[z.klantmanager_id][1] += 1
            tel[z.klantmanager_id][0] += lopend(z, vandaag)
    return [Belasting(g, tel[g.id][0], tel[g.id][1], norm_min, norm_max) for g in kms if g.actief or tel[g.id][1]]


def wijs_toe(s: Session, zaak_ids: list[str], naar_id: int | None, door: Gebruiker) -> list[Zaak]:
    """Zaken (een of meer) aan een klantmanager toewijzen. Alles of niets: bij een fout verandert er niets."""
    if not zaak_ids:
        raise BeheerFout("zaken", "Kies een of meer zaken.")
    if len(zaak_ids) > MAX_TEGELIJK:
        raise BeheerFout("zaken", f"Kies hoogstens {MAX_TEGELIJK} zaken tegelijk.")
    naar = s.get(Gebruiker, naar_id) if naar_id is not None else None
    if naar is None or naar.rol != "klantmanager":
        raise BeheerFout("naar", "Kies de klantmanager die de zaken krijgt.")
    if not naar.actief:
        raise BeheerFout("naar", "Deze klantmanager is gedeactiveerd. Kies een actieve klantmanager.")
    zaken = list(s.scalars(select(Zaak).where(Zaak.id.in_(set(zaak_ids)))))
    if len(zaken) != len(set(zaak_ids)):
        raise BeheerFout("zaken", "Een of meer gekozen zaken bestaan niet (meer). Laad de pagina opnieuw.")
    al = [z for z in zaken if z.klantmanager_id == naar.id]
    if al:
        raise BeheerFout(
            "naar",
            f"{len(al)} van de gekozen zaken {'is' if len(al) == 1 else 'zijn'} al van "
            f"{naar.naam}. Kies een andere klantmanager of andere zaken.",
        )
    tijdstip = nu()
    namen = dict(s.execute(select(Gebruiker.id, Gebruiker.naam)).all())
    for z in sorted(zaken, key=lambda z: z.id):
        van = z.klantmanager_id
        z.klantmanager_id = naar.id
        z.bijgewerkt = tijdstip
        tekst = f"Zaak toegewezen aan klantmanager {naar.naam}" + (
            f" (was {namen.get(van, '?')})." if van is not None else " (had nog geen klantmanager)."
        )
        B.leg_vast(
            s,
            zaak_id=z.id,
            onderwerp="toewijzing",
            onderwerp_id=z.id,
            handeling="toegewezen",
            grondslag=GRONDSLAG_VERDELING,
            motivering=tekst,
            auteur=door,
            gegevens={"van": van, "naar": naar.id, "aantal_tegelijk": len(zaken)},
            tijdstip=tijdstip,
        )
    return zaken


def log_van(s: Session, gebruiker_id: int, limiet: int = 50) -> list[tuple[Besluit, str | None]]:
    """De beheerhandelingen over één gebruiker, nieuwste eerst."""
    q = (
        select(Besluit, Gebruiker.naam)
        .outerjoin(Gebruiker, Gebruiker.id == Besluit.auteur_id)
        .where(Besluit.onderwerp == "gebruiker", Besluit.onderwerp_id == str(gebruiker_id))
        .order_by(Besluit.tijdstip.desc(), Besluit.id.desc())
        .limit(limiet)
    )
    return [(b, n) for b, n in s.execute(q)]


def recente_log(s: Session, limiet: int = 20) -> list[tuple[Besluit, str | None]]:
    """De laatste beheerhandelingen (gebruikers en toewijzingen), nieuwste eerst."""
    q = (
        select(Besluit, Gebruiker.naam)
        .outerjoin(Gebruiker, Gebruiker.id == Besluit.auteur_id)
        .where(Besluit.onderwerp.in_(("gebruiker", "toewijzing")))
        .order_by(Besluit.tijdstip.desc(), Besluit.id.desc())
        .limit(limiet)
    )
    return [(b, n) for b, n in s.execute(q)]
