"""Demo-gegevens voor een lege database: vijf gebruikers (een per rol) en verzonnen zaken.

Alles is synthetisch en vast (zaadje 2026): namen uit een korte lijst, BSN's uit de reeks
testnummers die met 9999 beginnen en de elfproef halen. Nooit echte personen.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from balans.api.toegang import hash_wachtwoord
from balans.casus.laden import uit_bestand, uit_data
from balans.zaak.repository import maak_zaak
from balans.zaak.schema import Gebruiker

WACHTWOORD = "demo-wachtwoord-2026"
VOORBEELDEN = Path(__file__).resolve().parents[1] / "voorbeelden"
GEBRUIKERS = [
    ("km.jansen", "Sanne Jansen", "klantmanager"),
    ("km.bakker", "Youssef Bakker", "klantmanager"),
    ("inwoner.ferd", "Ferd de Wit", "inwoner"),
    ("beleid.de.vries", "Lotte de Vries", "beleidsmedewerker"),
    ("beheer.admin", "Kees Beheer", "beheerder"),
]
VOORNAMEN = ["Anouk", "Bram", "Chantal", "Dennis", "Esra", "Fatima", "Gerrit", "Hanna", "Ilias", "Joke", "Kevin",
             "Linda", "Mohamed", "Naima", "Olga", "Pieter", "Rachid", "Sandra", "Tom", "Wendy", "Yvonne", "Zeynep"]
ACHTERNAMEN = ["de Boer", "Visser", "Smit", "Meijer", "de Groot", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
               "Dekker", "Brouwer", "Yilmaz", "El Amrani", "Kaya", "Postma", "Kok", "Willems"]


def test_bsn(r: random.Random) -> str:
    """Een BSN uit de testreeks (9999xxxxx) dat de elfproef haalt."""
    while True:
        cijfers = [9, 9, 9, 9] + [r.randrange(10) for _ in range(4)]
        som = sum(c * w for c, w in zip(cijfers, (9, 8, 7, 6, 5, 4, 3, 2)))
        laatste = som % 11
        if laatste < 10:
            return "".join(map(str, cijfers)) + str(laatste)


def _geboren(r: random.Random, leeftijd: int) -> str:
    return dt.date(2026 - leeftijd, r.randrange(1, 13), r.randrange(1, 29)).isoformat()


def demo_casus(r: random.Random, naam: str) -> dict:
    soort = r.choices(["alleen", "paar", "ouder", "kostendeler"], weights=[45, 20, 20, 15])[0]
    leeftijd = r.choice([22, 26, 31, 38, 44, 52, 58, 63])
    hh: dict = {"aanvrager": {"geboortedatum": _geboren(r, leeftijd)}}
    if soort == "paar":
        hh["partner"] = {"geboortedatum": _geboren(r, max(21, leeftijd + r.randrange(-4, 5)))}
    if soort in ("paar", "ouder"):
        hh["kinderen"] = [{"geboortedatum": _geboren(r, r.randrange(1, 17))} for _ in range(r.randrange(1, 4))]
    if soort == "kostendeler":
        hh["medebewoners"] = [{"geboortedatum": _geboren(r, r.randrange(25, 70))} for _ in range(r.randrange(1, 3))]
    maanden = {}
    if r.random() < 0.35:   # deeltijdwerk met wisselend loon
        basis = r.randrange(250, 900)
        for m in range(1, 13):
            if r.random() < 0.85:
                netto = max(0, basis + r.randrange(-150, 151))
                maanden[f"2026-{m:02d}"] = {"inkomsten": [{"soort": "arbeid", "netto": f"{netto}.{r.randrange(100):02d}"}]}
    return {"naam": f"Zaak {naam}", "periode": {"van": "2026-01", "tot": "2026-12"}, "huishouden": hh,
            "vermogen": {"bezittingen": f"{r.randrange(0, 6000)}.00", "schulden": "0.00"}, "maanden": maanden}


def vul_demo(s: Session, aantal_zaken: int = 24, zaadje: int = 2026) -> bool:
    """Vult alleen een lege database; geeft True als er iets is toegevoegd."""
    if s.scalar(select(func.count()).select_from(Gebruiker)):
        return False
    r = random.Random(zaadje)
    hash_ = hash_wachtwoord(WACHTWOORD)   # één hash voor alle demo-accounts: argon2 is bewust traag
    gebruikers = {}
    for naam, volledig, rol in GEBRUIKERS:
        g = Gebruiker(gebruikersnaam=naam, naam=volledig, rol=rol, wachtwoord_hash=hash_, actief=True)
        s.add(g)
        gebruikers[naam] = g
    s.flush()
    kms = [gebruikers["km.jansen"], gebruikers["km.bakker"]]
    ferd = maak_zaak(s, naam="Ferd de Wit", bsn=test_bsn(r), casus=uit_bestand(VOORBEELDEN / "ferd-maandstaat.yaml"),
                     klantmanager_id=kms[0].id, door=kms[0].id, zaak_id=str(uuid.UUID(int=r.getrandbits(128), version=4)))
    gebruikers["inwoner.ferd"].zaak_id = ferd.id
    for i in range(aantal_zaken - 1):
        naam = f"{r.choice(VOORNAMEN)} {r.choice(ACHTERNAMEN)}"
        casus = uit_data(demo_casus(r, naam), "demo")
        maak_zaak(s, naam=naam, bsn=test_bsn(r), casus=casus, klantmanager_id=kms[i % 2].id, door=kms[i % 2].id,
                  zaak_id=str(uuid.UUID(int=r.getrandbits(128), version=4)))
    s.commit()
    return True
