# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Gedateerde parameters uit YAML, met bron, plus overlays voor gemeenten en beleidsvarianten.

Een waarde geldt vanaf haar datum tot de volgende. Een overlay (gemeente of variant) wint vanaf
haar eigen datum. Alle bedragen worden hier eenmalig omgezet naar eurocenten, percentages naar
exacte breuken: de regels rekenen nooit met floats.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache
from pathlib import Path
from types import SimpleNamespace

import yaml

from balans.geld import naar_centen

MAP = Path(__file__).parent
PARAMETER_MAP = MAP / "parameters"
GEMEENTE_MAP = MAP / "gemeenten"
VARIANT_MAP = MAP / "varianten"
EERSTE_DATUM = dt.date(2024, 1, 1)


class OnbekendRegime(LookupError):
    pass


@dataclass(frozen=True)
class Waarde:
    vanaf: dt.date
    waarde: object
    bron: str
    niet_geindexeerd: bool = False
    toelichting: str = ""
    herkomst: str = "wet"  # wet | gemeente:<naam> | variant:<naam>


@dataclass(frozen=True)
class Meta:
    artikel: str
    omschrijving: str
    eenheid: str


def _zet_om(eenheid: str, ruw):
    if ruw is None:
        return None
    if eenheid == "euro":
        return naar_centen(ruw)
    if eenheid == "percentage":
        return Fraction(str(ruw)) / 100
    if eenheid == "aantal":
        return int(ruw)
    if eenheid == "ja_nee":
        if not isinstance(ruw, bool):
            raise ValueError(f"ja_nee verwacht true of false, niet {ruw!r}")
        return ruw
    if eenheid in ("keuze", "tabel"):
        return ruw
    raise ValueError(f"onbekende eenheid {eenheid!r}")


def _tabel(rijen: list[dict]) -> tuple[dict, ...]:
    """Een tabel op geboortedatum krijgt vergelijkbare getallen: 1957-10-01 -> 19571001."""
    uit = []
    for r in rijen:
        r = dict(r)
        if "geboren_vanaf" in r:
            r["van"] = int(str(r["geboren_vanaf"]).replace("-", ""))
            r["tot"] = int(str(r["geboren_tot"]).replace("-", ""))
        uit.append(r)
    return tuple(uit)


def _datum(sleutel) -> dt.date:
    return sleutel if isinstance(sleutel, dt.date) else dt.date.fromisoformat(str(sleutel))


def _waarden(eenheid: str, ruw: dict, herkomst: str) -> list[Waarde]:
    uit = []
    for sleutel, item in ruw.items():
        uit.append(
            Waarde(
                vanaf=_datum(sleutel),
                waarde=_zet_om(eenheid, item.get("waarde")),
                bron=item.get("bron", ""),
                niet_geindexeerd=bool(item.get("niet_geindexeerd", False)),
                toelichting=item.get("toelichting", ""),
                herkomst=herkomst,
            )
        )
    return sorted(uit, key=lambda w: w.vanaf)


def _geldend(reeks: list[Waarde], datum: dt.date) -> Waarde | None:
    gevonden = None
    for w in reeks:
        if w.vanaf <= datum:
            gevonden = w
        else:
            break
    return gevonden


@cache
def _lees_basis() -> tuple[dict, dict]:
    metas: dict[tuple[str, str], Meta] = {}
    reeksen: dict[tuple[str, str], list[Waarde]] = {}
    for pad in sorted(PARAMETER_MAP.glob("*.yaml")):
        inhoud = yaml.safe_load(pad.read_text(encoding="utf-8"))
        for naam, p in inhoud["parameters"].items():
            sleutel = (pad.stem, naam)
            metas[sleutel] = Meta(p.get("artikel", inhoud.get("artikel", "")), p.get("omschrijving", ""), p["eenheid"])
            if p["eenheid"] == "tabel":
                reeksen[sleutel] = [Waarde(EERSTE_DATUM, _tabel(p["tabel"]), p.get("bron", ""))]
            else:
                reeksen[sleutel] = _waarden(p["eenheid"], p["waarden"], "wet")
    return metas, reeksen


