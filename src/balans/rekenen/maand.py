# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Eén maand van één huishouden of een hele populatie: de regels in de volgorde van de wet.

Dezelfde functie draait met uitleg (Scalair) en gevectoriseerd (Vector). De volgorde van de
stappen is de volgorde waarin een mens het narekent: wie bent u, welke norm, welk vermogen,
welke inkomsten, wat blijft er over, welke verlaging, hoeveel vakantietoeslag.
"""

from __future__ import annotations

from balans.geld import percentage_van
from balans.wet.tekst import als_euro, percentage_als_tekst
from balans.rekenen import dagdelen
from balans.rekenen.feiten import feiten
from balans.wet.context import Ctx
from balans.rekenen.invoer import MaandInvoer, Toestand, Uitkomst
from balans.wet.regels import (
    art4_leefvorm,
    art18_verlaging,
    art27_28,
    art31_giften,
    art31_premie,
    art31_vrijwilligers,
    art32_lid3,
    art33_oudedag,
    art34_vermogen,
    art50_woning,
    normen,
    vrijlatingen,
)


def bereken_maand(ctx: Ctx, inv: MaandInvoer, st: Toestand) -> tuple[Uitkomst, Toestand]:
    p, xp = ctx.p, ctx.xp
    # Feiten en norm hangen niet af van de stand of het loon: varianten van hetzelfde deel delen ze (Ctx.onthoud).
    f = ctx.onthoud(feiten, inv)
    # None: de hele maand dezelfde situatie en wet (bijna altijd). Anders de norm per kalenderdag (dagdelen.py).
    delen = dagdelen.delen(ctx, inv)

    # Recht: 18 jaar of ouder (art. 13 lid 1 onder f).
    oud_genoeg = f.la >= 18
    if ctx.uitleg and (delen is None or dagdelen.heel(delen)):
        if not oud_genoeg:
            ctx.stap(
                "leeftijd",
                "Pw art. 13 lid 1 onder f",
                "13",
                f"U bent {f.la} jaar. Onder de 18 jaar hebt u geen recht op bijstand.",
                None,
                tak="13-1-f",
            )
        elif f.aow_a or f.aow_p:
            ctx.stap(
                "uitvoerder",
                "Pw art. 47a",
                "47a",
                "U of uw partner heeft de AOW-leeftijd. Dezelfde normen gelden, maar de Sociale "
                "Verzekeringsbank (SVB) betaalt deze bijstand uit, als aanvullende inkomensvoorziening ouderen (AIO).",
                None,
                tak="47a-svb",
            )

    # In twee delen: een variant die alleen art. 24 of later verandert, deelt de basis- en kostendelersnorm.
    def gewoon():
        return ctx.onthoud(normen.na_kostendelers, f, ctx.onthoud(normen.basis_en_kostendelers, f))

    if delen is None:
        n, gehuwdennorm = gewoon()
    else:  # oud_genoeg wordt: op een dag van de maand recht (18 jaar, binnen de bijstand)
        n, gehuwdennorm, oud_genoeg = dagdelen.norm_per_dag(ctx, inv, f, delen, oud_genoeg, gewoon)

    # Art. 27 en 28: het college stelt de norm deze maand lager vast (een feit uit de casus).
    n = art27_28.lagere_norm(ctx, inv, f, n)

    # Vermogen (art. 34).
    vermogen_ok, _, aanvang, laagste = art34_vermogen.vermogen(ctx, inv, f, st.vermogen_aanvang, st.vermogen_laagste)

    # Middelen (art. 31-34a): inkomsten per persoon, vrijlating, giften.
    jong_kind = (f.leefvorm == art4_leefvorm.ALLEENSTAANDE_OUDER) & (f.jongste_kind < p.art31.r_kind_jonger_dan)
    aanvrager = vrijlatingen.Persoon(
        "u",
        inv.arbeid_a,
        f.la,
        f.aow_a,
        inv.a_medisch_urenbeperkt,
        inv.a_doelgroep_lks,
        jong_kind,
        st.n_a,
        st.r_a,
        st.z_a,
        st.b34a_a,
    )
    vrij_a, n_a, r_a, z_a, b_a = vrijlatingen.vrijlating(
        ctx, aanvrager, inv.vrijlating_toepassen, inv.nieuw_dienstverband, inv.uitbreiding_uren_niet_mogelijk
    )
    partner = vrijlatingen.Persoon(
        "uw partner",
        inv.arbeid_p,
        f.lp,
        f.aow_p,
        inv.p_medisch_urenbeperkt,
        inv.p_doelgroep_lks,
        False,
        st.n_p,
        st.r_p,
        st.z_p,
        st.b34a_p,
    )
    vrij_p, n_p, r_p, z_p, b_p = vrijlatingen.vrijlating(
        ctx, partner, inv.vrijlating_toepassen, inv.nieuw_dienstverband, inv.uitbreiding_uren_niet_mogelijk
    )
    vrij = vrij_a + vrij_p
    nieuw_jaar = ctx.maand.year != st.kalenderjaar
    giften_eerder = 0 if nieuw_jaar else st.giften_jaar  # nieuw kalenderjaar: de teller begint opnieuw
    giften_telt, giften_jaar = art31_giften.giften(ctx, inv, giften_eerder)
    # Art. 33 lid 5: bij de AOW-leeftijd blijft een kleine particuliere oudedagsvoorziening buiten beschouwing.
    vrij33_a, vrij33_p = art33_oudedag.vrij(ctx, inv, f)
    premie_telt, premie_jaar, premie_keer = art31_premie.premie(
        ctx, inv, f, 0 if nieuw_jaar else st.premie_jaar, 0 if nieuw_jaar else st.premie_keer
    )
    vrijwilliger_telt, vrijwilliger_jaar = art31_vrijwilligers.vrijwilligersvergoeding(
        ctx, inv, f, 0 if nieuw_jaar else st.vrijwilliger_jaar
    )
    inkomsten_a = (
        inv.arbeid_a + inv.uitkering_a + inv.overig_a + inv.oudedag_a - vrij33_a + premie_telt + vrijwilliger_telt
    )
    inkomsten_p = inv.arbeid_p + inv.uitkering_p + inv.overig_p + inv.oudedag_p - vrij33_p
    eigen = inkomsten_a - vrij_a + giften_telt
    partner_telt = art32_lid3.inkomen_partner(ctx, f, n, gehuwdennorm, eigen, inkomsten_p - vrij_p)
    middelen = eigen + partner_telt
    if ctx.uitleg:
        inkomsten = inkomsten_a + inkomsten_p
        andere = (
            premie_telt
            + vrijwilliger_telt
            + inv.uitkering_a
            + inv.uitkering_p
            + inv.overig_a
            + inv.overig_p
            + inv.oudedag_a
            + inv.oudedag_p
            - vrij33_a
            - vrij33_p
        )
        if andere:
            ctx.stap(
                "inkomsten",
                "Pw art. 31 lid 1 en art. 32",
                "32",
                f"Andere inkomsten (zoals een uitkering): {als_euro(andere)}. Die tellen helemaal mee.",
                andere,
                tak="32-overig",
            )
        if f.kinderen > 0:
            ctx.stap(
                "niet als inkomen",
                "Pw art. 31 lid 2 onder b en d",
                "31",
                "Kinderbijslag, kindgebonden budget en toeslagen (zoals zorgtoeslag en huurtoeslag) tellen nooit "
                "mee als inkomen voor de bijstand.",
                None,
                tak="31-2-b-d-kinderbijslag-toeslagen",
            )
        niet_geteld = inkomsten_p - vrij_p - partner_telt
        ctx.stap(
            "middelen",
            "Pw art. 31 en 32",
            "31",
            f"Wat meetelt als inkomen: {als_euro(inkomsten)} aan inkomsten"
            + (f", min {als_euro(vrij)} vrijlating" if vrij else "")
            + (f", min {als_euro(niet_geteld)} van uw partner dat niet meetelt" if niet_geteld else "")
            + (f", plus {als_euro(giften_telt)} aan giften" if giften_telt else "")
            + f" = {als_euro(middelen)}.",
            middelen,
            tak="31-middelen",
        )

    # Art. 19 lid 1: recht als het inkomen lager is dan de norm (onder a) en er geen vermogen is (onder b).
    inkomen_lager = middelen < n
    recht = oud_genoeg & vermogen_ok & inkomen_lager
    bruto = xp.maximum(n - middelen, 0)
    voor_verlaging = xp.als(recht, bruto, 0)
    if ctx.uitleg and oud_genoeg and vermogen_ok:
        if not inkomen_lager:
            ctx.stap(
                "recht",
                "Pw art. 19 lid 1 onder a",
                "19",
                f"Uw inkomen ({als_euro(middelen)}) is niet lager dan uw norm ({als_euro(n)}), dus hebt u "
                f"deze maand geen recht op bijstand.",
                0,
                tak="19-1-a-geen-recht",
            )
        else:
            ctx.stap(
                "bijstand",
                "Pw art. 19 lid 2",
                "19",
                f"Uw bijstand is de norm min wat meetelt als inkomen: {als_euro(n)} - {als_euro(middelen)} = "
                f"{als_euro(bruto)}.",
                bruto,
                tak="19-aanvulling",
            )

    verlaagd, taaleis_maanden = art18_verlaging.verlaging(ctx, inv, n, voor_verlaging, st.taaleis_maanden)
    bijstand = voor_verlaging - verlaagd
    vt = percentage_van(bijstand, p.art19.vakantietoeslag_percentage)
    if ctx.uitleg:
        if verlaagd:
            ctx.stap(
                "bijstand na verlaging",
                "Pw art. 18",
                "18",
                f"Na de verlaging krijgt u {als_euro(bijstand)}.",
                bijstand,
                tak="18-na-verlaging",
            )
        if bijstand:
            pct = p.art19.vakantietoeslag_percentage
            ctx.stap(
                "vakantietoeslag",
                "Pw art. 19 lid 3 en art. 45",
                "19",
                f"In dit bedrag zit {percentage_als_tekst(pct)} vakantietoeslag: {als_euro(vt)}. "
                f"De gemeente spaart dat voor u en betaalt het in juni uit.",
                vt,
                tak="19-3",
            )

    # Art. 50 lid 2: bij een eigen woning is (een deel van) de bijstand een geldlening.
    lening, onder_a, lening_totaal = art50_woning.geldlening(
        ctx, inv, recht, bijstand, voor_verlaging, st.lening_onder_a, st.lening_totaal
    )

    nieuw = Toestand(
        n_a=n_a,
        n_p=n_p,
        r_a=r_a,
        r_p=r_p,
        z_a=z_a,
        z_p=z_p,
        b34a_a=b_a,
        b34a_p=b_p,
        giften_jaar=giften_jaar,
        taaleis_maanden=taaleis_maanden,
        premie_jaar=premie_jaar,
        premie_keer=premie_keer,
        vrijwilliger_jaar=vrijwilliger_jaar,
        vermogen_aanvang=aanvang,
        vermogen_laagste=laagste,
        lening_onder_a=onder_a,
        lening_totaal=lening_totaal,
        kalenderjaar=ctx.maand.year,
    )
    uit = Uitkomst(
        recht=recht,
        norm=n,
        vrijlating=vrij,
        middelen=middelen,
        verlaging=verlaagd,
        bijstand=bijstand,
        vakantietoeslag=vt,
        svb=f.aow_a | f.aow_p,
        lening=lening > 0,
        geldlening=lening,
        spoor=ctx.spoor or [],
    )
    return uit, nieuw
