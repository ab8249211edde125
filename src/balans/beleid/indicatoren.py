# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Indicatoren per variant: kosten, winnaars en verliezers, inkomenszekerheid.

`verzamel` maakt van één deel optelbare sommen (gehele centen en tellingen; alleen de
variatiecoëfficiënt is een float). `bereken` maakt er na het optellen tabellen van. Groepen zijn
huishoudtype x leeftijdsband; een groep met minder dan 5 huishoudens tonen we niet apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from balans.beleid.doorrekenen import Reeksen, Sommen

HUISHOUDENS = ("alleenstaande", "alleenstaande ouder", "paar zonder kinderen", "paar met kinderen")
LEEFTIJDEN = ("jonger dan 27", "27 tot 45", "45 tot AOW-leeftijd")
GROEPEN = len(HUISHOUDENS) * len(LEEFTIJDEN)
# Banden voor winst en verlies, in centen per maand: de grenzen zijn -50, -10, +10 en +50 euro.
BAND_GRENZEN = np.array([-5000, -1000, 1001, 5001])
BANDEN = (
    "meer dan € 50 minder",
    "€ 10 tot € 50 minder",
    "gelijk (binnen € 10)",
    "€ 10 tot € 50 meer",
    "meer dan € 50 meer",
)
WISSELING = 5000  # een maand-op-maand verschil in uitbetaling vanaf € 50 telt als wisseling
MIN_GROEP = 5


def groep(deel) -> np.ndarray:
    k = deel.kenmerken
    return k["huishouden"].astype(np.int64) * len(LEEFTIJDEN) + k["leeftijdsband"].astype(np.int64)


def _per_groep(g: np.ndarray, waarden, lengte: int = GROEPEN) -> np.ndarray:
    """Optellen per groep in int64 (np.bincount met gewichten rekent in float; geld blijft in hele centen)."""
    uit = np.zeros(lengte, np.int64)
    np.add.at(uit, g, np.asarray(waarden, dtype=np.int64))
    return uit


_CV_GRENS = 3_000_000_000  # m x max|inkomen| hieronder: m x som(x²) en som(x)² passen in int64 (< 2^63)


def _cv(inkomen: np.ndarray, rijsom: np.ndarray, aanwezig: np.ndarray | None = None) -> np.ndarray:
    """Variatiecoëfficiënt (std / gemiddelde) per huishouden over de maanden.

    m² x variantie = m x som(x²) - som(x)² is exact in int64 zolang m x max|x| < _CV_GRENS (bij 12 maanden:
    inkomens onder € 2,5 miljoen per maand); dan std / gemiddelde = wortel(m² x var) / som(x). Eén
    float-stap aan het eind: dezelfde uitkomst bij elke volgorde in het geheugen, en sneller dan
    inkomen.std(axis=1). Daarboven de float-formule."""
    # Met in- en uitstroom: alleen de maanden in de bijstand (daarbuiten is het inkomen hier 0, geen meting).
    m = inkomen.shape[1] if aanwezig is None else aanwezig.sum(axis=1)
    if inkomen.size and max(-int(inkomen.min()), int(inkomen.max())) * inkomen.shape[1] >= _CV_GRENS:
        n = np.maximum(m, 1)
        gem = rijsom / n
        std = np.sqrt(np.maximum((inkomen.astype(float) ** 2).sum(axis=1) / n - gem * gem, 0))
        return np.divide(std, gem, out=np.zeros(len(gem)), where=gem > 0)
    m2var = m * (inkomen * inkomen).sum(axis=1) - rijsom * rijsom
    return np.divide(np.sqrt(m2var), rijsom, out=np.zeros(len(rijsom)), where=rijsom > 0)


def wisselingen(betaald: np.ndarray, aanwezig: np.ndarray | None = None) -> np.ndarray:
    """Per huishouden: hoe vaak de betaling van maand op maand minstens WISSELING verandert. In- of uitstromen
    is geen wisseling: alleen paren van twee maanden in de bijstand tellen."""
    if betaald.shape[1] < 2:
        return np.zeros(len(betaald), np.int64)
    sprong = np.abs(np.diff(betaald, axis=1)) >= WISSELING
    if aanwezig is not None:
        sprong &= aanwezig[:, 1:] & aanwezig[:, :-1]
    return sprong.sum(axis=1)