def beschikbare_overlays(map_: Path) -> list[str]:
    return sorted(p.stem for p in map_.glob("*.yaml"))


def _lees_overlay(soort: str, naam: str) -> tuple[str, dict]:
    if soort == "gemeente":
        # uit het pakket of uit BALANS_GEMEENTEN_DIR, gecontroleerd op wat een gemeente mag (gemeente_overlay.py)
        from balans.wet.gemeente_overlay import GemeenteFout, gecontroleerd, vind

        o = vind(naam)
        if o is None:
            raise OnbekendRegime(naam)
        inhoud, fouten = gecontroleerd(o)
        if fouten:
            raise OngeldigeWijziging(naam, [((), str(GemeenteFout(o.pad, fouten)))])
        return _lees_gemeente(naam, str(o.pad), o.pad.stat().st_mtime_ns, inhoud)
    return _lees_variant(naam)


_gemeenten: dict[tuple[str, str, int], tuple[str, dict]] = {}


def _lees_gemeente(naam: str, pad: str, versie: int, inhoud: dict) -> tuple[str, dict]:
    sleutel = (naam, pad, versie)
    if sleutel not in _gemeenten:
        _gemeenten[sleutel] = _overlay_inhoud("gemeente", naam, inhoud)
    return _gemeenten[sleutel]


@cache
def _lees_variant(naam: str) -> tuple[str, dict]:
    pad = VARIANT_MAP / f"{naam}.yaml"
    if not pad.exists():
        raise OnbekendRegime(naam)
    return _overlay_inhoud("variant", naam, yaml.safe_load(pad.read_text(encoding="utf-8")))


def _overlay_inhoud(soort: str, naam: str, inhoud: dict) -> tuple[str, dict]:
    metas, _ = _lees_basis()
    wijzigingen: dict[tuple[str, str], list[Waarde]] = {}
    for bestand, params in (inhoud.get("wijzigingen") or {}).items():
        for pnaam, p in params.items():
            sleutel = (bestand, pnaam)
            if sleutel not in metas:
                raise OnbekendRegime(f"{naam}: parameter {bestand}.{pnaam} bestaat niet")
            wijzigingen[sleutel] = _waarden(metas[sleutel].eenheid, p["waarden"], f"{soort}:{naam}")
    return inhoud.get("omschrijving", ""), wijzigingen


# Bedragen in euro die niet meegaan met de indexering (art. 38 Pw): vaste bedragen in de wettekst.
# Alle andere bedragen in euro worden halfjaarlijks of jaarlijks geïndexeerd. De vlag niet_geindexeerd
# in de YAML zegt iets anders: die staat bij een waarde (het laatst bekende bedrag doorgetrokken),
# niet bij een parameter. Zie docs/beleid-varianten.md.
NIET_GEINDEXEERD: dict[tuple[str, str], str] = {
    ("art34a", "c_maximum"): "Art. 38 lid 4 noemt dit bedrag niet (docs/wetstekst-controle.md, punt 8); € 226 in "
    "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel34a en in de tekst van 2026-07-01.",
    ("art34b", "maximum_per_kalenderjaar"): "Vast bedrag in de tekst ('tot maximaal € 1.000 per kalenderjaar'), "
    "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel34b. Aanname: "
    "art. 38 indexeert het niet (niet nagegaan).",
    (
        "art31",
        "giften_vrij_per_kalenderjaar",
    ): "Vast bedrag in de tekst (€ 1.200 per kalenderjaar), gelijk op 2026-01-01 en "
    "2026-07-01, https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel31. "
    "Aanname: art. 38 indexeert het niet (niet nagegaan).",
    ("gemeente", "giften_vrij_per_kalenderjaar_voor_2026"): "Beleid van de gemeente, geen bedrag uit de wet.",
    **{
        ("art36", f"bedrag_{wie}"): "De verordening van de gemeente stelt de IIT vast (Pw art. 8 lid 1 onder c); "
        "geen bedrag uit de wet."
        for wie in (
            "alleenstaande",
            "alleenstaande_kind_tot_12",
            "alleenstaande_kind_12_tot_18",
            "gehuwden",
            "gehuwden_kind_tot_12",
            "gehuwden_kind_12_tot_18",
        )
    },
}


