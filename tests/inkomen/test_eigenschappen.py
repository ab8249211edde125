# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Eigenschappen van het hele inkomen (issue 19, 'What must hold').

- Meer bruto loon verlaagt het totaal van het huishouden nooit met meer dan de stijging van het bruto loon
  (casus met huur, 2026; zie onderaan voor alle jaren en de gevallen met een druk boven 100%).
- De toeslagen veranderen de bijstand niet (Pw art. 31 lid 2 onder b en d): met of zonder woning dezelfde bijstand.
"""

import datetime as dt

import numpy as np
import pytest

from balans.casus.laden import uit_data
from balans.rekenen.huishouden import inkomen_per_maand
from balans.rekenen.casus import bereken

MAAND = dt.date(2026, 3, 1)


def _casus(bruto: int, kinderen=(), woning=True, vrijlating=True):
    h = {"aanvrager": {"geboortedatum": "1990-04-01"}, "kinderen": [{"geboortedatum": k} for k in kinderen]}
    if woning:
        h["woning"] = {"soort": "huur", "kale_huur": "650.00"}
    inkomsten = [{"soort": "arbeid", "bruto": f"{bruto // 100}.{bruto % 100:02d}"}] if bruto else []
    return uit_data(
        {
            "naam": "eigenschap",
            "periode": {"van": "2026-03", "tot": "2026-03"},
            "huishouden": h,
            "maanden": {"2026-03": {"inkomsten": inkomsten, "vrijlating_toepassen": vrijlating}},
        }
    )


@pytest.mark.parametrize("kinderen", [(), ("2017-06-01",)])
@pytest.mark.parametrize("vrijlating", [True, False])
def test_meer_loon_kost_nooit_meer_dan_het_loon(kinderen, vrijlating):
    vorig = None
    for bruto in range(0, 450001, 7500):
        c = _casus(bruto, kinderen, vrijlating=vrijlating)
        totaal = int(inkomen_per_maand(c, bereken(c))[MAAND]["totaal"].replace(".", ""))
        if vorig is not None:
            assert totaal - vorig[1] >= -(bruto - vorig[0]), (vorig, bruto, totaal)
        vorig = (bruto, totaal)


@pytest.mark.parametrize("bruto", [0, 80000, 160000, 250000])
def test_toeslagen_veranderen_de_bijstand_niet(bruto):
    met, zonder = _casus(bruto, ("2017-06-01",)), _casus(bruto, ("2017-06-01",), woning=False)
    (a,), (b,) = bereken(met), bereken(zonder)
    assert (a.uitkomst.bijstand, a.uitkomst.middelen) == (b.uitkomst.bijstand, b.uitkomst.middelen)
    assert (
        inkomen_per_maand(met, [a])[MAAND]["bijstand"]
        == f"{b.uitkomst.bijstand // 100}.{b.uitkomst.bijstand % 100:02d}"
    )


# --- Met huurtoeslag, alle jaren, gevectoriseerd (issue 19, 'What must hold') -----------------------------------
# Voorbeeldhuishoudens van de beleidsrun (beleid/voorbeeld.py) met de voorbeeldhuur (de aftoppingsgrens), één maand
# (maart) per jaar, bruto loon in stappen van € 25 van 0 tot € 4.000. De bijstand komt uit de regelkern.
STAP = 2500
BRUTO = np.arange(0, 400001, STAP, dtype=np.int64)
_K1, _K2 = dt.date(2020, 4, 1), dt.date(2018, 4, 1)
TYPEN = (
    ("alleenstaande", False, ()),
    ("alleenstaande ouder", False, (_K1,)),
    ("paar", True, ()),
    ("paar, 2 kinderen", True, (_K1, _K2)),
)


def _curve(jaar: int, lhk_bij_werk: bool):
    from balans.beleid import voorbeeld
    from balans.inkomen import kinderbijslag as kb
    from balans.inkomen.context import ctx_voor
    from balans.inkomen.heel import heel_inkomen
    from balans.inkomen.huurtoeslag import passende_huur
    from balans.inkomen.kindgebonden_budget import tel_kinderen
    from balans.inkomen.loonheffing import netto_loon
    from balans.rekenen.populatie import bereken_maanden
    from balans.wet.parameters import ParameterBoom

    m = dt.date(jaar, 3, 1)
    ctx = ctx_voor(m, uitleg=False, vector=True)
    netto = netto_loon(ctx, BRUTO, lhk_bij_werk)[0]
    rijen = [(p, k) for _, p, k in TYPEN for _ in BRUTO]
    n = len(rijen)
    inv = voorbeeld.invoer(rijen, np.tile(netto, len(TYPEN)))
    ((_, u),) = list(bereken_maanden(ParameterBoom.voor("wet"), [(m, inv)], voorbeeld.begin(n)))
    bijstand = np.broadcast_to(np.asarray(u.bijstand, np.int64), (n,))
    kgb = np.array([tel_kinderen(r[1], m) for r in rijen], np.int64).T
    kbs = np.array([kb.tel_kinderen(r[1], m) for r in rijen], np.int64).T
    personen = 1 + inv.heeft_partner.astype(np.int64) + kbs.sum(axis=0)
    h = heel_inkomen(
        ctx,
        bijstand,
        np.tile(BRUTO, len(TYPEN)),
        inv.heeft_partner,
        tuple(kgb),
        tuple(kbs),
        heffingskorting=lhk_bij_werk,
        loon_netto=np.tile(netto, len(TYPEN)),
        kale_huur=passende_huur(ctx, personen),
        personen=personen,
    )
    vorm = (len(TYPEN), len(BRUTO))
    return (np.asarray(h.totaal).reshape(vorm), bijstand.reshape(vorm), np.asarray(h.bijstand_bruto).reshape(vorm))


@pytest.mark.parametrize("jaar", [2024, 2025, 2026, 2027])
def test_meer_loon_met_huurtoeslag_de_gevallen_boven_100_procent(jaar):
    """Meer bruto loon verlaagt het totaal nooit met meer dan het extra bruto loon, op één stap na, en elke stap
    met een druk boven 100% heeft een oorzaak in de wet. De gevallen:

    1. De eerste stap vanaf geen loon, als de werkgever de loonheffingskorting toepast. De korting geldt bij één
       inhoudingsplichtige (Wet LB art. 23); de gemeente bruteert de bijstand dan zonder korting (Pw art. 19 lid 4),
       dus de bruto bijstand STIJGT (ongeveer € 260 per maand) terwijl de netto bijstand daalt. Het
       toetsingsinkomen (bruto, Awir art. 8) stijgt daardoor met ruim € 3.000 per jaar en de huurtoeslag daalt
       met € 33 tot € 71 per maand: meer dan de stap van € 25. Houdt de gemeente de korting (loonheffingskorting
       niet bij de werkgever), dan verdwijnt deze sprong (tweede deel van de test).
    2. Zolang er bijstand is: boven de vrijlating vult de bijstand het netto loon euro voor euro aan tot de norm
       (Pw art. 31), terwijl het hogere toetsingsinkomen de toeslagen laat dalen. Dan is de druk 100% plus de
       afbouw van de toeslagen (tot ongeveer 120%): de armoedeval van de wet, geen fout.
    3. Zonder bijstand: alleen een sprongetje van minder dan € 3 door de trappen van de loonheffing (tabelloon per
       € 54 per jaar) en de afronding van de toeslagen op hele euro's per jaar."""
    for lhk in (True, False):
        totaal, bijstand, bruto_bijstand = _curve(jaar, lhk)
        for t, (naam, _, _) in enumerate(TYPEN):
            d = np.diff(totaal[t])
            for i in np.nonzero(d < 0)[0]:
                geval = (jaar, naam, lhk, int(BRUTO[i]), int(d[i]))
                if i == 0 and lhk:
                    assert bruto_bijstand[t][1] > bruto_bijstand[t][0] and bijstand[t][1] < bijstand[t][0], geval
                    assert -7500 < d[i] < 0, geval
                    continue
                assert d[i] >= -STAP, geval  # nooit meer kwijt dan het extra bruto loon
                assert bijstand[t][i] > 0 or d[i] > -300, geval  # geval 2 of 3


