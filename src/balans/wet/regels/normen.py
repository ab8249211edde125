# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De norm van het huishouden: Pw art. 20, 21, 22 (leeftijd en leefvorm), art. 22a (kostendelers),
art. 20 lid 3-4 (jongerentoeslag) en art. 24 (niet-rechthebbende partner).

Alle bedragen zijn de wettelijke bedragen inclusief vakantietoeslag; niets wordt afgeleid, behalve
de kostendelersnorm en de norm bij een niet-rechthebbende partner, die de wet zelf als formule of
percentage geeft. Die worden half naar boven afgerond op hele centen.
"""

from __future__ import annotations

from dataclasses import dataclass

from balans.geld import deel_half_omhoog, percentage_van
from balans.wet.tekst import als_euro, percentage_als_tekst
from balans.wet.context import Tak
from balans.wet.regels import art19a


def basisnorm(ctx, f):
    """Art. 20, 21 en 22: de norm zonder kostendelers, naar leeftijd en leefvorm."""
    g, k = f.gehuwd, f.kinderen > 0
    jong_a, jong_p = f.jong_a, f.jong_p & g
    aow_a, aow_p = f.aow_a, f.aow_p & g
    if ctx.xp.vector:
        takken = _basistakken(ctx.p, g, k, jong_a, jong_p, aow_a, aow_p)
    else:  # één huishouden: elke maand dezelfde takken bij dezelfde feiten, dus één keer per maand-parameters
        sleutel = ("basisnorm", bool(g), bool(k), bool(jong_a), bool(jong_p), bool(aow_a), bool(aow_p))
        takken = ctx.p.afgeleid(sleutel, lambda: _basistakken(ctx.p, g, k, jong_a, jong_p, aow_a, aow_p))
    leefvorm = "alleenstaande ouder" if (ctx.uitleg and k) else "alleenstaand"
    return ctx.kies("norm", takken, leefvorm=leefvorm)


def _basistakken(p, g, k, jong_a, jong_p, aow_a, aow_p) -> list[Tak]:
    return [
        Tak(
            g & aow_a & aow_p,
            p.art22.gehuwden_beiden_aow,
            "22-gehuwden-beiden-aow",
            p.meta("art22", "gehuwden_beiden_aow").artikel,
            "22",
            "U bent gehuwd en u hebt allebei de AOW-leeftijd. De norm voor u samen is {bedrag}.",
        ),
        Tak(
            g & (aow_a | aow_p),
            p.art22.gehuwden_een_aow,
            "22-gehuwden-een-aow",
            p.meta("art22", "gehuwden_een_aow").artikel,
            "22",
            "U bent gehuwd en één van u heeft de AOW-leeftijd. De norm voor u samen is {bedrag}.",
        ),
        Tak(
            g & jong_a & jong_p & k,
            p.art20.gehuwden_beiden_jonger_kinderen,
            "20-2-b",
            "Pw art. 20 lid 2 onder b",
            "20",
            "U bent gehuwd, u bent allebei jonger dan 21 en u hebt kinderen. De norm voor u samen is {bedrag}.",
        ),
        Tak(
            g & jong_a & jong_p,
            p.art20.gehuwden_beiden_jonger,
            "20-1-b",
            "Pw art. 20 lid 1 onder b",
            "20",
            "U bent gehuwd en u bent allebei jonger dan 21. De norm voor u samen is {bedrag}.",
        ),
        Tak(
            g & (jong_a | jong_p) & k,
            p.art20.gehuwden_een_jonger_kinderen,
            "20-2-c",
            "Pw art. 20 lid 2 onder c",
            "20",
            "U bent gehuwd, één van u is jonger dan 21 en u hebt kinderen. De norm voor u samen is {bedrag}.",
        ),
        Tak(
            g & (jong_a | jong_p),
            p.art20.gehuwden_een_jonger,
            "20-1-c",
            "Pw art. 20 lid 1 onder c",
            "20",
            "U bent gehuwd en één van u is jonger dan 21. De norm voor u samen is {bedrag}.",
        ),
        Tak(
            g,
            p.art21.gehuwden,
            "21-b",
            "Pw art. 21 onder b",
            "21",
            "U bent gehuwd (of woont samen als partners) en u bent allebei tussen 21 jaar en de AOW-leeftijd. "
            "De norm voor u samen is {bedrag}.",
        ),
        Tak(
            aow_a,
            p.art22.alleenstaande,
            "22-alleenstaande",
            p.meta("art22", "alleenstaande").artikel,
            "22",
            "U bent {leefvorm} en u hebt de AOW-leeftijd. Uw norm is {bedrag}.",
        ),
        Tak(
            jong_a & k,
            p.art20.alleenstaande_ouder,
            "20-2-a",
            "Pw art. 20 lid 2 onder a",
            "20",
            "U bent alleenstaande ouder en jonger dan 21. Uw norm is {bedrag}.",
        ),
        Tak(
            jong_a,
            p.art20.alleenstaande,
            "20-1-a",
            "Pw art. 20 lid 1 onder a",
            "20",
            "U bent alleenstaand en jonger dan 21. Uw norm is {bedrag}.",
        ),
        Tak(
            True,
            p.art21.alleenstaande,
            "21-a",
            "Pw art. 21 onder a",
            "21",
            "U bent {leefvorm} en tussen 21 jaar en de AOW-leeftijd. Uw norm is {bedrag}.",
        ),
    ]


def gehuwdennorm_b(ctx, aow_zelf, aow_ander):
    """Art. 22a lid 1: B is art. 21 onder b (a), art. 22 onder c als alleen de echtgenoot de AOW-leeftijd
    heeft (b), art. 22 onder b als de belanghebbende zelf de AOW-leeftijd heeft (c)."""
    p, xp = ctx.p, ctx.xp
    return xp.als(aow_zelf, p.art22.gehuwden_beiden_aow, xp.als(aow_ander, p.art22.gehuwden_een_aow, p.art21.gehuwden))


def kostendelersnorm_per_persoon(ctx, a_getal, b):
    """Art. 22a lid 1: ((40 + A x 30) / A) % van B, per belanghebbende."""
    p = ctx.p
    basis = p.art22a.basispercentage  # breuk: 40% = 2/5
    opslag = p.art22a.opslag_per_persoon
    # (basis + A*opslag)/A * B, exact in breuken, dan half naar boven op hele centen
    teller = b * (basis.numerator * opslag.denominator + a_getal * opslag.numerator * basis.denominator)
    noemer = a_getal * basis.denominator * opslag.denominator
    return deel_half_omhoog(teller, noemer)


def _art24_grondslag(ctx, f):
    """Art. 24: de gehuwdennorm 'als hij gehuwd zou zijn met een rechthebbende echtgenoot van zijn leeftijd'."""
    p, xp = ctx.p, ctx.xp
    jong = xp.als(f.kinderen > 0, p.art20.gehuwden_beiden_jonger_kinderen, p.art20.gehuwden_beiden_jonger)
    return xp.als(f.jong_a, jong, xp.als(f.aow_a, p.art22.gehuwden_beiden_aow, p.art21.gehuwden))


@dataclass(frozen=True)
class Kostendelersdeel:
    """Wat art. 20-22a geven, vóór art. 24: een variant die alleen art. 24 of later verandert, deelt dit."""

    n: object
    per_a: object
    b_a: object
    kd: object
    a_getal: object


def norm(ctx, f):
    """De norm van het huishouden na art. 20-24; geeft (norm, gehuwdennorm als beide echtgenoten recht hadden)."""
    return na_kostendelers(ctx, f, basis_en_kostendelers(ctx, f))


def basis_en_kostendelers(ctx, f) -> Kostendelersdeel:
    """De basisnorm (art. 20-22) en de kostendelersnorm (art. 22a)."""
    p, xp = ctx.p, ctx.xp
    basis = basisnorm(ctx, f)
    if ctx.uitleg:
        art19a.uitleg(ctx, f.medebewoners, f.kostendelers)

    # Art. 22a: kostendelersnorm, alleen voor wie 21 of ouder is (lid 1) en niet bij mantelzorg elders (lid 4).
    mantelzorg = f.mantelzorg_elders & (p.art22a.mantelzorg_elders is True)
    a_21 = xp.niet(f.jong_a)
    p_21 = f.gehuwd & xp.niet(f.jong_p)
    kd = (f.kostendelers > 0) & xp.niet(mantelzorg)
    toepassen = kd & (a_21 | p_21)
    # A telt de kostendelers, de belanghebbende en de echtgenoot van 21 jaar of ouder.
    een_jong = f.gehuwd & (f.jong_a | f.jong_p)
    a_getal = xp.als(een_jong, f.kostendelers + 1, f.kostendelers + 1 + f.gehuwd * 1)
    b_a = gehuwdennorm_b(ctx, f.aow_a, f.aow_p)
    b_p = gehuwdennorm_b(ctx, f.aow_p, f.aow_a)
    per_a = kostendelersnorm_per_persoon(ctx, a_getal, b_a)
    if not xp.vector and not f.kostendelers > 0:
        # één huishouden zonder kostendelers (de meeste): geen kostendelersnorm en geen stap, de basisnorm blijft
        return Kostendelersdeel(basis, per_a, b_a, kd, a_getal)
    per_p = kostendelersnorm_per_persoon(ctx, a_getal, b_p)
    per_21 = xp.als(f.jong_a, per_p, per_a)  # bij lid 3: het bedrag voor de echtgenoot van 21 of ouder
    jong_deel = xp.als(f.kinderen > 0, p.art22a.partner_jonger_kinderen, p.art22a.partner_jonger_zonder_kinderen)
    kd_norm = xp.als(een_jong, per_21 + jong_deel, xp.als(f.gehuwd, per_a + per_p, per_a))
    if ctx.uitleg:
        if f.kostendelers > 0 and mantelzorg:
            ctx.stap(
                "kostendelersnorm",
                p.meta("art22a", "mantelzorg_elders").artikel,
                "22a",
                "U woont tijdelijk ergens anders om mantelzorg te geven. Daarom geldt de kostendelersnorm niet.",
                None,
                tak="22a-4-mantelzorg",
            )
        elif f.kostendelers > 0 and not (a_21 or p_21):
            ctx.stap(
                "kostendelersnorm",
                "Pw art. 22a lid 1",
                "22a",
                "De kostendelersnorm geldt pas vanaf 21 jaar. Voor u geldt hij niet.",
                None,
                tak="22a-jonger-dan-21",
            )
        elif toepassen and f.p_rechthebbend:
            pct = (p.art22a.basispercentage + a_getal * p.art22a.opslag_per_persoon) / a_getal
            b_toon = b_p if f.jong_a else b_a
            tekst = (
                f"U deelt de kosten met {f.kostendelers} {'persoon' if f.kostendelers == 1 else 'personen'}. "
                f"Daarom geldt de kostendelersnorm: A = {a_getal} en B = {als_euro(b_toon)} (de norm voor gehuwden). "
                f"Per persoon is dat {percentage_als_tekst(pct)} van B = {als_euro(per_21)}."
            )
            if een_jong:
                tekst += f" Voor de partner jonger dan 21 komt daar {als_euro(jong_deel)} bij (art. 22a lid 3)."
            elif f.gehuwd:
                tekst += (
                    " Voor u samen is het twee keer dat bedrag (art. 22a lid 2)."
                    if per_a == per_p
                    else f" Voor uw partner is het {als_euro(per_p)}; samen tellen ze op (art. 22a lid 2)."
                )
            tekst += f" Uw norm wordt {als_euro(kd_norm)}."
            ctx.stap("kostendelersnorm", "Pw art. 22a", "22a", tekst, kd_norm, tak=f"22a-A{a_getal}")
    n = xp.als(toepassen, kd_norm, basis)
    return Kostendelersdeel(n, per_a, b_a, kd, a_getal)


def na_kostendelers(ctx, f, d: Kostendelersdeel):
    """Art. 24 (partner zonder recht), art. 20 lid 3-4 (jongerentoeslag) en art. 24a; geeft (norm, n)."""
    p, xp = ctx.p, ctx.xp
    n, per_a, b_a, kd, a_getal = d.n, d.per_a, d.b_a, d.kd, d.a_getal
    # Art. 24: een echtgenoot heeft geen recht. Geldt voor wie 21 of ouder is zonder kostendelers, en voor wie
    # jonger is dan 21; wie 21 of ouder is met kostendelers krijgt de kostendelersnorm voor één persoon (art. 22a).
    nrp = f.gehuwd & xp.niet(f.p_rechthebbend)
    if not xp.vector and not nrp:  # één huishouden waarin de partner recht heeft (of zonder partner): art. 24 niet
        eigen = n
    else:
        art24 = nrp & (f.jong_a | xp.niet(kd))
        pct = p.art24.percentage_niet_rechthebbende_partner
        grondslag = _art24_grondslag(ctx, f)
        norm24 = percentage_van(grondslag, pct)
        eigen = xp.als(art24, norm24, xp.als(nrp, per_a, n))
    if ctx.uitleg and nrp:
        if art24:
            ctx.stap(
                "niet-rechthebbende partner",
                p.meta("art24", "percentage_niet_rechthebbende_partner").artikel,
                "24",
                f"Uw partner heeft zelf geen recht op bijstand. Daarom krijgt u {percentage_als_tekst(pct)} "
                f"van de norm voor gehuwden van uw leeftijd: {percentage_als_tekst(pct)} van {als_euro(grondslag)} "
                f"= {als_euro(norm24)}.",
                norm24,
                tak="24",
            )
        else:
            pct22a = (p.art22a.basispercentage + a_getal * p.art22a.opslag_per_persoon) / a_getal
            ctx.stap(
                "niet-rechthebbende partner",
                "Pw art. 22a lid 1 en art. 24",
                "22a",
                f"Uw partner heeft zelf geen recht op bijstand en u deelt de kosten met {f.kostendelers} "
                f"{'persoon' if f.kostendelers == 1 else 'personen'}. Dan geldt de kostendelersnorm voor u alleen: "
                f"A = {a_getal}, {percentage_als_tekst(pct22a)} van {als_euro(b_a)} = {als_euro(per_a)}.",
                per_a,
                tak="22a-niet-rechthebbende-partner",
            )

    # Art. 20 lid 3-4: jongerentoeslag voor 18-20-jarigen die geen beroep op hun ouders kunnen doen.
    toeslag = p.art20.jongerentoeslag
    if toeslag is not None:
        eigen = jongerentoeslag(ctx, f, eigen, toeslag, nrp)

    # Art. 24a: wie een kind heeft maar door een partner geen alleenstaande-ouderkop krijgt, krijgt 1/12 daarvan erbij.
    kop = p.art24a.alo_kop_per_jaar
    if kop is not None:
        ophoging = deel_half_omhoog(kop, 12)
        geldt = (f.kinderen > 0) & (nrp | (xp.niet(f.gehuwd) & f.toeslagpartner))
        if ctx.uitleg and geldt:
            reden = "uw partner heeft geen recht op bijstand" if nrp else "u hebt een partner voor de toeslagen"
            ctx.stap(
                "ophoging alleenstaande-ouderkop",
                p.meta("art24a", "alo_kop_per_jaar").artikel,
                "24a",
                f"U hebt een kind, maar {reden}. Daarom krijgt u geen alleenstaande-ouderkop in het kindgebonden "
                f"budget. Uw norm gaat omhoog met 1/12 van {als_euro(kop)} = {als_euro(ophoging)}.",
                eigen + ophoging,
                tak="24a",
            )
        eigen = eigen + geldt * ophoging
    # meestal niemand in een inrichting; dan kiest art. 23 geen tak en blijft de norm (zonder de teksten te maken)
    if ctx.xp.vector:
        if ctx.xp.any(f.inrichting_a) or ctx.xp.any(f.inrichting_p):
            eigen = inrichting(ctx, f, eigen)
    elif f.inrichting_a or (f.gehuwd and f.inrichting_p):
        eigen = inrichting(ctx, f, eigen)
    return eigen, n


def _als_alleenstaande(ctx, f, thuis_is_a):
    """Art. 23 lid 3: de norm die voor de echtgenoot thuis 'als alleenstaande of alleenstaande ouder' zou gelden.

    Zoals de wet die voor een alleenstaande (ouder) geeft: art. 20 lid 1/2 onder a met de jongerentoeslag van
    art. 20 lid 3 en het maximum van lid 4 (18-20 jaar), art. 21 onder a of art. 22 onder a, en met
    kostendelers de kostendelersnorm van art. 22a (A = de kostendelers plus hijzelf: als alleenstaande telt
    de echtgenoot niet mee; B = art. 21 onder b, of art. 22 onder b bij de AOW-leeftijd). Geeft (norm, welk artikel)."""
    p, xp = ctx.p, ctx.xp
    jong = xp.als(thuis_is_a, f.jong_a, f.jong_p)
    aow = xp.als(thuis_is_a, f.aow_a, f.aow_p)
    ouders = xp.als(thuis_is_a, f.a_beroep_op_ouders, f.p_beroep_op_ouders)
    k = f.kinderen > 0
    # Art. 22a lid 4 (mantelzorg elders) is een kenmerk van de aanvrager.
    mantelzorg = thuis_is_a & f.mantelzorg_elders & (p.art22a.mantelzorg_elders is True)
    kd = (f.kostendelers > 0) & xp.niet(mantelzorg)
    b = xp.als(aow, p.art22.gehuwden_beiden_aow, p.art21.gehuwden)
    kd_norm = kostendelersnorm_per_persoon(ctx, f.kostendelers + 1, b)
    oud = xp.als(kd, kd_norm, xp.als(aow, p.art22.alleenstaande, p.art21.alleenstaande))
    jong_basis = xp.als(k, p.art20.alleenstaande_ouder, p.art20.alleenstaande)
    toeslag = p.art20.jongerentoeslag
    if toeslag is not None:
        # Lid 4: niet hoger dan de norm van art. 21 voor een 21-jarige in een vergelijkbare situatie (letterlijk:
        # art. 21 onder a; variant: met kostendelers de kostendelersnorm met B = art. 21 onder b).
        vergelijk = p.art21.alleenstaande
        if p.art20.lid4_maximum == "kostendelersnorm_21_jaar":
            vergelijk = xp.als(
                f.kostendelers > 0, kostendelersnorm_per_persoon(ctx, f.kostendelers + 1, p.art21.gehuwden), vergelijk
            )
        met_toeslag = xp.minimum(jong_basis + toeslag, xp.maximum(vergelijk, jong_basis))
        jong_norm = xp.als(xp.niet(ouders), met_toeslag, jong_basis)
    else:
        jong_norm = jong_basis
    norm = xp.als(jong, jong_norm, oud)
    welk = ""
    if ctx.uitleg:
        if jong:
            welk = ("art. 20 lid 2 onder a" if k else "art. 20 lid 1 onder a") + (
                " met de toeslag van art. 20 lid 3 en 4" if (toeslag is not None and not ouders) else ""
            )
        elif kd:
            welk = f"art. 22a lid 1, A = {f.kostendelers + 1}, B = {als_euro(b)}"
        else:
            welk = "art. 22 onder a" if aow else "art. 21 onder a"
    return norm, welk


def inrichting(ctx, f, n):
    """Pw art. 23: de norm bij een verblijf in een inrichting, lid 1 plus de verhoging van lid 2; lid 3 als één
    van de gehuwden in een inrichting verblijft."""
    p = ctx.p
    a = p.art23
    alleen = a.alleenstaande + a.verhoging_alleenstaande
    samen = a.gehuwden + a.verhoging_gehuwden
    g = f.gehuwd
    # Wie thuis woont: de aanvrager als de partner in de inrichting is, anders de partner.
    thuis, thuis_art = _als_alleenstaande(ctx, f, f.inrichting_p & ctx.xp.niet(f.inrichting_a))
    lid3_tekst = ""
    if ctx.uitleg and g and (f.inrichting_a or f.inrichting_p) and not (f.inrichting_a and f.inrichting_p):
        lid3_tekst = (
            f"Eén van u verblijft in een inrichting. Dan is de norm de som van de normen die voor ieder van u "
            f"als alleenstaande zouden gelden: {als_euro(alleen)} voor wie in de inrichting is (artikel 23 "
            f"lid 1 en 2) plus {als_euro(thuis)} voor wie thuis woont ({thuis_art}). Samen {{bedrag}}."
        )
    takken = [
        Tak(
            g & f.inrichting_a & f.inrichting_p,
            samen,
            "23-1-b",
            "Pw art. 23 lid 1 onder b en lid 2 onder b",
            "23",
            f"U en uw partner verblijven in een inrichting. Dan geldt de norm van artikel 23: {als_euro(a.gehuwden)} "
            f"plus {als_euro(a.verhoging_gehuwden)} = {{bedrag}}.",
        ),
        Tak(g & (f.inrichting_a | f.inrichting_p), alleen + thuis, "23-3", "Pw art. 23 lid 3", "23", lid3_tekst),
        Tak(
            f.inrichting_a & ctx.xp.niet(g),
            alleen,
            "23-1-a",
            "Pw art. 23 lid 1 onder a en lid 2 onder a",
            "23",
            f"U verblijft in een inrichting. Dan geldt de norm van artikel 23: {als_euro(a.alleenstaande)} plus "
            f"{als_euro(a.verhoging_alleenstaande)} = {{bedrag}}.",
        ),
    ]
    return ctx.kies("norm inrichting", takken, standaard=n)


def jongerentoeslag(ctx, f, n, toeslag, nrp):
    """Art. 20 lid 3: toeslag per jongere zonder beroep op ouders; lid 4: samen niet boven de 21+-norm."""
    p, xp = ctx.p, ctx.xp
    telt_p = f.gehuwd & f.jong_p & xp.niet(f.p_beroep_op_ouders) & xp.niet(nrp)
    aantal = (f.jong_a & xp.niet(f.a_beroep_op_ouders)) * 1 + telt_p * 1
    if not xp.vector and not aantal > 0:  # één huishouden zonder jongere die de toeslag krijgt: de norm blijft
        return n
    # Vergelijkbare situatie: hetzelfde huishouden, maar wie jonger is dan 21 is nu 21 (en nog geen AOW-leeftijd).
    a_getal = f.kostendelers + 1 + f.gehuwd * 1
    vergelijk_kd = kostendelersnorm_per_persoon(ctx, a_getal, p.art21.gehuwden)
    vergelijk_24 = percentage_van(p.art21.gehuwden, p.art24.percentage_niet_rechthebbende_partner)
    zonder_kd = xp.als(nrp, vergelijk_24, xp.als(f.gehuwd, p.art21.gehuwden, p.art21.alleenstaande))
    # Lid 4 letterlijk: 'de norm, bedoeld in artikel 21' (zonder kostendelers); de andere lezing: art. 22a erbij.
    if p.art20.lid4_maximum == "kostendelersnorm_21_jaar":
        vergelijk = xp.als(
            f.kostendelers > 0, xp.als(f.gehuwd & xp.niet(nrp), 2 * vergelijk_kd, vergelijk_kd), zonder_kd
        )
    else:
        vergelijk = zonder_kd
    met = xp.minimum(n + aantal * toeslag, xp.maximum(vergelijk, n))
    if ctx.uitleg and aantal > 0:
        tekst = (
            f"U bent jonger dan 21 en u kunt geen beroep doen op uw ouders. Daarom krijgt u een toeslag van "
            f"{als_euro(toeslag)}{' per jongere' if aantal > 1 else ''} (art. 20 lid 3)."
        )
        if met < n + aantal * toeslag:
            tekst += (
                f" Samen mag dat niet hoger zijn dan de norm voor iemand van 21 jaar of ouder in dezelfde "
                f"situatie: {als_euro(vergelijk)} (art. 20 lid 4)."
            )
        tekst += f" Uw norm wordt {als_euro(met)}."
        ctx.stap(
            "jongerentoeslag",
            "Pw art. 20 lid 3 en 4",
            "20",
            tekst,
            met,
            tak="20-3" if met == n + aantal * toeslag else "20-4-maximum",
        )
    return xp.als(aantal > 0, met, n)
