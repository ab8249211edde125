# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Demo-gegevens voor een lege database: vijf gebruikers (een per rol), extra klantmanagers en verzonnen zaken.

Alles is synthetisch en vast (zaadje 2026): namen uit een korte lijst, BSN's uit de reeks
testnummers die met 9999 beginnen en de elfproef halen. Nooit echte personen.

Verhoudingen (zodat caseload en monitoring er echt uitzien), met bron:
- leeftijd: CBS eind 2025, 42k jonger dan 27, 139k 27-45, 229k 45+ van 410k (domein §3);
- huishouden: CBS 82015NED (2017) 65% alleenstaand, 21% alleenstaande ouder, 14% paar; een deel van de
  alleenstaanden woont met kostendelers (aanname ongeveer 13%, zoals beleid/aannames.yaml);
- duur: ongeveer de helft 5 jaar of langer (ESB/CBS 85585NED); deeltijdwerk ongeveer 8-10% (Divosa, mediaan € 489);
- uitstroom: 38% naar werk (Divosa 2017, in bron 004 Limburg);
- caseload: 40-50 per klantmanager (VNG Magazine 2025, bron 000); twee klantmanagers zitten er bewust boven.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from balans.zaak.toegang import hash_wachtwoord
from balans.casus.laden import uit_bestand, uit_data
from balans.zaak.repository import maak_zaak
from balans.zaak.schema import Activiteit, Besluit, Gebruiker, MaatregelZaak, Ontheffing, Plan

WACHTWOORD = "demo-wachtwoord-2026"
VOORBEELDEN = Path(__file__).resolve().parents[1] / "voorbeelden"
GEBRUIKERS = [
    ("km.jansen", "Sanne Jansen", "klantmanager"),
    ("km.bakker", "Youssef Bakker", "klantmanager"),
    ("inwoner.ferd", "Ferd de Wit", "inwoner"),
    ("beleid.de.vries", "Lotte de Vries", "beleidsmedewerker"),
    ("beheer.admin", "Kees Beheer", "beheerder"),
]
VOORNAMEN = [
    "Anouk",
    "Bram",
    "Chantal",
    "Dennis",
    "Esra",
    "Fatima",
    "Gerrit",
    "Hanna",
    "Ilias",
    "Joke",
    "Kevin",
    "Linda",
    "Mohamed",
    "Naima",
    "Olga",
    "Pieter",
    "Rachid",
    "Sandra",
    "Tom",
    "Wendy",
    "Yvonne",
    "Zeynep",
]
ACHTERNAMEN = [
    "de Boer",
    "Visser",
    "Smit",
    "Meijer",
    "de Groot",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "Brouwer",
    "Yilmaz",
    "El Amrani",
    "Kaya",
    "Postma",
    "Kok",
    "Willems",
]


def test_bsn(r: random.Random) -> str:
    """Een BSN uit de testreeks (9999xxxxx) dat de elfproef haalt."""
    while True:
        cijfers = [9, 9, 9, 9] + [r.randrange(10) for _ in range(4)]
        som = sum(c * w for c, w in zip(cijfers, (9, 8, 7, 6, 5, 4, 3, 2)))
        laatste = som % 11
        if laatste < 10:
            return "".join(map(str, cijfers)) + str(laatste)


def _geboren(r: random.Random, leeftijd: int, peil: dt.date = dt.date(2026, 1, 1)) -> str:
    return dt.date(peil.year - leeftijd, r.randrange(1, 13), r.randrange(1, 29)).isoformat()


# --- verhoudingen --------------------------------------------------------------------------------

HUISHOUDENS = (("alleen", 52), ("ouder", 21), ("paar", 14), ("kostendeler", 13))
LEEFTIJDSBANDEN = ((18, 27, 42), (27, 45, 139), (45, 67, 229))  # CBS eind 2025, x 1.000
DUUR_LOPEND = (((0, 1), 18), ((1, 2), 12), ((2, 5), 20), ((5, 20), 50))  # jaren; helft 5 jaar of langer
DUUR_UITGESTROOMD = (((0, 1), 40), ((1, 2), 25), ((2, 5), 20), ((5, 15), 15))  # kort in de bijstand stroomt vaker uit
EINDE_REDENEN = (("werk", 38), ("aow", 10), ("verhuisd", 12), ("overig", 40))
AANDEEL_UITGESTROOMD = 0.07  # uitstroom in het afgelopen jaar; zo blijft elke caseload 40-50 lopende zaken
AANDEEL_DEELTIJD = 0.09  # Divosa: 8% met inkomen uit deeltijdwerk
KLANTMANAGER_PER = 45.5  # zaken per klantmanager bij het bepalen van het aantal klantmanagers
BOVEN_NORM = (53, 56)  # twee klantmanagers boven de norm van 50

