# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Gemeente-overlays: uit het pakket (wet/gemeenten/) of uit een eigen map (BALANS_GEMEENTEN_DIR), gecontroleerd.

Een gemeente kiest wat de wet aan haar laat (wet/parameters/gemeente.yaml en art36.yaml in GEMEENTE_GROEPEN,
plus de paar keuzes hieronder in GEMEENTE_KEUZES), binnen de grenzen van de wet. Een bedrag of regel uit de wet zelf (de norm, de
vrijlating, het maximum van het bufferbudget, de zes maanden van art. 58 lid 4) kan een gemeente niet
veranderen. Elke fout noemt het bestand, de regel en het veld.

Een bestand in de eigen map gaat voor een bestand met dezelfde naam in het pakket: zo kan een gemeente
haar overlay bijwerken zonder een nieuwe versie van balans. De overlays in het pakket blijven beschikbaar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from balans.yamlregels import YamlFout, lees, regel_van

OMGEVING = "BALANS_GEMEENTEN_DIR"

# Keuzes buiten gemeente.yaml die de wet aan de gemeente laat, met de reden.
GEMEENTE_KEUZES = {
    ("art34b", "toepassen_in_gedoogjaar"): "het bufferbudget al in het gedoogjaar 2026 inzetten (SZW, gedoogbrief)",
    ("art34b", "college_beleid"): "art. 34b lid 1 is een kan-bepaling: ambtshalve of op aanvraag",
    ("art18", "maatregel_grondslag"): "de verordening (art. 8 lid 1 onder a) kiest de grondslag van de verlaging",
}

# Hele bestanden van wet/parameters/ die de wet aan de gemeente laat, met de reden.
GEMEENTE_GROEPEN = {
    "gemeente": "beleid van de gemeente (wet/parameters/gemeente.yaml)",
    "art36": "de verordening (art. 8 lid 1 onder c) stelt de individuele inkomenstoeslag vast: de bedragen en "
    "wat 'langdurig' en 'laag inkomen' is",
}

# De grenzen van wat een gemeente mag kiezen (per parameter: toets, en de zin bij een fout).
_AFLOSSING_MAX = Fraction(5, 100)


def _tussen(laag: int, hoog: int):
    return lambda w: isinstance(w, int) and not isinstance(w, bool) and laag <= w <= hoog


GRENZEN = {
    ("gemeente", "aflossing_percentage_norm"): (
        lambda w: 0 <= w <= _AFLOSSING_MAX,
        "De aflossing is hoogstens 5% van de norm. Verrekenen mag alleen voor zover beslag geldig zou zijn "
        "(Awb art. 4:93 lid 4); de beslagvrije voet is 95% van de bijstandsnorm (Rv art. 475d lid 1), dus "
        "hoogstens 5% blijft over (ook rechtbank Gelderland, ECLI:NL:RBGEL:2021:1242). Kies 0 tot en met 5.",
    ),
    ("gemeente", "betaaldag"): (
        _tussen(1, 28),
        "De betaaldag is een dag van de maand van 1 tot en met 28 (elke maand heeft die dag).",
    ),
    ("gemeente", "verwerkingsdagen"): (
        _tussen(0, 10),
        "Kies 0 tot en met 10 verwerkingsdagen: de loonstrook van een maand moet in de maand erna verwerkt "
        "zijn, anders schuift de betaling van de bijstand (art. 45 lid 1) een maand op.",
    ),
    ("gemeente", "schatting_maanden"): (
        _tussen(1, 12),
        "Het gemiddelde voor een schatting gaat over 1 tot en met 12 maanden.",
    ),
    ("gemeente", "verrekenmethode"): (
        lambda w: w in ("op_de_maand", "achteraf", "schatten", "vast_bedrag"),
        "Kies uit: op_de_maand, achteraf, schatten, vast_bedrag.",
    ),
    ("gemeente", "vakantiegeld_verrekening"): (
        lambda w: w in ("wet", "programmaplan"),
        "Kies uit: wet, programmaplan.",
    ),
    ("art34b", "college_beleid"): (lambda w: w in ("ambtshalve", "op_aanvraag"), "Kies uit: ambtshalve, op_aanvraag."),
    ("art18", "maatregel_grondslag"): (lambda w: w in ("norm", "bijstand"), "Kies uit: norm, bijstand."),
}

_VELDEN = ("naam", "omschrijving", "wijzigingen")


@dataclass(frozen=True)
class Overlay:
    naam: str
    pad: Path
    eigen: bool  # uit de eigen map (BALANS_GEMEENTEN_DIR), niet uit het pakket


def eigen_map() -> Path | None:
    """De map uit BALANS_GEMEENTEN_DIR (settings.py), of None."""
    from balans.settings import gemeenten_dir_uit_omgeving

    return gemeenten_dir_uit_omgeving()


def _pakket_map() -> Path:
    from balans.wet.parameters import GEMEENTE_MAP

    return GEMEENTE_MAP


