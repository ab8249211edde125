"""Een synthetische bijstandspopulatie, geseed en reproduceerbaar, naar de publieke cijfers.

De verdelingen staan in aannames.yaml, elk met bron of als aanname. De populatie bestaat uit
blokken van BLOK huishoudens; elk blok heeft een eigen zaadje (zaadje, bloknummer). Daardoor geeft
elke verdeling in hele blokken (numpy deel na deel, Dask tegelijk) precies dezelfde huishoudens,
en past ook 10 miljoen huishoudens: er is nooit meer dan één deel tegelijk in het geheugen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from balans.rekenen.invoer import GEEN_PERSOON, MaandInvoer, Toestand

BLOK = 50_000
AANNAMES = Path(__file__).with_name("aannames.yaml")
MAX_HUISHOUDENS = 10_000_000
_KINDEREN = 3   # plekken per huishouden


@dataclass(frozen=True)
class Aannames:
    waarden: dict = field(hash=False)

    def __getitem__(self, naam: str):
        return self.waarden[naam]["waarde"]

    def lijst(self) -> list[tuple[str, object, str | None, str]]:
        """(naam, waarde, bron of None, toelichting of reden van de aanname)."""
        return [(k, v["waarde"], v.get("bron"), v.get("toelichting") or v.get("aanname", "")) for k, v in self.waarden.items()]


def laad_aannames(pad: str | Path | None = None, overschrijf: dict | None = None) -> Aannames:
    inhoud = yaml.safe_load(Path(pad or AANNAMES).read_text(encoding="utf-8"))
    for k, v in (overschrijf or {}).items():
        if k not in inhoud:
            raise KeyError(f"onbekende aanname '{k}'; bekend: {', '.join(sorted(inhoud))}")
        inhoud[k] = {"waarde": v, "aanname": "in de run aangepast"}
    return Aannames(inhoud)


@dataclass(frozen=True)
class PopulatieSpec:
    n: int = 410_000
    zaadje: int = 2026
    aannames: Aannames = field(default_factory=laad_aannames, hash=False)


def blokken(spec: PopulatieSpec) -> list[tuple[int, int]]:
    return [(s, min(s + BLOK, spec.n)) for s in range(0, spec.n, BLOK)]


def _dagnummer(d: dt.date) -> int:
    return d.toordinal()


def _betaaldagen(eerste: np.ndarray, periode: np.ndarray, van: dt.date, tot: dt.date) -> np.ndarray:
    """Aantal betaaldagen in [van, tot) per persoon, bij betaling elke `periode` dagen vanaf dag `eerste`."""
    a, b = _dagnummer(van), _dagnummer(tot)
    return (b - 1 - eerste) // periode - (a - 1 - eerste) // periode


@dataclass
class Deel:
    start: int
    eind: int
    maanden: list[dt.date]
    kenmerken: dict[str, np.ndarray]
    _statisch: dict
    _loon: np.ndarray
    _begin: Toestand

    def invoer(self, i: int) -> MaandInvoer:
        return MaandInvoer(**self._statisch, arbeid_a=self._loon[:, i])

    def begin(self) -> Toestand:
        return self._begin.kopie()

    def loon_maand(self) -> np.ndarray:
        return self._loon


def _blok(spec: PopulatieSpec, blok: int, maanden: list[dt.date]) -> Deel:
    a = spec.aannames
    start = blok * BLOK
    n = min(BLOK, spec.n - start)
    rng = np.random.default_rng([spec.zaadje, blok])
    eerste = maanden[0]

    # leeftijd op de eerste maand, naar de drie CBS-banden; niemand haalt in de run de AOW-leeftijd
    lt = a["leeftijd"]
    gewicht = np.array([lt["jonger_dan_27"], lt["27_tot_45"], lt["45_tot_aow"]], dtype=float)
    band = rng.choice(3, n, p=gewicht / gewicht.sum()).astype(np.int8)
    jaren_run = (len(maanden) + 11) // 12
    ondergrens = np.array([18, 27, 45])[band]
    bovengrens = np.array([26, 44, 66 - jaren_run])[band]
    leeftijd = rng.integers(ondergrens, bovengrens + 1)
    g_maand = rng.integers(1, 13, n)
    g_dag = rng.integers(1, 29, n)
    al_jarig = (g_maand * 100 + g_dag) <= (eerste.month * 100 + 1)
    g_jaar = eerste.year - leeftijd - np.where(al_jarig, 0, 1)

    hh = a["huishouden"]
    p_hh = np.array([hh["alleenstaande"], hh["alleenstaande_ouder"], hh["paar_zonder_kinderen"], hh["paar_met_kinderen"]])
    huishouden = rng.choice(4, n, p=p_hh / p_hh.sum()).astype(np.int8)
    # jongeren onder 21 hebben zelden kinderen of een partner: dan alleenstaand (aanname)
    huishouden = np.where(leeftijd < 21, 0, huishouden).astype(np.int8)
    partner = huishouden >= 2
    p_leeftijd = np.clip(leeftijd + rng.integers(-5, 6, n), 18, 66 - jaren_run)
    p_jaar = np.where(partner, eerste.year - p_leeftijd - 1, GEEN_PERSOON)
    p_rechthebbend = ~(partner & (rng.random(n) < a["niet_rechthebbende_partner"]))

    met_kind = (huishouden == 1) | (huishouden == 3)
    aantal_k = np.where(met_kind, rng.integers(1, _KINDEREN + 1, n), 0)
    k_leeftijd = rng.integers(0, 18, (n, _KINDEREN))
    k_jaar = np.where(np.arange(_KINDEREN)[None, :] < aantal_k[:, None], eerste.year - k_leeftijd - 1, GEEN_PERSOON)

    kostendeler = (rng.random(n) < a["kostendeler"]) & ~partner
    mb_jaar = np.where(kostendeler, eerste.year - rng.integers(21, 61, n) - 1, GEEN_PERSOON)[:, None]

    duur_p = a["duur_verdeling"]
    duur = rng.choice(4, n, p=np.array([duur_p["korter_dan_1"], duur_p["1_tot_2"], duur_p["2_tot_5"],
                                         duur_p["5_of_langer"]])).astype(np.int8)
    vrouw = rng.random(n) < a["vrouw"]

    # Deeltijdwerk: ~8% werkt in een maand; in- en uitstroom per maand houden dat aandeel gelijk.
    aandeel = a["deeltijd"]
    stop = a["werk_stopkans"]                       # per maand, van wie werkt
    begin_kans = stop * aandeel / (1 - aandeel)      # zo blijft het aandeel dat werkt gelijk
    werkt_nu = rng.random(n) < aandeel
    uurloon = (a["minimum_uurloon"] * rng.uniform(1.0, 1.25, n)).astype(np.int64)
    # contracturen zo dat het doorsnee maandloon op de mediaan uitkomt (uren x uurloon x 52/12)
    # Geijkt met factor 1,054: zonder die factor is de mediaan € 464, omdat de ruis en de maanden met
    # minder betaaldagen (vier weken, week) het loon in een maand wat lager maken.
    mediaan_uren = 1.054 * a["mediaan_loon"] / (a["minimum_uurloon"] * 1.125 * 52 / 12)
    uren = np.clip(np.round(rng.lognormal(np.log(mediaan_uren), 0.55, n)), 1, 36).astype(np.int16)
    fr = a["loonfrequentie"]
    freq = rng.choice(3, n, p=np.array([fr["maand"], fr["vier_weken"], fr["week"]]))   # 0 maand, 1 vier weken, 2 week
    periode = np.array([0, 28, 7])[freq]
    weken = np.array([52 / 12, 4.0, 1.0])[freq]
    eerste_dag = _dagnummer(eerste) + rng.integers(0, 28, n) % np.maximum(periode, 1)
    cv = a["uren_spreiding"]

    m = len(maanden)
    loon = np.zeros((n, m), np.int64)
    werkte = np.zeros(n, bool)
    for i, maand in enumerate(maanden):
        if i:
            werkt_nu = np.where(werkt_nu, rng.random(n) >= stop, rng.random(n) < begin_kans)
        volgende = dt.date(maand.year + (maand.month == 12), maand.month % 12 + 1, 1)
        betalingen = np.where(freq == 0, 1, _betaaldagen(eerste_dag, np.maximum(periode, 1), maand, volgende))
        # uren per betaalperiode wisselen (oproepwerk): som over de betalingen van deze maand
        gem = uren * weken * betalingen
        ruis = rng.normal(0.0, 1.0, n) * cv * uren * weken * np.sqrt(np.maximum(betalingen, 1))
        gewerkt = np.maximum(gem + ruis, 0.0)
        loon[:, i] = np.where(werkt_nu, (gewerkt * uurloon).astype(np.int64), 0)
        werkte |= werkt_nu & (loon[:, i] > 0)

    z = np.zeros(n, np.int64)
    # wie al langer in de bijstand zit en werkt, heeft een deel van de vrijlatingsmaanden al gebruikt
    eerder = np.where(werkte & (duur >= 1), rng.integers(0, 7, n), 0).astype(np.int64)
    begin = Toestand(n_a=eerder, n_p=z, r_a=z.copy(), r_p=z, z_a=z.copy(), z_p=z, b34a_a=eerder.copy(), b34a_p=z,
                     giften_jaar=z, taaleis_maanden=z, vermogen_aanvang=z - 1, vermogen_laagste=z, kalenderjaar=0)
    ver = a["vermogen"]
    statisch = dict(
        a_jaar=g_jaar, a_maand=g_maand, a_dag=g_dag, heeft_partner=partner,
        p_jaar=p_jaar, p_maand=np.full(n, 7), p_dag=np.full(n, 1), p_rechthebbend=p_rechthebbend,
        kinderen=(k_jaar, np.full((n, _KINDEREN), 6), np.full((n, _KINDEREN), 15)),
        medebewoners=(mb_jaar, np.full((n, 1), 3), np.full((n, 1), 1), np.zeros((n, 1), bool)),
        bezittingen=rng.lognormal(np.log(ver["mediaan"]), ver["spreiding"], n).astype(np.int64),
    )
    kenmerken = {"leeftijdsband": band, "huishouden": huishouden, "kostendeler": kostendeler, "werkt": werkte,
                 "geslacht": (~vrouw).astype(np.int8), "duurband": duur, "uren": np.where(werkte, uren, 0).astype(np.int16),
                 "uurloon": uurloon, "loonfrequentie": freq.astype(np.int8)}
    return Deel(start, start + n, list(maanden), kenmerken, statisch, loon, begin)


def _plak(delen: list[Deel], maanden: list[dt.date]) -> Deel:
    if len(delen) == 1:
        return delen[0]

    def cat(x):
        if isinstance(x[0], tuple):   # kinderen en medebewoners: een tuple van matrices
            return tuple(np.concatenate(d) for d in zip(*x))
        return np.concatenate(x)

    statisch = {k: cat([d._statisch[k] for d in delen]) for k in delen[0]._statisch}
    kenmerken = {k: np.concatenate([d.kenmerken[k] for d in delen]) for k in delen[0].kenmerken}
    from dataclasses import fields
    b = {f.name: (0 if f.name == "kalenderjaar" else np.concatenate([getattr(d._begin, f.name) for d in delen]))
         for f in fields(Toestand)}
    return Deel(delen[0].start, delen[-1].eind, maanden, kenmerken, statisch,
                np.concatenate([d._loon for d in delen]), Toestand(**b))


def maak_deel(spec: PopulatieSpec, start: int, eind: int, maanden: list[dt.date]) -> Deel:
    """Huishoudens [start, eind). Start en eind vallen op blokgrenzen (of eind = n)."""
    if not 0 <= start < eind <= spec.n:
        raise ValueError(f"deel {start}-{eind} valt buiten de populatie van {spec.n}")
    if start % BLOK or (eind % BLOK and eind != spec.n):
        raise ValueError(f"een deel begint en eindigt op een veelvoud van {BLOK} (of op het einde)")
    return _plak([_blok(spec, b, maanden) for b in range(start // BLOK, (eind + BLOK - 1) // BLOK)], maanden)