KM_VOORNAMEN = [
    "Eva",
    "Jeroen",
    "Nadia",
    "Mark",
    "Sophie",
    "Hamza",
    "Iris",
    "Ruben",
    "Leila",
    "Daan",
    "Femke",
    "Omar",
    "Marloes",
    "Stefan",
    "Aylin",
    "Bas",
    "Noor",
    "Thijs",
    "Hatice",
    "Joost",
]
KM_ACHTERNAMEN = [
    "van Dijk",
    "de Jong",
    "Bulut",
    "Koster",
    "Prins",
    "Kramer",
    "Sedney",
    "van Leeuwen",
    "Huisman",
    "Boukhari",
    "Schouten",
    "Veenstra",
    "Ramdin",
    "Maas",
    "Verbeek",
    "Ouali",
    "Jacobs",
    "Kuipers",
    "Aydin",
    "Wolters",
]

# Codes gelijk aan de gedeelde interfaces (participatie/plicht.py, catalogus.py, verordening 'diemen').
ONTHEFFING_REDENEN = (("zorgtaken", 30), ("medisch", 35), ("psychisch", 20), ("mantelzorg", 10), ("overig", 5))
INSTRUMENTEN = (
    ("sociale_activering", 16),
    ("participatieplaats", 10),
    ("scholing", 9),
    ("taal", 10),
    ("jobcoach", 8),
    ("loonkostensubsidie", 7),
    ("beschut_werk", 4),
    ("basisbaan", 4),
    ("vrijwilligerswerk", 14),
    ("mantelzorg", 6),
    ("eigen_initiatief", 4),
)
# Afstemmingsverordening Participatiewet, IOAW en IOAZ Diemen 2015 (CVDR345917): 5% / 30% / 100%, een maand.
MAATREGEL_CATEGORIEEN = (("categorie_1", 500, 1, 30), ("categorie_2", 3000, 1, 50), ("categorie_3", 10000, 1, 20))
MAATREGEL_STATUSSEN = (
    ("signaal", 25),
    ("gehoord", 15),
    ("gewaarschuwd", 15),
    ("opgelegd", 25),
    ("afgezien", 15),
    ("herzien", 5),
)
GRONDSLAG_MAATREGEL = "Pw art. 18 lid 2; Afstemmingsverordening Participatiewet, IOAW en IOAZ Diemen 2015"


def _kies(r: random.Random, opties):
    return r.choices([o[0] for o in opties], weights=[o[-1] for o in opties])[0]


def _leeftijd(r: random.Random) -> int:
    van, tot, _ = r.choices(LEEFTIJDSBANDEN, weights=[b[2] for b in LEEFTIJDSBANDEN])[0]
    return r.randrange(van, tot)


def _plus_maanden(d: dt.date, n: int) -> dt.date:
    j, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + j, m + 1, min(d.day, 28))


def demo_casus(
    r: random.Random, naam: str, soort: str | None = None, leeftijd: int | None = None, deeltijd: bool | None = None
) -> dict:
    soort = soort or r.choices(["alleen", "paar", "ouder", "kostendeler"], weights=[45, 20, 20, 15])[0]
    leeftijd = leeftijd or r.choice([22, 26, 31, 38, 44, 52, 58, 63])
    hh: dict = {"aanvrager": {"geboortedatum": _geboren(r, leeftijd)}}
    if soort == "paar":
        hh["partner"] = {"geboortedatum": _geboren(r, max(21, leeftijd + r.randrange(-4, 5)))}
    if soort in ("paar", "ouder"):
        hh["kinderen"] = [
            {"geboortedatum": _geboren(r, r.randrange(1, min(17, max(2, leeftijd - 17))))}
            for _ in range(r.randrange(1, 4))
        ]
    if soort == "kostendeler":
        hh["medebewoners"] = [{"geboortedatum": _geboren(r, r.randrange(25, 70))} for _ in range(r.randrange(1, 3))]
    maanden = {}
    if deeltijd is None:
        deeltijd = r.random() < 0.35
    if deeltijd:  # deeltijdwerk met wisselend loon, vanaf een maand in 2026
        basis = r.randrange(250, 750)
        for m in range(r.randrange(1, 12), 13):
            if r.random() < 0.85:
                netto = max(0, basis + r.randrange(-150, 151))
                maanden[f"2026-{m:02d}"] = {
                    "inkomsten": [{"soort": "arbeid", "netto": f"{netto}.{r.randrange(100):02d}"}]
                }
        if r.random() < 0.4:  # een deel heeft al maanden bijverdienvrijlating gebruikt (art. 34a lid 1 onder a)
            hh["aanvrager"]["vrijlating_maanden_gebruikt"] = {"art34a": r.randrange(1, 8)}
    return {
        "naam": f"Zaak {naam}",
        "periode": {"van": "2026-01", "tot": "2026-12"},
        "huishouden": hh,
        "vermogen": {"bezittingen": f"{r.randrange(0, 6000)}.00", "schulden": "0.00"},
        "maanden": maanden,
    }


