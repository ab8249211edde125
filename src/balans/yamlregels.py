# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""YAML lezen met regelnummers, zonder stille omzettingen.

Datums blijven tekst (pydantic controleert ze), kommagetallen worden Decimal (nooit float),
en een sleutel die twee keer voorkomt is een fout in plaats van stil overschreven.

Onderste laag (naast geld en kalender): de casus (casus/laden.py), de gemeente-overlays (wet/gemeente_overlay.py)
en de beleidsruns (beleid/run.py) lezen er hun YAML mee. De grenzen van de lezer staan daarom hier;
casus/grenzen.py geeft ze door en voegt de grenzen van een casus toe.
"""

from __future__ import annotations

from decimal import Decimal

import yaml

MAX_BYTES = 1_000_000  # 1 MB: een casus van tien jaar met wekelijkse loonstroken is ~300 KB
MAX_DIEPTE = 20  # de diepste casus (loonstrook > vakantiegeld > opbouwperiode > van) is 6
MAX_KNOPEN = 200_000  # waarden in de hele casus, ook na het uitvouwen van YAML-verwijzingen
MAX_ALIASSEN = 100  # YAML-verwijzingen (*naam) in één bestand


class YamlFout(ValueError):
    def __init__(self, bericht: str, regel: int | None = None):
        super().__init__(bericht)
        self.bericht = bericht
        self.regel = regel


class _Lader(yaml.SafeLoader):
    pass


# Geen automatische datums: '2025-02-30' moet als onmogelijke datum gemeld worden, niet als YAML-fout.
_Lader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Lader.add_constructor("tag:yaml.org,2002:float", lambda lader, node: Decimal(node.value.replace("_", "")))


def lees(tekst: str) -> tuple[object, dict[tuple, int]]:
    """Geeft (data, regels): regels[pad] is het regelnummer (1-based) van elk veld.

    Met grenzen (hierboven): grootte, diepte en aantal verwijzingen worden gecontroleerd
    vóórdat er een boom gebouwd wordt, het aantal waarden tijdens het bouwen (een 'alias bomb'
    van 606 bytes vouwt zich anders uit tot gigabytes).
    """
    if len(tekst) > MAX_BYTES:
        raise YamlFout(f"Het bestand is groter dan {MAX_BYTES // 1_000_000} MB; zo groot is geen casus.", None)
    try:
        _voorcontrole(tekst)
        knoop = yaml.compose(tekst, Loader=_Lader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        regel = mark.line + 1 if mark else None
        probleem = getattr(e, "problem", None) or str(e)
        raise YamlFout("Het bestand is geen geldige YAML: " + _YAML_PROBLEMEN.get(probleem, probleem), regel) from None
    if knoop is None:
        raise YamlFout("Het bestand is leeg.", 1)
    regels: dict[tuple, int] = {}
    lader = _Lader("")
    knopen = [0]

    def bouw(n, pad):
        knopen[0] += 1
        if knopen[0] > MAX_KNOPEN:
            raise YamlFout(
                f"Het bestand is te groot: meer dan {MAX_KNOPEN} waarden (ook na het uitvouwen "
                "van verwijzingen met * en &).",
                n.start_mark.line + 1,
            )
        regels[pad] = n.start_mark.line + 1
        if isinstance(n, yaml.MappingNode):
            uit = {}
            for k, v in n.value:
                sleutel = lader.construct_object(k, deep=True)
                if isinstance(sleutel, (dict, list)):
                    raise YamlFout("Een sleutel moet een woord of getal zijn.", k.start_mark.line + 1)
                sleutel = str(sleutel)
                if sleutel in uit:
                    raise YamlFout(f"Het veld '{sleutel}' staat twee keer in het bestand.", k.start_mark.line + 1)
                uit[sleutel] = bouw(v, pad + (sleutel,))
                regels[pad + (sleutel,)] = k.start_mark.line + 1
            return uit
        if isinstance(n, yaml.SequenceNode):
            return [bouw(v, pad + (i,)) for i, v in enumerate(n.value)]
        try:
            return lader.construct_object(n, deep=True)
        except Exception as e:  # bijv. een ongeldige !!tag
            raise YamlFout(f"Deze waarde kan ik niet lezen: {n.value!r} ({e}).", n.start_mark.line + 1) from None

    return bouw(knoop, ()), regels


def _voorcontrole(tekst: str) -> None:
    """Diepte en verwijzingen tellen met de parser (zonder recursie), vóór yaml.compose (met recursie)."""
    diepte = aliassen = 0
    for ev in yaml.parse(tekst, Loader=_Lader):
        if isinstance(ev, yaml.CollectionStartEvent):
            diepte += 1
            if diepte > MAX_DIEPTE:
                raise YamlFout(
                    f"Het bestand is te diep genest (meer dan {MAX_DIEPTE} niveaus).", ev.start_mark.line + 1
                )
        elif isinstance(ev, yaml.CollectionEndEvent):
            diepte -= 1
        elif isinstance(ev, yaml.AliasEvent):
            aliassen += 1
            if aliassen > MAX_ALIASSEN:
                raise YamlFout(
                    f"Het bestand heeft meer dan {MAX_ALIASSEN} verwijzingen (*naam).", ev.start_mark.line + 1
                )


# De meldingen van PyYAML die het vaakst voorkomen, in gewone taal.
_YAML_PROBLEMEN = {
    "mapping values are not allowed here": "er staat een dubbele punt waar dat niet kan. Zet de tekst tussen aanhalingstekens.",
    "found character '\\t' that cannot start any token": "er staat een tab. Gebruik spaties om in te springen.",
    "could not find expected ':'": "er mist een dubbele punt na de naam van een veld.",
    "found undefined alias": "er staat een * die naar niets verwijst.",
    "expected <block end>, but found '-'": "een lijst (-) staat niet goed ingesprongen.",
}


def regel_van(regels: dict, pad: tuple) -> int | None:
    """Het regelnummer van een veld uit lees(); heeft het veld er geen, dan dat van het dichtstbijzijnde ouderveld."""
    while pad:
        if pad in regels:
            return regels[pad]
        pad = pad[:-1]
    return regels.get(())