def geindexeerd(bestand: str, naam: str) -> bool:
    """Gaat dit bedrag mee met de indexering? Alleen bedragen in euro, behalve de vaste bedragen hierboven."""
    metas, _ = _lees_basis()
    meta = metas.get((bestand, naam))
    return meta is not None and meta.eenheid == "euro" and (bestand, naam) not in NIET_GEINDEXEERD


def parameter_metas() -> dict[tuple[str, str], Meta]:
    """Alle parameters van de wet: (bestand, naam) -> artikel, omschrijving en eenheid."""
    return dict(_lees_basis()[0])


_EENHEID_VOORBEELD = {
    "euro": 'een bedrag in euro van 0 of meer, zoals "1200.00"',
    "percentage": 'een percentage van 0 tot en met 100, zoals "25" voor 25%',
    "aantal": "een heel getal van 0 of meer, zoals 12",
    "ja_nee": "true (ja) of false (nee)",
    "keuze": "een woord, zoals in de wet-YAML",
}


# Percentages die boven 100% mogen, met hun grenzen (de rest: 0 tot en met 100).
PERCENTAGE_GRENZEN: dict[tuple[str, str], tuple[Fraction, Fraction, str]] = {
    ("art36", "inkomensgrens_percentage_norm"): (
        Fraction(1),
        Fraction(2),
        'een percentage van 100 tot en met 200, zoals "110" voor 110% van de bijstandsnorm',
    ),
}


def _zet_om_gecontroleerd(eenheid: str, ruw, sleutel: tuple[str, str] | None = None):
    """Als _zet_om, maar voor invoer van gebruikers: geen stille omzettingen (2.5 maanden wordt geen 2).

    sleutel: (bestand, naam); een percentage in PERCENTAGE_GRENZEN heeft zijn eigen grenzen."""
    if ruw is None:
        return None
    if eenheid == "aantal":
        if isinstance(ruw, bool) or not (isinstance(ruw, int) or (isinstance(ruw, str) and ruw.strip().isdigit())):
            raise ValueError
        if int(ruw) < 0:
            raise ValueError
        return int(ruw)
    if eenheid == "percentage":
        if isinstance(ruw, bool):
            raise ValueError
        w = _zet_om(eenheid, ruw)
        laag, hoog, _ = PERCENTAGE_GRENZEN.get(sleutel, (0, 1, "")) if sleutel else (0, 1, "")
        if not laag <= w <= hoog:
            raise ValueError
        return w
    if eenheid == "keuze":
        if not isinstance(ruw, str) or not ruw.strip():
            raise ValueError
        return ruw
    if eenheid == "euro" and (isinstance(ruw, bool) or naar_centen(ruw) < 0):
        raise ValueError
    return _zet_om(eenheid, ruw)