def _klantmanagers(s: Session, r: random.Random, aantal: int, hash_: str) -> list[Gebruiker]:
    uit, gebruikt = [], set()
    for _ in range(aantal):
        while True:
            v, a = r.choice(KM_VOORNAMEN), r.choice(KM_ACHTERNAMEN)
            if (v, a) not in gebruikt:
                gebruikt.add((v, a))
                break
        slug = f"{v} {a}".lower().replace(" ", ".")
        g = Gebruiker(
            gebruikersnaam=f"km.{slug}", naam=f"{v} {a}", rol="klantmanager", wachtwoord_hash=hash_, actief=True
        )
        s.add(g)
        uit.append(g)
    return uit


def _verdeling(aantal_lopend: int, n_km: int) -> list[int]:
    """Lopende zaken per klantmanager (index 0 = km.jansen met Ferd, 1 = km.bakker): twee boven de norm, de rest gelijk."""
    if n_km <= 2:
        return []
    boven = {1: BOVEN_NORM[0], n_km - 1: BOVEN_NORM[1]}
    rest = aantal_lopend - sum(boven.values())
    basis, over = divmod(rest, n_km - 2)
    doelen, j = [], 0
    for i in range(n_km):
        if i in boven:
            doelen.append(boven[i])
        else:
            doelen.append(basis + (1 if j < over else 0))
            j += 1
    return doelen


class _Teller:
    def __init__(self):
        self.n = 0

    def volgende(self) -> int:
        self.n += 1
        return self.n


