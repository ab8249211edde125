# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Gedragsreacties: expliciete aannames, standaard uit.

Een variant verandert wat meer werken oplevert. Met een gedragsreactie passen de huishoudens van de variant
daarom hun loonpad aan *voordat* de regels rekenen; de bedragen komen daarna uit dezelfde regelkern
(`doorrekenen.reken_variant`), nooit uit een vereenvoudigde kopie. De basis reageert nooit: zij is het
uitgangspunt. Alles is geseed en deterministisch; zonder reactie (elasticiteit 0 en deelname 0) raakt
niets de populatie aan (bit voor bit dezelfde uitkomst als zonder deze module).

1. Uren (intensieve marge), `uren_elasticiteit` (e). Voor wie in de basis werkt (deeltijd: in de populatie
   hoogstens 'uren.maximum' uur):
     - behouden deel k: van een uur extra per week (loon // contracturen, in elke maand met loon) houdt het
       huishouden k over, na de bijstand: k = (extra loon + verschil in bijstand) / extra loon, over de hele
       periode, tussen 0 en 1. De regelkern rekent dit uit, voor de basis en voor de variant;
     - reactie: uren x (1 + e x (k_variant - k_basis) / gemiddelde(k_variant, k_basis)). Dat is de
       boogelasticiteit van de uren naar het netto uurloon (1 - marginale druk): ze bestaat ook waar de
       basis alles wegneemt (k_basis = 0, zoals na afloop van een vrijlating) en ligt dan tussen -2e en +2e;
     - de nieuwe uren blijven tussen 1 en het maximum (of de eigen uren als die hoger zijn); het loon schaalt
       mee, in hele centen (loon x factor in tienduizendsten, naar beneden afgerond).
2. Deelname (extensieve marge), `deelname` (d). Wie in de basis niet werkt (en in de bijstand is), kan in de
   variant gaan werken in een baan van `deelname_uren` uur per week tegen het minimumloon voor de leeftijd:
     - behouden deel k0 van die baan, voor basis en variant (weer met de regelkern);
     - kans per jaar: d x min(1, max(0, k0_variant - k0_basis) / `deelname_referentie`). Bij een
       verbetering zo groot als in het Amsterdamse experiment (referentie) is dat d; meer rekenen we niet door
       (geen extrapolatie buiten het experiment). Een variant die werken minder laat opleveren, laat niemand
       stoppen (alleen de uren reageren dan);
     - wie begint, begint in een getrokken maand van de run met een nieuw dienstverband. De trekkingen komen
       uit een eigen zaadje (zaadje, blok, GEDRAG_ZAADJE) en zijn voor alle varianten dezelfde.

Bronnen en status van de waarden (zie ook docs/beleid-varianten.md):
- Er is geen Nederlandse schatting van de urenelasticiteit van mensen in de bijstand gevonden. Het CPB
  (Mastrogiacomo, Bosch, Gielen en Jongen 2011; Bosch, Gielen en Mastrogiacomo 2013) vindt voor alle groepen
  dat de keuze om te werken veel gevoeliger is voor financiële prikkels dan het aantal uren, en hogere
  elasticiteiten voor laagopgeleide alleenstaanden en alleenstaande ouders. Een getal staat niet in wat we
  konden lezen: elke waarde van `uren_elasticiteit` is daarom UNVERIFIED; standaard 0.
- Deelname: het Amsterdamse experiment met de bijverdienpremie (50% van het loon, hoogstens € 200 per
  maand): 18% van de deelnemers vond werk tegen 8% in een vergelijkbare groep niet-deelnemers (tussentijds,
  2020); in parttime werk 38% tegen 9% (instroom 2018) en 20% tegen 8% (instroom 2019) (OIS 2021). GEEN
  gerandomiseerde vergelijking: deelnemers meldden zich zelf aan en zijn gematcht. Het verschil is dus eerder
  een bovengrens. Standaard 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from balans.beleid.populatie import BLOK, Aannames, Deel, _uurloon, _wml

GEDRAG_ZAADJE = 0x6ED7A6  # derde deel van het zaadje voor de deelname (los van populatie en stroom)
WEKEN_PER_MAAND = 52 / 12

BRON_CPB_2011 = (
    "https://www.cpb.nl/publicatie/schattingen-van-de-arbeidsaanbodreacties-in-nederland-met-structurele-modellen"
)
BRON_CPB_2013 = "https://www.cpb.nl/publicatie/een-structurele-analyse-van-arbeidsaanbodelasticiteiten-in-nederland"
BRON_AMSTERDAM = "https://ambtenaar.online/mensen-in-bijstand-vaker-aan-het-werk-door-bijverdienpremie/"
BRON_OIS = "https://onderzoek.amsterdam.nl/publicatie/amsterdams-experiment-met-de-bijstand-2021"

# Grenzen voor het runbestand (run.py): ruim, maar niet onzinnig.
MAX_ELASTICITEIT = 2.0
GRENZEN = {
    "uren_elasticiteit": (-MAX_ELASTICITEIT, MAX_ELASTICITEIT),
    "deelname": (0.0, 1.0),
    "deelname_referentie": (0.01, 1.0),
    "deelname_uren": (1.0, 40.0),
}


@dataclass(frozen=True)
class Gedrag:
    uren_elasticiteit: float = 0.0
    deelname: float = 0.0  # extra kans per jaar om te gaan werken, bij een prikkel als in Amsterdam
    deelname_referentie: float = 0.25  # de verbetering in behouden deel die bij 'deelname' hoort
    deelname_uren: float = 12.0  # uren per week van wie begint

    def __post_init__(self):
        for naam, (lo, hi) in GRENZEN.items():
            w = getattr(self, naam)
            if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w) or not lo <= w <= hi:
                raise ValueError(f"{naam}: een getal van {lo:g} tot en met {hi:g}, niet {w!r}")

    @property
    def aan(self) -> bool:
        return self.uren_elasticiteit != 0 or self.deelname != 0

    def aannames(self) -> list[tuple[str, str, str | None, str]]:
        """(naam, waarde, bron of None, toelichting) voor het rapport."""
        return [
            (
                "uren_elasticiteit",
                f"{self.uren_elasticiteit:g}",
                BRON_CPB_2011,
                (
                    "Boogelasticiteit van de uren van wie werkt naar het netto uurloon (wat van een uur extra overblijft "
                    "na de bijstand). UNVERIFIED: het CPB vindt dat de urenkeuze weinig op prikkels reageert, maar we "
                    f"vonden geen getal voor de bijstand (ook {BRON_CPB_2013}). 0 = uit."
                ),
            ),
            (
                "deelname",
                f"{self.deelname:g}",
                BRON_AMSTERDAM,
                (
                    "Extra kans per jaar dat wie niet werkt gaat werken, bij een prikkel zo groot als de Amsterdamse "
                    "bijverdienpremie (18% tegen 8% uitstroom naar werk; parttime 38% tegen 9% en 20% tegen 8%, "
                    f"{BRON_OIS}). Niet gerandomiseerd: eerder een bovengrens. 0 = uit."
                ),
            ),
            (
                "deelname_referentie",
                f"{self.deelname_referentie:g}",
                None,
                (
                    "Aanname: de Amsterdamse premie (50% van het loon, hoogstens € 200) liet van een kleine baan ongeveer "
                    "een kwart meer over. Een kleinere verbetering geeft evenredig minder deelname, een grotere niet meer."
                ),
            ),
            (
                "deelname_uren",
                f"{self.deelname_uren:g}",
                None,
                "Aanname: wie begint, werkt zoveel uur per week, tegen het minimumloon voor de leeftijd, per maand betaald.",
            ),
        ]


