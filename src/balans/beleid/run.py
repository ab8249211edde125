"""Het runbestand van `balans beleid RUN.yaml`: lezen en controleren, met regelnummers.

Alle fouten komen tegelijk terug, elk met het veld en de regel. Varianten zijn een naam uit
src/balans/beleid/varianten/ of staan in het runbestand zelf (naam, omschrijving, wijzigingen).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from balans.beleid.doorrekenen import Variant
from balans.beleid.populatie import MAX_HUISHOUDENS, Aannames, PopulatieSpec, laad_aannames
from balans.beleid.uitkomst import Aanname, VariantInfo
from balans.casus.yamlregels import YamlFout, lees
from balans.wet.parameters import OnbekendRegime, ParameterBoom

VARIANT_MAP = Path(__file__).with_name("varianten")
MAX_MAANDEN = 60
BACKENDS = ("numpy", "dask")
VELDEN = {"naam", "periode", "populatie", "basis", "varianten", "verrekenmethode", "gedrag", "rekenen", "uitvoer",
          "netto_uurloon"}


class RunFout(Exception):
    def __init__(self, fouten: list[str]):
        super().__init__("\n".join(fouten))
        self.fouten = fouten


@dataclass(frozen=True)
class Run:
    naam: str
    van: dt.date
    tot_en_met: dt.date
    populatie: PopulatieSpec
    basis: Variant
    varianten: tuple[Variant, ...]
    info: dict
    verrekenmethode: str | None
    gedrag: dict
    backend: str
    scheduler: str | None
    werkers: int
    map: Path
    pdf: bool
    netto_uurloon: int

    def aannames(self) -> list[Aanname]:
        return [Aanname(k, str(w), b, t) for k, w, b, t in self.populatie.aannames.lijst()]


def beschikbare_varianten() -> list[str]:
    return sorted(p.stem for p in VARIANT_MAP.glob("*.yaml"))


def _variant_bestand(naam: str) -> dict:
    pad = VARIANT_MAP / f"{naam}.yaml"
    if not pad.is_file():
        raise KeyError(naam)
    return yaml.safe_load(pad.read_text(encoding="utf-8"))


def maak_variant(d: dict) -> tuple[Variant, VariantInfo, str | None]:
    """Van een variant-beschrijving (bestand of uit het runbestand) naar een parameterboom."""
    naam = str(d["naam"])
    regels_van = d.get("regels_van")
    if isinstance(regels_van, str):
        regels_van = dt.date.fromisoformat(regels_van)
    lagen = [(naam, d["wijzigingen"])] if d.get("wijzigingen") else []
    boom = ParameterBoom.met_lagen(lagen, regime=d.get("regime") or "wet", regels_van=regels_van)
    omschrijving = " ".join(str(d.get("omschrijving", "")).split())
    return (Variant(naam, boom, omschrijving), VariantInfo(naam, omschrijving, list(d.get("bronnen") or [])),
            d.get("verrekenmethode"))


def _maand(tekst, veld: str, regel, fouten: list[str]) -> dt.date | None:
    try:
        j, m = str(tekst).split("-")
        return dt.date(int(j), int(m), 1)
    except (ValueError, TypeError):
        fouten.append(f"{veld} (regel {regel}): schrijf een maand als JJJJ-MM, bijvoorbeeld 2027-01.")
        return None


def laad(pad: str | Path, overschrijf: dict | None = None) -> Run:
    pad = Path(pad)
    try:
        tekst = pad.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RunFout([f"{pad}: kan het bestand niet lezen ({getattr(e, 'strerror', None) or e})."]) from None
    try:
        data, regels = lees(tekst)
    except YamlFout as e:
        raise RunFout([f"{pad}, regel {e.regel}: {e.bericht}" if e.regel else f"{pad}: {e.bericht}"]) from None
    if not isinstance(data, dict):
        raise RunFout([f"{pad}: het runbestand moet velden hebben (naam, periode, basis, varianten …)."])
    data.update(overschrijf or {})
    fouten: list[str] = []

    def r(*p):
        return regels.get(tuple(p), "?")

    for k in data:
        if k not in VELDEN:
            fouten.append(f"{k} (regel {r(k)}): onbekend veld. Bekend: {', '.join(sorted(VELDEN))}.")
    naam = str(data.get("naam") or pad.stem)
    periode = data.get("periode") or {}
    van = tot = None
    if not isinstance(periode, dict) or "van" not in periode or "tot_en_met" not in periode:
        fouten.append(f"periode (regel {r('periode')}): geef periode.van en periode.tot_en_met, bijvoorbeeld 2027-01 en 2027-12.")
    else:
        van = _maand(periode["van"], "periode.van", r("periode", "van"), fouten)
        tot = _maand(periode["tot_en_met"], "periode.tot_en_met", r("periode", "tot_en_met"), fouten)
        if van and tot:
            aantal = (tot.year - van.year) * 12 + tot.month - van.month + 1
            if not 1 <= aantal <= MAX_MAANDEN:
                fouten.append(f"periode.tot_en_met (regel {r('periode', 'tot_en_met')}): de periode moet 1 tot en met "
                              f"{MAX_MAANDEN} maanden zijn, niet {aantal}.")
    pop = data.get("populatie") or {}
    n, zaadje, aannames = 410_000, 2026, None
    if not isinstance(pop, dict):
        fouten.append(f"populatie (regel {r('populatie')}): geef huishoudens en zaadje.")
    else:
        n = pop.get("huishoudens", n)
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= MAX_HUISHOUDENS:
            fouten.append(f"populatie.huishoudens (regel {r('populatie', 'huishoudens')}): een heel getal van 1 tot en met "
                          f"{MAX_HUISHOUDENS:_}.".replace("_", "."))
            n = 1
        zaadje = pop.get("zaadje", zaadje)
        if not isinstance(zaadje, int) or isinstance(zaadje, bool) or zaadje < 0:
            fouten.append(f"populatie.zaadje (regel {r('populatie', 'zaadje')}): een heel getal van 0 of meer.")
            zaadje = 0
        try:
            aannames = laad_aannames(overschrijf=pop.get("aannames") or {})
        except KeyError as e:
            fouten.append(f"populatie.aannames (regel {r('populatie', 'aannames')}): {e.args[0]}.")

    def variant(v, veld: str, regel):
        try:
            d = _variant_bestand(v) if isinstance(v, str) else v
            if not isinstance(d, dict) or "naam" not in d:
                raise OnbekendRegime("een eigen variant heeft een naam, een omschrijving en wijzigingen")
            return maak_variant(d)
        except KeyError:
            fouten.append(f"{veld} (regel {regel}): de variant '{v}' bestaat niet. Kies uit: "
                          f"{', '.join(beschikbare_varianten())}, of schrijf er zelf een (naam, omschrijving, wijzigingen).")
        except (OnbekendRegime, ValueError, TypeError) as e:
            fouten.append(f"{veld} (regel {regel}): {e.args[0] if e.args else e}")
        return None

    basis = variant(data.get("basis", "wet-2026"), "basis", r("basis"))
    lijst = data.get("varianten") or []
    if not isinstance(lijst, list) or not lijst:
        fouten.append(f"varianten (regel {r('varianten')}): geef een lijst met ten minste één variant.")
        lijst = []
    uit = [variant(v, f"varianten[{i}]", r("varianten", i)) for i, v in enumerate(lijst)]
    namen = [x[0].naam for x in [basis, *uit] if x]
    if len(set(namen)) != len(namen):
        fouten.append(f"varianten (regel {r('varianten')}): elke variant heeft een eigen naam ({', '.join(namen)}).")
    from balans.maandstaat.grootboek import METHODEN
    methode = data.get("verrekenmethode")
    if methode is not None and methode not in METHODEN:
        fouten.append(f"verrekenmethode (regel {r('verrekenmethode')}): kies uit {', '.join(METHODEN)}.")
    methoden = {m for x in [basis, *uit] if x for m in [x[2]] if m} | ({methode} if methode else set())
    if methoden:
        try:
            import balans.maandstaat.vector  # noqa: F401
        except ImportError:
            fouten.append(f"verrekenmethode (regel {r('verrekenmethode')}): de maandstaat voor een hele populatie "
                          "is er nog niet; laat de verrekenmethode (en de variant surplus) voorlopig weg.")
    gedrag = data.get("gedrag") or {}
    if not isinstance(gedrag, dict) or any(v not in (0, None) for v in gedrag.values()):
        fouten.append(f"gedrag (regel {r('gedrag')}): gedragsreacties kan balans nog niet doorrekenen; laat ze op 0.")
    rekenen = data.get("rekenen") or {}
    backend = rekenen.get("backend", "numpy") if isinstance(rekenen, dict) else None
    if backend not in BACKENDS:
        fouten.append(f"rekenen.backend (regel {r('rekenen', 'backend')}): kies numpy of dask.")
    werkers = rekenen.get("werkers", 2) if isinstance(rekenen, dict) else 2
    if not isinstance(werkers, int) or not 1 <= werkers <= 64:
        fouten.append(f"rekenen.werkers (regel {r('rekenen', 'werkers')}): 1 tot en met 64.")
    uitvoer = data.get("uitvoer") or {}
    uurloon = data.get("netto_uurloon", "14.71")
    try:
        from balans.geld import naar_centen
        uurloon_c = naar_centen(uurloon)
        if uurloon_c <= 0:
            raise ValueError
    except (ValueError, TypeError, ArithmeticError):
        fouten.append(f"netto_uurloon (regel {r('netto_uurloon')}): een bedrag in euro, bijvoorbeeld 14.71.")
        uurloon_c = 1471
    if fouten:
        raise RunFout([f"{pad}: {f}" for f in fouten])
    info = {x[1].naam: x[1] for x in [basis, *uit]}
    return Run(naam=naam, van=van, tot_en_met=tot, populatie=PopulatieSpec(n, zaadje, aannames or laad_aannames()),
               basis=basis[0], varianten=tuple(x[0] for x in uit), info=info, verrekenmethode=methode,
               gedrag={k: str(v) for k, v in gedrag.items()}, backend=backend,
               scheduler=rekenen.get("scheduler"), werkers=werkers,
               map=Path(uitvoer.get("map", f"uitvoer/beleid/{pad.stem}")), pdf=bool(uitvoer.get("pdf", True)),
               netto_uurloon=uurloon_c)


__all__ = ["Run", "RunFout", "laad", "beschikbare_varianten", "maak_variant", "Aannames"]
