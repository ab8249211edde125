# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Twee standen voor dezelfde regels.

- Met uitleg (`Scalair`): één huishouden, gewone Python-getallen, elke stap komt in het spoor.
- Gevectoriseerd (`Vector`): numpy-arrays voor een hele populatie, zonder spoor.

Een regel gebruikt alleen de rekenoperatoren (+ - * // < == & |) en de functies van `ctx.xp`.
Nooit `~`, `not`, `and`, `or` of `if` op een waarde: die gedragen zich op arrays anders dan op
getallen. Daarvoor zijn `xp.niet`, `xp.als` en `ctx.kies`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import cast

import numpy as np

from balans.wet.parameters import Parameters, wet_url
from balans.wet.tekst import als_euro


class Scalair:
    vector = False

    @staticmethod
    def als(voorwaarde, dan, anders):
        return dan if voorwaarde else anders

    @staticmethod
    def niet(x):
        return not x

    minimum = staticmethod(min)
    maximum = staticmethod(max)

    @staticmethod
    def kies(voorwaarden, waarden, standaard):
        for v, w in zip(voorwaarden, waarden):
            if v:
                return w
        return standaard

    @staticmethod
    def index_eerste(voorwaarden):
        for i, v in enumerate(voorwaarden):
            if v:
                return i
        return -1

    @staticmethod
    def tel(voorwaarde, rijen):
        """Hoeveel rijen (personen) aan de voorwaarde voldoen."""
        return sum(1 for r in rijen if voorwaarde(*r))

    @staticmethod
    def laagste(waarde, rijen, leeg):
        return min((waarde(*r) for r in rijen), default=leeg)


class Vector:
    vector = True
    als = staticmethod(np.where)
    niet = staticmethod(np.logical_not)
    minimum = staticmethod(np.minimum)
    maximum = staticmethod(np.maximum)
    any = staticmethod(np.any)  # geldt dit voor één rij? Alleen om werk over te slaan als de uitkomst dan vaststaat

    @staticmethod
    def kies(voorwaarden, waarden, standaard):
        # de eerste voorwaarde die geldt wint: van achter naar voren np.where (sneller dan np.select bij 2-5 takken)
        uit = standaard
        for v, w in zip(reversed(voorwaarden), reversed(waarden)):
            uit = np.where(v, w, uit)
        return uit

    @staticmethod
    def index_eerste(voorwaarden):
        return np.select(voorwaarden, list(range(len(voorwaarden))), default=-1)

    @staticmethod
    def tel(voorwaarde, kolommen):
        # kolom voor kolom optellen: .sum(axis=1) over 1-3 kolommen is in numpy een trage, gestapte reduce
        w = voorwaarde(*kolommen)
        uit = w[:, 0].astype(np.int64)
        for j in range(1, w.shape[1]):
            uit += w[:, j]
        return uit

    @staticmethod
    def laagste(waarde, kolommen, leeg):
        w = waarde(*kolommen)
        uit = np.full(w.shape[0], leeg, dtype=np.result_type(w.dtype, np.min_scalar_type(leeg)))
        for j in range(w.shape[1]):
            np.minimum(uit, w[:, j], out=uit)
        return uit


@dataclass
class Stap:
    regel: str
    artikel: str
    bron: str
    tekst: str
    bedrag: int | None = None
    tak: str | None = None
    waarden: dict = field(default_factory=dict)


@dataclass
class Tak:
    """Eén mogelijke uitkomst van een regel: wanneer, welke waarde, welk artikel, en de zin."""

    voorwaarde: object
    waarde: object
    naam: str
    artikel: str
    artikel_nr: str
    tekst: str = ""


class _Opname:
    """Geeft attributen van `bron` door en schrijft op wat gelezen is (pad -> waarde); zie Ctx.onthoud.

    diepte 2 voor de parameters (p.art21.alleenstaande: de waarde telt), 1 voor invoer en feiten
    (inv.kinderen: het object telt)."""

    __slots__ = ("_bron", "_diepte", "_log", "_pad")

    def __init__(self, bron, log: dict, diepte: int, pad: tuple = ()):
        self._bron, self._log, self._diepte, self._pad = bron, log, diepte, pad

    def __getattr__(self, naam):
        w = getattr(self._bron, naam)
        pad = self._pad + (naam,)
        if callable(w) and not isinstance(w, type):  # p.meta(...): de uitkomst per argumenten telt

            def roep(*args):
                uit = w(*args)
                self._log[pad + (args,)] = uit
                return uit

            return roep
        if len(pad) < self._diepte:
            return _Opname(w, self._log, self._diepte, pad)
        self._log[pad] = w
        return w


def _lees(bron, pad: tuple):
    for naam in pad:
        bron = bron(*naam) if isinstance(naam, tuple) else getattr(bron, naam)
    return bron


def _zelfde_waarde(a, b) -> bool:
    return type(a) is type(b) and a == b


class Ctx:
    """Wat een regel nodig heeft: de maand, de parameters, de stand en (met uitleg) het spoor.

    geheugen (alleen gevectoriseerd): een dict die meerdere varianten van hetzelfde deel delen; zie onthoud."""

    __slots__ = ("xp", "maand", "p", "spoor", "geheugen", "dag")

    def __init__(self, xp, maand: dt.date, p: Parameters, uitleg: bool, geheugen: dict | None = None, dag=1):
        self.xp = xp
        self.maand = maand
        self.p = p
        # De peildag in de maand voor leeftijden: 1, behalve in een deel van een maand (rekenen/dagdelen.py).
        # Gevectoriseerd kan het een array zijn (elke rij een eigen dag).
        self.dag = dag
        self.spoor: list[Stap] | None = [] if uitleg else None
        self.geheugen = None if uitleg else geheugen

    def onthoud(self, functie, *args):
        """functie(ctx, *args), of de uitkomst van een eerdere aanroep die precies hetzelfde las.

        Een beleidsrun rekent dezelfde huishoudens met meer varianten; feiten en norm hangen meestal niet
        af van wat een variant verandert. Bij de eerste aanroep schrijven we op welke parameters
        (met hun waarde) en welke velden van de argumenten (het object zelf) de functie leest. Een
        volgende aanroep in dezelfde maand krijgt die uitkomst alleen als al die parameters gelijk
        zijn en die velden dezelfde objecten. De arrays van een deel zijn alleen-lezen, en het geheugen
        houdt ze vast (een id kan dus niet opnieuw worden uitgedeeld). Zo hoeft niemand bij te houden
        welke parameters een regel gebruikt: de regel zelf zegt het. Zonder geheugen (met uitleg, of
        één variant): gewoon aanroepen.
        """
        if self.geheugen is None or not (type(self.dag) is int and self.dag == 1):  # een deel van een maand: niet delen
            return functie(self, *args)
        eerder = self.geheugen.setdefault((functie, self.maand), [])
        for oud_p, oud_a, uit in eerder:
            if all(_zelfde_waarde(_lees(self.p, pad), w) for pad, w in oud_p) and all(
                _lees(a, pad) is w for a, log in zip(args, oud_a) for pad, w in log
            ):
                return uit
        p_log: dict = {}
        a_logs: list[dict] = [{} for _ in args]
        # de opname leest als Parameters (zelfde attributen), maar schrijft op wat gelezen wordt
        sub = Ctx(self.xp, self.maand, cast(Parameters, _Opname(self.p, p_log, 2)), False, dag=self.dag)
        uit = functie(sub, *[_Opname(a, log, 1) for a, log in zip(args, a_logs)])
        eerder.append((tuple(p_log.items()), [tuple(log.items()) for log in a_logs], uit))
        return uit

    @property
    def uitleg(self) -> bool:
        return self.spoor is not None

    def url(self, artikel_nr: str) -> str:
        # in een deel van een maand: de versie van de wet die op de eerste dag van dat deel gold
        datum = self.maand if self.dag == 1 else self.maand.replace(day=int(self.dag))
        return wet_url(datum, artikel_nr)

    def stap(self, regel: str, artikel: str, artikel_nr: str, tekst: str, bedrag=None, tak=None, **waarden):
        if self.spoor is not None:
            self.spoor.append(
                Stap(regel, artikel, self.url(artikel_nr), tekst, None if bedrag is None else int(bedrag), tak, waarden)
            )

    def kies(self, regel: str, takken: list[Tak], standaard=0, bedrag=True, **extra):
        """Neemt de eerste tak waarvan de voorwaarde geldt; met uitleg komt die tak in het spoor.

        De tekst van een tak is een sjabloon; {bedrag} wordt het gekozen bedrag. Alleen met
        uitleg wordt het ingevuld, zodat de gevectoriseerde stand geen tekst maakt.
        """
        xp = self.xp
        waarde = xp.kies([t.voorwaarde for t in takken], [t.waarde for t in takken], standaard)
        if self.spoor is not None:
            i = xp.index_eerste([t.voorwaarde for t in takken])
            if i >= 0:
                t = takken[i]
                tekst = t.tekst.format(bedrag=als_euro(waarde) if bedrag else "", **extra)
                self.stap(regel, t.artikel, t.artikel_nr, tekst, waarde if bedrag else None, tak=t.naam)
        return waarde