def controleer_wijzigingen(wijzigingen) -> list[tuple[tuple, str]]:
    """Alle fouten in een blok 'wijzigingen' ({bestand: {parameter: {waarden: {datum: {waarde, bron}}}}}).

    Elke fout komt met het pad binnen het blok, bijvoorbeeld ('art31', 'n_maximum', 'waarden', '2024-01-01'),
    zodat een runbestand er het regelnummer bij kan zoeken. Een lege lijst: alles is goed.
    """
    metas, _ = _lees_basis()
    bestanden = sorted({b for b, _ in metas})
    fouten: list[tuple[tuple, str]] = []
    if not isinstance(wijzigingen, dict):
        return [((), "'wijzigingen' moet per bestand de parameters noemen, bijvoorbeeld art31: {n_maximum: …}.")]
    for bestand, params in wijzigingen.items():
        if bestand not in bestanden:
            fouten.append(((bestand,), f"het bestand '{bestand}' bestaat niet. Kies uit: {', '.join(bestanden)}."))
            continue
        if not isinstance(params, dict) or not params:
            fouten.append(((bestand,), f"noem onder '{bestand}' een of meer parameters."))
            continue
        for pnaam, p in params.items():
            sleutel = (bestand, pnaam)
            if sleutel not in metas:
                namen = sorted(n for b, n in metas if b == bestand)
                fouten.append(
                    (
                        (bestand, pnaam),
                        (f"de parameter {bestand}.{pnaam} bestaat niet. In {bestand} staan: {', '.join(namen)}."),
                    )
                )
                continue
            eenheid = metas[sleutel].eenheid
            if eenheid == "tabel":
                fouten.append(
                    ((bestand, pnaam), f"{bestand}.{pnaam} is een tabel; die kan een variant niet veranderen.")
                )
                continue
            if not isinstance(p, dict) or not isinstance(p.get("waarden"), dict) or not p["waarden"]:
                fouten.append(
                    (
                        (bestand, pnaam),
                        (
                            f"{bestand}.{pnaam} heeft 'waarden' nodig, bijvoorbeeld "
                            "waarden: {2027-01-01: {waarde: …, bron: …}}."
                        ),
                    )
                )
                continue
            for k in p:
                if k not in ("waarden", "omschrijving", "toelichting"):
                    fouten.append(((bestand, pnaam, k), f"{bestand}.{pnaam}: onbekend veld '{k}'. Gebruik 'waarden'."))
            for datum, item in p["waarden"].items():
                pad = (bestand, pnaam, "waarden", datum)
                try:
                    _datum(datum)
                except (ValueError, TypeError):
                    fouten.append(
                        (
                            pad,
                            (
                                f"{bestand}.{pnaam}: '{datum}' is geen datum. Schrijf JJJJ-MM-DD, "
                                "bijvoorbeeld 2027-01-01."
                            ),
                        )
                    )
                    continue
                if not isinstance(item, dict) or "waarde" not in item:
                    fouten.append((pad, f"{bestand}.{pnaam} op {datum}: schrijf {{waarde: …, bron: …}}."))
                    continue
                onbekend = [k for k in item if k not in ("waarde", "bron", "toelichting", "niet_geindexeerd")]
                if onbekend:
                    fouten.append(
                        (
                            pad,
                            (
                                f"{bestand}.{pnaam} op {datum}: onbekend veld '{onbekend[0]}'. "
                                "Gebruik waarde, bron en toelichting."
                            ),
                        )
                    )
                try:
                    _zet_om_gecontroleerd(eenheid, item["waarde"], sleutel)
                except (ValueError, TypeError, ArithmeticError):
                    voorbeeld = PERCENTAGE_GRENZEN[sleutel][2] if sleutel in PERCENTAGE_GRENZEN else None
                    fouten.append(
                        (
                            pad + ("waarde",),
                            (
                                f"{bestand}.{pnaam} op {datum}: '{item['waarde']}' kan niet. "
                                f"Verwacht: {voorbeeld or _EENHEID_VOORBEELD[eenheid]}."
                            ),
                        )
                    )
    return fouten


class OngeldigeWijziging(OnbekendRegime):
    """Een of meer fouten in de wijzigingen van een variant; .fouten is de lijst (pad, melding)."""

    def __init__(self, naam: str, fouten: list[tuple[tuple, str]]):
        super().__init__(" ".join(f"{naam}: {m}" for _, m in fouten))
        self.naam = naam
        self.fouten = fouten