def vul_demo(s: Session, aantal_zaken: int = 24, zaadje: int = 2026, peildatum: dt.date | None = None) -> bool:
    """Vult alleen een lege database; geeft True als er iets is toegevoegd.

    Zelfde zaadje en peildatum: dezelfde database. De data van ontheffingen, plannen en maatregelen
    liggen rond de peildatum (standaard vandaag), zodat de caseload iets te melden heeft."""
    if s.scalar(select(func.count()).select_from(Gebruiker)):
        return False
    peil = peildatum or dt.date.today()
    r = random.Random(zaadje)
    hash_ = hash_wachtwoord(WACHTWOORD)  # één hash voor alle demo-accounts: argon2 is bewust traag
    gebruikers = {}
    for naam, volledig, rol in GEBRUIKERS:
        g = Gebruiker(gebruikersnaam=naam, naam=volledig, rol=rol, wachtwoord_hash=hash_, actief=True)
        s.add(g)
        gebruikers[naam] = g
    s.flush()
    kms = [gebruikers["km.jansen"], gebruikers["km.bakker"]]
    ferd_casus = uit_bestand(VOORBEELDEN / "ferd-maandstaat.yaml")
    ferd = maak_zaak(
        s,
        naam="Ferd de Wit",
        bsn=test_bsn(r),
        casus=ferd_casus,
        klantmanager_id=kms[0].id,
        door=kms[0].id,
        zaak_id=str(uuid.UUID(int=r.getrandbits(128), version=4)),
    )
    ferd.ingangsdatum = ferd_casus.periode.van
    gebruikers["inwoner.ferd"].zaak_id = ferd.id

    # Vanaf hier een eigen stroom toevalsgetallen, zodat Ferd en de vijf accounts gelijk blijven.
    rd = random.Random(zaadje * 7919 + aantal_zaken)
    n_km = max(2, round(aantal_zaken / KLANTMANAGER_PER))
    if n_km > 2:
        kms += _klantmanagers(s, rd, n_km - 2, hash_)
        s.flush()
    overig = aantal_zaken - 1
    uitgestroomd = [rd.random() < AANDEEL_UITGESTROOMD for _ in range(overig)]
    doelen = _verdeling(overig - sum(uitgestroomd) + 1, n_km)
    if doelen:
        doelen[0] -= 1  # Ferd telt al mee bij km.jansen
        lopend_km = [i for i, d in enumerate(doelen) for _ in range(d)]
        rd.shuffle(lopend_km)
    ids = {"ontheffing": _Teller(), "plan": _Teller(), "activiteit": _Teller(), "maatregel": _Teller()}
    rijen: dict[str, list[dict]] = {"ontheffing": [], "plan": [], "activiteit": [], "maatregel": [], "besluit": []}
    li = 0
    for i in range(overig):
        naam = f"{r.choice(VOORNAMEN)} {r.choice(ACHTERNAMEN)}"
        soort, leeftijd = _kies(rd, HUISHOUDENS), _leeftijd(rd)
        casus = uit_data(demo_casus(r, naam, soort, leeftijd, rd.random() < AANDEEL_DEELTIJD), "demo")
        if n_km == 2:
            km = kms[i % 2]
        elif uitgestroomd[i]:
            km = kms[rd.randrange(n_km)]
        else:
            km = kms[lopend_km[li]]
            li += 1
        z = maak_zaak(
            s,
            naam=naam,
            bsn=test_bsn(r),
            casus=casus,
            klantmanager_id=km.id,
            door=km.id,
            zaak_id=str(uuid.UUID(int=r.getrandbits(128), version=4)),
        )
        _looptijd(rd, z, peil, leeftijd, uitgestroomd[i])
        if z.einddatum is None:
            _participatie(rd, rijen, ids, z.id, km.id, peil, soort, leeftijd)
    s.flush()
    for tabel, model in (
        ("ontheffing", Ontheffing),
        ("plan", Plan),
        ("activiteit", Activiteit),
        ("maatregel", MaatregelZaak),
        ("besluit", Besluit),
    ):
        if rijen[tabel]:
            s.execute(insert(model), rijen[tabel])  # in één keer: 1.000 zaken blijven binnen een paar seconden
    s.commit()
    return True


def _looptijd(r: random.Random, z, peil: dt.date, leeftijd: int, uitgestroomd: bool) -> None:
    """Ingangsdatum (en bij uitstroom einddatum en reden); nooit vóór de 18e verjaardag."""
    if uitgestroomd:
        einde = peil - dt.timedelta(days=r.randrange(1, 365))
        van, tot = _kies(r, DUUR_UITGESTROOMD)
        dagen = int(r.uniform(van, tot) * 365.25)
        z.einddatum, z.einde_reden, z.status = einde, _kies(r, EINDE_REDENEN), "beeindigd"
    else:
        einde = peil
        van, tot = _kies(r, DUUR_LOPEND)
        dagen = int(r.uniform(van, tot) * 365.25)
    dagen = max(14, min(dagen, (leeftijd - 18) * 365 + 180))
    z.ingangsdatum = einde - dt.timedelta(days=dagen)


def _tijd(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, 10, 0, tzinfo=dt.timezone.utc)


def _besluit(rijen, zaak_id, onderwerp, onderwerp_id, handeling, grondslag, motivering, km_id, d, gegevens=None):
    rijen["besluit"].append(
        {
            "zaak_id": zaak_id,
            "onderwerp": onderwerp,
            "onderwerp_id": str(onderwerp_id),
            "handeling": handeling,
            "grondslag": grondslag,
            "motivering": motivering,
            "gegevens": gegevens,
            "auteur_id": km_id,
            "tijdstip": _tijd(d),
        }
    )


