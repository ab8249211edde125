# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het runbestand van `balans beleid RUN.yaml`: lezen en controleren, met regelnummers.

Alle fouten komen tegelijk terug (RunFout.fouten), elk met het veld en de regel. Een variant is
- een naam uit src/balans/beleid/varianten/ (bijvoorbeeld wet-2027 of vrijlating-25),
- een eigen bestand (pad eindigt op .yaml, vanaf de map van het runbestand), of
- een variant in het runbestand zelf: {naam, omschrijving, wijzigingen, …}.

De velden van een variant (docs/beleid-varianten.md):
  naam, omschrijving, bronnen   wat de lezer van het rapport ziet
  op                            een andere variant waar deze bovenop komt (anders: de wet)
  regime                        een overlay uit src/balans/wet/varianten (anders: de geconsolideerde tekst)
  regels_van, bedragen_vast     de 'wet van jaar X' (ParameterBoom.regels_van)
  wijzigingen                   parameters met waarden per datum, als in de wet-YAML
  toeslagen                     toeslagparameters (inkomen/parameters/*.yaml), zelfde vorm; alleen in de armoedeval
                                en de marginale druk (het hele inkomen van de voorbeeldhuishoudens)
  verrekenmethode               een methode van de maandstaat (Surplus: vast_bedrag)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from balans.beleid.doorrekenen import Variant
from balans.beleid.gedrag import GRENZEN as GEDRAG_GRENZEN
from balans.beleid.populatie import (
    BLOK,
    MAX_HUISHOUDENS,
    AannameFout,
    Aannames,
    PopulatieSpec,
    laad_aannames,
)
from balans.beleid.uitkomst import Aanname, VariantInfo
from balans.yamlregels import YamlFout, lees
from balans.geld import naar_centen
from balans.kalender import aantal_maanden
from balans.wet.parameters import (
    VARIANT_MAP as REGIME_MAP,
)
from balans.wet.parameters import (
    OnbekendRegime,
    ParameterBoom,
    beschikbare_overlays,
    controleer_wijzigingen,
)

VARIANT_MAP = Path(__file__).with_name("varianten")
MAX_MAANDEN = 60
MAX_WERKERS = 64
# Een variant mag een eigen verrekenmethode hebben (surplus: vast_bedrag); doorrekenen.reken_deel gebruikt die.
METHODE_PER_VARIANT = True
BACKENDS = ("numpy", "dask")
VELDEN = {
    "naam",
    "periode",
    "populatie",
    "basis",
    "varianten",
    "verrekenmethode",
    "gedrag",
    "rekenen",
    "uitvoer",
    "netto_uurloon",
}
PERIODE_VELDEN = {"van", "tot_en_met"}
POPULATIE_VELDEN = {"huishoudens", "zaadje", "aannames", "in_en_uitstroom"}
# In een runbestand staat de in- en uitstroom standaard aan (docs/beleid-varianten.md: wat een beleidsmaker
# verwacht); PopulatieSpec zelf (benchmarks, tests, de webpagina) houdt hem standaard uit.
STROOM_STANDAARD = True
REKENEN_VELDEN = {"backend", "scheduler", "werkers", "partitie"}
UITVOER_VELDEN = {"map", "pdf"}
GEDRAG_VELDEN = set(GEDRAG_GRENZEN)
VARIANT_VELDEN = {
    "naam",
    "omschrijving",
    "bronnen",
    "op",
    "regime",
    "regels_van",
    "bedragen_vast",
    "wijzigingen",
    "toeslagen",
    "verrekenmethode",
}


class RunFout(Exception):
    """Alle fouten in een runbestand; .fouten is de lijst meldingen, elk met veld en regel."""

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
    gedrag: dict  # naam -> getal (float), alleen wat het runbestand noemt; leeg = uit
    backend: str
    scheduler: str | None
    werkers: int
    map: Path
    pdf: bool
    netto_uurloon: int
    partitie: int | None = None  # huishoudens per Dask-taak (hele blokken); None: één blok per taak
    methoden: dict = field(default_factory=dict)  # variant -> verrekenmethode van die variant (of None)
    bestand: Path | None = None

    def aannames(self) -> list[Aanname]:
        return [Aanname(k, str(w), b, t) for k, w, b, t in self.populatie.aannames.lijst()]

    def bomen(self) -> dict[str, ParameterBoom]:
        """De parameterboom van elke variant, de basis eerst."""
        return {v.naam: v.boom for v in (self.basis, *self.varianten)}


def beschikbare_varianten() -> list[str]:
    return sorted(p.stem for p in VARIANT_MAP.glob("*.yaml"))


def _veld(pad: tuple) -> str:
    uit = ""
    for deel in pad:
        uit += f"[{deel}]" if isinstance(deel, int) else (f".{deel}" if uit else str(deel))
    return uit


def _maand(tekst) -> dt.date | None:
    try:
        j, m = str(tekst).split("-")
        if len(j) != 4:
            return None
        return dt.date(int(j), int(m), 1)
    except (ValueError, TypeError):
        return None


def _datum(tekst) -> dt.date | None:
    if isinstance(tekst, dt.date):
        return tekst
    try:
        return dt.date.fromisoformat(str(tekst))
    except ValueError:
        return None


def _duizendtal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _heel_getal(w) -> bool:
    return isinstance(w, int) and not isinstance(w, bool)


@dataclass
class _Bron:
    """Eén YAML-bestand met zijn regelnummers; fouten in een variantbestand noemen dat bestand."""

    naam: str  # zoals in de melding: het pad van het bestand
    regels: dict[tuple, int]
    map: Path | None  # voor eigen variantbestanden: relatief aan deze map

    def regel(self, pad: tuple) -> int | str:
        while pad and tuple(pad) not in self.regels:
            pad = pad[:-1]
        return self.regels.get(tuple(pad), "?")


class _Lezer:
    """Verzamelt fouten en bouwt varianten (met 'op' recursief, zonder kringen)."""

    def __init__(self):
        self.fouten: list[str] = []
        self._gebouwd: dict[str, tuple[Variant, VariantInfo, str | None] | None] = {}

    def fout(self, bron: _Bron, pad: tuple, tekst: str) -> None:
        regel, veld = bron.regel(pad), _veld(pad)
        waar = f"{bron.naam}: {veld}" if veld else bron.naam
        self.fouten.append(f"{waar}{'' if regel == '?' else f' (regel {regel})'}: {tekst}")

    # --- varianten ---------------------------------------------------------------------------------------
    def verwijzing(self, ref, bron: _Bron, pad: tuple, bezig: tuple[str, ...] = ()):
        """Een variant bij naam of bestand, of een variant in het bestand zelf."""
        if isinstance(ref, dict):
            return self.variant(ref, bron, pad, bezig)
        if not isinstance(ref, str) or not ref.strip():
            self.fout(
                bron,
                pad,
                "geef de naam van een variant, een .yaml-bestand, of een eigen variant "
                "(naam, omschrijving, wijzigingen).",
            )
            return None
        ref = ref.strip()
        if ref.endswith((".yaml", ".yml")):
            pad_bestand = Path(ref) if Path(ref).is_absolute() else (bron.map or Path.cwd()) / ref
            sleutel = str(pad_bestand.resolve())
        else:
            pad_bestand = VARIANT_MAP / f"{ref}.yaml"
            sleutel = ref
            if not pad_bestand.is_file():
                self.fout(
                    bron,
                    pad,
                    f"de variant '{ref}' bestaat niet. Kies uit: {', '.join(beschikbare_varianten())}, "
                    "of schrijf er zelf een (naam, omschrijving, wijzigingen).",
                )
                return None
        if sleutel in bezig:
            self.fout(bron, pad, f"de varianten verwijzen in een kring naar elkaar: {' -> '.join((*bezig, sleutel))}.")
            return None
        if sleutel in self._gebouwd:
            return self._gebouwd[sleutel]
        try:
            tekst = pad_bestand.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            self.fout(bron, pad, f"kan het bestand {pad_bestand} niet lezen ({getattr(e, 'strerror', None) or e}).")
            return None
        try:
            data, regels = lees(tekst)
        except YamlFout as e:
            self.fouten.append(f"{pad_bestand}, regel {e.regel or '?'}: {e.bericht}")
            self._gebouwd[sleutel] = None
            return None
        eigen = _Bron(str(pad_bestand), regels, pad_bestand.parent)
        gebouwd = self.variant(data, eigen, (), (*bezig, sleutel))
        self._gebouwd[sleutel] = gebouwd
        return gebouwd

    def variant(self, d, bron: _Bron, pad: tuple, bezig: tuple[str, ...] = ()):
        if not isinstance(d, dict):
            self.fout(bron, pad, "een variant heeft een naam, een omschrijving en wijzigingen.")
            return None
        voor = len(self.fouten)
        for k in d:
            if k not in VARIANT_VELDEN:
                self.fout(
                    bron, pad + (k,), f"onbekend veld in een variant. Bekend: {', '.join(sorted(VARIANT_VELDEN))}."
                )
        naam = d.get("naam")
        if not isinstance(naam, str) or not naam.strip() or "\n" in naam or len(naam) > 60:
            self.fout(bron, pad + ("naam",), "geef de variant een korte naam (een regel, ten hoogste 60 tekens).")
            naam = "?"
        naam = naam.strip()
        omschrijving = d.get("omschrijving")
        if not isinstance(omschrijving, str) or not omschrijving.strip():
            self.fout(
                bron,
                pad + ("omschrijving",),
                "zeg in een of twee zinnen wat deze variant verandert; die tekst komt in het rapport.",
            )
            omschrijving = ""
        bronnen = d.get("bronnen") or []
        if not isinstance(bronnen, list) or not all(isinstance(b, str) for b in bronnen):
            self.fout(bron, pad + ("bronnen",), "een lijst met adressen (URL) of documenten.")
            bronnen = []
        basis_boom, methode = None, None
        if d.get("op") is not None:
            if d.get("regime") is not None:
                self.fout(
                    bron,
                    pad + ("regime",),
                    "kies 'op' of 'regime', niet allebei: 'op' neemt het regime van die variant al mee.",
                )
            onder = self.verwijzing(d["op"], bron, pad + ("op",), bezig)
            if onder is not None:
                basis_boom, methode = onder[0].boom, onder[2]
        regime = d.get("regime") or "wet"
        if regime != "wet" and regime not in beschikbare_overlays(REGIME_MAP):
            self.fout(
                bron,
                pad + ("regime",),
                f"het regime '{regime}' bestaat niet. Kies uit: {', '.join(beschikbare_overlays(REGIME_MAP))}.",
            )
            regime = "wet"
        regels_van = None
        if d.get("regels_van") is not None:
            regels_van = _datum(d["regels_van"])
            if regels_van is None:
                self.fout(bron, pad + ("regels_van",), "schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-01.")
        bedragen_vast = d.get("bedragen_vast", False)
        if not isinstance(bedragen_vast, bool):
            self.fout(bron, pad + ("bedragen_vast",), "true of false.")
            bedragen_vast = False
        elif bedragen_vast and "regels_van" not in d:
            self.fout(bron, pad + ("bedragen_vast",), "hoort bij regels_van: zet de bedragen vast op die datum.")
        wijzigingen = d.get("wijzigingen")
        if wijzigingen is not None:
            for subpad, tekst in controleer_wijzigingen(wijzigingen):
                self.fout(bron, pad + ("wijzigingen", *subpad), tekst)
        toeslagen = d.get("toeslagen")  # toeslagparameters (inkomen/parameters/*.yaml), zelfde vorm als wijzigingen
        if toeslagen is not None:
            from balans.inkomen.parameters import controleer_toeslagen

            for subpad, tekst in controleer_toeslagen(toeslagen):
                self.fout(bron, pad + ("toeslagen", *subpad), tekst)
        if d.get("verrekenmethode") is not None:
            from balans.maandstaat.grootboek import METHODEN

            if d["verrekenmethode"] not in METHODEN:
                self.fout(bron, pad + ("verrekenmethode",), f"kies uit {', '.join(METHODEN)}.")
            else:
                methode = d["verrekenmethode"]
        if len(self.fouten) > voor:
            return None
        try:
            boom = basis_boom or ParameterBoom.voor(regime)
            if regels_van is not None:
                boom = boom.regels_van(regels_van, bedragen_vast)
            if wijzigingen:
                boom = boom.met_laag(naam, wijzigingen)
            if toeslagen:
                from balans.inkomen.parameters import met_toeslagen

                boom = met_toeslagen(boom, naam, toeslagen)
        except (OnbekendRegime, ValueError, TypeError) as e:  # hoort na de controles hierboven niet te gebeuren
            self.fout(bron, pad, str(e.args[0] if e.args else e))
            return None
        tekst = " ".join(omschrijving.split())
        return Variant(naam, boom, tekst, methode), VariantInfo(naam, tekst, list(bronnen)), methode


def maak_variant(d: dict) -> tuple[Variant, VariantInfo, str | None]:
    """Van een variant-beschrijving (bestand of uit het runbestand) naar een parameterboom.

    Geeft (Variant, VariantInfo, verrekenmethode of None). Fouten: OnbekendRegime met alle meldingen.
    """
    lezer = _Lezer()
    naam = d.get("naam") if isinstance(d, dict) else None
    uit = lezer.variant(d, _Bron(f"variant '{naam}'" if isinstance(naam, str) else "variant", {}, VARIANT_MAP), ())
    if uit is None:
        raise OnbekendRegime(" ".join(lezer.fouten))
    return uit


def laad_variant(naam: str) -> tuple[Variant, VariantInfo, str | None]:
    """Een meegeleverde variant bij naam (of een .yaml-bestand), met 'op' en al."""
    lezer = _Lezer()
    uit = lezer.verwijzing(naam, _Bron("variant", {}, Path.cwd()), (naam,))
    if uit is None:
        raise OnbekendRegime(" ".join(lezer.fouten))
    return uit


# --- de rest van het runbestand --------------------------------------------------------------------------
def _onbekende_velden(lezer: _Lezer, bron: _Bron, pad: tuple, d: dict, bekend: set[str]) -> None:
    for k in d:
        if k not in bekend:
            lezer.fout(bron, pad + (k,), f"onbekend veld. Bekend: {', '.join(sorted(bekend))}.")


def _periode(lezer: _Lezer, bron: _Bron, data: dict) -> tuple[dt.date | None, dt.date | None]:
    periode = data.get("periode")
    if not isinstance(periode, dict) or "van" not in periode or "tot_en_met" not in periode:
        lezer.fout(
            bron,
            ("periode",),
            "geef periode.van en periode.tot_en_met, bijvoorbeeld {van: 2027-01, tot_en_met: 2027-12}.",
        )
        return None, None
    _onbekende_velden(lezer, bron, ("periode",), periode, PERIODE_VELDEN)
    van, tot = _maand(periode["van"]), _maand(periode["tot_en_met"])
    for k, w in (("van", van), ("tot_en_met", tot)):
        if w is None:
            lezer.fout(bron, ("periode", k), "schrijf een maand als JJJJ-MM, bijvoorbeeld 2027-01.")
    if van and tot:
        aantal = aantal_maanden(van, tot)
        if aantal < 1:
            lezer.fout(
                bron, ("periode", "tot_en_met"), f"de laatste maand ({tot:%Y-%m}) ligt voor de eerste ({van:%Y-%m})."
            )
        elif aantal > MAX_MAANDEN:
            lezer.fout(
                bron,
                ("periode", "tot_en_met"),
                f"de periode moet 1 tot en met {MAX_MAANDEN} maanden zijn, niet {aantal}.",
            )
    return van, tot


def _getal(w):
    """Een getal uit de YAML: Decimal (kommagetal) wordt float; aannames zijn aandelen, geen geld."""
    return float(w) if isinstance(w, Decimal) else w


def _aannames(lezer: _Lezer, bron: _Bron, pad: tuple, overschrijf) -> Aannames | None:
    if overschrijf in (None, {}):
        return None
    if not isinstance(overschrijf, dict):
        lezer.fout(bron, pad, "noem per aanname de nieuwe waarde, bijvoorbeeld {deeltijd: 0.10}.")
        return None
    standaard = laad_aannames()
    uit, voor = {}, len(lezer.fouten)
    for k, w in overschrijf.items():
        if k not in standaard.waarden:
            lezer.fout(bron, pad + (k,), f"onbekende aanname. Bekend: {', '.join(sorted(standaard.waarden))}.")
            continue
        oud = standaard[k]
        if isinstance(oud, dict):
            if not isinstance(w, dict):
                lezer.fout(bron, pad + (k,), f"geef de delen met hun waarde: {', '.join(oud)}.")
                continue
            uit[k] = {a: _getal(x) for a, x in w.items()}  # laad_aannames controleert de delen
        elif _heel_getal(oud):
            if not _heel_getal(w) or w < 0:
                lezer.fout(bron, pad + (k,), f"een heel getal van 0 of meer (nu {oud}).")
                continue
            uit[k] = w
        else:
            if isinstance(w, bool) or not isinstance(w, (int, Decimal, float)) or w < 0:
                lezer.fout(bron, pad + (k,), f"een getal van 0 of meer, zoals {oud}.")
                continue
            uit[k] = _getal(w)
    if len(lezer.fouten) > voor:
        return None
    try:
        return laad_aannames(overschrijf=uit)
    except AannameFout as e:
        lezer.fout(bron, pad, str(e))
        return None


def _populatie(lezer: _Lezer, bron: _Bron, data: dict) -> PopulatieSpec:
    pop = data.get("populatie") or {}
    n, zaadje, aannames = 410_000, 2026, None
    if not isinstance(pop, dict):
        lezer.fout(
            bron, ("populatie",), "geef huishoudens en zaadje, bijvoorbeeld {huishoudens: 410000, zaadje: 2026}."
        )
        return PopulatieSpec(n, zaadje, laad_aannames(), STROOM_STANDAARD)
    _onbekende_velden(lezer, bron, ("populatie",), pop, POPULATIE_VELDEN)
    n = pop.get("huishoudens", n)
    if not _heel_getal(n) or not 1 <= n <= MAX_HUISHOUDENS:
        lezer.fout(
            bron, ("populatie", "huishoudens"), f"een heel getal van 1 tot en met {_duizendtal(MAX_HUISHOUDENS)}."
        )
        n = 1
    zaadje = pop.get("zaadje", zaadje)
    if not _heel_getal(zaadje) or zaadje < 0:
        lezer.fout(bron, ("populatie", "zaadje"), "een heel getal van 0 of meer.")
        zaadje = 0
    aannames = _aannames(lezer, bron, ("populatie", "aannames"), pop.get("aannames"))
    stroom = pop.get("in_en_uitstroom", STROOM_STANDAARD)
    if not isinstance(stroom, bool):
        lezer.fout(
            bron,
            ("populatie", "in_en_uitstroom"),
            "true (huishoudens komen en gaan, ook naar de AOW) of false (dezelfde huishoudens de hele run).",
        )
        stroom = STROOM_STANDAARD
    return PopulatieSpec(n, zaadje, aannames or laad_aannames(), stroom)


_GEDRAG_UITLEG = {
    "uren_elasticiteit": "hoe sterk de uren van wie werkt reageren op wat een uur extra oplevert, zoals 0.1; 0 = uit",
    "deelname": "de extra kans per jaar dat wie niet werkt gaat werken, als aandeel, zoals 0.05; 0 = uit",
    "deelname_referentie": "de verbetering in wat van het loon overblijft die bij 'deelname' hoort, zoals 0.25",
    "deelname_uren": "uren per week van wie gaat werken, zoals 12",
}


def _gedrag(lezer: _Lezer, bron: _Bron, data: dict) -> dict[str, float]:
    """Het veld gedrag: alleen getallen binnen de grenzen van gedrag.GRENZEN. Leeg of alles 0: uit."""
    gedrag = data.get("gedrag")
    if gedrag is None:
        return {}
    if not isinstance(gedrag, dict):
        lezer.fout(bron, ("gedrag",), "bijvoorbeeld {uren_elasticiteit: 0.1, deelname: 0}.")
        return {}
    _onbekende_velden(lezer, bron, ("gedrag",), gedrag, GEDRAG_VELDEN)
    uit = {}
    for k, w in gedrag.items():
        if k not in GEDRAG_VELDEN or w is None:
            continue
        lo, hi = GEDRAG_GRENZEN[k]
        if isinstance(w, bool) or not isinstance(w, (int, float, Decimal)) or not lo <= float(w) <= hi:
            lezer.fout(
                bron,
                ("gedrag", k),
                f"een getal van {_getaltekst(lo)} tot en met {_getaltekst(hi)}: {_GEDRAG_UITLEG[k]}.",
            )
            continue
        uit[k] = float(w)
    return uit


def _getaltekst(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def _rekenen(lezer: _Lezer, bron: _Bron, data: dict) -> tuple[str, str | None, int, int | None]:
    rekenen = data.get("rekenen") or {}
    if not isinstance(rekenen, dict):
        lezer.fout(bron, ("rekenen",), "bijvoorbeeld {backend: numpy} of {backend: dask, werkers: 4}.")
        return "numpy", None, 2, None
    _onbekende_velden(lezer, bron, ("rekenen",), rekenen, REKENEN_VELDEN)
    backend = rekenen.get("backend", "numpy")
    if backend not in BACKENDS:
        lezer.fout(bron, ("rekenen", "backend"), "kies numpy of dask.")
        backend = "numpy"
    scheduler = rekenen.get("scheduler")
    if scheduler is not None:
        if not isinstance(scheduler, str) or "://" not in scheduler:
            lezer.fout(bron, ("rekenen", "scheduler"), "het adres van de Dask-scheduler, zoals tcp://10.0.0.5:8786.")
            scheduler = None
        elif backend != "dask":
            lezer.fout(bron, ("rekenen", "scheduler"), "een scheduler hoort bij backend: dask.")
    werkers = rekenen.get("werkers", 2)
    if not _heel_getal(werkers) or not 1 <= werkers <= MAX_WERKERS:
        lezer.fout(bron, ("rekenen", "werkers"), f"een heel getal van 1 tot en met {MAX_WERKERS}.")
        werkers = 2
    partitie = rekenen.get("partitie")
    if partitie is not None and (
        not _heel_getal(partitie) or partitie < BLOK or partitie % BLOK or partitie > MAX_HUISHOUDENS
    ):
        lezer.fout(
            bron,
            ("rekenen", "partitie"),
            f"een veelvoud van {_duizendtal(BLOK)} huishoudens (een blok), zoals {_duizendtal(10 * BLOK)}.",
        )
        partitie = None
    return backend, scheduler, werkers, partitie


def laad(pad: str | Path, overschrijf: dict | None = None) -> Run:
    """Leest en controleert RUN.yaml; `overschrijf` vervangt hele velden (zoals de opties van de CLI)."""
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
    bron = _Bron(str(pad), regels, pad.resolve().parent)
    lezer = _Lezer()
    _onbekende_velden(lezer, bron, (), data, VELDEN)

    naam = data.get("naam") or pad.stem
    if not isinstance(naam, str):
        lezer.fout(bron, ("naam",), "een titel voor het rapport, op een regel.")
        naam = pad.stem
    van, tot = _periode(lezer, bron, data)
    spec = _populatie(lezer, bron, data)

    basis = lezer.verwijzing(data.get("basis", "wet-2026"), bron, ("basis",))
    lijst = data.get("varianten")
    if not isinstance(lijst, list) or not lijst:
        lezer.fout(bron, ("varianten",), "geef een lijst met ten minste één variant, bijvoorbeeld [wet-2027].")
        lijst = []
    uit = [lezer.verwijzing(v, bron, ("varianten", i)) for i, v in enumerate(lijst)]
    gezien: dict[str, str] = {}
    for veld, x in [("basis", basis), *((f"varianten[{i}]", x) for i, x in enumerate(uit))]:
        if x is None:
            continue
        if x[0].naam in gezien:
            pad_v = ("basis",) if veld == "basis" else ("varianten", int(veld[10:-1]))
            lezer.fout(
                bron,
                pad_v,
                f"de naam '{x[0].naam}' komt al voor bij {gezien[x[0].naam]}; elke variant heeft een eigen naam.",
            )
        gezien.setdefault(x[0].naam, veld)

    from balans.maandstaat.grootboek import METHODEN

    methode = data.get("verrekenmethode")
    if methode is not None and methode not in METHODEN:
        lezer.fout(bron, ("verrekenmethode",), f"kies uit {', '.join(METHODEN)}.")
        methode = None
    methoden = {x[0].naam: x[2] or methode for x in [basis, *uit] if x}
    if any(methoden.values()):
        try:
            import balans.maandstaat.vector  # noqa: F401
        except ImportError:
            lezer.fout(
                bron,
                ("verrekenmethode",),
                "de maandstaat voor een hele populatie is er nog niet; laat de "
                "verrekenmethode (en de variant surplus) voorlopig weg.",
            )
        else:
            if not METHODE_PER_VARIANT and len(set(methoden.values())) > 1:
                eigen = [n for n, m in methoden.items() if m != methode]
                lezer.fout(
                    bron,
                    ("varianten",),
                    f"{', '.join(eigen)} heeft een eigen verrekenmethode; dat kan de "
                    "doorrekening nog niet. Zet verrekenmethode voor de hele run.",
                )

    gedrag = _gedrag(lezer, bron, data)

    backend, scheduler, werkers, partitie = _rekenen(lezer, bron, data)

    uitvoer = data.get("uitvoer") or {}
    if not isinstance(uitvoer, dict):
        lezer.fout(bron, ("uitvoer",), "bijvoorbeeld {map: uitvoer/beleid, pdf: true}.")
        uitvoer = {}
    _onbekende_velden(lezer, bron, ("uitvoer",), uitvoer, UITVOER_VELDEN)
    map_ = uitvoer.get("map", f"uitvoer/beleid/{pad.stem}")
    if not isinstance(map_, str) or not map_.strip():
        lezer.fout(bron, ("uitvoer", "map"), "de map voor het rapport, zoals uitvoer/beleid.")
        map_ = f"uitvoer/beleid/{pad.stem}"
    pdf = uitvoer.get("pdf", True)
    if not isinstance(pdf, bool):
        lezer.fout(bron, ("uitvoer", "pdf"), "true of false.")
        pdf = True

    uurloon_c = 1471
    try:
        uurloon_c = naar_centen(data.get("netto_uurloon", "14.71"))
        if uurloon_c <= 0:
            raise ValueError
    except (ValueError, TypeError, ArithmeticError):
        lezer.fout(bron, ("netto_uurloon",), "een bedrag in euro, bijvoorbeeld 14.71.")
        uurloon_c = 1471

    if lezer.fouten:
        raise RunFout(lezer.fouten)
    info = {x[1].naam: x[1] for x in [basis, *uit]}
    return Run(
        naam=" ".join(naam.split()),
        van=van,
        tot_en_met=tot,
        populatie=spec,
        basis=basis[0],
        varianten=tuple(x[0] for x in uit),
        info=info,
        verrekenmethode=methode,
        gedrag=gedrag,
        backend=backend,
        scheduler=scheduler,
        werkers=werkers,
        map=Path(map_),
        pdf=pdf,
        netto_uurloon=uurloon_c,
        partitie=partitie,
        methoden=methoden,
        bestand=pad,
    )


__all__ = [
    "VARIANT_MAP",
    "Aannames",
    "Run",
    "RunFout",
    "beschikbare_varianten",
    "laad",
    "laad_variant",
    "maak_variant",
]
