# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De maandstaat voor een populatie (maandstaat.vector) tegen het grootboek van één huishouden.

Een eigen geseede generator maakt echte casussen (uit_data) met loonstroken volgens de vertaling in
vector.py, en dezelfde huishoudens als arrays (maandinvoeren + stapel). Per methode moet elke maand
tot op de cent gelijk zijn: betaald, verrekend, nieuwe vordering, aflossing, bufferbudget,
vakantietoeslag en doorbetaald loon, en wat na de periode nog open staat.
"""

from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace

import numpy as np
import pytest

from balans.casus.laden import uit_data
from balans.maandstaat import betaaldagen
from balans.maandstaat.grootboek import METHODEN, Grootboek, _Boekhouding
from balans.maandstaat.uitvoer import sluitend
from balans.maandstaat.vector import (
    GEEN_SCHATTING,
    casus_loonstroken,
    schatting_uit_contract,
    verreken,
)
from balans.rekenen.verwachting import netto_per_periode
from balans.rekenen.casus import begintoestand, loon_per_maand, maandinvoeren
from balans.rekenen.invoer import stapel, stapel_toestand
from balans.wet.parameters import ParameterBoom

D = dt.date
SOORTEN = (
    "betaald",
    "verrekend",
    "vordering_nieuw",
    "aflossing",
    "buffer_ingezet",
    "vakantietoeslag",
    "loon_doorbetaald",
)


def _maanden(van: D, aantal: int) -> list[D]:
    uit = [van]
    while len(uit) < aantal:
        m = uit[-1]
        uit.append(D(m.year + (m.month == 12), m.month % 12 + 1, 1))
    return uit


class ProefDeel:
    """Dezelfde huishoudens als arrays, zoals een deel van de beleidspopulatie."""

    def __init__(self, casussen, boom, maanden, dagen):
        self.maanden = maanden
        per = [maandinvoeren(c, loon_per_maand(c, boom)) for c in casussen]
        self._inv = [stapel([p[i][1] for p in per]) for i in range(len(maanden))]
        self._begin = stapel_toestand([begintoestand(c) for c in casussen])
        self._loon = np.stack([inv.arbeid_a + inv.arbeid_p for inv in self._inv], axis=1)
        self.kenmerken = {"loonstrook_dag": np.array(dagen, np.int64)}

    def invoer(self, i):
        return self._inv[i]

    def begin(self):
        return self._begin.kopie()

    def loon_maand(self):
        return self._loon


def _euro(c: int) -> str:
    return f"{c // 100}.{c % 100:02d}"


def _huishouden(
    r: random.Random, i: int, maanden: list[D], dagen: list[int], schatten_vast: bool, vakantiegeld: bool = False
):
    jaar0 = maanden[0].year
    leeftijd = r.choice([18, 19, 20, 22, 25, 30, 38, 45, 55, 63, 66])
    geb = D(jaar0 - leeftijd, r.randint(1, 12), r.randint(1, 28))
    hh = {"aanvrager": {"geboortedatum": geb.isoformat()}}
    partner = leeftijd >= 21 and r.random() < 0.35
    if partner:
        hh["partner"] = {
            "geboortedatum": D(jaar0 - r.randint(19, 64), r.randint(1, 12), 1).isoformat(),
            "rechthebbend": r.random() > 0.1,
        }
    if leeftijd >= 21 and r.random() < 0.35:
        hh["kinderen"] = [
            {"geboortedatum": D(jaar0 - r.randint(0, 17), r.randint(1, 12), 1).isoformat()}
            for _ in range(r.randint(1, 2))
        ]
    if r.random() < 0.15:
        hh["medebewoners"] = [
            {
                "geboortedatum": D(jaar0 - r.randint(19, 70), 6, 15).isoformat(),  # nooit de datum van de partner
                "uitzondering": r.choice([None, None, "student"]),
            }
        ]
    m = len(maanden)
    werkt_a = r.random() < 0.65
    werkt_p = partner and r.random() < 0.4
    loon_a = [r.choice([0, 0, r.randint(100, 160000), r.randint(20000, 90000)]) if werkt_a else 0 for _ in range(m)]
    loon_p = [r.choice([0, r.randint(100, 120000)]) if werkt_p else 0 for _ in range(m)]
    # Vakantiegeld op de loonstrook (een deel van het loon van die maand, in die maand opgebouwd): met een
    # eigen generator, zodat de huishoudens zonder deze keuze dezelfde blijven. Soms is het al het loon: een
    # loonstrook met netto 0,00 en alleen vakantiegeld. Ook daarop wacht de gemeente (modelkeuze 22; tot
    # issue 16 wachtte het grootboek dan niet, zie test_alleen_vakantiegeld.py).
    vg_a = vg_p = None
    if vakantiegeld:
        rv = random.Random(r.random())

        def vg(x: int) -> int:
            if x < 1 or rv.random() >= 0.4:
                return 0
            return x if rv.random() < 0.25 else rv.randint(0, x - 1)

        vg_a = [vg(x) for x in loon_a]
        vg_p = [vg(x) for x in loon_p]
    data = {
        "naam": f"proef {i}",
        "periode": {"van": maanden[0].isoformat()[:7], "tot": maanden[-1].isoformat()[:7]},
        "huishouden": hh,
        "vermogen": {"bezittingen": _euro(r.choice([0, 150000, 400000, 1500000]))},
        "loonstroken": casus_loonstroken(loon_a, loon_p, maanden, dagen, vg_a, vg_p),
    }
    maand_data = {}
    for mm in maanden:
        x = {}
        if r.random() < 0.08:
            x["inkomsten"] = [{"soort": "uitkering", "netto": _euro(r.randint(1000, 90000))}]
        if r.random() < 0.05:
            x["giften"] = _euro(r.randint(1000, 150000))
        if r.random() < 0.03:
            x["maatregel"] = {"percentage": r.choice([20, 30, 100])}
        if r.random() < 0.03:
            x["vermogen"] = {"bezittingen": _euro(r.choice([0, 2000000]))}
        if x:
            maand_data[mm.isoformat()[:7]] = x
    if maand_data:
        data["maanden"] = maand_data
    vbs = r.choice([0, 0, 0, r.randint(1, 250000)])
    schatting = r.randint(0, 120000) if schatten_vast and r.random() < 0.4 else GEEN_SCHATTING
    verrekening = {"vordering_bij_start": _euro(vbs)}
    if schatting != GEEN_SCHATTING:
        verrekening["schatting"] = _euro(schatting)
    data["verrekening"] = verrekening
    return data, vbs, schatting, (vg_a or [0] * m, vg_p or [0] * m)


def _groep(
    seed: int,
    van: D,
    aantal_maanden: int,
    n: int,
    boom: ParameterBoom,
    dagkeuze,
    bufferbudget=None,
    vakantiegeld: bool = False,
):
    r = random.Random(seed)
    maanden = _maanden(van, aantal_maanden)
    casussen, vbs, schattingen, dagen, vg_as, vg_ps = [], [], [], [], [], []
    for i in range(n):
        dag = [r.choice(dagkeuze) for _ in maanden]
        data, v, s, (vg_a, vg_p) = _huishouden(r, i, maanden, dag, schatten_vast=True, vakantiegeld=vakantiegeld)
        vg_as.append(vg_a)
        vg_ps.append(vg_p)
        if bufferbudget is not None:
            data["verrekening"]["bufferbudget"] = bufferbudget
        casussen.append(uit_data(data))
        vbs.append(v)
        schattingen.append(s)
        dagen.append(dag)
    deel = ProefDeel(casussen, boom, maanden, dagen)
    return {
        "casussen": casussen,
        "deel": deel,
        "boom": boom,
        "vbs": np.array(vbs),
        "maanden": maanden,
        "schatting": np.array(schattingen),
        "bufferbudget": bufferbudget,
        "vakantiegeld": (np.array(vg_as, np.int64), np.array(vg_ps, np.int64)),
        "grootboeken": [Grootboek(c, boom) for c in casussen],
    }


def _betaaldag(dag: int, verrekenen_maanden: int | None = None, vakantiegeld: str | None = None) -> ParameterBoom:
    bron = "aanname voor de test"
    lagen = {"gemeente": {"betaaldag": {"waarden": {"2024-01-01": {"waarde": dag, "bron": bron}}}}}
    if vakantiegeld is not None:
        lagen["gemeente"]["vakantiegeld_verrekening"] = {
            "waarden": {"2024-01-01": {"waarde": vakantiegeld, "bron": bron}}
        }
    if verrekenen_maanden is not None:
        lagen["art45"] = {
            "verrekenen_middelen_maanden": {"waarden": {"2024-01-01": {"waarde": verrekenen_maanden, "bron": bron}}}
        }
    return ParameterBoom.met_lagen([("proef", lagen)])


@pytest.fixture(scope="module")
def groepen():
    return [
        # 2026: betaaldag de 25e, loonstroken vroeg in de maand (het gewone geval), één juni.
        _groep(1, D(2026, 1, 1), 12, 90, ParameterBoom.voor("wet"), [1, 2, 5, 9, 14, 20, 22]),
        # Over de jaargrens 2025/2026 (art. 34b gaat in), betaaldag de 10e: loonstroken komen vaak
        # na de betaaldag (dan wacht op_de_maand een maand, en schat 'schatten' zonder die maand).
        _groep(2, D(2025, 9, 1), 12, 90, _betaaldag(10), [2, 5, 7, 8, 9, 10, 11, 12, 16, 22]),
        # Bijverdienen vanaf 2027 (regime), zonder bufferbudget, vijftien maanden met twee keer juni.
        _groep(
            3, D(2026, 5, 1), 15, 60, ParameterBoom.voor("bijverdienen-vanaf-2027"), [3, 6, 21, 22], bufferbudget=False
        ),
        # Verrekenen met middelen van hoogstens één maand terug (een denkbare variant op art. 58 lid 4):
        # wat over maand i-2 te veel is betaald, wordt meteen een vordering (art. 58 lid 2).
        _groep(4, D(2026, 1, 1), 8, 40, _betaaldag(10, verrekenen_maanden=1), [9, 12, 16]),
        # 2027: art. 34b geldt (formeel vanaf 1 januari 2027), betaaldag de 25e; 25 december is Eerste
        # Kerstdag. Hier gebeurt het bufferbudget; in 2026 niet meer.
        _groep(5, D(2026, 11, 1), 10, 70, ParameterBoom.voor("wet"), [2, 5, 9, 14, 20, 22, 23]),
        # Vakantiegeld op de loonstrook, ook loonstroken met netto 0,00 en alleen vakantiegeld; betaaldag de
        # 10e, zodat 'op de maand' vaak een maand wacht. Over juni en de jaargrens (art. 34b in 2027).
        _groep(6, D(2026, 5, 1), 10, 60, _betaaldag(10), [2, 5, 7, 8, 9, 12, 16], vakantiegeld=True),
        # Hetzelfde met maatregel 18 van het Programmaplan: de reservering vraagt de bijstand zonder
        # vakantiegeld, een eigen reeks van de regelkern, ook voor de voorlopige maanden (issue 16).
        _groep(
            8,
            D(2026, 5, 1),
            10,
            60,
            _betaaldag(10, vakantiegeld="programmaplan"),
            [2, 5, 7, 8, 9, 12, 16],
            vakantiegeld=True,
        ),
    ]


def _scalair(g: Grootboek, methode: str, maanden: list[D]):
    """Het grootboek van één huishouden per kalendermaand (kolom m: na de periode)."""
    b = _Boekhouding(g, methode)
    m = len(maanden)
    uit = {k: [0] * (m + 1) for k in SOORTEN}
    index = {(x.year, x.month): i for i, x in enumerate(maanden)}
    eigen = b._moment

    def moment(d, ip):
        voor, aantal = b.vordering, len(b.betalingen)
        eigen(d, ip)
        k = index.get((d.year, d.month), m)
        for bet in b.betalingen[aantal:]:
            for regel in bet.regels:
                if regel.soort in ("verrekend", "aflossing"):
                    uit["verrekend" if regel.soort == "verrekend" else "aflossing"][k] -= regel.bedrag
                elif regel.soort == "bufferbudget":
                    uit["buffer_ingezet"][k] += regel.bedrag
                elif regel.soort in ("vakantietoeslag", "loon_doorbetaald"):
                    uit[regel.soort][k] += regel.bedrag
            uit["betaald"][k] += bet.bedrag
        afgelost = sum(-r.bedrag for bet in b.betalingen[aantal:] for r in bet.regels if r.soort == "aflossing")
        # De nieuwe vordering staat alleen in de tekst van de regel; zo tellen we haar na.
        uit["vordering_nieuw"][k] += b.vordering - voor + afgelost

    b._moment = moment
    s = b.draai()
    uit["betaald"] = [x - y for x, y in zip(uit["betaald"], uit["loon_doorbetaald"])]
    return s, uit


def _vergelijk(groep, methode: str, **extra):
    deel = groep["deel"]
    v = verreken(
        groep["boom"],
        deel,
        methode,
        vordering_bij_start=groep["vbs"],
        schatting=groep["schatting"],
        bufferbudget=groep["bufferbudget"],
        vakantiegeld=groep["vakantiegeld"],
        **extra,
    )
    m = len(groep["maanden"])
    for h, g in enumerate(groep["grootboeken"]):
        s, per_maand = _scalair(g, methode, groep["maanden"])
        assert sluitend(s)
        assert list(v.recht[h]) == list(s.recht.values()), (h, "recht")
        for k in SOORTEN:
            vec = list(getattr(v, k)[h]) + [v.na_periode[k][h] if k in v.na_periode else 0]
            assert vec == per_maand[k], (h, methode, k, vec, per_maand[k])
        assert v.vakantietoeslag_gereserveerd[h] == s.vakantietoeslag_gereserveerd, (h, "reserve")
        assert v.nog_na_te_betalen[h] == s.nog_na_te_betalen, (h, "na te betalen")
        assert v.nog_te_verrekenen[h] == s.nog_te_verrekenen, (h, "te verrekenen")
        assert v.vordering[h] == s.vordering, (h, "vordering")
        assert v.loon_nog_door_te_betalen[h] == s.loon_nog_door_te_betalen, (h, "loon open")
        assert v.betaald_totaal[h] == s.betaald
        assert v.buffer_ingezet[h].sum() == s.buffer_totaal
        if not (deel.loon_maand()[h] > 0).any():  # zonder arbeidsinkomen nooit bufferbudget (art. 34b)
            assert s.buffer_totaal == 0
        assert all(betaaldagen.is_werkdag(b.datum) for b in s.betalingen if b.bedrag), (h, "betaald op een vrije dag")
        assert v.onder_norm.shape == (len(groep["casussen"]), m)
    assert v.sluitend().all()
    return v


@pytest.mark.parametrize("methode", METHODEN)
def test_gelijk_aan_het_grootboek_per_huishouden_en_maand(groepen, methode):
    assert sum(len(g["casussen"]) for g in groepen) >= 200
    assert any(ls.netto == 0 and ls.vakantiegeld.betaald for c in groepen[5]["casussen"] for ls in c.loonstroken)
    gebeurd = {k: 0 for k in ("verrekend", "vordering_nieuw", "aflossing", "buffer_ingezet", "vakantietoeslag")}
    for groep in groepen:
        v = _vergelijk(groep, methode)
        for k in gebeurd:
            gebeurd[k] += int((getattr(v, k) > 0).sum())
    # De vergelijking zegt alleen iets als het ook gebeurt: vakantietoeslag, aflossing en bufferbudget bij
    # elke methode; verrekening bij de methoden met een voorschot; vorderingen bij achteraf en schatten.
    # (Bij vast_bedrag is het teveel nooit meer dan het loon dat de gemeente doorbetaalt: geen vordering.)
    # Bufferbudget alleen waar loon wordt verrekend (art. 34b): op_de_maand verrekent zonder correcties
    # niets, en de aflossing van een vordering van vóór de periode komt nooit uit het bufferbudget.
    assert gebeurd["vakantietoeslag"] > 0 and gebeurd["aflossing"] > 0
    if methode != "op_de_maand":
        assert gebeurd["verrekend"] > 0 and gebeurd["buffer_ingezet"] > 0
    assert (gebeurd["vordering_nieuw"] > 0) == (methode in ("achteraf", "schatten", "vast_bedrag"))
    if methode == "vast_bedrag":
        # Surplus rekent een maand af op de vaste betaaldag nadat het loon binnen is; een vordering ontstaat
        # dan alleen als de verrekentermijn korter is dan die maand (groep 4: één maand).
        for groep in groepen[:3] + groepen[4:]:
            assert _vergelijk(groep, methode).vordering_nieuw.sum() == 0


@pytest.mark.parametrize("methode", METHODEN)
def test_zonder_snelle_weg_hetzelfde(groepen, methode):
    """Huishoudens zonder loon gaan in één keer (_eenvoudig); moment voor moment geeft hetzelfde."""
    groep = groepen[0]
    a = verreken(groep["boom"], groep["deel"], methode, vordering_bij_start=groep["vbs"], schatting=groep["schatting"])
    b = verreken(
        groep["boom"],
        groep["deel"],
        methode,
        vordering_bij_start=groep["vbs"],
        schatting=groep["schatting"],
        alles_per_moment=True,
    )
    assert (a.recht.sum(axis=1) > 0).any()
    for k in SOORTEN + ("onder_norm",):
        assert np.array_equal(getattr(a, k), getattr(b, k)), k
    for k in ("vakantietoeslag_gereserveerd", "nog_na_te_betalen", "nog_te_verrekenen", "vordering"):
        assert np.array_equal(getattr(a, k), getattr(b, k)), k


# --- met de hand -----------------------------------------------------------------------------------
# Casus a van test_maandstaat, maar met de loonstroken zoals een populatie ze aanlevert: loon van
# maart (600,00) en april (400,00) op de laatste dag van de maand betaald, bekend op 2 april en
# 4 mei. Bijstand (norm alleenstaande 2026 € 1.401,50; vrijlating 15%): maart 891,50, april
# 1.061,50, mei 1.401,50; zonder vakantietoeslag (5%, half naar boven): 846,92, 1.008,42, 1.331,42.
# Vakantietoeslag 44,58 + 53,08 + 70,08 = 167,74 blijft gereserveerd (juni valt buiten de periode).
MET_DE_HAND = {
    # Maart wacht op de loonstrook: 2 april + 3 dagen = zondag 5 april; maandag 6 april is Tweede
    # Paasdag, dus dinsdag 7 april; april op 7 mei, mei zonder loon op vrijdag 22 mei (25 mei is Tweede
    # Pinksterdag): 1.008,42 + 1.331,42 = 2.339,84 in mei.
    # Onder de norm (1.331,42) in maart (alleen 600,00 loon) en april (846,92 + 400,00 = 1.246,92).
    "op_de_maand": {"betaald": [0, 84692, 233984], "buffer_ingezet": [0, 0, 0], "onder_norm": [True, True, False]},
    # Voorschot zonder loon; het loon van maart gaat eraf in april: 1.331,42 - 484,50 = 846,92. Dan heeft
    # iemand in april 846,92 + 400,00 loon = 1.246,92, onder 1.331,42. Mei: 1.331,42 - 323,00 = 1.008,42
    # en geen loon meer. In 2026 geen bufferbudget (art. 34b formeel vanaf 2027; zie hieronder).
    "achteraf": {"betaald": [133142, 84692, 100842], "buffer_ingezet": [0, 0, 0], "onder_norm": [False, True, True]},
    # Schatting 500,00: vrijlating 75,00, bijstand 976,50 - 48,83 = 927,67. April: 927,67 - 80,75 = 846,92,
    # met 400,00 loon 1.246,92, onder de norm. Mei: 80,75 na + 1.331,42 = 1.412,17.
    "schatten": {"betaald": [92767, 84692, 141217], "buffer_ingezet": [0, 0, 0], "onder_norm": [False, True, False]},
    # Surplus: één betaling op de vaste dag. April: 1.331,42 + loon maart 600,00 - 484,50 = 1.446,92,
    # mei: 1.331,42 + loon april 400,00 - 323,00 = 1.408,42; zonder het doorbetaalde loon is dat
    # 846,92 en 1.008,42. Met het doorbetaalde loon boven de norm.
    "vast_bedrag": {
        "betaald": [133142, 84692, 100842],
        "buffer_ingezet": [0, 0, 0],
        "loon_doorbetaald": [0, 60000, 40000],
        "onder_norm": [False, False, False],
    },
}
# Dezelfde casus in een gemeente die het bufferbudget al in het gedoogjaar 2026 inzet (ambtshalve).
# Achteraf: april 84,50 (1.331,42 - 1.246,92; de inhouding 484,50 is groter), mei 323,00 (de hele
# inhouding; 1.008,42 + 323,00 = 1.331,42). Schatten: april 80,75 (de hele inhouding). Op de maand en
# Surplus verrekenen niets dat u onder de norm brengt: geen bufferbudget.
MET_DE_HAND_GEDOOGJAAR = {
    "op_de_maand": {"betaald": [0, 84692, 233984], "buffer_ingezet": [0, 0, 0]},
    "achteraf": {
        "betaald": [133142, 84692 + 8450, 100842 + 32300],
        "buffer_ingezet": [0, 8450, 32300],
        "onder_norm": [False, False, False],
    },
    "schatten": {"betaald": [92767, 92767, 141217], "buffer_ingezet": [0, 8075, 0], "onder_norm": [False, True, False]},
    "vast_bedrag": {"betaald": [133142, 84692, 100842], "buffer_ingezet": [0, 0, 0]},
}


def _boom(gedoogjaar: bool) -> ParameterBoom:
    """Art. 34a al in 2026 (waarmee casus a met de hand is afgeleid); art. 34b alleen in het gedoogjaar."""
    bron = "aanname voor de test: art. 34a al in 2026, en een gemeente die het gedoogjaar kiest"
    laag = {
        "art34a": {"van_toepassing": {"waarden": {"2026-01-01": {"waarde": True, "bron": bron}}}},
        "art31": {"vrijlatingen_n_tot_aa_van_toepassing": {"waarden": {"2026-01-01": {"waarde": False, "bron": bron}}}},
    }
    if gedoogjaar:
        laag["art34b"] = {"toepassen_in_gedoogjaar": {"waarden": {"2024-01-01": {"waarde": True, "bron": bron}}}}
    return ParameterBoom.met_lagen([("proef", laag)])


@pytest.mark.parametrize("gedoogjaar", [False, True], ids=["wet", "gedoogjaar"])
@pytest.mark.parametrize("methode", METHODEN)
def test_casus_a_met_de_hand(methode, gedoogjaar):
    maanden = _maanden(D(2026, 3, 1), 3)
    data = {
        "naam": "a",
        "periode": {"van": "2026-03", "tot": "2026-05"},
        "huishouden": {"aanvrager": {"geboortedatum": "1990-05-01"}},
        "loonstroken": casus_loonstroken([60000, 40000, 0], [0, 0, 0], maanden, [2, 4, 4]),
    }
    if methode == "schatten":
        data["verrekening"] = {"schatting": "500.00"}
    # De bedragen hierboven zijn met de hand afgeleid met de vrijlating van art. 34a (15%) al in 2026;
    # formeel geldt die pas vanaf 2027-01-01 (docs/inwerkingtreding.md), dus die aanname uitdrukkelijk.
    c = uit_data(data)
    boom = _boom(gedoogjaar)
    verwacht_alles = (MET_DE_HAND_GEDOOGJAAR if gedoogjaar else MET_DE_HAND)[methode]
    deel = ProefDeel([c], boom, maanden, [[2, 4, 4]])
    v = verreken(boom, deel, methode, schatting=50000 if methode == "schatten" else None)
    assert list(v.recht[0]) == [89150, 106150, 140150]
    for k, verwacht in verwacht_alles.items():
        assert list(getattr(v, k)[0]) == verwacht, k
    assert v.vakantietoeslag_gereserveerd[0] == 16774
    assert v.sluitend().all()
    # en het grootboek van één huishouden zegt hetzelfde
    s, per_maand = _scalair(Grootboek(c, boom), methode, maanden)
    assert per_maand["betaald"][:3] == verwacht_alles["betaald"]
    assert all(betaaldagen.is_werkdag(b.datum) for b in s.betalingen)


def test_juni_betaalt_de_vakantietoeslag_zonder_loon():
    # Alleenstaande van 35 zonder inkomen, januari t/m juni 2026 (op 1 juli wordt de norm geïndexeerd):
    # elke maand 1.401,50 - 70,08 = 1.331,42; in juni komt de vakantietoeslag over januari t/m mei erbij:
    # 5 x 70,08 = 350,40. Die van juni blijft gereserveerd tot juni 2027.
    maanden = _maanden(D(2026, 1, 1), 6)
    c = uit_data(
        {
            "naam": "z",
            "periode": {"van": "2026-01", "tot": "2026-06"},
            "huishouden": {"aanvrager": {"geboortedatum": "1990-05-01"}},
        }
    )
    boom = ParameterBoom.voor("wet")
    for methode in METHODEN:
        v = verreken(boom, ProefDeel([c], boom, maanden, [[5] * 6]), methode)
        assert list(v.betaald[0]) == [133142] * 5 + [133142 + 35040]
        assert list(v.vakantietoeslag[0]) == [0] * 5 + [35040]
        assert v.vakantietoeslag_gereserveerd[0] == 7008
        assert not v.onder_norm.any()


def test_beleidspopulatie_en_schatting_uit_contract():
    from balans.beleid.populatie import PopulatieSpec, maak_deel

    maanden = _maanden(D(2026, 1, 1), 12)
    deel = maak_deel(PopulatieSpec(n=2000, zaadje=7), 0, 2000, maanden)
    boom = ParameterBoom.voor("wet")
    s = schatting_uit_contract(deel)
    k = deel.kenmerken
    # 20 uur x € 14,00 x 52 / 12 = € 1.213,33 (1.213,333.. naar beneden); werkt niet: geen schatting
    contract = SimpleNamespace(kenmerken={"uren": np.array([20, 0]), "uurloon": np.array([1400, 1400])})
    assert list(schatting_uit_contract(contract)) == [121333, GEEN_SCHATTING]
    # dezelfde afronding als de verwachte loonstroken van één huishouden (half naar boven)
    r = random.Random(5)
    uren, uurloon = [r.randint(1, 40) for _ in range(300)], [r.randint(900, 3000) for _ in range(300)]
    contract = SimpleNamespace(kenmerken={"uren": np.array(uren, np.int16), "uurloon": np.array(uurloon)})
    assert list(schatting_uit_contract(contract)) == [netto_per_periode(u, x, "maand") for u, x in zip(uren, uurloon)]
    assert ((s == GEEN_SCHATTING) == (k["uren"] == 0)).all()
    for methode in METHODEN:
        v = verreken(boom, deel, methode, schatting=s if methode == "schatten" else None)
        assert v.sluitend().all()
        assert (v.vordering_nieuw >= 0).all() and (v.buffer_ingezet >= 0).all()
        per_jaar = v.buffer_ingezet.sum(axis=1)
        assert (per_jaar <= 100000).all()
        # wie nooit loon heeft, krijgt elke maand precies het recht min de gespaarde vakantietoeslag
        zonder = ~(deel.loon_maand() > 0).any(axis=1)
        assert (v.verrekend[zonder] == 0).all() and (v.vordering_nieuw[zonder] == 0).all()


def test_foute_invoer_noemt_het_veld():
    maanden = _maanden(D(2026, 1, 1), 2)
    c = uit_data(
        {
            "naam": "x",
            "periode": {"van": "2026-01", "tot": "2026-02"},
            "huishouden": {"aanvrager": {"geboortedatum": "1990-05-01"}},
            "loonstroken": casus_loonstroken([50000, 0], [0, 0], maanden, 5),
        }
    )
    boom = ParameterBoom.voor("wet")
    deel = ProefDeel([c], boom, maanden, [[5, 5]])
    with pytest.raises(ValueError, match="methode: 'maandelijks'"):
        verreken(boom, deel, "maandelijks")
    with pytest.raises(ValueError, match="loonstrook_dag"):
        verreken(boom, deel, "achteraf", loonstrook_dag=31)
    # 27 februari 2026 + 3 verwerkingsdagen = 2 maart: na het einde van februari
    with pytest.raises(ValueError, match="loonstrook_dag: dag 27"):
        verreken(boom, deel, "achteraf", loonstrook_dag=27)
    with pytest.raises(ValueError, match="vordering_bij_start"):
        verreken(boom, deel, "achteraf", vordering_bij_start=[1, 2])
    deel._loon = np.zeros_like(deel._loon)
    with pytest.raises(ValueError, match="loon_maand"):
        verreken(boom, deel, "achteraf")


def test_vakantiegeld_op_de_loonstrook():
    # Maand 1: loon 600,00 waarvan 100,00 vakantiegeld (in die maand opgebouwd en uitbetaald). De loonstrook
    # heeft netto 500,00 en vakantiegeld 100,00; de toerekening telt 600,00 in die maand (art. 32 lid 2),
    # precies als een loonstrook van 600,00 zonder vakantiegeld. Met de methode 'wet' is het grootboek dus
    # gelijk aan dat zonder vakantiegeld. Met maatregel 18 niet (test_maatregel18.py; groep 8 hierboven).
    maanden = _maanden(D(2026, 3, 1), 3)
    met = casus_loonstroken([60000, 0, 0], [0, 0, 0], maanden, 5, [10000, 0, 0], [0, 0, 0])
    assert met[0]["netto"] == "500.00" and met[0]["vakantiegeld"]["betaald"] == "100.00"
    zonder = casus_loonstroken([60000, 0, 0], [0, 0, 0], maanden, 5)
    basis = {
        "naam": "vg",
        "periode": {"van": "2026-03", "tot": "2026-05"},
        "huishouden": {"aanvrager": {"geboortedatum": "1990-05-01"}},
    }
    boom = ParameterBoom.voor("wet")
    a, b = (Grootboek(uit_data({**basis, "loonstroken": ls}), boom) for ls in (met, zonder))
    assert [int(u.bijstand) for u in a.finaal] == [int(u.bijstand) for u in b.finaal]
    for methode in METHODEN:
        assert [(x.datum, x.bedrag) for x in a.staat(methode).betalingen] == [
            (x.datum, x.bedrag) for x in b.staat(methode).betalingen
        ]
    with pytest.raises(ValueError, match="tussen 0 en het loon"):
        casus_loonstroken([5000], [0], maanden[:1], 5, [6000], [0])
    groep = _groep(
        7,
        D(2026, 3, 1),
        3,
        20,
        ParameterBoom.met_lagen(
            [
                (
                    "proef",
                    {
                        "gemeente": {
                            "vakantiegeld_verrekening": {
                                "waarden": {"2024-01-01": {"waarde": "programmaplan", "bron": "aanname voor de test"}}
                            }
                        }
                    },
                )
            ]
        ),
        [5],
        vakantiegeld=True,
    )
    vg_a, vg_p = groep["vakantiegeld"]
    assert (vg_a + vg_p).any()
    v = _vergelijk(groep, "op_de_maand")
    # Het vakantiegeld verschuift met maatregel 18 geld tussen de maand en juni; het recht blijft gelijk.
    zonder = verreken(groep["boom"], groep["deel"], "op_de_maand", vordering_bij_start=groep["vbs"])
    assert np.array_equal(v.recht, zonder.recht)
    assert not np.array_equal(v.vakantietoeslag_gereserveerd, zonder.vakantietoeslag_gereserveerd)
    # Eén array voor het huishouden: van wie is het vakantiegeld? De vrijlating is per persoon.
    with pytest.raises(ValueError, match="per persoon"):
        verreken(groep["boom"], groep["deel"], "op_de_maand", vakantiegeld=vg_a + vg_p)
    with pytest.raises(ValueError, match="vakantiegeld: verwacht"):
        verreken(groep["boom"], groep["deel"], "op_de_maand", vakantiegeld=np.zeros((1, 1), np.int64))
    with pytest.raises(ValueError, match="vakantiegeld: verwacht één array of een paar"):
        verreken(groep["boom"], groep["deel"], "op_de_maand", vakantiegeld=(vg_a,))