def _overlay_uit(naam: str, wijzigingen: dict, metas: dict) -> dict[tuple[str, str], list[Waarde]]:
    fouten = controleer_wijzigingen(wijzigingen or {})
    if fouten:
        raise OngeldigeWijziging(naam, fouten)
    uit: dict[tuple[str, str], list[Waarde]] = {}
    for bestand, params in (wijzigingen or {}).items():
        for pnaam, p in params.items():
            sleutel = (bestand, pnaam)
            eenheid = metas[sleutel].eenheid
            ruw = {
                k: {**v, "waarde": _zet_om_gecontroleerd(eenheid, v["waarde"], sleutel)}
                for k, v in p["waarden"].items()
            }
            # _waarden zet om met _zet_om; de waarden zijn hier al omgezet, dus als 'keuze' doorgeven.
            uit[sleutel] = _waarden("keuze", ruw, f"beleid:{naam}")
    return uit


def wis_caches() -> None:
    """Alles opnieuw lezen bij de volgende vraag (voor tests die een parameterbestand veranderen)."""
    _lees_basis.cache_clear()
    _lees_variant.cache_clear()
    _gemeenten.clear()
    _boom_voor.cache_clear()


@lru_cache(maxsize=64)
def _boom_voor(regime: str, gemeente: str | None, _bestand) -> ParameterBoom:
    return ParameterBoom(regime, gemeente)


class Parameters(SimpleNamespace):
    """De parameters van één maand: p.art21.alleenstaande, en p.bron('art21', 'alleenstaande')."""

    def __init__(self, datum: dt.date, gekozen: dict[tuple[str, str], Waarde | None], metas: dict):
        groepen: dict[str, dict] = {}
        for (bestand, naam), w in gekozen.items():
            groepen.setdefault(bestand, {})[naam] = None if w is None else w.waarde
        super().__init__(**{b: SimpleNamespace(**v) for b, v in groepen.items()})
        self._datum = datum
        self._gekozen = gekozen
        self._metas = metas
        self._niet_geindexeerd: list[str] | None = None
        self._afgeleid: dict = {}

    def afgeleid(self, sleutel, maak):
        """maak(), één keer per sleutel: iets dat alleen van deze parameters en de sleutel afhangt.

        Met uitleg rekent één huishouden elke maand dezelfde takken en bedragen opnieuw uit de parameters
        van die maand; de boom bewaart de parameters per datum, dus dit ook."""
        w = self._afgeleid.get(sleutel)
        if w is None:
            w = self._afgeleid[sleutel] = maak()
        return w

    def waarde(self, bestand: str, naam: str) -> Waarde | None:
        return self._gekozen[(bestand, naam)]

    def meta(self, bestand: str, naam: str) -> Meta:
        return self._metas[(bestand, naam)]

    def bron(self, bestand: str, naam: str) -> str:
        w = self._gekozen[(bestand, naam)]
        return w.bron if w else ""

    def niet_geindexeerd(self) -> list[str]:
        if self._niet_geindexeerd is None:
            self._niet_geindexeerd = sorted(
                f"{b}.{n}" for (b, n), w in self._gekozen.items() if w and w.niet_geindexeerd
            )
        return list(self._niet_geindexeerd)


