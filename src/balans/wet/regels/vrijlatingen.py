# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Vrijlating van inkomsten uit arbeid, per persoon.

Tot en met 2026: Pw art. 31 lid 2 onder n, r, y, z en aa (met lid 5: niet onder de 27).
Vanaf de datum in `art34a.van_toepassing` (standaard 2027-01-01, de formele inwerkingtreding): de
bijverdienvrijlating van art. 34a. In het gedoogjaar 2026 kan een gemeente art. 34a al toepassen voor
wie jonger is dan 27 (`gemeente.gedoogjaar_bijverdienen_jonger_dan_27`). Welke geldt, is een
parameter (zie docs/inwerkingtreding.md), geen code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from balans.geld import percentage_van
from balans.wet.tekst import als_euro, percentage_als_tekst


@dataclass
class Persoon:
    """De feiten van één persoon die de vrijlating nodig heeft.

    Elk veld is een getal (één huishouden) of een numpy-array (de gevectoriseerde stand): daarom Any."""

    wie: str  # 'u' of 'uw partner' (voor de uitleg)
    arbeid: Any  # netto inkomsten uit arbeid deze maand (centen)
    leeftijd: Any
    aow: Any
    medisch: Any
    lks: Any
    ouder_jong_kind: Any  # alleenstaande ouder met een kind jonger dan 12 (art. 31 lid 2 onder r)
    n: Any  # gebruikte maanden onder n, r, z en art. 34a lid 1 onder a
    r: Any
    z: Any
    b34a: Any


def vrijlating(ctx, pers: Persoon, toepassen, nieuw_dienstverband, uitbreiding_niet_mogelijk):
    """Geeft (vrijlating, n, r, z, b34a) met de nieuwe tellers.

    `uitbreiding_niet_mogelijk` is het oordeel van het college dat meer uren werken niet kan
    (art. 31 lid 2 onder aa, art. 34a lid 2)."""
    p, xp = ctx.p, ctx.xp
    if p.art34a.van_toepassing:
        return _art34a(ctx, pers, toepassen, nieuw_dienstverband, uitbreiding_niet_mogelijk)
    if not p.art31.vrijlatingen_n_tot_aa_van_toepassing:
        return 0, pers.n, pers.r, pers.z, pers.b34a
    # Gedoogjaar: art. 34a al vóór zijn inwerkingtreding, alleen voor wie jonger is dan 27.
    if p.gemeente.gedoogjaar_bijverdienen_jonger_dan_27 and p.art34a.a_percentage is not None:
        jong = pers.leeftijd < p.art31.minimumleeftijd_vrijlating
        if not xp.vector:
            if jong:
                if ctx.uitleg and pers.arbeid > 0:
                    ctx.stap(
                        "gedoogjaar",
                        "Pw art. 34a (gedoogjaar 2026)",
                        "34a",
                        f"U bent jonger dan {p.art31.minimumleeftijd_vrijlating}. De gemeente past in 2026 al de "
                        f"nieuwe bijverdienvrijlating toe, die formeel op 1 januari 2027 ingaat.",
                        None,
                        tak="34a-gedoogjaar-jonger-dan-27",
                    )
                return _art34a(ctx, pers, toepassen, nieuw_dienstverband, uitbreiding_niet_mogelijk)
            return _art31(ctx, pers, toepassen, uitbreiding_niet_mogelijk)
        nieuw = _art34a(ctx, pers, toepassen, nieuw_dienstverband, uitbreiding_niet_mogelijk)
        oud = _art31(ctx, pers, toepassen, uitbreiding_niet_mogelijk)
        return tuple(xp.als(jong, a, b) for a, b in zip(nieuw, oud))
    return _art31(ctx, pers, toepassen, uitbreiding_niet_mogelijk)