def _participatie(
    r: random.Random, rijen, ids, zaak_id: str, km_id: int, peil: dt.date, soort: str, leeftijd: int
) -> None:
    dag = dt.timedelta(days=1)
    duurzaam = False
    x = r.random()
    if x < 0.07:  # duurzaam: volledig en duurzaam arbeidsongeschikt (art. 9 lid 5)
        duurzaam = True
        oid, van = ids["ontheffing"].volgende(), peil - dag * r.randrange(60, 2000)
        mot = "Volgens het advies van UWV is de belanghebbende volledig en duurzaam arbeidsongeschikt."
        rijen["ontheffing"].append(
            dict(
                id=oid,
                zaak_id=zaak_id,
                persoon="aanvrager",
                soort="duurzaam",
                verplichtingen=["arbeid", "re_integratie", "tegenprestatie"],
                reden="medisch",
                toelichting="",
                van=van,
                tot=None,
                herbeoordeling=None,
                status="actief",
                grondslag="Pw art. 9 lid 5",
                motivering=mot,
                auteur_id=km_id,
                tijdstip=_tijd(van),
                versie=1,
            )
        )
        _besluit(rijen, zaak_id, "ontheffing", oid, "vastgesteld", "Pw art. 9 lid 5", mot, km_id, van)
    elif x < 0.25:  # tijdelijk (art. 9 lid 2), herbeoordeling soms binnenkort of al verlopen
        oid = ids["ontheffing"].volgende()
        van = peil - dag * r.randrange(20, 700)
        tot = peil + dag * r.randrange(-10, 400)
        herbeoordeling = min(tot, peil + dag * r.randrange(-25, 200))
        reden = "zorgtaken" if soort == "ouder" and r.random() < 0.6 else _kies(r, ONTHEFFING_REDENEN)
        status = "afgelopen" if tot < peil else "actief"
        mot = "Er zijn dringende redenen om tijdelijk geen arbeid te vragen; we kijken op de herbeoordeling opnieuw."
        rijen["ontheffing"].append(
            dict(
                id=oid,
                zaak_id=zaak_id,
                persoon="aanvrager",
                soort="tijdelijk",
                verplichtingen=["arbeid", "tegenprestatie"],
                reden=reden,
                toelichting="",
                van=van,
                tot=tot,
                herbeoordeling=herbeoordeling,
                status=status,
                grondslag="Pw art. 9 lid 2",
                motivering=mot,
                auteur_id=km_id,
                tijdstip=_tijd(van),
                versie=1,
            )
        )
        _besluit(rijen, zaak_id, "ontheffing", oid, "vastgesteld", "Pw art. 9 lid 2", mot, km_id, van)
    elif x < 0.29 and soort == "ouder":  # alleenstaande ouder met een kind tot vijf jaar (art. 9a)
        oid = ids["ontheffing"].volgende()
        van = peil - dag * r.randrange(30, 1500)
        tot = peil + dag * r.randrange(5, 400)
        mot = "Alleenstaande ouder met de volledige zorg voor een kind jonger dan vijf jaar vraagt ontheffing."
        rijen["ontheffing"].append(
            dict(
                id=oid,
                zaak_id=zaak_id,
                persoon="aanvrager",
                soort="alleenstaande_ouder",
                verplichtingen=["arbeid"],
                reden="zorgtaken",
                toelichting="",
                van=van,
                tot=tot,
                herbeoordeling=None,
                status="actief",
                grondslag="Pw art. 9a lid 1",
                motivering=mot,
                auteur_id=km_id,
                tijdstip=_tijd(van),
                versie=1,
            )
        )
        _besluit(rijen, zaak_id, "ontheffing", oid, "vastgesteld", "Pw art. 9a lid 1", mot, km_id, van)

    if not duurzaam and (leeftijd < 27 or r.random() < 0.55):
        pid = ids["plan"].volgende()
        van = peil - dag * r.randrange(30, 900)
        evaluatie = peil + dag * r.randrange(-20, 180)
        rijen["plan"].append(
            dict(
                id=pid,
                zaak_id=zaak_id,
                persoon="aanvrager",
                doelen=["Een stap zetten naar werk"],
                afspraken="We spreken elkaar elke maand.",
                status="vastgesteld",
                van=van,
                evaluatie=evaluatie,
                grondslag="Pw art. 44a",
                auteur_id=km_id,
                tijdstip=_tijd(van),
                bijgewerkt=_tijd(van),
                versie=1,
            )
        )
        _besluit(
            rijen,
            zaak_id,
            "plan",
            pid,
            "vastgesteld",
            "Pw art. 44a",
            "Plan van aanpak samen opgesteld; we evalueren het op de afgesproken datum.",
            km_id,
            van,
        )
        for _ in range(r.choice((1, 1, 2))):
            code = _kies(r, INSTRUMENTEN)
            _activiteit(r, rijen, ids, zaak_id, km_id, peil, code, pid)
    elif r.random() < 0.08:  # eigen initiatief zonder plan (vrijwilligerswerk, mantelzorg)
        _activiteit(
            r, rijen, ids, zaak_id, km_id, peil, r.choice(("vrijwilligerswerk", "mantelzorg", "eigen_initiatief")), None
        )

    if r.random() < 0.05:
        _maatregel(r, rijen, ids, zaak_id, km_id, peil)


