# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Toerekening: aan welke maand telt elk stuk loon mee?

Pw art. 32 lid 1 onder b en lid 2 (de wet nu): loon telt mee in de periode waarop het betrekking
heeft, uitgesteld inkomen (vakantiegeld, IKB) in de periode waarin het is verworven. Een loonperiode
die over twee maanden loopt, wordt naar dagen verdeeld. Het wetsvoorstel Participatiewet in balans
rekent naar beschikbaarheid: de maand waarin iemand over het geld kan beschikken. Welke basis geldt,
is een parameter (art32.toerekening) op de betaaldatum, zodat elk bedrag precies één keer meetelt,
ook bij de overgang van de ene basis naar de andere.

Het resultaat is een lijst posten. Samen zijn ze precies de bedragen van alle loonstroken en
correcties (test_maandstaat: niets dubbel, niets kwijt).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from balans.casus.loon_controle import laatste_dag, plus_maanden
from balans.casus.model import Casus, Loonstrook, Opbouw, Tijdvak
from balans.geld import als_euro
from balans.wet.parameters import ParameterBoom

SOORTEN = ("vakantiegeld", "ikb")
SOORT_NAAM = {"loon": "loon", "vakantiegeld": "vakantiegeld", "ikb": "IKB (individueel keuzebudget)"}


@dataclass(frozen=True)
class Post:
    maand: dt.date | None  # None: valt buiten de periode en telt niet mee (art. 32 lid 1 onder b)
    persoon: str  # aanvrager | partner
    bedrag: int  # eurocenten; een correctie kan negatief zijn
    bekend_op: dt.date  # vanaf wanneer de gemeente het weet
    betaaldatum: dt.date
    bron: str  # id van de loonstrook of correctie
    strook: str  # id van de oorspronkelijke loonstrook
    soort: str  # loon | vakantiegeld | ikb
    basis: str  # verworven | beschikbaar
    artikel: str
    tekst: str
    herkomst: str


def eerste(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, 1)