def _art31(ctx, q: Persoon, toepassen, uitbreiding_niet_mogelijk):
    p, xp = ctx.p, ctx.xp
    a = p.art31
    if not xp.vector and q.arbeid <= 0:
        # Eén persoon zonder werk (vaak de partner, of geen partner): geen vrijlating en geen uitleg; alleen de
        # tellers van onder r en z lopen door, precies zoals hieronder met werkt = False.
        return 0, q.n, q.r + (q.r > 0) * 1, q.z + (q.lks & xp.niet(q.aow) & (q.n >= a.n_maanden)) * 1, q.b34a
    werkt = q.arbeid > 0
    oud_genoeg = q.leeftijd >= a.minimumleeftijd_vrijlating
    # onder n: 25%, maximum per maand, zes maanden; bij AOW-leeftijd zonder die voorwaarden
    n_kan = werkt & oud_genoeg & (q.aow | (toepassen & (q.n < a.n_maanden)))
    n_bedrag = xp.minimum(percentage_van(q.arbeid, a.n_percentage), a.n_maximum)
    # onder r: alleenstaande ouder met kind < 12, na de n-periode, 30 maanden
    r_kan = werkt & oud_genoeg & xp.niet(q.aow) & q.ouder_jong_kind & (q.n >= a.n_maanden) & (q.r < a.r_maanden)
    r_bedrag = xp.minimum(percentage_van(q.arbeid, a.r_percentage), a.r_maximum)
    # onder y: medisch urenbeperkt, 15%, zonder tijdsduur
    y_kan = werkt & q.medisch & xp.niet(q.aow)
    y_bedrag = xp.minimum(percentage_van(q.arbeid, a.y_percentage), a.y_maximum)
    # onder z: doelgroep loonkostensubsidie, na de n-periode, 12 maanden; daarna onder aa
    z_kan = werkt & q.lks & xp.niet(q.aow) & (q.n >= a.n_maanden) & (q.z < a.z_maanden)
    z_bedrag = xp.minimum(percentage_van(q.arbeid, a.z_percentage), a.z_maximum)
    aa_kan = werkt & q.lks & xp.niet(q.aow) & (q.n >= a.n_maanden) & (q.z >= a.z_maanden) & uitbreiding_niet_mogelijk
    aa_bedrag = xp.minimum(percentage_van(q.arbeid, a.aa_percentage), a.aa_maximum)

    # De gunstigste vrijlating die van toepassing is; bij gelijke bedragen telt de eerst genoemde.
    kandidaten = [
        (n_kan, n_bedrag, "n"),
        (y_kan, y_bedrag, "y"),
        (r_kan, r_bedrag, "r"),
        (z_kan, z_bedrag, "z"),
        (aa_kan, aa_bedrag, "aa"),
    ]
    beste = 0
    for kan, bedrag, _ in kandidaten:
        beste = xp.maximum(beste, xp.als(kan, bedrag, 0))
    gekozen_n = n_kan & (n_bedrag == beste) & (beste > 0)
    gekozen_y = y_kan & (y_bedrag == beste) & (beste > 0) & xp.niet(gekozen_n)
    gekozen_r = r_kan & (r_bedrag == beste) & (beste > 0) & xp.niet(gekozen_n | gekozen_y)
    gekozen_z = z_kan & (z_bedrag == beste) & (beste > 0) & xp.niet(gekozen_n | gekozen_y | gekozen_r)
    # De zes maanden van onder n lopen in elke maand met werk waarin n geldt. Onder de 27 (lid 5) alleen voor de
    # doelgroep loonkostensubsidie: onder z begint pas 'nadat de periode van zes maanden is verstreken'.
    # Bij de AOW-leeftijd is er geen termijn.
    n_loopt = werkt & toepassen & xp.niet(q.aow) & (q.n < a.n_maanden) & (oud_genoeg | q.lks)
    n_nieuw = q.n + n_loopt * 1
    # Onder r: 'een aaneengesloten periode van maximaal 30 maanden': eenmaal begonnen loopt elke maand mee.
    r_nieuw = q.r + (gekozen_r | (q.r > 0)) * 1
    # Onder z: 'een periode van twaalf maanden nadat de periode van zes maanden is verstreken': kalendermaanden.
    z_nieuw = q.z + (q.lks & xp.niet(q.aow) & (q.n >= a.n_maanden)) * 1
    if ctx.uitleg:
        _uitleg_art31(
            ctx, q, toepassen, beste, oud_genoeg, gekozen_n, gekozen_y, gekozen_r, gekozen_z, n_nieuw, r_nieuw, z_nieuw
        )
    return beste, n_nieuw, r_nieuw, z_nieuw, q.b34a