class ParameterBoom:
    """De wet plus eventueel een variant en een gemeente, als overlays op dezelfde boom."""

    @staticmethod
    def voor(regime: str = "wet", gemeente: str | None = None) -> ParameterBoom:
        """Eén gedeelde boom per regime en gemeente: de YAML wordt maar één keer gelezen en per maand gecachet.
        Een gemeente uit BALANS_GEMEENTEN_DIR: per bestand en versie (een gewijzigd bestand wordt opnieuw gelezen)."""
        sleutel = None
        if gemeente:
            from balans.wet.gemeente_overlay import vind

            o = vind(gemeente)
            sleutel = (str(o.pad), o.pad.stat().st_mtime_ns) if o is not None else None
        return _boom_voor(regime, gemeente, sleutel)

    def __init__(self, regime: str = "wet", gemeente: str | None = None):
        self.regime = regime or "wet"
        self.gemeente = gemeente
        self._metas, basis = _lees_basis()
        lagen = [basis]
        if self.regime != "wet":
            lagen.append(_lees_overlay("variant", self.regime)[1])
        if gemeente:
            lagen.append(_lees_overlay("gemeente", gemeente)[1])
        self._lagen = lagen
        self._cache: dict[dt.date, Parameters] = {}
        self._wijzigingsdagen: dict[tuple, tuple[int, ...]] = {}

    @classmethod
    def met_lagen(
        cls,
        lagen: list[tuple[str, dict]],
        regime: str = "wet",
        gemeente: str | None = None,
        regels_van: dt.date | None = None,
        bedragen_vast: bool = False,
    ) -> ParameterBoom:
        """De wet (of een regime) plus lagen uit een beleidsrun: [(naam, {bestand: {parameter: {waarden: …}}})].

        regels_van: eerst de regels van die datum vastzetten (zie regels_van()), dan de lagen erop.
        Latere lagen winnen. Een onbekend bestand, een onbekende parameter of een waarde in de verkeerde
        eenheid is een OngeldigeWijziging (een OnbekendRegime) met de naam van de laag en de parameter.
        """
        boom = cls(regime, gemeente)
        if regels_van is not None:
            boom = boom.regels_van(regels_van, bedragen_vast)
        for naam, wijzigingen in lagen:
            boom = boom.met_laag(naam, wijzigingen)
        return boom

    def _kopie(self, regime: str) -> ParameterBoom:
        nieuw = object.__new__(type(self))
        nieuw.__dict__.update(self.__dict__)
        nieuw.regime = regime
        nieuw._lagen = list(self._lagen)
        nieuw._cache = {}
        nieuw._wijzigingsdagen = {}
        return nieuw

    def met_laag(self, naam: str, wijzigingen: dict) -> ParameterBoom:
        """Een nieuwe boom: deze plus één laag wijzigingen bovenop (die wint vanaf haar eigen data)."""
        nieuw = self._kopie(f"{self.regime}+{naam}")
        nieuw._lagen.append(_overlay_uit(naam, wijzigingen, self._metas))
        return nieuw

    def regels_van(self, datum: dt.date, bedragen_vast: bool = False) -> ParameterBoom:
        """Een nieuwe boom met de regels van `datum` voor elke maand (de 'wet van jaar X').

        Vast op de waarde van `datum`: alles behalve de tabellen (AOW-leeftijd) en de geïndexeerde
        bedragen (geindexeerd()). Een geïndexeerd bedrag volgt de maand, zodat een vergelijking de
        hervorming laat zien en niet de indexering; in een maand waarin de wet het bedrag (nog) niet
        kent, geldt het bedrag van `datum`. Bestond het bedrag op `datum` niet, dan ook niet in de variant.
        Met bedragen_vast=True staan ook de bedragen vast op die van `datum`.
        """
        herkomst = f"beleid:regels-van-{datum.isoformat()}"
        toelichting = f"Regels van {datum:%d-%m-%Y}."
        p = self.op(datum)
        vast: dict[tuple[str, str], list[Waarde]] = {}
        for sleutel, w in p._gekozen.items():
            eenheid = self._metas[sleutel].eenheid
            if eenheid == "tabel":
                continue
            w_d = None if w is None else w.waarde
            if not bedragen_vast and w is not None and w_d is not None and geindexeerd(*sleutel):
                data = sorted({EERSTE_DATUM, datum} | {x.vanaf for laag in self._lagen for x in laag.get(sleutel, ())})
                reeks = []
                for d in data:
                    wm = self.op(d)._gekozen[sleutel]
                    if wm is not None and wm.waarde is not None:
                        reeks.append(
                            wm
                            if wm.vanaf == d
                            else Waarde(d, wm.waarde, wm.bron, wm.niet_geindexeerd, wm.toelichting, wm.herkomst)
                        )
                    else:
                        reeks.append(Waarde(d, w_d, w.bron, w.niet_geindexeerd, toelichting, herkomst))
                vast[sleutel] = reeks
            else:
                vast[sleutel] = [
                    Waarde(
                        EERSTE_DATUM,
                        w_d,
                        w.bron if w else "",
                        w.niet_geindexeerd if w else False,
                        toelichting,
                        herkomst,
                    )
                ]
        nieuw = self._kopie(f"{self.regime}@{datum.isoformat()}{'-bedragen' if bedragen_vast else ''}")
        nieuw._lagen.append(vast)
        return nieuw

    def __getstate__(self):  # naar een Dask-werker: zonder de cache per maand, die bouwt de werker zelf
        staat = self.__dict__.copy()
        staat["_cache"] = {}
        staat["_wijzigingsdagen"] = {}
        return staat

    def wijzigingsdagen(self, maand: dt.date, bestanden: frozenset[str]) -> tuple[int, ...]:
        """De dagen > 1 in deze maand waarop een parameter uit `bestanden` een nieuwe waarde krijgt (oplopend).

        Per maand één keer: elke berekening vraagt dit voor elke maand, en het loopt alle reeksen van alle
        lagen langs. De lagen van een boom veranderen niet (met_laag en regels_van maken een nieuwe boom)."""
        sleutel = (maand.year, maand.month, bestanden)
        dagen = self._wijzigingsdagen.get(sleutel)
        if dagen is None:
            dim = calendar.monthrange(maand.year, maand.month)[1]
            dagen = self._wijzigingsdagen[sleutel] = tuple(
                sorted(
                    {
                        w.vanaf.day
                        for laag in self._lagen
                        for (bestand, _), reeks in laag.items()
                        if bestand in bestanden
                        for w in reeks
                        if w.vanaf.year == maand.year and w.vanaf.month == maand.month and 1 < w.vanaf.day <= dim
                    }
                )
            )
        return dagen

    def op(self, datum: dt.date) -> Parameters:
        p = self._cache.get(datum)
        if p is None:
            gekozen = {}
            for sleutel in self._metas:
                keuze = None
                for laag in self._lagen:  # latere lagen winnen vanaf hun eigen datum
                    reeks = laag.get(sleutel)
                    if reeks:
                        w = _geldend(reeks, datum)
                        if w is not None:
                            keuze = w
                gekozen[sleutel] = keuze
            p = self._cache[datum] = Parameters(datum, gekozen, self._metas)
        return p