def _activiteit(r, rijen, ids, zaak_id, km_id, peil, code, plan_id) -> None:
    aid, dag = ids["activiteit"].volgende(), dt.timedelta(days=1)
    if code == "participatieplaats":  # soms bijna aan de twee jaar van art. 10a lid 1
        van = peil - dag * r.randrange(30, 725)
    else:
        van = peil - dag * r.randrange(10, 500)
    status = "lopend" if van <= peil else "gepland"
    eigen = plan_id is None
    rijen["activiteit"].append(
        dict(
            id=aid,
            zaak_id=zaak_id,
            plan_id=plan_id,
            persoon="aanvrager",
            instrument=code,
            omschrijving="",
            eigen_initiatief=eigen,
            uren_per_week=r.choice((4, 8, 12, 16, 24)),
            van=van,
            tot=None,
            evaluatie=peil + dag * r.randrange(-15, 200),
            status=status,
            resultaat=None,
            loonwaarde_bp=r.randrange(3000, 8000, 500) if code == "loonkostensubsidie" else None,
            auteur_id=km_id,
            tijdstip=_tijd(van),
            versie=1,
        )
    )
    _besluit(
        rijen,
        zaak_id,
        "activiteit",
        aid,
        "vastgesteld",
        "Pw art. 7 lid 1 onder a en art. 10",
        "Deze activiteit past bij het doel in het plan en bij wat de persoon zelf wil.",
        km_id,
        van,
    )


def _maatregel(r, rijen, ids, zaak_id, km_id, peil) -> None:
    mid, dag = ids["maatregel"].volgende(), dt.timedelta(days=1)
    cat, bp, maanden, _ = r.choices(MAATREGEL_CATEGORIEEN, weights=[c[3] for c in MAATREGEL_CATEGORIEEN])[0]
    status = _kies(r, MAATREGEL_STATUSSEN)
    signaal = peil - dag * r.randrange(3, 240 if status != "signaal" else 40)
    rij = dict(
        id=mid,
        zaak_id=zaak_id,
        persoon="aanvrager",
        verordening="diemen",
        categorie=cat,
        gedraging="Niet verschenen op een afspraak zonder bericht.",
        signaal_datum=signaal,
        status=status,
        percentage_bp=None,
        maanden=None,
        ingang=None,
        herzien_vanaf=None,
        auteur_id=km_id,
        tijdstip=_tijd(signaal),
        bijgewerkt=_tijd(signaal),
        versie=1,
    )
    stappen = [("signaal", signaal, "Signaal vastgelegd: de afspraak is niet nagekomen, we horen de persoon eerst.")]
    if status != "signaal":
        gehoord = signaal + dag * r.randrange(5, 20)
        stappen.append(("gehoord", gehoord, "De persoon is gehoord en heeft zijn kant van het verhaal verteld."))
        if status == "gewaarschuwd":
            stappen.append(
                (
                    "waarschuwing",
                    gehoord + dag * 3,
                    "Eerste keer: een schriftelijke waarschuwing in plaats van een verlaging.",
                )
            )
        elif status in ("opgelegd", "herzien"):
            ingang = dt.date(gehoord.year, gehoord.month, 1) + dt.timedelta(days=32)
            ingang = dt.date(ingang.year, ingang.month, 1)
            rij.update(percentage_bp=bp, maanden=maanden, ingang=ingang)
            stappen.append(("opgelegd", gehoord + dag * 5, "Verwijtbaar gedrag; verlaging volgens de verordening."))
            if status == "herzien":
                rij["herzien_vanaf"] = ingang
                stappen.append(("herzien", gehoord + dag * 30, "De persoon werkt weer mee; de verlaging is herzien."))
        elif status == "afgezien":
            stappen.append(
                ("afgezien", gehoord + dag * 4, "Er ontbreekt elke vorm van verwijtbaarheid: geen maatregel.")
            )
        rij["bijgewerkt"] = _tijd(stappen[-1][1])
    rijen["maatregel"].append(rij)
    for handeling, d, mot in stappen:
        _besluit(
            rijen,
            zaak_id,
            "maatregel",
            mid,
            handeling,
            GRONDSLAG_MAATREGEL,
            mot,
            km_id,
            d,
            {"status": handeling, "categorie": cat},
        )
