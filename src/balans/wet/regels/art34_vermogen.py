# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 34: vermogen (bezittingen min schulden) tegen de grens van de leefvorm; art. 50: eigen woning.

Tot en met 2025 (`art34.toets = aanvang`): het vermogen bij de aanvang onder de grens blijft buiten
beschouwing, maar verkleint de ruimte voor vermogen dat tijdens de bijstand wordt verworven
(oud lid 2 onder b en lid 4). Wat 'verworven' is, meten we als de stijging sinds het laagste punt.
Vanaf 2026 (`doorlopend`): elke maand dezelfde toets tegen de grens.
"""

from __future__ import annotations

from balans.wet.tekst import als_euro
from balans.wet.regels.art4_leefvorm import ALLEENSTAANDE_OUDER, GEHUWDEN


def vermogen(ctx, inv, f, st_aanvang, st_laagste):
    """Geeft (vermogen_ok, lening, nieuw_aanvang, nieuw_laagste)."""
    p, xp = ctx.p, ctx.xp
    a = p.art34
    # Lid 2 onder c: spaargeld uit de bijstand telt niet mee; een erfenis of ander nieuw vermogen wel.
    v = inv.bezittingen - inv.schulden
    if not xp.vector or xp.any(inv.gespaard_uit_bijstand):  # een populatie zonder dit veld: geen rekenstap
        v = v - inv.gespaard_uit_bijstand
    grens = xp.kies(
        [f.leefvorm == GEHUWDEN, f.leefvorm == ALLEENSTAANDE_OUDER],
        [a.grens_gehuwden, a.grens_alleenstaande_ouder],
        a.grens_alleenstaande,
    )
    woning = xp.maximum(inv.woning_waarde - inv.woning_hypotheek, 0)
    lening = woning > a.grens_eigen_woning
    v_telt = xp.maximum(v, 0)
    if a.toets == "aanvang":
        eerste = st_aanvang < 0
        laagste = xp.als(eerste, v_telt, xp.minimum(st_laagste, v_telt))
        verworven = v_telt - laagste
        ok = xp.als(eerste, v_telt <= grens, verworven <= grens - st_aanvang)
        aanvang_nieuw = xp.als(ok, xp.als(eerste, v_telt, st_aanvang), -1)
        laagste_nieuw = laagste
    else:
        ok = v_telt <= grens
        aanvang_nieuw = xp.als(ok, xp.als(st_aanvang < 0, v_telt, st_aanvang), -1)
        laagste_nieuw = xp.als(st_aanvang < 0, v_telt, xp.minimum(st_laagste, v_telt))
    if ctx.uitleg:
        leefvorm = {0: "een alleenstaande", 1: "een alleenstaande ouder", 2: "gehuwden"}[int(f.leefvorm)]
        gespaard = (
            f" min {als_euro(inv.gespaard_uit_bijstand)} dat u spaarde uit de bijstand"
            if inv.gespaard_uit_bijstand
            else ""
        )
        tekst = (
            f"Uw vermogen is {als_euro(inv.bezittingen)} aan bezittingen{gespaard} min {als_euro(inv.schulden)} "
            f"aan schulden = {als_euro(v)}. De grens voor {leefvorm} is {als_euro(grens)}."
        )
        if a.toets == "aanvang" and st_aanvang >= 0:
            tekst += (
                f" Bij de start had u {als_euro(st_aanvang)}; wat u daarna kreeg, mag samen niet boven "
                f"{als_euro(grens - st_aanvang)} komen."
            )
        tekst += (
            " Dat is binnen de grens." if ok else " Dat is boven de grens: u hebt deze maand geen recht op bijstand."
        )
        tak = ("34-aanvang" if a.toets == "aanvang" else "34-doorlopend") + ("-binnen" if ok else "-boven")
        ctx.stap("vermogen", "Pw art. 34", "34", tekst, v, tak=tak)
        if inv.gespaard_uit_bijstand:
            ctx.stap(
                "vermogen",
                "Pw art. 34 lid 2 onder c",
                "34",
                f"{als_euro(inv.gespaard_uit_bijstand)} van uw bezittingen hebt u gespaard terwijl u bijstand kreeg. "
                "Dat telt niet als vermogen. Geld dat u op een andere manier kreeg, zoals een erfenis, telt wel.",
                inv.gespaard_uit_bijstand,
                tak="34-2-c-gespaard-uit-bijstand",
            )
        if inv.woning_waarde:
            if lening:  # art. 50 lid 2 (art50_woning.py) zegt welk deel van de bijstand dan een lening is
                t = (
                    f"In uw eigen huis zit {als_euro(woning)} vermogen. Dat is meer dan {als_euro(a.grens_eigen_woning)}. "
                    "Het telt niet mee voor de vermogensgrens, maar u krijgt de bijstand dan misschien als lening "
                    "(art. 50 lid 2, zie hieronder)."
                )
            else:
                t = f"In uw eigen huis zit {als_euro(woning)} vermogen. Tot {als_euro(a.grens_eigen_woning)} telt dat niet mee."
            ctx.stap(
                "eigen woning",
                p.meta("art34", "grens_eigen_woning").artikel,
                "34",
                t,
                woning,
                tak="34-2-d-boven" if lening else "34-2-d-vrij",
            )
    return ok, lening, aanvang_nieuw, laagste_nieuw