def overlays() -> dict[str, Overlay]:
    """Alle gemeenten: die van het pakket, en die van de eigen map (die gaan voor)."""
    uit = {p.stem: Overlay(p.stem, p, False) for p in sorted(_pakket_map().glob("*.yaml"))}
    eigen = eigen_map()
    if eigen is not None and eigen.is_dir():
        for p in sorted(list(eigen.glob("*.yaml")) + list(eigen.glob("*.yml"))):
            uit[p.stem] = Overlay(p.stem, p, True)
    return uit


def beschikbaar() -> list[str]:
    return sorted(overlays())


def vind(naam: str) -> Overlay | None:
    return overlays().get(naam)


class GemeenteFout(LookupError):
    """Een ongeldige gemeente-overlay; .fouten: [(bericht, veld, regel)]."""

    def __init__(self, pad: Path, fouten: list[tuple[str, str, int | None]]):
        self.pad = pad
        self.fouten = fouten
        super().__init__(
            "\n".join(
                f"{pad}: " + (f"regel {r}, " if r else "") + (f"veld '{v}': " if v else "") + b for b, v, r in fouten
            )
        )


def _veld(pad: tuple) -> str:
    return ".".join(str(d) for d in pad)


def controleer(pad: Path) -> tuple[dict, list[tuple[str, str, int | None]]]:
    """Lees en controleer een overlay. Geeft (inhoud, fouten); fouten leeg = goed."""
    from balans.wet.parameters import _zet_om_gecontroleerd, controleer_wijzigingen, parameter_metas

    try:
        tekst = pad.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return {}, [(f"Dit bestand kan ik niet lezen ({getattr(e, 'strerror', None) or e}).", "", None)]
    try:
        data, regels = lees(tekst)
    except YamlFout as e:
        return {}, [(e.bericht, "", e.regel)]
    if not isinstance(data, dict):
        return {}, [("Een gemeente-overlay begint met 'naam:', 'omschrijving:' en 'wijzigingen:'.", "", 1)]
    fouten: list[tuple[str, str, int | None]] = []
    for k in data:
        if k not in _VELDEN:
            fouten.append((f"Dit veld ken ik niet. Gebruik {', '.join(_VELDEN)}.", str(k), regel_van(regels, (k,))))
    if "naam" in data and str(data["naam"]) != pad.stem:
        fouten.append(
            (
                f"De naam '{data['naam']}' is niet de naam van het bestand ('{pad.stem}'); maak ze gelijk.",
                "naam",
                regel_van(regels, ("naam",)),
            )
        )
    wijzigingen = data.get("wijzigingen") or {}
    for p, bericht in controleer_wijzigingen(wijzigingen):
        volledig = ("wijzigingen",) + tuple(str(d) for d in p)
        fouten.append((bericht[0].upper() + bericht[1:], _veld(volledig), regel_van(regels, volledig)))
    if fouten or not isinstance(wijzigingen, dict):
        return data, fouten
    metas = parameter_metas()
    for bestand, params in wijzigingen.items():
        for pnaam, p in params.items():
            sleutel = (str(bestand), str(pnaam))
            pad_p = ("wijzigingen", str(bestand), str(pnaam))
            if sleutel[0] not in GEMEENTE_GROEPEN and sleutel not in GEMEENTE_KEUZES:
                meta = metas[sleutel]
                groepen = " en ".join(f"'{g}'" for g in GEMEENTE_GROEPEN)
                keuzes = ", ".join(f"{b}.{n}" for b, n in sorted(GEMEENTE_KEUZES))
                fouten.append(
                    (
                        f"{bestand}.{pnaam} staat in de wet ({meta.artikel}); een gemeente kan dat niet "
                        f"veranderen. Een gemeente kiest alleen wat de wet aan haar laat: de parameters van "
                        f"{groepen} en {keuzes}.",
                        _veld(pad_p),
                        regel_van(regels, pad_p),
                    )
                )
                continue
            grens = GRENZEN.get(sleutel)
            for datum, item in p["waarden"].items():
                pad_w = pad_p + ("waarden", str(datum), "waarde")
                if dt.date.fromisoformat(str(datum)) < dt.date(2024, 1, 1):
                    fouten.append(
                        (
                            "balans rekent vanaf 2024-01-01; kies die datum of later.",
                            _veld(pad_w[:-1]),
                            regel_van(regels, pad_w[:-1]),
                        )
                    )
                if grens is None or item["waarde"] is None:
                    continue
                waarde = _zet_om_gecontroleerd(metas[sleutel].eenheid, item["waarde"], sleutel)
                if not grens[0](waarde):
                    fouten.append((f"'{item['waarde']}' kan niet. {grens[1]}", _veld(pad_w), regel_van(regels, pad_w)))
    return data, fouten


@lru_cache(maxsize=64)
def _gecontroleerd(pad: str, _versie: int) -> tuple[dict, tuple]:
    data, fouten = controleer(Path(pad))
    return data, tuple(fouten)


def gecontroleerd(o: Overlay) -> tuple[dict, list[tuple[str, str, int | None]]]:
    """controleer(), één keer per versie van het bestand."""
    data, fouten = _gecontroleerd(str(o.pad), o.pad.stat().st_mtime_ns)
    return data, list(fouten)
