# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De doorrekening: dezelfde regels als voor één huishouden, en numpy en Dask geven hetzelfde.

- Het totaal van een kleine populatie = de som van de uitkomsten per huishouden in de stand met
  uitleg (Scalair), maand voor maand, met de stand die van maand tot maand meegaat.
- Winnaars en verliezers: met de hand gekozen huishoudens vallen in de band die we uitrekenen.
- Dask (LocalCluster, 2 werkers) en numpy geven bit voor bit dezelfde sommen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from balans import kalender
from balans.beleid import indicatoren as I
from balans.beleid.doorrekenen import Sommen, Variant, reken_dask, reken_numpy, reken_variant
from balans.beleid.populatie import PopulatieSpec, blokken, laad_aannames, maak_deel
from balans.wet.context import Ctx, Scalair
from balans.rekenen.invoer import GEEN_PERSOON, MaandInvoer, Toestand
from balans.rekenen.maand import bereken_maand
from balans.wet.parameters import ParameterBoom

MAANDEN = kalender.maanden(dt.date(2026, 1, 1), dt.date(2026, 12, 1))
# wet-2026: de wet zoals hij formeel geldt (art. 31 lid 2 onder n in 2026; bijverdienen-vanaf-2027 is nu gelijk
# aan 'wet'). hervorming: art. 34a al in 2026, de lezing van de geconsolideerde tekst. 'wet' zelf kan dat
# niet meer zijn: dan zijn beide varianten in 2026 gelijk en is er niets te winnen of te verliezen.
BASIS = Variant("wet-2026", ParameterBoom.voor("wet"))
HERVORMING = Variant("hervorming", ParameterBoom.voor("bijverdienen-geconsolideerde-tekst"))


def _spec(n: int) -> PopulatieSpec:
    return PopulatieSpec(n=n, zaadje=7, aannames=laad_aannames())


def _scalair(x, i):
    v = x[i] if isinstance(x, np.ndarray) else x
    return v.item() if isinstance(v, np.generic) else v


def ontstapel(inv: MaandInvoer, i: int) -> MaandInvoer:
    """Huishouden i uit een populatie-invoer, als gewone getallen (voor de stand met uitleg)."""
    velden = {}
    for f in dataclasses.fields(MaandInvoer):
        w = getattr(inv, f.name)
        if f.name == "kinderen":
            j, m, d = (np.asarray(a)[i] for a in w) if len(w) else ((), (), ())
            velden[f.name] = tuple((int(a), int(b), int(c)) for a, b, c in zip(j, m, d) if a != GEEN_PERSOON)
        elif f.name == "medebewoners":
            j, m, d, u = (np.asarray(a)[i] for a in w) if len(w) else ((), (), (), ())
            velden[f.name] = tuple(
                (int(a), int(b), int(c), bool(e)) for a, b, c, e in zip(j, m, d, u) if a != GEEN_PERSOON
            )
        else:
            velden[f.name] = _scalair(w, i)
    return MaandInvoer(**velden)


def _toestand(st: Toestand, i: int) -> Toestand:
    # Een teller die de populatie niet bijhoudt (zoals premie_jaar, art. 31 lid 2 onder j) is één getal voor iedereen.
    def waarde(w):
        a = np.asarray(w)
        return int(a) if a.ndim == 0 else int(a[i])

    return Toestand(
        **{
            f.name: (st.kalenderjaar if f.name == "kalenderjaar" else waarde(getattr(st, f.name)))
            for f in dataclasses.fields(Toestand)
        }
    )


def test_totaal_is_de_som_van_de_huishoudens_met_uitleg():
    deel = maak_deel(_spec(300), 0, 300, MAANDEN)
    r = reken_variant(deel, HERVORMING.boom)
    s = I.verzamel(deel, {"h": r}, "h")
    totaal, per_groep = 0, np.zeros(I.GROEPEN, np.int64)
    g = I.groep(deel)
    invoeren = [deel.invoer(k) for k in range(len(MAANDEN))]
    for i in range(300):
        st = _toestand(deel.begin(), i)
        for k, m in enumerate(MAANDEN):
            uit, st = bereken_maand(Ctx(Scalair, m, HERVORMING.boom.op(m), True), ontstapel(invoeren[k], i), st)
            assert uit.bijstand == r.bijstand[i, k], (i, m)
            totaal += uit.bijstand
            per_groep[g[i]] += uit.bijstand
    assert int(s["h:bijstand_exact"][0]) == totaal > 0
    assert (s["h:bijstand"] == per_groep).all()