@pytest.mark.parametrize("jaar", [2024, 2027])
def test_twee_standen_met_huur(jaar):
    """Het hele inkomen met huurtoeslag: elke rij gevectoriseerd = dezelfde rij met uitleg (Scalair). Ongeveer de
    helft van de rijen woont in Alphen aan den Rijn, met willekeurige feiten voor de individuele inkomenstoeslag
    (Pw art. 36; de regels van Alphen van 2027, ook in 2024: het gaat om de twee standen, niet om het jaar)."""
    from balans.inkomen.context import ctx_voor
    from balans.inkomen.heel import heel_inkomen
    from balans.inkomen.inkomenstoeslag import IitFeiten, IitRegels, iit_regels
    from balans.wet.parameters import ParameterBoom

    rng = np.random.default_rng(jaar)
    n = 60
    bijstand = rng.integers(0, 200_000, n)
    bruto = rng.integers(0, 450_000, n)
    partner = rng.integers(0, 2, n).astype(bool)
    kgb = (rng.integers(0, 3, n), np.zeros(n, np.int64), np.zeros(n, np.int64))
    kbs = (kgb[0], np.zeros(n, np.int64), np.zeros(n, np.int64))
    huur = rng.integers(30_000, 110_000, n)
    sk = rng.integers(0, 8_000, n)
    vermogen = rng.integers(0, 1_000_000, n)  # om de grens van art. 34 (8.000 en 16.000)
    alphen = rng.integers(0, 4, n) > 0  # driekwart: meer rijen die de voorwaarden van de IIT raken
    a = iit_regels(ParameterBoom.voor("wet", "alphen-aan-den-rijn").op(dt.date(2027, 1, 1)))
    geen = iit_regels(ParameterBoom.voor("wet").op(dt.date(2027, 1, 1)))
    assert a.heeft and not geen.heeft
    regels_v = IitRegels(
        alphen,
        tuple(np.where(alphen, b, 0) for b in a.bedragen),
        np.where(alphen, a.referteperiode, 0),
        np.where(alphen, a.percentage, 0),
    )
    leeftijd = rng.integers(18, 72, n)
    feiten_v = IitFeiten(
        leeftijd=leeftijd,
        aow=leeftijd >= 67,
        maanden_laag=rng.integers(-1, 80, n),
        geen_uitzicht=rng.integers(0, 5, n) > 0,
        norm=(bijstand + bruto) * rng.integers(80, 125, n) // 100 + 1,  # rond het inkomen: beide kanten van 110%
        vermogensgrens=np.where(partner, 1_600_000, 800_000),
        kind_tot_12=rng.integers(0, 3, n),
        kind_12_tot_18=rng.integers(0, 2, n),
    )
    cv = ctx_voor(dt.date(jaar, 5, 1), uitleg=False, vector=True)
    v = heel_inkomen(
        cv,
        bijstand,
        bruto,
        partner,
        kgb,
        kbs,
        vermogen=vermogen,
        kale_huur=huur,
        servicekosten=sk,
        iit=(regels_v, feiten_v),
    )
    assert (np.asarray(v.inkomenstoeslag) > 0).sum() >= 3, "te weinig rijen met IIT"  # de regel wordt echt geraakt
    for i in range(n):
        cs = ctx_voor(dt.date(jaar, 5, 1))
        feiten = IitFeiten(
            **{k: np.broadcast_to(getattr(feiten_v, k), (n,))[i].item() for k in IitFeiten.__dataclass_fields__}
        )
        s = heel_inkomen(
            cs,
            int(bijstand[i]),
            int(bruto[i]),
            bool(partner[i]),
            tuple(int(k[i]) for k in kgb),
            tuple(int(k[i]) for k in kbs),
            vermogen=int(vermogen[i]),
            kale_huur=int(huur[i]),
            servicekosten=int(sk[i]),
            iit=(a if alphen[i] else geen, feiten),
        )
        for veld in (
            "toetsingsinkomen",
            "zorgtoeslag",
            "kindgebonden_budget",
            "huurtoeslag",
            "huurtoeslag_jaar",
            "inkomenstoeslag",
            "inkomenstoeslag_jaar",
            "totaal",
        ):
            assert int(np.asarray(getattr(v, veld))[i]) == int(getattr(s, veld)), (i, veld)


@pytest.mark.parametrize("huur", [0, 50000, 90000, 150000])
def test_huur_verandert_de_bijstand_niet(huur):
    """Pw art. 31 lid 2 onder d: met elke huur (en dus elke huurtoeslag) dezelfde bijstand en middelen."""
    c0 = _casus(120000, ("2017-06-01",))
    ch = c0.model_copy(
        update={
            "huishouden": c0.huishouden.model_copy(
                update={"woning": c0.huishouden.woning.model_copy(update={"kale_huur": huur})}
            )
        }
    )
    (a,), (b,) = bereken(c0), bereken(ch)
    assert (a.uitkomst.bijstand, a.uitkomst.middelen) == (b.uitkomst.bijstand, b.uitkomst.middelen)
    assert inkomen_per_maand(ch, [b])[MAAND]["bijstand"] == inkomen_per_maand(c0, [a])[MAAND]["bijstand"]
