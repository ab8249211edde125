# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een synthetische bijstandspopulatie, geseed en reproduceerbaar, naar de publieke cijfers.

Wat een huishouden is: één uitkering. `PopulatieSpec.n` telt huishoudens (een paar is één
huishouden), standaard 410.000 zoals het issue. Het CBS-getal van 410.000 telt personen, dus bij
een paar beide partners; zie 'totaal' en 'uitkeringen' in aannames.yaml.

De verdelingen staan in aannames.yaml, elk met bron of als aanname met reden. De populatie bestaat
uit blokken van BLOK huishoudens. Elk blok heeft een eigen zaadje (zaadje, bloknummer) en wordt
altijd helemaal gemaakt, ook als maar een stuk nodig is. Daardoor is huishouden i altijd hetzelfde:
bij elke verdeling in delen (numpy deel na deel, Dask tegelijk) en bij elke n groter dan i. Het
geheugen is dat van het gevraagde deel plus één blok, dus ook 10 miljoen huishoudens past.

Per huishouden: geboortedata (aanvrager, partner, kinderen, medebewoners) passend bij de
leeftijdsband in de eerste maand, vermogen onder de grens, en voor wie werkt een loonpad per maand:
betaald per maand, per vier weken (13 keer per kalenderjaar) of per week, met wisselende uren,
een uurloon op of boven het minimumloon van die maand, en in- en uitstroom uit werk. De stand bij
het begin (`Deel.begin`) volgt uit de werkmaanden van de laatste jaren: wie in de bijstand al werkte,
heeft al vrijlatingsmaanden gebruikt.

Kenmerken per huishouden (Deel.kenmerken), naast die van de interface (leeftijdsband, huishouden,
kostendeler, werkt, geslacht, duurband, uren, uurloon): leeftijd (jaren, aanvrager), duur_maanden,
loonfrequentie (0 maand, 1 vier weken, 2 week), betaalfase (zie `betaaldagen`), partner_werkt (als er
gewerkt wordt, werkt de partner) en oproep (wisselende uren). 'uurloon' is het netto uurloon in de eerste
maand; 'uren' de contracturen per week, afgerond.

Typen: bedragen int64 (centen); geboortejaren int32, maanden en dagen int16, tellers int16, zodat een
deel klein blijft. Alle arrays zijn alleen-lezen: invoer(i) en begin() geven dezelfde arrays door.

In- en uitstroom (`PopulatieSpec.stroom`, standaard uit; in een runbestand standaard aan): elk huishouden
heeft maanden waarin het in de bijstand is (`Deel.aanwezig`, n x m). Wie instroomt (per maand
'instroom_per_kwartaal' / 3 / 'totaal' van de stand), begint zonder geschiedenis; wie uitstroomt (per maand
('uitstroom_per_kwartaal' - 'aow_per_kwartaal') / 3 / 'totaal'), telt vanaf die maand niet meer mee; wie de
AOW-leeftijd bereikt (aanvrager of partner, precies zoals `wet.regels.leeftijd.aow_bereikt`), gaat vanaf de
eerste maand waarin die regel 'ja' zegt naar de SVB (AIO) en telt niet meer mee. De oudste band loopt dan tot
de AOW-leeftijd, met een dichtheid die bovenaan 'aow_per_kwartaal' geeft. Buiten de aanwezige maanden is
het loon 0. Alle trekkingen voor de stroom komen uit een eigen zaadje (zaadje, blok, STROOM_ZAADJE), dus
zonder stroom is de populatie bit voor bit dezelfde als vroeger.

Modelkeuzes zonder stroom: niemand bereikt in de run de AOW-leeftijd (de oudste band stopt eerder); niemand
stroomt in of uit de bijstand (de populatie is vast, alleen werk wisselt). Altijd: geen vakantiegeld op het loon; geen
andere inkomsten dan loon. Het vermogen zit in de eerste maand onder de grens; wordt het jongste kind 18,
dan geldt de lagere grens van een alleenstaande en kan het recht vervallen (zo rekent de wet vanaf 2026).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from balans.kalender import volgende_maand
from balans.rekenen.invoer import GEEN_PERSOON, MaandInvoer, Toestand

BLOK = 50_000
AANNAMES = Path(__file__).with_name("aannames.yaml")
MAX_HUISHOUDENS = 10_000_000
KINDEREN = 3  # plekken per huishouden
MEDEBEWONERS = 2
KALIBRATIEJAAR = 2026  # de mediaan van € 489 geldt met het minimumloon van dit jaar (zie 'mediaan_loon')
_PILOOT = (0xBA1A, 0x5EED)  # vast zaadje voor de ijking van de uren; los van het zaadje van de run
_PILOOT_N = 40_000  # huishoudens in het proefblok: ruim 3.000 met loon per maand
STROOM_ZAADJE = 0x57A0  # derde deel van het zaadje voor de in- en uitstroom (los van de rest van het blok)
NOOIT = np.iinfo(np.int16).max  # 'maand' van uitstroom of AOW die in de run niet komt

# leefvorm en huishouden
ALLEENSTAANDE, ALLEENSTAANDE_OUDER, PAAR_ZONDER_KINDEREN, PAAR_MET_KINDEREN = 0, 1, 2, 3
MAAND, VIER_WEKEN, WEEK = 0, 1, 2  # loonfrequentie


class AannameFout(KeyError):
    """Een fout in de aannames (bestand of run). Een KeyError, zodat run.py hem met veld en regel meldt."""

    def __str__(self) -> str:
        return str(self.args[0])


# --- aannames ----------------------------------------------------------------------------------

# Wat voor waarde elke aanname is; daarmee controleren we het bestand en wat een run overschrijft.
_SOORT = {
    "totaal": "aantal",
    "uitkeringen": "aantal",
    "leeftijd": "gewichten",
    "vrouw": "aandeel",
    "vrouw_bij_alleenstaande_ouder": "aandeel",
    "huishouden": "gewichten",
    "paar_met_kinderen": "aandeel",
    "kinderen": "gewichten",
    "leeftijdsverschil_partner": "getal",
    "niet_rechthebbende_partner": "aandeel",
    "medebewoners": "aandelen",
    "jongeren_zonder_steun_ouders": "aandeel",
    "duur": "gewichten_per_band",
    "vermogen": "bedragen",
    "deeltijd": "aandeel",
    "deeltijd_per_huishouden": "getallen",
    "partner_werkt": "aandeel",
    "werk_stopkans": "aandeel",
    "mediaan_loon": "bedrag",
    "uren": "getallen",
    "loonfrequentie": "gewichten",
    "minimumloon_per_uur": "bedragen",
    "jeugd_procent_van_minimum": "getallen",
    "loon_boven_minimum": "getallen",
    "netto_van_bruto": "getal",
    "medisch_urenbeperkt": "aandeel",
    "doelgroep_lks": "aandeel",
    "vrijlating_toegepast": "aandeel",
    "geschiedenis_maanden": "aantal",
    "bijverdienvrijlating_vanaf": "datum",
    "instroom_per_kwartaal": "aantal",
    "uitstroom_per_kwartaal": "aantal",
    "aow_per_kwartaal": "aantal",
}