class _Deel:
    """Twee met de hand gekozen huishoudens, om de banden na te rekenen."""

    def __init__(self, loon: list[int]):
        self.start, self.eind, self.maanden = 0, len(loon), MAANDEN[:2]
        self.kenmerken = {"huishouden": np.zeros(len(loon), np.int8), "leeftijdsband": np.ones(len(loon), np.int8)}
        self._loon = np.array(loon, np.int64)

    def invoer(self, i):
        n = len(self._loon)
        return MaandInvoer(
            a_jaar=np.full(n, 1988),
            a_maand=np.full(n, 5),
            a_dag=np.full(n, 5),
            kinderen=(np.full((n, 1), GEEN_PERSOON), np.ones((n, 1), np.int64), np.ones((n, 1), np.int64)),
            medebewoners=(
                np.full((n, 1), GEEN_PERSOON),
                np.ones((n, 1), np.int64),
                np.ones((n, 1), np.int64),
                np.zeros((n, 1), bool),
            ),
            arbeid_a=self._loon,
            bezittingen=np.zeros(n, np.int64),
            schulden=np.zeros(n, np.int64),
        )

    def begin(self):
        z = np.zeros(len(self._loon), np.int64)
        return Toestand(
            n_a=z,
            n_p=z,
            r_a=z,
            r_p=z,
            z_a=z,
            z_p=z,
            b34a_a=z,
            b34a_p=z,
            giften_jaar=z,
            taaleis_maanden=z,
            vermogen_aanvang=z - 1,
            vermogen_laagste=z,
            kalenderjaar=0,
        )


def test_winnaars_en_verliezers_met_de_hand():
    # Januari 2026, alleenstaande van 37 zonder eerdere vrijlating:
    # - wet-2026 (SZW-lezing): art. 31 lid 2 onder n: 25% van het loon, hoogstens € 285,00 (normenbrief 1-1-2026)
    # - hervorming: art. 34a lid 1 onder a: 15% van het loon.
    # Loon € 400: 25% = € 100,00 tegen 15% = € 60,00 -> de hervorming geeft € 40 per maand minder (band 2).
    # Loon € 0: geen verschil (band 3, 'gelijk').
    d = _Deel([400_00, 0])
    s = I.verzamel(d, {v.naam: reken_variant(d, v.boom) for v in (BASIS, HERVORMING)}, BASIS.naam)
    banden = s["hervorming:banden"].reshape(I.GROEPEN, len(I.BANDEN))
    groep = 0 * 3 + 1
    assert banden[groep].tolist() == [0, 1, 1, 0, 0]
    assert int(s["hervorming:verschil"][groep]) == -2 * 40_00


def test_numpy_en_dask_geven_hetzelfde():
    spec = _spec(110_000)
    delen = blokken(spec)
    assert len(delen) == 3

    def maak(a, b):
        return maak_deel(spec, a, b, MAANDEN)

    a = reken_numpy(delen, maak, [BASIS, HERVORMING], None, I.verzamel)
    b = reken_dask(delen, _Maker(spec), [BASIS, HERVORMING], None, I.verzamel, werkers=2, geheugen_per_werker="1GB")
    assert set(a.waarden) == set(b.waarden)
    for k in a.waarden:
        assert a[k].dtype == b[k].dtype and np.array_equal(a[k], b[k]), k


@dataclasses.dataclass(frozen=True)
class _Maker:
    spec: PopulatieSpec

    def __call__(self, a, b):
        return maak_deel(self.spec, a, b, MAANDEN)


def test_sommen_optellen_is_samenvoegen():
    x, y = Sommen(), Sommen()
    x.tel("a", np.array([1, 2]))
    y.tel("a", np.array([10, 20]))
    y.tel("b", np.array([5]))
    z = x + y
    assert z["a"].tolist() == [11, 22] and z["b"].tolist() == [5] and x["a"].tolist() == [1, 2]


@pytest.mark.parametrize("n", [1, 49_999, 50_001])
def test_delen_volgen_de_blokken(n):
    b = blokken(_spec(n))
    assert b[0][0] == 0 and b[-1][1] == n and all(x[1] == y[0] for x, y in zip(b, b[1:]))