def verzamel(deel, reeksen: dict[str, Reeksen], basis: str) -> Sommen:
    s = Sommen()
    g = groep(deel)
    m = len(deel.maanden)
    per_groep = np.bincount(g, minlength=GROEPEN)
    aanwezig = getattr(deel, "aanwezig", None)  # in- en uitstroom: alleen maanden in de bijstand tellen
    s.tel("huishoudens", per_groep)
    s.tel("huishoudmaanden", per_groep * m)
    rijsommen: dict[str, np.ndarray] = {}
    for naam, r in reeksen.items():
        inkomen = r.inkomen
        # inkomen per huishouden over de hele periode: voor het totaal, de cv en het verschil met de basis
        rijsom = rijsommen[naam] = inkomen.sum(axis=1)
        p = f"{naam}:"
        bijstand_rij = r.bijstand.sum(axis=1)
        s.tel(p + "bijstand", _per_groep(g, bijstand_rij))
        s.tel(p + "bijstand_exact", np.array([int(bijstand_rij.sum())]))  # in centen, zonder float-omweg
        s.tel(p + "betaald", np.array([int(r.betaald.sum())]))
        s.tel(p + "met_bijstand", _per_groep(g, (r.bijstand > 0).any(axis=1)))
        s.tel(p + "inkomen", np.array([int(rijsom.sum())]))
        onder = r.onder_norm if r.onder_norm is not None else (inkomen < r.norm) & r.recht
        s.tel(p + "onder_norm", _per_groep(g, onder.sum(axis=1)))
        s.tel(p + "cv_som", np.bincount(g, _cv(inkomen, rijsom, aanwezig), minlength=GROEPEN))
        wissel = wisselingen(r.betaald, aanwezig)
        s.tel(p + "wisselingen", _per_groep(g, wissel))
        vord = r.vordering_nieuw > 0
        s.tel(p + "vorderingen", _per_groep(g, vord.sum(axis=1)))
        s.tel(p + "vordering_bedrag", np.array([int(r.vordering_nieuw.sum())]))
        s.tel(p + "met_vordering", _per_groep(g, vord.any(axis=1)))
        s.tel(p + "buffer", np.array([int(r.buffer_ingezet.sum()), int((r.buffer_ingezet > 0).sum())]))
    for naam in reeksen:
        if naam != basis:
            p = f"{naam}:"
            verschil = rijsommen[naam] - rijsommen[basis]  # centen over de hele periode
            per_maand = np.floor_divide(verschil, m)
            band = np.searchsorted(BAND_GRENZEN, per_maand, side="right")
            s.tel(p + "banden", np.bincount(g * len(BANDEN) + band, minlength=GROEPEN * len(BANDEN)))
            s.tel(p + "verschil", _per_groep(g, verschil))
    return s


@dataclass
class Indicatoren:
    varianten: list[str]
    basis: str
    maanden: int
    huishoudens: int
    kosten: dict[str, dict]  # per variant
    zekerheid: dict[str, dict]  # per variant
    winnaars: dict[str, dict]  # per variant (niet de basis): banden per groep


def _groepnaam(i: int) -> str:
    return f"{HUISHOUDENS[i // len(LEEFTIJDEN)]}, {LEEFTIJDEN[i % len(LEEFTIJDEN)]}"


def bereken(s: Sommen, varianten: list[str], basis: str, maanden: int) -> Indicatoren:
    """Per gesimuleerd huishouden; het rapport schaalt naar het land (rapport.landelijk_aantal)."""
    hh = s["huishoudens"]
    n = int(hh.sum())
    hm = max(1, n * maanden)
    kosten, zekerheid, winnaars = {}, {}, {}
    for v in varianten:
        p = f"{v}:"
        jaar = int(s[p + "bijstand_exact"][0]) * 12 // maanden
        kosten[v] = {
            "bijstand_periode": int(s[p + "bijstand_exact"][0]),
            "per_jaar": jaar,
            "betaald_periode": int(s[p + "betaald"][0]),
            "per_huishouden_per_maand": int(s[p + "bijstand_exact"][0]) // hm,
            "met_bijstand": int(s[p + "met_bijstand"].sum()),
        }
        kosten[v]["verschil_per_jaar"] = None
        vord = int(s[p + "vorderingen"].sum())
        zekerheid[v] = {
            "onder_norm_per_1000": 1000 * int(s[p + "onder_norm"].sum()) / hm,
            "cv_gemiddeld": float(s[p + "cv_som"].sum()) / max(1, n),
            "wisselingen_per_huishouden_per_jaar": int(s[p + "wisselingen"].sum()) * 12 / max(1, n * maanden),
            "vorderingen_per_100": 100 * vord / max(1, n),
            "vordering_gemiddeld": int(s[p + "vordering_bedrag"][0]) // vord if vord else 0,
            "met_vordering": int(s[p + "met_vordering"].sum()),
            "buffer_ingezet": int(s[p + "buffer"][0]),
            "buffer_maanden_per_1000": 1000 * int(s[p + "buffer"][1]) / hm,
            "gemiddeld_inkomen_per_maand": int(s[p + "inkomen"][0]) // hm,
        }
        if v != basis:
            banden = s[p + "banden"].reshape(GROEPEN, len(BANDEN))
            rijen = []
            for i in range(GROEPEN):
                if hh[i] >= MIN_GROEP:
                    rijen.append(
                        {
                            "groep": _groepnaam(i),
                            "huishoudens": int(hh[i]),
                            "banden": [int(x) for x in banden[i]],
                            "gemiddeld_per_maand": int(s[p + "verschil"][i]) // (int(hh[i]) * maanden),
                        }
                    )
            totaal = banden.sum(axis=0)
            winnaars[v] = {
                "groepen": rijen,
                "totaal": [int(x) for x in totaal],
                "gemiddeld_per_maand": int(s[p + "verschil"].sum()) // hm,
            }
    for v in varianten:
        kosten[v]["verschil_per_jaar"] = kosten[v]["per_jaar"] - kosten[basis]["per_jaar"]
    return Indicatoren(
        varianten=list(varianten),
        basis=basis,
        maanden=maanden,
        huishoudens=n,
        kosten=kosten,
        zekerheid=zekerheid,
        winnaars=winnaars,
    )