def _behouden(extra: np.ndarray, bijstand_met: np.ndarray, bijstand_zonder: np.ndarray) -> np.ndarray:
    """Deel van het extra loon (per huishouden, over de periode) dat na de bijstand overblijft, 0 tot en met 1."""
    e = extra.sum(axis=1)
    winst = e + (bijstand_met - bijstand_zonder).sum(axis=1)
    k = np.divide(winst, e, out=np.zeros(len(e)), where=e > 0)
    return np.clip(k, 0.0, 1.0)


def _boog(k_v: np.ndarray, k_b: np.ndarray) -> np.ndarray:
    """(k_v - k_b) / gemiddelde; 0 als beide 0 zijn."""
    som = k_v + k_b
    return np.divide(2.0 * (k_v - k_b), som, out=np.zeros(len(som)), where=som > 0)


def _uniform(zaadje: int, start: int, eind: int) -> np.ndarray:
    """(2, n) gelijk verdeelde getallen voor huishoudens [start, eind); per blok getrokken, dus bij elke verdeling
    in delen hetzelfde voor hetzelfde huishouden."""
    uit = np.empty((2, eind - start))
    for blok in range(start // BLOK, (eind - 1) // BLOK + 1):
        u = np.random.default_rng([zaadje, blok, GEDRAG_ZAADJE]).random((2, BLOK))
        van, tot = max(start, blok * BLOK), min(eind, (blok + 1) * BLOK)
        uit[:, van - start : tot - start] = u[:, van - blok * BLOK : tot - blok * BLOK]
    return uit


def referentieloon(deel: Deel, aannames: Aannames, uren: float) -> np.ndarray:
    """(n, m) netto loon in centen van een baan van `uren` uur per week tegen het minimumloon voor de leeftijd."""
    maanden = deel.maanden
    wml = _wml(aannames, maanden)
    netto_bp = round(aannames["netto_van_bruto"] * 10_000)
    centiuren = round(uren * WEKEN_PER_MAAND * 100)
    jaren0 = deel.kenmerken["leeftijd"].astype(np.int64)
    uit = np.zeros((deel.eind - deel.start, len(maanden)), np.int64, order="F")
    for i in range(len(maanden)):
        uurloon = _uurloon(wml[i], jaren0 + i // 12, np.full(len(jaren0), 10_000, np.int64), netto_bp)
        uit[:, i] = centiuren * uurloon // 100
    return uit


@dataclass
class Reactie:
    """Wat de gedragsreactie met één deel deed, voor één variant."""

    deel: Deel  # het deel van de variant: loonpad na de reactie
    factor_bp: np.ndarray  # (n,) uren na / uren voor, in tienduizendsten (10.000 = geen verandering)
    begint: np.ndarray  # (n,) bool: gaat werken door de variant
    uren_voor: np.ndarray  # (n,) contracturen in de basis (0 = werkt niet)
    uren_na: np.ndarray  # (n,) contracturen in de variant, na de reactie
    k_basis: np.ndarray | None = None  # (n,) behouden deel van een uur extra in de basis (alleen werkenden)
    k_variant: np.ndarray | None = None  # idem in de variant


def _met_loon(deel: Deel, loon: np.ndarray, nieuw: np.ndarray | None = None, **kenmerken) -> Deel:
    loon = np.asfortranarray(loon)
    loon.flags.writeable = False
    velden = {"_loon": loon, "kenmerken": {**deel.kenmerken, **kenmerken}}
    if nieuw is not None:
        nieuw = np.asfortranarray(nieuw)
        nieuw.flags.writeable = False
        velden["_nieuw"] = nieuw
    return replace(deel, **velden)


def reageer(
    deel: Deel,
    rekenaar,
    basis_boom,
    variant_boom,
    gedrag: Gedrag,
    aannames: Aannames,
    zaadje: int,
    cache: dict | None = None,
    bijstand_basis: np.ndarray | None = None,
    bijstand_variant: np.ndarray | None = None,
) -> Reactie:
    """Het deel van de variant na de gedragsreactie.

    rekenaar(deel, boom) -> (n, m) bijstand (het recht volgens de regels) uit de regelkern. cache: voor de
    uitkomsten van de basis, die voor alle varianten van een deel gelijk zijn. bijstand_basis/_variant: de
    bijstand bij het loonpad zonder reactie, als die er al is (anders rekent deze functie hem uit)."""
    cache = {} if cache is None else cache
    n, m = deel.eind - deel.start, len(deel.maanden)
    loon = np.asarray(deel.loon_maand())
    uren = deel.kenmerken["uren"].astype(np.float64)
    aanwezig = deel.aanwezig if deel.aanwezig is not None else np.ones((n, m), bool)
    werkt = (loon > 0).any(axis=1) & (uren > 0)
    factor_bp = np.full(n, 10_000, np.int64)
    k_b = k_v = None
    uren_na = uren.copy()
    nieuw_loon = loon
    if bijstand_basis is None:
        bijstand_basis = cache.get("b0") if "b0" in cache else rekenaar(deel, basis_boom)
    cache["b0"] = bijstand_basis
    if bijstand_variant is None:
        bijstand_variant = rekenaar(deel, variant_boom)

    if gedrag.uren_elasticiteit != 0 and werkt.any():
        # een uur extra per week: het loon van die maand gedeeld door de contracturen, in hele centen
        extra = np.where(werkt[:, None], loon // np.maximum(uren, 1).astype(np.int64)[:, None], 0)
        plus = _met_loon(deel, loon + extra)
        if "b_plus" not in cache:
            cache["b_plus"] = rekenaar(plus, basis_boom)
        k_b = _behouden(extra, cache["b_plus"], bijstand_basis)
        k_v = _behouden(extra, rekenaar(plus, variant_boom), bijstand_variant)
        maximum = float(aannames["uren"]["maximum"])
        doel = uren * (1.0 + gedrag.uren_elasticiteit * _boog(k_v, k_b))
        doel = np.clip(doel, 1.0, np.maximum(maximum, uren))
        uren_na = np.where(werkt, doel, uren)
        factor_bp = np.where(werkt, np.rint(10_000 * uren_na / np.maximum(uren, 1)), 10_000).astype(np.int64)
        nieuw_loon = np.where(werkt[:, None], loon * factor_bp[:, None] // 10_000, loon)

    begint = np.zeros(n, bool)
    nieuw = np.asarray(deel._nieuw)
    if gedrag.deelname > 0:
        kan = ~werkt & aanwezig.any(axis=1)
        if kan.any():
            ref = np.where(kan[:, None] & aanwezig, referentieloon(deel, aannames, gedrag.deelname_uren), 0)
            met = _met_loon(deel, loon + ref)
            if "b_ref" not in cache:
                cache["b_ref"] = rekenaar(met, basis_boom)
            k0_b = _behouden(ref, cache["b_ref"], bijstand_basis)
            k0_v = _behouden(ref, rekenaar(met, variant_boom), bijstand_variant)
            per_jaar = gedrag.deelname * np.minimum(1.0, np.maximum(k0_v - k0_b, 0.0) / gedrag.deelname_referentie)
            in_run = 1.0 - (1.0 - per_jaar) ** (m / 12)
            u = _uniform(zaadje, deel.start, deel.eind)
            begint = kan & (u[0] < in_run)
            if begint.any():
                # de beginmaand: gelijk verdeeld over de maanden waarin het huishouden in de bijstand is
                aantal = aanwezig.sum(axis=1)
                rang = np.minimum((u[1] * aantal).astype(np.int64), np.maximum(aantal - 1, 0))
                volg = np.cumsum(aanwezig, axis=1) - 1  # de hoeveelste aanwezige maand
                start = np.where(begint, np.argmax(aanwezig & (volg == rang[:, None]), axis=1), m)
                vanaf = np.arange(m)[None, :] >= start[:, None]
                nieuw_loon = np.where(begint[:, None] & vanaf, ref, nieuw_loon)
                nieuw = nieuw | (begint[:, None] & (np.arange(m)[None, :] == start[:, None]))
                uren_na = np.where(begint, gedrag.deelname_uren, uren_na)

    if not gedrag.aan:
        return Reactie(deel, factor_bp, begint, uren, uren_na, k_b, k_v)
    nieuw_loon = np.where(aanwezig, nieuw_loon, 0)
    werkt_na = (nieuw_loon > 0).any(axis=1)
    v_deel = _met_loon(
        deel,
        nieuw_loon,
        nieuw if begint.any() else None,
        werkt=werkt_na,
        uren=np.where(werkt_na, np.rint(uren_na), 0).astype(np.int16),
    )
    return Reactie(v_deel, factor_bp, begint, uren, uren_na, k_b, k_v)


def uit_run(d: dict | None) -> Gedrag:
    """Van het (gecontroleerde) veld `gedrag` van het runbestand naar Gedrag; None of {} is uit."""
    d = d or {}
    return Gedrag(**{k: float(v) for k, v in d.items() if v is not None})


__all__ = ["GEDRAG_ZAADJE", "Gedrag", "Reactie", "reageer", "referentieloon", "uit_run"]
