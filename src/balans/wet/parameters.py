"""Gedateerde parameters uit YAML, met bron, plus overlays voor gemeenten en beleidsvarianten.

Een waarde geldt vanaf haar datum tot de volgende. Een overlay (gemeente of variant) wint vanaf
haar eigen datum. Alle bedragen worden hier eenmalig omgezet naar eurocenten, percentages naar
exacte breuken: de regels rekenen nooit met floats.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
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


@lru_cache(maxsize=None)
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


@lru_cache(maxsize=None)
def _lees_overlay(soort: str, naam: str) -> tuple[str, dict]:
    map_ = GEMEENTE_MAP if soort == "gemeente" else VARIANT_MAP
    pad = map_ / f"{naam}.yaml"
    if not pad.exists():
        raise OnbekendRegime(naam)
    inhoud = yaml.safe_load(pad.read_text(encoding="utf-8"))
    metas, _ = _lees_basis()
    wijzigingen: dict[tuple[str, str], list[Waarde]] = {}
    for bestand, params in (inhoud.get("wijzigingen") or {}).items():
        for pnaam, p in params.items():
            sleutel = (bestand, pnaam)
            if sleutel not in metas:
                raise OnbekendRegime(f"{naam}: parameter {bestand}.{pnaam} bestaat niet")
            wijzigingen[sleutel] = _waarden(metas[sleutel].eenheid, p["waarden"], f"{soort}:{naam}")
    return inhoud.get("omschrijving", ""), wijzigingen


def _overlay_uit(naam: str, wijzigingen: dict, metas: dict) -> dict[tuple[str, str], list[Waarde]]:
    uit: dict[tuple[str, str], list[Waarde]] = {}
    for bestand, params in (wijzigingen or {}).items():
        if not isinstance(params, dict):
            raise OnbekendRegime(f"{naam}: onder '{bestand}' hoort een lijst parameters")
        for pnaam, p in params.items():
            sleutel = (bestand, pnaam)
            if sleutel not in metas:
                raise OnbekendRegime(f"{naam}: parameter {bestand}.{pnaam} bestaat niet")
            if not isinstance(p, dict) or not isinstance(p.get("waarden"), dict):
                raise OnbekendRegime(f"{naam}: {bestand}.{pnaam} heeft 'waarden' nodig (datum: {{waarde: …}})")
            try:
                uit[sleutel] = _waarden(metas[sleutel].eenheid, p["waarden"], f"beleid:{naam}")
            except (ValueError, TypeError, AttributeError, ArithmeticError) as e:
                raise OnbekendRegime(f"{naam}: {bestand}.{pnaam}: {e}") from None
    return uit


class Parameters(SimpleNamespace):
    """De parameters van één maand: p.art21.alleenstaande, en p.bron('art21', 'alleenstaande')."""

    def __init__(self, datum: dt.date, gekozen: dict[tuple[str, str], Waarde], metas: dict):
        groepen: dict[str, dict] = {}
        for (bestand, naam), w in gekozen.items():
            groepen.setdefault(bestand, {})[naam] = None if w is None else w.waarde
        super().__init__(**{b: SimpleNamespace(**v) for b, v in groepen.items()})
        self._datum = datum
        self._gekozen = gekozen
        self._metas = metas
        self._niet_geindexeerd: list[str] | None = None

    def waarde(self, bestand: str, naam: str) -> Waarde | None:
        return self._gekozen[(bestand, naam)]

    def meta(self, bestand: str, naam: str) -> Meta:
        return self._metas[(bestand, naam)]

    def bron(self, bestand: str, naam: str) -> str:
        w = self._gekozen[(bestand, naam)]
        return w.bron if w else ""

    def niet_geindexeerd(self) -> list[str]:
        if self._niet_geindexeerd is None:
            self._niet_geindexeerd = sorted(f"{b}.{n}" for (b, n), w in self._gekozen.items() if w and w.niet_geindexeerd)
        return list(self._niet_geindexeerd)


class ParameterBoom:
    """De wet plus eventueel een variant en een gemeente, als overlays op dezelfde boom."""

    @staticmethod
    @lru_cache(maxsize=64)
    def voor(regime: str = "wet", gemeente: str | None = None) -> "ParameterBoom":
        """Eén gedeelde boom per regime en gemeente: de YAML wordt maar één keer gelezen en per maand gecachet."""
        return ParameterBoom(regime, gemeente)

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

    @classmethod
    def met_lagen(cls, lagen: list[tuple[str, dict]], regime: str = "wet", gemeente: str | None = None,
                  regels_van: dt.date | None = None) -> "ParameterBoom":
        """De wet (of een regime) plus lagen uit een beleidsrun: [(naam, {bestand: {parameter: {waarden: …}}})].

        regels_van: de regels van die datum vastzetten (alles behalve bedragen in euro die toen al
        bestonden), zodat een vergelijking de hervorming toont en niet de indexering.
        Een onbekend bestand of een onbekende parameter is een OnbekendRegime-fout met de naam erin.
        """
        boom = cls(regime, gemeente)
        if regels_van is not None:
            p = boom.op(regels_van)
            vast: dict[tuple[str, str], list[Waarde]] = {}
            for sleutel, w in p._gekozen.items():
                eenheid = boom._metas[sleutel].eenheid
                if eenheid == "tabel" or (eenheid == "euro" and w is not None and w.waarde is not None):
                    continue
                vast[sleutel] = [Waarde(vanaf=EERSTE_DATUM, waarde=None if w is None else w.waarde,
                                        bron=w.bron if w else "", toelichting=f"regels van {regels_van:%d-%m-%Y}",
                                        herkomst=f"beleid:regels-van-{regels_van}")]
            boom._lagen.append(vast)
            boom._cache.clear()
        for naam, wijzigingen in lagen:
            boom._lagen.append(_overlay_uit(naam, wijzigingen, boom._metas))
        boom._cache.clear()
        boom.regime = "+".join([boom.regime] + [n for n, _ in lagen])
        return boom

    def __getstate__(self):   # naar een Dask-werker: zonder de cache per maand, die bouwt de werker zelf
        staat = self.__dict__.copy()
        staat["_cache"] = {}
        return staat

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


@lru_cache(maxsize=None)
def wetsversies() -> tuple[dt.date, ...]:
    """De data waarop de wettekst (in onze parameters) wijzigt: daar linken we naar."""
    _, reeksen = _lees_basis()
    return tuple(sorted({w.vanaf for reeks in reeksen.values() for w in reeks if w.herkomst == "wet"}))


@lru_cache(maxsize=4096)
def versie_op(datum: dt.date) -> dt.date:
    gevonden = wetsversies()[0]
    for v in wetsversies():
        if v <= datum:
            gevonden = v
    return gevonden


@lru_cache(maxsize=16384)   # per maand en artikel, in elke uitleg opnieuw gevraagd
def wet_url(datum: dt.date, artikel: str) -> str:
    return f"https://wetten.overheid.nl/BWBR0015703/{versie_op(datum).isoformat()}#Artikel{artikel}"