def verdeel(bedrag: int, gewichten: list[int]) -> list[int]:
    """Verdeel hele centen naar gewicht; de som klopt altijd (grootste rest krijgt de cent)."""
    totaal = sum(gewichten)
    teken, rest = (-1 if bedrag < 0 else 1), abs(bedrag)
    delen = [rest * g // totaal for g in gewichten]
    over = rest - sum(delen)
    volgorde = sorted(range(len(gewichten)), key=lambda i: (-(rest * gewichten[i] % totaal), i))
    for i in volgorde[:over]:
        delen[i] += 1
    return [teken * d for d in delen]


def dagen_per_maand(tv: Tijdvak) -> list[tuple[dt.date, int]]:
    uit, d = [], tv.van
    while d <= tv.tot:
        eind = min(tv.tot, laatste_dag(d))
        uit.append((eerste(d), (eind - d).days + 1))
        d = eind + dt.timedelta(days=1)
    return uit


def _zonder(tv: Tijdvak, gedekt: list[Tijdvak]) -> list[Tijdvak]:
    """De delen van tv die door geen van de tijdvakken in `gedekt` worden gedekt."""
    open_, d = [], tv.van
    for g in sorted(gedekt, key=lambda x: x.van):
        if g.tot < d or g.van > tv.tot:
            continue
        if g.van > d:
            open_.append(Tijdvak(van=d, tot=g.van - dt.timedelta(days=1)))
        d = max(d, g.tot + dt.timedelta(days=1))
        if d > tv.tot:
            return open_
    if d <= tv.tot:
        open_.append(Tijdvak(van=d, tot=tv.tot))
    return open_


def _datum(d: dt.date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


@dataclass
class _Stand:
    """De bedragen van een loonstrook na 0, 1, 2 ... correcties."""

    bron: str
    bekend_op: dt.date
    betaaldatum: dt.date
    herkomst: str
    netto: int
    opbouw: dict[str, Opbouw]


def _standen(ls: Loonstrook, correcties) -> list[_Stand]:
    st = _Stand(
        ls.id,
        ls.bekend_op or ls.betaaldatum,
        ls.betaaldatum,
        ls.herkomst,
        ls.netto,
        {"vakantiegeld": ls.vakantiegeld, "ikb": ls.ikb},
    )
    uit = [st]
    for cor in sorted(correcties, key=lambda c: (c.bekend_op or c.betaaldatum, c.betaaldatum, c.id)):
        vorige = uit[-1]
        opbouw = dict(vorige.opbouw)
        for s in SOORTEN:
            if getattr(cor, s) is not None:
                opbouw[s] = getattr(cor, s)
        uit.append(
            _Stand(
                cor.id,
                cor.bekend_op or cor.betaaldatum,
                cor.betaaldatum,
                cor.herkomst,
                vorige.netto if cor.netto is None else cor.netto,
                opbouw,
            )
        )
    return uit


class Toerekening:
    def __init__(self, c: Casus, stroken: list[Loonstrook], boom: ParameterBoom):
        self.maanden = set(c.alle_maanden())
        self.boom = boom
        self.posten: list[Post] = []
        per_strook = defaultdict(list)
        for cor in c.correcties:
            per_strook[cor.corrigeert].append(cor)
        self._geteld_opbouw: dict[tuple, list[tuple[Tijdvak, int]]] = defaultdict(list)
        # De bedragen van elke loonstrook na 0, 1, 2 ... correcties; ook het grootboek leest hieruit.
        self.standen = standen = {ls.id: _standen(ls, per_strook[ls.id]) for ls in stroken}
        for ls in stroken:
            self._periodiek(ls, standen[ls.id])
        for ls in stroken:
            self._uitbetalingen(ls, standen[ls.id])

    def basis(self, betaaldatum: dt.date) -> str:
        return self.boom.op(eerste(betaaldatum)).art32.toerekening

    def maanden_van(self, ls: Loonstrook) -> list[dt.date]:
        """De maanden van de periode waarop de loonstrook zelf slaat: de gewerkte periode (verworven), of
        de betaalmaand (naar beschikbaarheid). Ook als netto 0 is: ook die strook komt en wordt verwerkt
        (modelkeuze 22; 'op de maand' wacht erop)."""
        if self.basis(ls.betaaldatum) == "verworven":
            maanden = [m for m, _ in dagen_per_maand(ls.periode)]
        else:
            maanden = [eerste(ls.betaaldatum)]
        return [m for m in maanden if m in self.maanden]

    def _post(self, maand, ls: Loonstrook, st: _Stand, bedrag, soort, basis, artikel, tekst):
        if bedrag == 0:
            return
        m = maand if maand in self.maanden else None
        if m is None:
            tekst += " Deze maand valt buiten de periode; dit deel telt hier niet mee."
        self.posten.append(
            Post(
                m,
                ls.van,
                bedrag,
                st.bekend_op,
                st.betaaldatum,
                st.bron,
                ls.id,
                soort,
                basis,
                artikel,
                tekst,
                st.herkomst,
            )
        )

    def _over_dagen(self, ls, st, bedrag, soort, tv: Tijdvak | list[Tijdvak], artikel, uitleg):
        delen = tv if isinstance(tv, list) else [tv]
        per_maand: dict[dt.date, int] = defaultdict(int)
        for deel_tv in delen:
            for maand, dagen in dagen_per_maand(deel_tv):
                per_maand[maand] += dagen
        verdeling = sorted(per_maand.items())
        totaal = sum(d for _, d in verdeling)
        for (maand, dagen), deel in zip(verdeling, verdeel(bedrag, [d for _, d in verdeling])):
            valt = "valt" if dagen == 1 else "vallen"
            tekst = f"{uitleg} {dagen} van de {totaal} dagen {valt} in deze maand: {als_euro(deel)}."
            self._post(maand, ls, st, deel, soort, "verworven", artikel, tekst)
        return verdeling

    def _periodiek(self, ls: Loonstrook, standen: list[_Stand]) -> None:
        vorige = None
        for st in standen:
            basis = self.basis(st.betaaldatum)
            cor = (
                ""
                if vorige is None
                else f"Correctie ({'polisadministratie' if st.herkomst == 'polisadministratie' else 'later bekend'}) op de loonstrook betaald op {_datum(ls.betaaldatum)}: "
            )
            tijd = f"{_datum(ls.periode.van)} t/m {_datum(ls.periode.tot)}"
            bedragen = {"loon": st.netto, **{s: st.opbouw[s].opgebouwd for s in SOORTEN}}
            oud = (
                {"loon": 0, "vakantiegeld": 0, "ikb": 0}
                if vorige is None
                else {"loon": vorige.netto, **{s: vorige.opbouw[s].opgebouwd for s in SOORTEN}}
            )
            for soort, nieuw in bedragen.items():
                verschil = nieuw - oud[soort]
                if verschil == 0:
                    continue
                wat = (
                    "het verschil"
                    if vorige
                    else ("Netto loon" if soort == "loon" else f"Opgebouwd {SOORT_NAAM[soort]}")
                )
                if basis == "verworven":
                    artikel = "Pw art. 32 lid 1 onder b" if soort == "loon" else "Pw art. 32 lid 2"
                    uitleg = (
                        f"{cor}{wat} van {ls.werkgever} over {tijd} ({als_euro(verschil)}) telt mee in de maanden "
                        f"waarop het betrekking heeft."
                    )
                    self._over_dagen(ls, st, verschil, soort, ls.periode, artikel, uitleg)
                    if soort != "loon":
                        self._geteld_opbouw[(ls.van, ls.werkgever, soort)].append((ls.periode, verschil))
                elif soort == "loon":
                    tekst = (
                        f"{cor}{wat} van {ls.werkgever} over {tijd}, betaald op {_datum(st.betaaldatum)}: telt mee "
                        f"in de maand waarin u erover kon beschikken: {als_euro(verschil)}."
                    )
                    self._post(
                        eerste(st.betaaldatum),
                        ls,
                        st,
                        verschil,
                        soort,
                        basis,
                        "Pw art. 32 (Participatiewet in balans: naar beschikbaarheid)",
                        tekst,
                    )
                # Naar beschikbaarheid telt opgebouwd vakantiegeld pas als het wordt uitbetaald.
            vorige = st

    def _uitbetalingen(self, ls: Loonstrook, standen: list[_Stand]) -> None:
        for soort in SOORTEN:
            geteld_vorig = 0
            for st in standen:
                ob = st.opbouw[soort]
                if ob.betaald == 0 and geteld_vorig == 0:
                    continue
                # Standaard: de twaalf maanden tot en met de betaalmaand (juni t/m mei bij betaling in mei).
                tv = ob.opbouwperiode or Tijdvak(
                    van=plus_maanden(eerste(st.betaaldatum), -11), tot=laatste_dag(st.betaaldatum)
                )
                al = sum(
                    b
                    for (tv2, b) in self._geteld_opbouw[(ls.van, ls.werkgever, soort)]
                    if tv2.van <= tv.tot and tv.van <= tv2.tot
                )
                # Art. 32 lid 2: wat per maand al als opbouw meetelde, telt niet nog eens. De rest is
                # verworven op de dagen van de opbouwperiode waarvoor geen opbouw is meegeteld (vaak vóór
                # de periode: dan telt het hier niet mee). Zijn alle dagen al gedekt, dan over alle dagen.
                open_delen = _zonder(tv, [tv2 for (tv2, _) in self._geteld_opbouw[(ls.van, ls.werkgever, soort)]])
                verdeel_over = open_delen if open_delen and al else tv
                geteld = max(0, ob.betaald - al)
                verschil = geteld - geteld_vorig
                geteld_vorig = geteld
                if verschil == 0:
                    continue
                naam = SOORT_NAAM[soort]
                al_tekst = f" Daarvan is {als_euro(al)} al per maand meegeteld toen het werd opgebouwd." if al else ""
                basis = self.basis(st.betaaldatum)
                if basis == "verworven":
                    waar = (
                        f"opbouwperiode {_datum(tv.van)} t/m {_datum(tv.tot)}"
                        if verdeel_over is tv
                        else "dagen van de opbouwperiode waarvoor nog geen opbouw meetelde ("
                        + ", ".join(f"{_datum(x.van)} t/m {_datum(x.tot)}" for x in open_delen)
                        + ")"
                    )  # hier is verdeel_over open_delen
                    uitleg = (
                        f"Uitbetaald {naam} van {ls.werkgever} op {_datum(st.betaaldatum)} ({als_euro(ob.betaald)})."
                        f"{al_tekst} De rest ({als_euro(verschil)}) is uitgesteld inkomen en telt mee in de {waar}."
                    )
                    self._over_dagen(ls, st, verschil, soort, verdeel_over, "Pw art. 32 lid 2", uitleg)
                else:
                    tekst = (
                        f"Uitbetaald {naam} van {ls.werkgever} op {_datum(st.betaaldatum)} ({als_euro(ob.betaald)})."
                        f"{al_tekst} Telt mee in de maand waarin u erover kon beschikken: {als_euro(verschil)}."
                    )
                    self._post(
                        eerste(st.betaaldatum),
                        ls,
                        st,
                        verschil,
                        soort,
                        basis,
                        "Pw art. 32 (Participatiewet in balans: naar beschikbaarheid)",
                        tekst,
                    )

    def per_maand(self, tot_en_met: dt.date | None = None) -> dict[tuple[dt.date, str], int]:
        """Som per (maand, persoon) van wat bekend is op een datum (None: alles)."""
        uit: dict[tuple[dt.date, str], int] = defaultdict(int)
        for p in self.posten:
            if p.maand is not None and (tot_en_met is None or p.bekend_op <= tot_en_met):
                uit[(p.maand, p.persoon)] += p.bedrag
        return uit