def _uitleg_art31(ctx, q, toepassen, beste, oud_genoeg, gn, gy, gr, gz, n_nieuw, r_nieuw, z_nieuw):
    a = ctx.p.art31
    if q.arbeid <= 0:
        return
    wie = q.wie
    Wie = wie[0].upper() + wie[1:]
    if beste > 0:
        if gn:
            pct, maxi, art, tak = a.n_percentage, a.n_maximum, "Pw art. 31 lid 2 onder n", "31-2-n"
            duur = (
                " Bij de AOW-leeftijd geldt geen termijn."
                if q.aow
                else f" Dit is maand {n_nieuw} van de {a.n_maanden} maanden."
            )
        elif gy:
            pct, maxi, art, tak = a.y_percentage, a.y_maximum, "Pw art. 31 lid 2 onder y", "31-2-y"
            duur = " Omdat u medisch urenbeperkt bent, geldt geen termijn."
        elif gr:
            pct, maxi, art, tak = a.r_percentage, a.r_maximum, "Pw art. 31 lid 2 onder r", "31-2-r"
            duur = f" U bent alleenstaande ouder met een kind jonger dan {a.r_kind_jonger_dan}. Dit is maand {r_nieuw} van de {a.r_maanden}."
        elif gz:
            pct, maxi, art, tak = a.z_percentage, a.z_maximum, "Pw art. 31 lid 2 onder z", "31-2-z"
            duur = f" U hoort bij de doelgroep loonkostensubsidie. Dit is maand {z_nieuw} van de {a.z_maanden}."
        else:
            pct, maxi, art, tak = a.aa_percentage, a.aa_maximum, "Pw art. 31 lid 2 onder aa", "31-2-aa"
            duur = " U hoort bij de doelgroep loonkostensubsidie en meer uren werken lukt niet."
        tekst = (
            f"{Wie} verdient {als_euro(q.arbeid)} met werk. Daarvan mag u {percentage_als_tekst(pct)} houden, "
            f"tot {als_euro(maxi)} per maand: {als_euro(beste)} telt niet mee.{duur}"
        )
        ctx.stap("vrijlating", art, "31", tekst, beste, tak=tak)
        return
    if not oud_genoeg and not q.aow:
        tekst = (
            f"{Wie} verdient {als_euro(q.arbeid)} met werk. Onder de {a.minimumleeftijd_vrijlating} jaar geldt "
            f"de inkomstenvrijlating niet. Het hele bedrag telt mee."
        )
        ctx.stap("vrijlating", "Pw art. 31 lid 5", "31", tekst, 0, tak="31-5-jonger-dan-27")
    elif not toepassen:
        ctx.stap(
            "vrijlating",
            "Pw art. 31 lid 2 onder n",
            "31",
            f"De gemeente past de vrijlating deze maand niet toe, omdat die niet helpt om aan het werk te komen. "
            f"Het hele bedrag van {als_euro(q.arbeid)} telt mee.",
            0,
            tak="31-2-n-niet-bijdragend",
        )
    else:
        ctx.stap(
            "vrijlating",
            "Pw art. 31 lid 2 onder n",
            "31",
            f"{Wie} verdient {als_euro(q.arbeid)} met werk. De {a.n_maanden} maanden inkomstenvrijlating zijn al "
            f"gebruikt. Het hele bedrag telt mee.",
            0,
            tak="31-2-n-op",
        )