WETSVERSIES_BESTAND = MAP / "wetsversies.yaml"


@cache
def wijzigingsdata() -> tuple[dict, ...]:
    """Alle data waarop de wet (of een parameter van de wet) verandert, uit wetsversies.yaml."""
    inhoud = yaml.safe_load(WETSVERSIES_BESTAND.read_text(encoding="utf-8"))
    return tuple(sorted(({**v, "datum": _datum(v["datum"])} for v in inhoud["versies"]), key=lambda v: v["datum"]))


@cache
def wetsversies() -> tuple[dt.date, ...]:
    """De data met een eigen tekst op wetten.overheid.nl: daar linken we naar."""
    return tuple(v["datum"] for v in wijzigingsdata() if v.get("tekst"))


@lru_cache(maxsize=4096)
def versie_op(datum: dt.date) -> dt.date:
    """De versie die op deze dag geldt (elke dag, ook midden in een maand: 2026-02-04 begint op de 4e)."""
    gevonden = wetsversies()[0]
    for v in wetsversies():
        if v <= datum:
            gevonden = v
    return gevonden


@lru_cache(maxsize=16384)  # per maand en artikel, in elke uitleg opnieuw gevraagd
def wet_url(datum: dt.date, artikel: str) -> str:
    return f"https://wetten.overheid.nl/BWBR0015703/{versie_op(datum).isoformat()}#Artikel{artikel}"