@dataclass(frozen=True)
class Aannames:
    waarden: dict = field(hash=False)

    def __getitem__(self, naam: str):
        return self.waarden[naam]["waarde"]

    def lijst(self) -> list[tuple[str, object, str | None, str]]:
        """(naam, waarde, bron of None, toelichting of reden van de aanname)."""
        return [
            (k, v["waarde"], v.get("bron"), v.get("toelichting") or v.get("aanname", ""))
            for k, v in self.waarden.items()
        ]

    def sleutel(self) -> str:
        """De waarden als tekst: gelijke aannames geven dezelfde sleutel (voor de caches hieronder)."""
        return json.dumps({k: v["waarde"] for k, v in self.waarden.items()}, sort_keys=True, default=str)


def _regels(tekst: str) -> dict[str, int]:
    """Regelnummer van elke aanname in het bestand, voor de foutmelding."""
    try:
        knoop = yaml.compose(tekst)
    except yaml.YAMLError:
        return {}
    if not isinstance(knoop, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in knoop.value}


def _getal(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _controleer(naam: str, w, waar: str) -> None:
    soort = _SOORT[naam]

    def fout(wat: str):
        raise AannameFout(f"aanname '{naam}'{waar}: {wat}")

    if soort == "aantal":
        if not isinstance(w, int) or isinstance(w, bool) or w < 1:
            fout(f"verwacht een heel getal van 1 of meer, niet {w!r}")
    elif soort == "bedrag":
        if not isinstance(w, int) or isinstance(w, bool) or w < 1:
            fout(f"verwacht een bedrag in hele centen (een heel getal groter dan 0), niet {w!r}")
    elif soort == "aandeel":
        if not _getal(w) or not 0 <= w <= 1:
            fout(f"verwacht een aandeel van 0 tot en met 1, niet {w!r}")
    elif soort == "datum":
        try:
            d = dt.date.fromisoformat(str(w))
        except ValueError:
            d = None
        if d is None or d.day != 1:
            fout(f"verwacht de eerste dag van een maand als JJJJ-MM-DD, niet {w!r}")
    elif soort == "getal":
        if not _getal(w) or w < 0:
            fout(f"verwacht een getal van 0 of meer, niet {w!r}")
    elif soort == "gewichten_per_band":
        if not isinstance(w, dict) or not w:
            fout("verwacht per leeftijdsband een verdeling")
        for band, v in w.items():
            if (
                not isinstance(v, dict)
                or not v
                or not all(_getal(x) and x >= 0 for x in v.values())
                or sum(v.values()) <= 0
            ):
                fout(f"de verdeling voor '{band}' heeft getallen van 0 of meer nodig, met een som groter dan 0")
    else:
        if not isinstance(w, dict) or not w:
            fout(f"verwacht een lijst van namen met getallen, niet {w!r}")
        for k, x in w.items():
            if soort == "bedragen":
                if not isinstance(x, int) or isinstance(x, bool) or x < 1:
                    fout(f"'{k}' moet een bedrag in hele centen zijn, niet {x!r}")
            elif not _getal(x) or x < 0 or (soort == "aandelen" and x > 1):
                fout(
                    f"'{k}' moet een {'aandeel van 0 tot en met 1' if soort == 'aandelen' else 'getal van 0 of meer'} "
                    f"zijn, niet {x!r}"
                )
        if soort == "gewichten" and sum(w.values()) <= 0:
            fout("de gewichten zijn samen 0")


def laad_aannames(pad: str | Path | None = None, overschrijf: dict | None = None) -> Aannames:
    """Leest aannames.yaml (of `pad`) en controleert elke waarde; `overschrijf` vervangt waarden voor een run.

    Bij een lijst (zoals 'loonfrequentie') mag de run een deel van de namen geven; de rest blijft staan."""
    pad = Path(pad or AANNAMES)
    tekst = pad.read_text(encoding="utf-8")
    try:
        inhoud = yaml.safe_load(tekst)
    except yaml.YAMLError as e:
        regel = getattr(getattr(e, "problem_mark", None), "line", None)
        raise AannameFout(
            f"{pad.name}{f' regel {regel + 1}' if regel is not None else ''}: geen geldige YAML"
        ) from None
    regels = _regels(tekst)
    if not isinstance(inhoud, dict):
        raise AannameFout(f"{pad.name}: verwacht een lijst van aannames (naam: waarde, bron of aanname)")
    for naam, v in inhoud.items():
        waar = f" ({pad.name} regel {regels.get(str(naam), '?')})"
        if naam not in _SOORT:
            raise AannameFout(f"onbekende aanname '{naam}'{waar}; bekend: {', '.join(sorted(_SOORT))}")
        if not isinstance(v, dict) or "waarde" not in v:
            raise AannameFout(f"aanname '{naam}'{waar}: geef 'waarde'")
        if not (v.get("bron") or v.get("aanname")):
            raise AannameFout(f"aanname '{naam}'{waar}: geef een bron (URL) of 'aanname' met de reden")
        _controleer(naam, v["waarde"], waar)
    ontbreekt = sorted(set(_SOORT) - set(inhoud))
    if ontbreekt:
        raise AannameFout(f"{pad.name}: deze aannames ontbreken: {', '.join(ontbreekt)}")
    for naam, w in (overschrijf or {}).items():
        if naam not in inhoud:
            raise AannameFout(f"onbekende aanname '{naam}'; bekend: {', '.join(sorted(inhoud))}")
        oud = inhoud[naam]["waarde"]
        if isinstance(oud, dict) and isinstance(w, dict):
            vreemd = sorted(str(k) for k in w if k not in oud)
            if vreemd:
                raise AannameFout(
                    f"aanname '{naam}': onbekende naam {', '.join(vreemd)}; bekend: {', '.join(str(k) for k in oud)}"
                )
            w = {
                **oud,
                **{
                    k: ({**oud[k], **x} if isinstance(oud[k], dict) and isinstance(x, dict) else x)
                    for k, x in w.items()
                },
            }
        _controleer(naam, w, " (in de run)")
        inhoud[naam] = {"waarde": w, "aanname": "in de run aangepast"}
    return Aannames(inhoud)


@dataclass(frozen=True)
class PopulatieSpec:
    n: int = 410_000
    zaadje: int = 2026
    aannames: Aannames = field(default_factory=laad_aannames, hash=False)
    stroom: bool = False  # in- en uitstroom en het bereiken van de AOW-leeftijd (zie de uitleg bovenaan)

    def __post_init__(self):
        if not isinstance(self.n, int) or isinstance(self.n, bool) or not 1 <= self.n <= MAX_HUISHOUDENS:
            raise ValueError(
                f"huishoudens: een heel getal van 1 tot en met {MAX_HUISHOUDENS:_}, niet {self.n!r}".replace("_", ".")
            )
        if not isinstance(self.zaadje, int) or isinstance(self.zaadje, bool) or self.zaadje < 0:
            raise ValueError(f"zaadje: een heel getal van 0 of meer, niet {self.zaadje!r}")
        if not isinstance(self.stroom, bool):  # zoals de velden hierboven: een ValueError met de naam van het veld
            raise ValueError(f"stroom: true of false, niet {self.stroom!r}")  # noqa: TRY004

    def stroomkansen(self) -> tuple[float, float]:
        """(instroom, uitstroom zonder AOW) per maand, als deel van de stand (zie aannames.yaml)."""
        return stroomkansen(self.aannames)


def stroomkansen(a: Aannames) -> tuple[float, float]:
    totaal = a["totaal"]
    q_in = a["instroom_per_kwartaal"] / 3 / totaal
    q_uit = max(a["uitstroom_per_kwartaal"] - a["aow_per_kwartaal"], 0) / 3 / totaal
    return q_in, q_uit


def blokken(spec: PopulatieSpec) -> list[tuple[int, int]]:
    return [(s, min(s + BLOK, spec.n)) for s in range(0, spec.n, BLOK)]


# --- betaaldagen -------------------------------------------------------------------------------


def betaaldagen(frequentie: np.ndarray, fase: np.ndarray, maand: dt.date) -> np.ndarray:
    """Aantal loonbetalingen in `maand` per persoon.

    Per maand: één. Per vier weken: op dag fase, fase+28, ... fase+336 van elk kalenderjaar (fase 0-27):
    precies 13 keer per jaar, zoals de 13 perioden van de loonadministratie; de laatste periode van het
    jaar is daardoor een of twee dagen langer. Per week: op een vaste weekdag (fase 0-6), 52 of 53 keer.
    """
    fase = np.asarray(fase, dtype=np.int64)
    jaar0 = dt.date(maand.year, 1, 1).toordinal()
    a, b = maand.toordinal() - jaar0, volgende_maand(maand).toordinal() - jaar0  # dag in het jaar, [a, b)
    eerste = np.maximum(-((fase - a) // 28), 0)  # eerste k met fase + 28k >= a
    laatste = np.minimum((b - 1 - fase) // 28, 12)  # laatste k met fase + 28k < b
    vier = np.maximum(laatste - eerste + 1, 0)
    A, B = maand.toordinal(), volgende_maand(maand).toordinal()
    week = (B - 1 - fase) // 7 - (A - 1 - fase) // 7
    return np.select([frequentie == VIER_WEKEN, frequentie == WEEK], [vier, week], 1)


# --- wat per run vastligt: uit de wet en de aannames -----------------------------------------------


def _verdeling(d: dict, namen: tuple[str, ...]) -> np.ndarray:
    p = np.array([float(d[k]) for k in namen])
    return p / p.sum()


def _kies(u: np.ndarray, p: np.ndarray, klasse: np.ndarray | None = None) -> np.ndarray:
    """Categorie per rij uit een gelijk verdeeld getal u (sneller dan rng.choice).

    p: kansen (k,), of een tabel (klassen, k) met per rij de kansen voor die klasse."""
    c = np.cumsum(p, axis=-1)
    uit = np.zeros(len(u), np.int64)
    for j in range(c.shape[-1] - 1):  # de laatste grens is 1: afronding mag geen categorie te veel geven
        uit += u >= (c[j] if klasse is None else c[:, j][klasse])
    return uit


@dataclass(frozen=True)
class _Kader:
    maanden: tuple[dt.date, ...]
    m0: int  # maandnummer (jaar * 12 + maand - 1) van de eerste maand
    amax: int  # hoogste leeftijd in maanden bij de start: niemand haalt de AOW-leeftijd
    p_band: np.ndarray
    grenzen: tuple[tuple[int, int], ...]  # leeftijd in maanden [van, tot) per band
    p_huishouden: np.ndarray  # (3, 4): jonger dan 21 / 21 tot en met 62 / ouder dan 62
    p_vrouw: tuple[float, float]  # alleenstaande ouder, de rest
    vermogensgrens: np.ndarray  # per leefvorm (alleenstaande, alleenstaande ouder, gehuwden), eerste maand
    vermogen_k: float
    kostendeler_leeftijd: int
    wml: np.ndarray  # (maanden, 4) bruto uurloon in centen: 21+, 20, 19, 18 jaar
    e34a: int  # maand (ten opzichte van de eerste) vanaf wanneer art. 34a liep; 0: niet in de geschiedenis
    p_werk: np.ndarray  # aandeel dat werkt per huishoudtype
    uren_schaal: float
    aow_dichtheid: float = 1.0  # met stroom: dichtheid bovenaan de oudste band, ten opzichte van gelijk verdeeld


def _wml(a: Aannames, maanden) -> np.ndarray:
    tabel = sorted((dt.date.fromisoformat(str(k)), int(v)) for k, v in a["minimumloon_per_uur"].items())
    pct = a["jeugd_procent_van_minimum"]
    uit = np.zeros((len(maanden), 4), np.int64)
    for i, m in enumerate(maanden):
        geldig = [v for d, v in tabel if d <= m] or [tabel[0][1]]  # vóór de tabel: het eerste bedrag
        w = geldig[-1]
        # jeugdloon: half naar boven op hele centen (€ 14,71 x 80% = € 11,768 -> € 11,77)
        uit[i] = [w] + [(w * int(pct.get(lt, pct.get(str(lt), 100))) * 2 + 100) // 200 for lt in (20, 19, 18)]
    return uit


@lru_cache(maxsize=32)
def _kader_cache(sleutel: str, maanden: tuple[dt.date, ...], stroom: bool = False) -> _Kader:
    return _maak_kader(_AANNAMES_PER_SLEUTEL[sleutel], maanden, stroom=stroom)


_AANNAMES_PER_SLEUTEL: dict[str, Aannames] = {}


def _kader(a: Aannames, maanden: tuple[dt.date, ...], stroom: bool = False) -> _Kader:
    s = a.sleutel()
    _AANNAMES_PER_SLEUTEL.setdefault(s, a)
    return _kader_cache(s, maanden, stroom) if stroom else _kader_cache(s, maanden)


def _maak_kader(
    a: Aannames, maanden: tuple[dt.date, ...], uren_schaal: float | None = None, stroom: bool = False
) -> _Kader:
    from balans.wet.parameters import ParameterBoom

    boom = ParameterBoom.voor("wet")
    eerste, laatste = maanden[0], maanden[-1]
    p0 = boom.op(eerste)
    # AOW-leeftijd: de laagste die geldt in de jaren waarin iemand uit de oudste band hem zou halen.
    rijen = p0.aow.pensioengerechtigde_leeftijd
    jaren = [r for r in rijen if eerste.year <= r["jaar"] <= laatste.year + 1] or [rijen[-1]]
    aow = min(r["jaren"] * 12 + r["maanden"] for r in jaren)
    # zie _geboren: wie zo oud is, haalt de AOW-leeftijd pas na de run. Met stroom: nog niet bij de start.
    amax = aow - 1 if stroom else aow - len(maanden)
    if amax < 45 * 12:
        raise ValueError("periode: de run is te lang; de band 45 tot de AOW-leeftijd zou leeg zijn")
    grenzen = ((18 * 12, 27 * 12), (27 * 12, 45 * 12), (45 * 12, amax + 1))
    lt = a["leeftijd"]
    p_band = _verdeling(lt, ("jonger_dan_27", "27_tot_45", "45_tot_aow"))

    # Huishouden naar leeftijd: onder de 21 alleenstaand, boven de 62 geen kinderen onder de 18. De kans in
    # de middelste groep is zo dat de totale verdeling die van het CBS blijft.
    hh = a["huishouden"]
    paar = hh["paar"] / (hh["alleenstaande"] + hh["alleenstaande_ouder"] + hh["paar"])
    doel = np.array([hh["alleenstaande"], hh["alleenstaande_ouder"], 0, 0], float)
    doel /= doel.sum() / (1 - paar)
    doel[PAAR_MET_KINDEREN] = paar * a["paar_met_kinderen"]
    doel[PAAR_ZONDER_KINDEREN] = paar - doel[PAAR_MET_KINDEREN]
    jong = p_band[0] * (21 * 12 - grenzen[0][0]) / (grenzen[0][1] - grenzen[0][0])
    oud = p_band[2] * max(0, grenzen[2][1] - 63 * 12) / (grenzen[2][1] - grenzen[2][0])
    midden = 1 - jong - oud
    q_pz = doel[PAAR_ZONDER_KINDEREN] / (midden + oud)
    p_mid = np.array([0, doel[1] / midden, q_pz, doel[3] / midden])
    p_mid[0] = 1 - p_mid[1:].sum()
    if p_mid[0] < 0:
        raise ValueError("aannames: te veel huishoudens met kinderen voor de leeftijdsverdeling")
    p_huishouden = np.array([[1, 0, 0, 0], p_mid, [1 - q_pz, 0, q_pz, 0]])

    v = a["vrouw"]
    v_ouder = a["vrouw_bij_alleenstaande_ouder"]
    v_rest = (v - doel[1] * v_ouder) / (1 - doel[1])
    if not 0 <= v_rest <= 1:
        raise ValueError("aannames: 'vrouw' en 'vrouw_bij_alleenstaande_ouder' passen niet bij elkaar")

    art34 = p0.art34
    grens = np.array([art34.grens_alleenstaande, art34.grens_alleenstaande_ouder, art34.grens_gehuwden], np.int64)
    mediaan = a["vermogen"]["mediaan"]
    if mediaan >= grens[0]:
        raise ValueError("aannames: de mediaan van het vermogen ligt niet onder de vermogensgrens")
    vermogen_k = math.log(mediaan / grens[0]) / math.log(0.5)

    # Sinds wanneer liep de teller van art. 34a (voor b34a in de stand bij het begin)? In maanden vóór de start.
    vanaf = dt.date.fromisoformat(str(a["bijverdienvrijlating_vanaf"]))
    e34a = min(0, (vanaf.year * 12 + vanaf.month - 1) - (eerste.year * 12 + eerste.month - 1))

    f = a["deeltijd_per_huishouden"]
    fac = np.array([f["alleenstaande"], f["alleenstaande_ouder"], f["paar_zonder_kinderen"], f["paar_met_kinderen"]])
    p_werk = np.clip(a["deeltijd"] * fac / float(doel @ fac), 0, 0.95)
    kader = _Kader(
        maanden=maanden,
        m0=eerste.year * 12 + eerste.month - 1,
        amax=amax,
        p_band=p_band,
        grenzen=grenzen,
        p_huishouden=p_huishouden,
        p_vrouw=(v_ouder, v_rest),
        vermogensgrens=grens,
        vermogen_k=vermogen_k,
        kostendeler_leeftijd=int(p0.art19a.kostendeler_minimumleeftijd),
        wml=_wml(a, maanden),
        e34a=e34a,
        p_werk=p_werk,
        uren_schaal=1.0,
    )
    if stroom:
        # Dichtheid in de oudste band lineair, zo dat bovenaan per maand 'aow_per_kwartaal' / 3 de AOW-leeftijd
        # haalt (ten opzichte van 'totaal'). c = 1 is gelijk verdeeld; c tussen 0 en 2 houdt de dichtheid positief.
        breedte = grenzen[2][1] - grenzen[2][0]
        c = a["aow_per_kwartaal"] / 3 / a["totaal"] * breedte / max(float(p_band[2]), 1e-12)
        kader = replace(kader, aow_dichtheid=float(min(max(c, 0.0), 2.0)))
    if uren_schaal is None:
        uren_schaal = _uren_schaal(a.sleutel())
    return _replace_schaal(kader, uren_schaal)


def _lineair(u: np.ndarray, c: float) -> np.ndarray:
    """Plaats x in [0, 1) met dichtheid (2 - c) + 2 (c - 1) x, uit u gelijk verdeeld (inverse van de verdeling)."""
    a, b = 2.0 - c, 2.0 * (c - 1.0)
    if abs(b) < 1e-12:
        return u
    return np.clip((-a + np.sqrt(a * a + 2.0 * b * u)) / b, 0.0, np.nextafter(1.0, 0.0))


def _replace_schaal(k: _Kader, schaal: float) -> _Kader:
    return replace(k, uren_schaal=schaal)


@lru_cache(maxsize=32)
def _uren_schaal(sleutel: str) -> float:
    """IJking: de schaal van de contracturen waarbij de mediaan van het netto maandloon (van wie die maand
    loon heeft) 'mediaan_loon' is, in KALIBRATIEJAAR. Een proefblok met een vast zaadje, twee keer: het loon
    is evenredig met de schaal, op het afkappen op 1 en 'maximum' uur na (dat bijna niemand raakt)."""
    a = _AANNAMES_PER_SLEUTEL[sleutel]
    maanden = tuple(dt.date(KALIBRATIEJAAR, m, 1) for m in range(1, 13))
    kader = _maak_kader(a, maanden, uren_schaal=1.0)
    lb = a["loon_boven_minimum"]
    # eerste schatting: mediaan / (minimumloon x gemiddelde factor x weken per maand); dan twee keer bijstellen
    schaal = a["mediaan_loon"] / (kader.wml[0, 0] * (lb["van"] + lb["tot"]) / 2 * a["netto_van_bruto"] * 52 / 12)
    for _ in range(2):
        blok = _maak_blok(np.random.default_rng(list(_PILOOT)), _replace_schaal(kader, schaal), a, _PILOOT_N)
        loon = blok["loon"]
        schaal *= a["mediaan_loon"] / float(np.median(loon[loon > 0]))
    return schaal


# --- één blok ----------------------------------------------------------------------------------


def _geboren(m0: int, leeftijd: np.ndarray, dag: np.ndarray):
    """(jaar, maand, dag) van wie op de eerste dag van maand m0 precies `leeftijd` hele maanden oud is.

    Dag 1 in maand m0 - leeftijd, anders dag `dag` in de maand daarvoor. Wie zo `amax` maanden oud is,
    haalt de AOW-leeftijd (aow maanden na de geboorte) pas na de laatste maand van de run."""
    idx = m0 - leeftijd - (dag > 1)
    return (idx // 12).astype(np.int32), (idx % 12 + 1).astype(np.int16), dag.astype(np.int16)


def _tussen(u: np.ndarray, lo, hi) -> np.ndarray:
    """Geheel getal gelijk verdeeld in [lo, hi), uit u in [0, 1)."""
    return (lo + np.floor(u * (np.asarray(hi) - lo))).astype(np.int64)


def _maak_blok(rng: np.random.Generator, k: _Kader, a: Aannames, n: int = BLOK) -> dict:
    """Eén blok van n (= BLOK) huishoudens; de volgorde van de trekkingen ligt vast (zelfde zaadje, zelfde blok)."""
    m = len(k.maanden)
    u = rng.random((24, n))  # de meeste trekkingen in één keer; rij i is trekking i
    dag = 1 + (u[0] * 28).astype(np.int64)

    # leeftijd (hele maanden op de eerste dag van de eerste maand), huishouden, geslacht
    band = _kies(u[1], k.p_band)
    lo = np.array([g[0] for g in k.grenzen])[band]
    hi = np.array([g[1] for g in k.grenzen])[band]
    if k.aow_dichtheid != 1.0:  # alleen met stroom: de oudste band loopt af naar de AOW-leeftijd
        leeftijd = _tussen(np.where(band == 2, _lineair(u[2], k.aow_dichtheid), u[2]), lo, hi)
    else:
        leeftijd = _tussen(u[2], lo, hi)
    jaren = leeftijd // 12
    klasse = np.where(jaren < 21, 0, np.where(jaren > 62, 2, 1))
    huishouden = _kies(u[3], k.p_huishouden, klasse).astype(np.int8)
    vrouw = u[4] < np.where(huishouden == ALLEENSTAANDE_OUDER, *k.p_vrouw)
    partner = huishouden >= PAAR_ZONDER_KINDEREN

    # partner: leeftijdsverschil normaal verdeeld, afgekapt op 18 jaar en de oudste band
    verschil = np.rint(rng.standard_normal(n) * a["leeftijdsverschil_partner"] * 12).astype(np.int64)
    if k.aow_dichtheid != 1.0:  # met stroom: een partner boven de grens gespiegeld, niet opgestapeld op amax
        p_ruw = leeftijd + verschil
        p_leeftijd = np.clip(np.where(p_ruw > k.amax, leeftijd - np.abs(verschil), p_ruw), 18 * 12, k.amax)
    else:
        p_leeftijd = np.clip(leeftijd + verschil, 18 * 12, k.amax)
    p_dag = 1 + (u[5] * 28).astype(np.int64)

    # kinderen onder de 18: de ouder was bij de geboorte 18 tot 45 jaar
    met_kind = (huishouden == ALLEENSTAANDE_OUDER) | (huishouden == PAAR_MET_KINDEREN)
    ki = a["kinderen"]
    aantal_k = np.where(met_kind, 1 + _kies(u[6], _verdeling(ki, ("een", "twee", "drie"))), 0)
    k_lo = np.maximum(leeftijd - 45 * 12, 0)[:, None]
    k_hi = np.minimum(leeftijd - 18 * 12, 18 * 12 - 1)[:, None] + 1
    uk = rng.random((n, KINDEREN))
    k_leeftijd = _tussen(uk, k_lo, np.maximum(k_hi, k_lo + 1))
    k_dag = 1 + (rng.random((n, KINDEREN)) * 28).astype(np.int64)
    heeft_k = np.arange(KINDEREN)[None, :] < aantal_k[:, None]

    # medebewoners (art. 19a): onder de 27 vooral de ouders; vanaf 27 een huisgenoot of een volwassen kind
    mb = a["medebewoners"]
    met_mb = u[7] < np.where(band == 0, mb["jonger_dan_27"], mb["vanaf_27"])
    aantal_mb = np.where(met_mb, 1 + (u[8] < mb["twee"]), 0)
    um = rng.random((n, MEDEBEWONERS))
    soort = np.where(band < 2, band, 2 + (u[9] < 0.5))  # 0 ouders, 1 huisgenoot tot 45, 2 huisgenoot, 3 kind
    mb_lo = np.choose(soort, [leeftijd + 20 * 12, 21 * 12, 27 * 12, 21 * 12])
    mb_hi = np.choose(soort, [leeftijd + 35 * 12, 60 * 12, 75 * 12, np.clip(leeftijd - 18 * 12, 21 * 12 + 1, 35 * 12)])
    mb_leeftijd = _tussen(um, mb_lo[:, None], mb_hi[:, None])
    mb_dag = 1 + (rng.random((n, MEDEBEWONERS)) * 28).astype(np.int64)
    heeft_mb = np.arange(MEDEBEWONERS)[None, :] < aantal_mb[:, None]
    kostendeler = (heeft_mb & (mb_leeftijd >= k.kostendeler_leeftijd * 12)).any(axis=1)

    # duur in de bijstand: per leeftijdsband, nooit langer dan sinds de 18e verjaardag
    du = a["duur"]
    namen = ("korter_dan_1", "1_tot_2", "2_tot_5", "5_of_langer")
    p_duur = np.array([_verdeling(du[b], namen) for b in ("jonger_dan_27", "27_tot_45", "45_tot_aow")])
    duurband = _kies(u[10], p_duur, band)
    d_lo, d_hi = np.array([0, 12, 24, 60])[duurband], np.array([12, 24, 60, 240])[duurband]
    duur = np.minimum(_tussen(u[11], d_lo, d_hi), leeftijd - 18 * 12)
    duurband = np.searchsorted(np.array([12, 24, 60]), duur, side="right").astype(np.int8)

    # vermogen: onder de grens van de leefvorm in de eerste maand (wie meer heeft, krijgt geen bijstand)
    leefvorm = np.where(partner, 2, np.where(met_kind, 1, 0))
    grens = k.vermogensgrens[leefvorm]
    # (de trekking is een kommagetal; het bedrag zelf rekenen we in hele centen)
    bezittingen = grens * np.floor(u[12] ** k.vermogen_k * 1_000_000).astype(np.int64) // 1_000_000

    # persoonskenmerken voor de vrijlating en de jongerennorm
    jong_zonder_ouders = a["jongeren_zonder_steun_ouders"]
    a_ouders = ~((jaren < 21) & (u[13] < jong_zonder_ouders))
    p_ouders = ~(partner & (p_leeftijd < 21 * 12) & (u[14] < jong_zonder_ouders))
    medisch = u[15] < a["medisch_urenbeperkt"]
    lks = u[16] < a["doelgroep_lks"]
    toepassen = u[17] < a["vrijlating_toegepast"]
    p_rechthebbend = ~(partner & (u[18] < a["niet_rechthebbende_partner"]))

    # --- werk ---
    p_w = k.p_werk[huishouden]
    stop = max(a["werk_stopkans"], 1e-9)  # kans 0 kan numpy niet trekken; 1e-9 is 'nooit'
    start = np.clip(stop * p_w / (1 - p_w), 1e-9, 1.0)  # zo blijft het aandeel dat werkt gelijk
    partner_werkt = partner & (u[19] < a["partner_werkt"])
    w_leeftijd = np.where(partner_werkt, p_leeftijd, leeftijd)
    ur = a["uren"]
    uren = np.clip(k.uren_schaal * np.exp(ur["spreiding_contract"] * rng.standard_normal(n)), 1.0, ur["maximum"])
    lb = a["loon_boven_minimum"]
    factor_bp = (10_000 * (lb["van"] + u[20] * (lb["tot"] - lb["van"]))).astype(np.int64)
    cv = np.where(u[21] < ur["oproep"], ur["wisseling_oproep"], ur["wisseling_vast"])
    lf = a["loonfrequentie"]
    freq = _kies(u[22], _verdeling(lf, ("maand", "vier_weken", "week"))).astype(np.int8)
    fase = np.where(freq == VIER_WEKEN, u[23] * 28, u[23] * 7).astype(np.int8)
    weken = np.array([52 / 12, 4.0, 1.0])[freq]
    netto_bp = round(a["netto_van_bruto"] * 10_000)

    werkt = np.empty((n, m), bool)
    werkt[:, 0] = rng.random(n) < p_w
    for i in range(1, m):
        r = rng.random(n)
        werkt[:, i] = np.where(werkt[:, i - 1], r >= stop, r < start)
    loon = np.zeros((n, m), np.int64, order="F")
    for i, maand in enumerate(k.maanden):
        wie = np.flatnonzero(werkt[:, i])
        c = betaaldagen(freq[wie], fase[wie], maand)
        per_periode = uren[wie] * weken[wie]
        # elke betaalperiode wisselen de uren; over c perioden telt de wisseling met wortel(c)
        gewerkt = np.maximum(per_periode * c + cv[wie] * per_periode * np.sqrt(c) * rng.standard_normal(len(wie)), 0)
        centiuren = np.rint(gewerkt * 100).astype(np.int64)
        uurloon = _uurloon(k.wml[i], (w_leeftijd[wie] + i) // 12, factor_bp[wie], netto_bp)
        loon[wie, i] = centiuren * uurloon // 100
    # Wie in maand i begint te werken, heeft een nieuw dienstverband (art. 34a lid 3).
    nieuw = np.zeros((n, m), bool, order="F")
    nieuw[:, 1:] = werkt[:, 1:] & ~werkt[:, :-1]

    # --- geschiedenis: werkperioden vóór de eerste maand, terug in de tijd ---
    # Een stationaire keten met twee toestanden is omkeerbaar: terug in de tijd gelden dezelfde kansen.
    # Per huishouden de lopende periode en twee eerdere werkperioden, [begin, eind) in maanden voor de start.
    g = rng.geometric
    w0 = werkt[:, 0]
    terug0 = g(np.where(w0, stop, start)) - 1  # zoveel maanden vóór maand 0 dezelfde toestand
    nieuw[:, 0] = w0 & (terug0 == 0)
    ondergrens = np.maximum(-duur, -int(a["geschiedenis_maanden"]))
    # Alleen wie nu werkt of binnen de ondergrens werkte, kan tellers hebben; de rest slaan we over.
    s = np.flatnonzero(w0 | (-terug0 > ondergrens))
    ws, ts, ps = w0[s], terug0[s], start[s]
    e1 = np.where(ws, -ts - g(ps), -ts)
    b1 = e1 - g(stop, len(s))
    e2 = b1 - g(ps)
    b2 = e2 - g(stop, len(s))
    perioden = [(b2, e2), (b1, e1), (np.where(ws, -ts, 0), np.zeros(len(s), np.int64))]  # oud -> nieuw
    deel = _tellers(
        perioden,
        ondergrens[s],
        w_leeftijd[s],
        medisch[s],
        lks[s],
        toepassen[s],
        k.e34a,
        np.where(heeft_k[s], k_leeftijd[s], 100_000),
        huishouden[s] == ALLEENSTAANDE_OUDER,
    )
    tellers = {}
    for naam, w in deel.items():
        tellers[naam] = np.zeros(n, np.int16)
        tellers[naam][s] = w

    return dict(
        band=band,
        huishouden=huishouden,
        vrouw=vrouw,
        partner=partner,
        leeftijd=leeftijd,
        dag=dag,
        p_leeftijd=p_leeftijd,
        p_dag=p_dag,
        k_leeftijd=k_leeftijd,
        k_dag=k_dag,
        heeft_k=heeft_k,
        mb_leeftijd=mb_leeftijd,
        mb_dag=mb_dag,
        heeft_mb=heeft_mb,
        kostendeler=kostendeler,
        duurband=duurband,
        duur=duur,
        bezittingen=bezittingen,
        a_ouders=a_ouders,
        p_ouders=p_ouders,
        medisch=medisch,
        lks=lks,
        toepassen=toepassen,
        p_rechthebbend=p_rechthebbend,
        partner_werkt=partner_werkt,
        uren=uren,
        factor_bp=factor_bp,
        netto_bp=netto_bp,
        w_leeftijd=w_leeftijd,
        freq=freq,
        fase=fase,
        cv=cv,
        loon=loon,
        nieuw=nieuw,
        **tellers,
    )


def _uurloon(wml: np.ndarray, jaren: np.ndarray, factor_bp: np.ndarray, netto_bp: int) -> np.ndarray:
    """Netto uurloon in centen: het minimumloon voor de leeftijd (21+, 20, 19, 18) maal de eigen factor,
    naar boven afgerond (nooit onder het minimum), maal netto_van_bruto."""
    kolom = np.select([jaren >= 21, jaren == 20, jaren == 19], [0, 1, 2], 3)
    return (wml[kolom] * factor_bp + 9_999) // 10_000 * netto_bp // 10_000


def _tellers(perioden, ondergrens, leeftijd, medisch, lks, toepassen, e34a, kinderen, ouder) -> dict:
    """De tellers van de vrijlating bij de start, zoals balans.wet.regels.vrijlatingen ze bijhoudt.

    We nemen aan dat art. 31 lid 2 (n, r, z) in de hele geschiedenis gold en art. 34a vanaf e34a
    ('bijverdienvrijlating_vanaf'): elke variant leest de teller van de regels die hij toepast. Alleen werkmaanden in de bijstand en binnen
    'geschiedenis_maanden' tellen (ondergrens). Tijd in maanden ten opzichte van de eerste maand (-1 = de
    maand ervoor); leeftijd en kinderen (n, k) in maanden bij de start, een lege plek heel groot.
    tests/beleid/test_populatie.py legt dit naast de regel zelf, maand voor maand."""
    n = len(ondergrens)
    geen = np.full(n, np.iinfo(np.int64).max // 4)
    # onder n: werkmaanden vanaf 27 jaar (of doelgroep loonkostensubsidie), hoogstens 6
    lo_n = np.where(lks, ondergrens, np.maximum(ondergrens, 27 * 12 - leeftijd))
    lo_n = np.where(toepassen, lo_n, 0)
    telling, t6 = np.zeros(n, np.int64), geen.copy()
    for b, e in perioden:
        bb = np.maximum(b, lo_n)
        o = np.maximum(np.minimum(e, 0) - bb, 0)
        hier = (telling < 6) & (telling + o >= 6)
        t6 = np.where(hier, bb + (6 - telling) - 1, t6)  # de maand waarin de zesde maand valt
        telling += o
    n_teller = np.minimum(telling, 6)
    # onder z (doelgroep LKS): elke kalendermaand nadat de zes maanden van n op zijn
    z_teller = np.where(lks & (t6 < geen), np.maximum(-1 - t6, 0), 0)
    # onder r (alleenstaande ouder met een kind onder 12, vanaf 27, niet medisch: dan wint y): de teller
    # begint in de eerste werkmaand nadat n op is en loopt dan elke maand door. Bij de doelgroep LKS wint z
    # (15%) van r (12,5%) zolang z loopt: de 12 maanden na t6.
    lo_r = np.maximum.reduce([t6 + 1, 27 * 12 - leeftijd, np.where(lks, t6 + 13, t6 + 1)])
    t_r = geen.copy()
    for k in range(kinderen.shape[1]):
        # een kind onder de 12 van geboorte (maand -leeftijd) tot 12 jaar later
        van, tot = np.maximum(lo_r, -kinderen[:, k]), np.minimum(0, 12 * 12 - kinderen[:, k])
        for b, e in perioden:
            kand = np.maximum(b, van)
            t_r = np.where((kand < np.minimum(e, tot)) & (t6 < geen), np.minimum(t_r, kand), t_r)
    r_teller = np.where(ouder & ~medisch & (t_r < 0), -t_r, 0)
    # art. 34a lid 1 onder a: de teller loopt vanaf de eerste werkmaand elke maand door; een nieuw
    # dienstverband na afloop van de twaalf maanden begint opnieuw (lid 3). Niet bij medisch urenbeperkt (b).
    lo_a = np.maximum(ondergrens, e34a)
    ts = geen.copy()
    if e34a < 0:
        for b, e in perioden:
            bb = np.maximum(b, lo_a)
            loopt = (bb < np.minimum(e, 0)) & toepassen & ~medisch
            opnieuw = loopt & (ts < geen) & (b >= lo_a) & (b - ts >= 12)
            ts = np.where(loopt & ((ts == geen) | opnieuw), bb, ts)
    b34a = np.where(ts < geen, -ts, 0)
    return {"t_n": n_teller, "t_r": r_teller, "t_z": z_teller, "t_b34a": b34a}


# --- het deel ----------------------------------------------------------------------------------


@dataclass
class Deel:
    """Huishoudens [start, eind) over `maanden`. De arrays zijn alleen-lezen: invoer(i) en begin() delen ze.

    invoer(i): de MaandInvoer van maand i (loon bij arbeid_a of arbeid_p, nieuw_dienstverband in de maand
    waarin iemand begint te werken). begin(): de Toestand bij de start van maanden[0]."""

    start: int
    eind: int
    maanden: list[dt.date]
    kenmerken: dict[str, np.ndarray]
    _statisch: dict = field(repr=False, default_factory=dict)
    _loon: np.ndarray = field(repr=False, default=None)  # (n, m), kolom voor kolom in het geheugen
    _partner_werkt: np.ndarray = field(repr=False, default=None)
    _nieuw: np.ndarray = field(repr=False, default=None)
    _begin: Toestand = field(repr=False, default=None)
    # (n, m) bool: in de bijstand in die maand. None: iedereen elke maand (zonder in- en uitstroom).
    aanwezig: np.ndarray | None = field(repr=False, default=None)

    def invoer(self, i: int) -> MaandInvoer:
        kolom = self._loon[:, i]
        return MaandInvoer(
            **self._statisch,
            arbeid_a=np.where(self._partner_werkt, 0, kolom),
            arbeid_p=np.where(self._partner_werkt, kolom, 0),
            nieuw_dienstverband=self._nieuw[:, i],
        )

    def begin(self) -> Toestand:
        return self._begin.kopie()

    def loon_maand(self) -> np.ndarray:
        """(n, m) int64: netto loon dat het huishouden in elke maand ontvangt (aanvrager of partner), in centen."""
        return self._loon


def _controleer_maanden(maanden) -> list[dt.date]:
    maanden = list(maanden)
    if not maanden:
        raise ValueError("maanden: geef minstens één maand")
    for i, m in enumerate(maanden):
        if not isinstance(m, dt.date) or m.day != 1:
            raise ValueError(f"maanden: maand {i + 1} ({m!r}) is niet de eerste dag van een maand")
        if i and m != volgende_maand(maanden[i - 1]):
            raise ValueError(f"maanden: maand {i + 1} ({m}) volgt niet op {maanden[i - 1]}")
    return maanden


# Wat uit een blok in het deel komt: (naam, dtype). Kleine typen houden 10 miljoen huishoudens klein.
_VELDEN = {
    "a_jaar": np.int32,
    "a_maand": np.int16,
    "a_dag": np.int16,
    "heeft_partner": bool,
    "p_jaar": np.int32,
    "p_maand": np.int16,
    "p_dag": np.int16,
    "p_rechthebbend": bool,
    "a_medisch_urenbeperkt": bool,
    "p_medisch_urenbeperkt": bool,
    "a_doelgroep_lks": bool,
    "p_doelgroep_lks": bool,
    "a_beroep_op_ouders": bool,
    "p_beroep_op_ouders": bool,
    "vrijlating_toepassen": bool,
    "bezittingen": np.int64,
}


def _invoer_blok(k: _Kader, b: dict) -> dict:
    """De velden van MaandInvoer die elke maand gelijk zijn, voor één blok."""
    p, pw = b["partner"], b["partner_werkt"]
    a_j, a_m, a_d = _geboren(k.m0, b["leeftijd"], b["dag"])
    p_j, p_m, p_d = _geboren(k.m0, b["p_leeftijd"], b["p_dag"])
    k_j, k_m, k_d = _geboren(k.m0, b["k_leeftijd"], b["k_dag"])
    mb_j, mb_m, mb_d = _geboren(k.m0, b["mb_leeftijd"], b["mb_dag"])
    return {
        "a_jaar": a_j,
        "a_maand": a_m,
        "a_dag": a_d,
        "heeft_partner": p,
        "p_jaar": np.where(p, p_j, GEEN_PERSOON),
        "p_maand": p_m,
        "p_dag": p_d,
        "p_rechthebbend": b["p_rechthebbend"],
        # medisch urenbeperkt en doelgroep LKS horen bij wie werkt (aanvrager of partner)
        "a_medisch_urenbeperkt": b["medisch"] & ~pw,
        "p_medisch_urenbeperkt": b["medisch"] & pw,
        "a_doelgroep_lks": b["lks"] & ~pw,
        "p_doelgroep_lks": b["lks"] & pw,
        "a_beroep_op_ouders": b["a_ouders"],
        "p_beroep_op_ouders": b["p_ouders"],
        "vrijlating_toepassen": b["toepassen"],
        "bezittingen": b["bezittingen"],
        "k_jaar": np.where(b["heeft_k"], k_j, GEEN_PERSOON),
        "k_maand": k_m,
        "k_dag": k_d,
        "mb_jaar": np.where(b["heeft_mb"], mb_j, GEEN_PERSOON),
        "mb_maand": mb_m,
        "mb_dag": mb_d,
    }


def maak_deel(spec: PopulatieSpec, start: int, eind: int, maanden: list[dt.date]) -> Deel:
    """Huishoudens [start, eind) over `maanden` (eerste dagen van opeenvolgende maanden).

    Start en eind mogen overal liggen; elk geraakt blok wordt helemaal gemaakt en het stuk eruit
    gekopieerd, dus huishouden i is altijd hetzelfde."""
    if not (isinstance(start, int) and isinstance(eind, int) and 0 <= start < eind <= spec.n):
        raise ValueError(f"deel {start}-{eind}: start en eind moeten 0 <= start < eind <= {spec.n} zijn")
    maanden = _controleer_maanden(maanden)
    a = spec.aannames
    k = _kader(a, tuple(maanden), spec.stroom)
    n, m = eind - start, len(maanden)
    if spec.stroom:
        t_in = np.zeros(n, np.int16)
        t_uit = np.zeros(n, np.int16)
        q_in, q_uit = spec.stroomkansen()
        p_nieuw = q_in * m / (1 + q_in * m)  # zo is de instroom per maand q_in maal de stand

    uit: dict[str, np.ndarray] = {}
    ken: dict[str, np.ndarray] = {}
    loon = np.empty((n, m), np.int64, order="F")
    nieuw = np.empty((n, m), bool, order="F")
    pw = np.empty(n, bool)
    tel = {t: np.empty(n, np.int16) for t in ("n", "r", "z", "b34a")}
    for blok in range(start // BLOK, (eind - 1) // BLOK + 1):
        b = _maak_blok(np.random.default_rng([spec.zaadje, blok]), k, a)
        van, tot = max(start, blok * BLOK) - blok * BLOK, min(eind, (blok + 1) * BLOK) - blok * BLOK
        doel = slice(blok * BLOK + van - start, blok * BLOK + tot - start)
        stuk = slice(van, tot)
        for naam, w in _invoer_blok(k, b).items():
            if naam not in uit:
                uit[naam] = np.empty((n,) + w.shape[1:], _VELDEN.get(naam, w.dtype))
            uit[naam][doel] = w[stuk]
        werkt = (b["loon"] > 0).any(axis=1)
        kenmerken = {
            "leeftijdsband": b["band"].astype(np.int8),
            "huishouden": b["huishouden"],
            "kostendeler": b["kostendeler"],
            "werkt": werkt,
            "geslacht": (~b["vrouw"]).astype(np.int8),
            "duurband": b["duurband"],
            "uren": np.where(werkt, np.rint(b["uren"]), 0).astype(np.int16),
            # netto uurloon in de eerste maand
            "uurloon": np.where(werkt, _uurloon(k.wml[0], b["w_leeftijd"] // 12, b["factor_bp"], b["netto_bp"]), 0),
            "leeftijd": (b["leeftijd"] // 12).astype(np.int8),
            "duur_maanden": b["duur"].astype(np.int16),
            "loonfrequentie": b["freq"],
            "betaalfase": b["fase"],
            "partner_werkt": b["partner_werkt"],
            "oproep": b["cv"] > a["uren"]["wisseling_vast"],
        }
        for naam, w in kenmerken.items():
            if naam not in ken:
                ken[naam] = np.empty(n, w.dtype)
            ken[naam][doel] = w[stuk]
        loon[doel] = b["loon"][stuk]
        nieuw[doel] = b["nieuw"][stuk]
        pw[doel] = b["partner_werkt"][stuk]
        for t, w in tel.items():
            w[doel] = b["t_" + t][stuk]
        if spec.stroom:
            ti, tu = _stroom_blok(np.random.default_rng([spec.zaadje, blok, STROOM_ZAADJE]), m, p_nieuw, q_uit)
            t_in[doel], t_uit[doel] = ti[stuk], tu[stuk]
        del b

    aanwezig = None
    if spec.stroom:
        t_aow = aow_maand(
            maanden,
            uit["a_jaar"],
            uit["a_maand"],
            uit["a_dag"],
            uit["heeft_partner"],
            uit["p_jaar"],
            uit["p_maand"],
            uit["p_dag"],
        )
        maand = np.arange(m)[None, :]
        aanwezig = np.asfortranarray((maand >= t_in[:, None]) & (maand < np.minimum(t_uit, t_aow)[:, None]))
        loon = np.where(aanwezig, loon, 0)
        nieuw = nieuw & aanwezig
        nieuwkomer = t_in > 0
        for w in tel.values():  # wie instroomt, heeft geen geschiedenis in de bijstand
            w[nieuwkomer] = 0
        ken["duur_maanden"] = np.where(nieuwkomer, 0, ken["duur_maanden"]).astype(np.int16)
        ken["duurband"] = np.where(nieuwkomer, 0, ken["duurband"]).astype(ken["duurband"].dtype)
        ken["werkt"] = (loon > 0).any(axis=1)
        ken["uren"] = np.where(ken["werkt"], ken["uren"], 0).astype(np.int16)
        ken["instroom_maand"] = t_in
        ken["uitstroom_maand"] = t_uit
        ken["aow_maand"] = t_aow
    statisch = {naam: uit[naam] for naam in _VELDEN}
    statisch["kinderen"] = (uit["k_jaar"], uit["k_maand"], uit["k_dag"])
    statisch["medebewoners"] = (
        uit["mb_jaar"],
        uit["mb_maand"],
        uit["mb_dag"],
        np.broadcast_to(np.zeros(1, bool), (n, MEDEBEWONERS)),
    )  # geen uitzonderingen
    nul = np.zeros(n, np.int64)
    nul16 = np.zeros(n, np.int16)
    # De tellers staan bij wie werkt: de aanvrager of de partner.
    per = {t: (np.where(pw, 0, v).astype(np.int16), np.where(pw, v, 0).astype(np.int16)) for t, v in tel.items()}
    begin = Toestand(
        n_a=per["n"][0],
        n_p=per["n"][1],
        r_a=per["r"][0],
        r_p=per["r"][1],
        z_a=per["z"][0],
        z_p=per["z"][1],
        b34a_a=per["b34a"][0],
        b34a_p=per["b34a"][1],
        giften_jaar=nul,
        taaleis_maanden=nul16,
        vermogen_aanvang=np.full(n, -1, np.int64),
        vermogen_laagste=nul,
        kalenderjaar=0,
    )
    arrays = (
        list(statisch.values())
        + list(ken.values())
        + [loon, nieuw, pw]
        + ([aanwezig] if spec.stroom else [])
        + [
            getattr(begin, f)
            for f in (
                "n_a",
                "n_p",
                "r_a",
                "r_p",
                "z_a",
                "z_p",
                "b34a_a",
                "b34a_p",
                "giften_jaar",
                "taaleis_maanden",
                "vermogen_aanvang",
                "vermogen_laagste",
            )
        ]
    )
    for x in arrays:
        for y in x if isinstance(x, tuple) else (x,):
            y.flags.writeable = False  # gedeeld tussen maanden en aanroepen: niemand mag erin schrijven
    return Deel(start, eind, maanden, ken, statisch, loon, pw, nieuw, begin, aanwezig)


def _stroom_blok(rng: np.random.Generator, m: int, p_nieuw: float, q_uit: float) -> tuple[np.ndarray, np.ndarray]:
    """Per huishouden van een blok: de maand van instroom (0 voor wie er bij de start al is) en de eerste maand
    na uitstroom (NOOIT als dat na de run is). Nieuwkomers komen in maand 0 tot en met m - 1, gelijk verdeeld;
    uitstroom per maand met kans q_uit, op zijn vroegst in de maand na de instroom."""
    u = rng.random((2, BLOK))
    nieuwkomer = u[0] < p_nieuw
    t_in = np.where(nieuwkomer, np.minimum((u[1] * m).astype(np.int64), m - 1), 0)
    duur = rng.geometric(max(q_uit, 1e-12), BLOK) if q_uit > 0 else np.full(BLOK, NOOIT, np.int64)
    t_uit = np.minimum(t_in + duur, NOOIT)
    return t_in.astype(np.int16), np.where(t_uit >= m, NOOIT, t_uit).astype(np.int16)


def aow_maand(maanden, a_jaar, a_maand, a_dag, heeft_partner, p_jaar, p_maand, p_dag) -> np.ndarray:
    """De eerste maand (index in `maanden`) waarin aanvrager of partner de AOW-leeftijd heeft, zoals de regel
    `balans.wet.regels.leeftijd.aow_bereikt` het zegt (peildatum: de eerste dag van de maand); NOOIT als dat
    in de run niet gebeurt. Vanaf die maand betaalt de SVB (AIO, art. 47a) en telt het huishouden niet meer
    mee in de Participatiewet. De tabel met de AOW-leeftijd is die van de wet (varianten veranderen haar niet)."""
    from balans.wet.context import Ctx, Vector
    from balans.wet.parameters import ParameterBoom
    from balans.wet.regels.leeftijd import aow_bereikt

    boom = ParameterBoom.voor("wet")
    uit = np.full(len(a_jaar), NOOIT, np.int16)
    for i, maand in enumerate(maanden):
        ctx = Ctx(Vector, maand, boom.op(maand), uitleg=False)
        aow = aow_bereikt(ctx, np.asarray(a_jaar), np.asarray(a_maand), np.asarray(a_dag)) | (
            np.asarray(heeft_partner) & aow_bereikt(ctx, np.asarray(p_jaar), np.asarray(p_maand), np.asarray(p_dag))
        )
        uit = np.where(aow & (uit == NOOIT), i, uit).astype(np.int16)
    return uit