def _art34a(ctx, q: Persoon, toepassen, nieuw_dienstverband, verlengd):
    p, xp = ctx.p, ctx.xp
    a = p.art34a
    werkt = q.arbeid > 0
    # Lid 3: na afloop van de periode begint die opnieuw bij een nieuw dienstverband.
    teller = xp.als(nieuw_dienstverband & (q.b34a >= a.a_maanden), 0, q.b34a)
    a_kan = werkt & xp.niet(q.aow) & toepassen & ((teller < a.a_maanden) | verlengd)
    b_kan = werkt & xp.niet(q.aow) & q.medisch
    c_kan = werkt & q.aow
    a_bedrag = percentage_van(q.arbeid, a.a_percentage)
    b_bedrag = percentage_van(q.arbeid, a.b_percentage)
    c_bedrag = xp.minimum(percentage_van(q.arbeid, a.c_percentage), a.c_maximum)
    bedrag = xp.kies([c_kan, b_kan, a_kan], [c_bedrag, b_bedrag, a_bedrag], 0)
    gebruikt_a = a_kan & xp.niet(b_kan) & xp.niet(c_kan)
    # 'Een aaneengesloten periode van maximaal twaalf maanden': eenmaal begonnen telt elke maand, ook zonder loon.
    teller_nieuw = teller + (gebruikt_a | (teller > 0)) * 1
    if ctx.uitleg and werkt:
        Wie = q.wie[0].upper() + q.wie[1:]
        if c_kan:
            tekst = (
                f"{Wie} verdient {als_euro(q.arbeid)} met werk en heeft de AOW-leeftijd. Daarvan telt "
                f"{percentage_als_tekst(a.c_percentage)} niet mee, tot {als_euro(a.c_maximum)}: {als_euro(bedrag)}."
            )
            ctx.stap("vrijlating", "Pw art. 34a lid 1 onder c", "34a", tekst, bedrag, tak="34a-1-c")
        elif b_kan:
            tekst = (
                f"{Wie} verdient {als_euro(q.arbeid)} met werk en is medisch urenbeperkt. Daarvan telt "
                f"{percentage_als_tekst(a.b_percentage)} niet mee, zonder termijn: {als_euro(bedrag)}."
            )
            ctx.stap("vrijlating", "Pw art. 34a lid 1 onder b", "34a", tekst, bedrag, tak="34a-1-b")
        elif a_kan:
            extra = (
                " De gemeente heeft de termijn verlengd (art. 34a lid 2)."
                if (verlengd and teller >= a.a_maanden)
                else f" Dit is maand {teller_nieuw} van de {a.a_maanden}."
            )
            if nieuw_dienstverband:
                extra += " De termijn is opnieuw begonnen, omdat u een nieuwe baan hebt (art. 34a lid 3)."
            tekst = (
                f"{Wie} verdient {als_euro(q.arbeid)} met werk. Daarvan telt {percentage_als_tekst(a.a_percentage)} "
                f"niet mee: {als_euro(bedrag)}.{extra}"
            )
            ctx.stap("vrijlating", "Pw art. 34a lid 1 onder a", "34a", tekst, bedrag, tak="34a-1-a")
        elif not toepassen:
            ctx.stap(
                "vrijlating",
                "Pw art. 34a lid 1 onder a",
                "34a",
                f"De gemeente past de bijverdienvrijlating deze maand niet toe, omdat die niet helpt om aan het werk "
                f"te komen. Het hele bedrag van {als_euro(q.arbeid)} telt mee.",
                0,
                tak="34a-1-a-niet-bijdragend",
            )
        else:
            ctx.stap(
                "vrijlating",
                "Pw art. 34a lid 1 onder a",
                "34a",
                f"{Wie} verdient {als_euro(q.arbeid)} met werk. De {a.a_maanden} maanden bijverdienvrijlating zijn "
                f"al gebruikt. Het hele bedrag telt mee.",
                0,
                tak="34a-1-a-op",
            )
    return bedrag, q.n, q.r, q.z, teller_nieuw
