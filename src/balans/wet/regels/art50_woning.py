# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 50 lid 2: bijstand als geldlening bij een eigen woning.

"Indien voor de belanghebbende, bedoeld in het eerste lid, recht op algemene bijstand bestaat, heeft die
bijstand de vorm van een geldlening:
a. indien de bijstand over een periode van een jaar, te rekenen vanaf de eerste dag waarover bijstand wordt
   verleend, naar verwachting meer bedraagt dan het netto minimumloon, bedoeld in artikel 37, eerste lid; en
b. voorzover het vermogen gebonden in de woning met bijbehorend erf hoger is dan het vermogen, bedoeld in
   artikel 34, tweede lid, onderdeel d." [Pw 2026-01-01 art. 50 lid 2]

Twee voorwaarden, dus:
- onder a wordt één keer beoordeeld, bij de eerste maand met bijstand: de verwachting is wat de casus
  opgeeft (`eigen_woning.verwachte_bijstand_eerste_jaar`) of anders twaalf keer de bijstand van die maand
  (vóór een verlaging). Het netto minimumloon van art. 37 lid 1 is een bedrag per maand; het is gelijk aan
  de gehuwdennorm van art. 21 onder b (docs/inwerkingtreding.md, art. 50);
- 'voorzover' (onder b): alleen tot het bedrag dat de overwaarde boven de grens van art. 34 lid 2 onder d
  uitkomt is de bijstand een lening; wat de gemeente daarna betaalt is bijstand om niet. De teller
  `lening_totaal` loopt over de maanden mee.
"""

from __future__ import annotations

from balans.geld import als_euro

ONBEKEND = -1  # onder a nog niet beoordeeld (geen maand met bijstand gehad)


def geldlening(ctx, inv, recht, bijstand, voor_verlaging, st_onder_a, st_totaal):
    """Geeft (deel van de bijstand dat geldlening is, onder_a: -1/0/1, lening_totaal)."""
    p, xp = ctx.p, ctx.xp
    if xp.vector and not xp.any(inv.woning_waarde):  # een populatie zonder eigen woning: geen rekenstap
        return bijstand * 0, st_onder_a, st_totaal  # wel een array per rij, zoals de andere uitkomsten
    if not xp.vector and not inv.woning_waarde:
        return 0, st_onder_a, st_totaal
    overwaarde = xp.maximum(inv.woning_waarde - inv.woning_hypotheek, 0)
    grens = p.art34.grens_eigen_woning
    boven = xp.maximum(overwaarde - grens, 0)
    nml = p.art21.gehuwden  # netto minimumloon per maand (art. 37 lid 1) = gehuwdennorm art. 21 onder b
    eerste = (st_onder_a == ONBEKEND) & recht & (inv.woning_waarde > 0)
    opgegeven = inv.woning_verwachting >= 0
    verwachting = xp.als(opgegeven, inv.woning_verwachting, 12 * voor_verlaging)
    onder_a = xp.als(eerste, xp.als(verwachting > nml, 1, 0), st_onder_a)
    ruimte = xp.maximum(boven - st_totaal, 0)
    lening = xp.als(recht & (onder_a == 1), xp.minimum(bijstand, ruimte), 0)
    if ctx.uitleg and recht and bijstand:
        art = p.meta("art34", "grens_eigen_woning")
        if eerste:
            bron = "die u opgaf" if opgegeven else f"12 x {als_euro(voor_verlaging)}"
            ctx.stap(
                "geldlening",
                "Pw art. 50 lid 2 onder a",
                "50",
                f"De gemeente verwacht dat uw bijstand in het eerste jaar {als_euro(verwachting)} is ({bron}). "
                + (
                    f"Dat is meer dan het netto minimumloon van {als_euro(nml)} (art. 37 lid 1)."
                    if onder_a == 1
                    else f"Dat is niet meer dan het netto minimumloon van {als_euro(nml)} (art. 37 lid 1). "
                    "Daarom krijgt u de bijstand niet als lening, ook al zit er veel vermogen in uw huis."
                ),
                verwachting,
                tak="50-2-a-verwachting" if onder_a == 1 else "50-2-a-om-niet",
            )
        if onder_a == 1 and boven:
            if lening == bijstand:
                tekst = (
                    f"In uw eigen huis zit {als_euro(overwaarde)}; dat is {als_euro(boven)} meer dan "
                    f"{als_euro(grens)} ({art.artikel})"
                    + (f"; eerder kreeg u daarvan al {als_euro(st_totaal)} als lening" if st_totaal else "")
                    + f". Uw bijstand van deze maand ({als_euro(bijstand)}) is daarom een lening die u later terugbetaalt."
                )
                tak = "50-2-lening"
            elif lening:
                tekst = (
                    f"In uw eigen huis zit {als_euro(boven)} meer dan {als_euro(grens)}. Daarvan kreeg u al "
                    f"{als_euro(st_totaal)} als lening. Alleen {als_euro(lening)} van deze maand is nog een lening; "
                    f"de rest ({als_euro(bijstand - lening)}) hoeft u niet terug te betalen."
                )
                tak = "50-2-b-deels"
            else:
                tekst = (
                    f"U kreeg al {als_euro(st_totaal)} als lening. Dat is evenveel als het deel van uw huis boven "
                    f"{als_euro(grens)}. Daarom is uw bijstand nu geen lening meer (art. 50 lid 2 onder b)."
                )
                tak = "50-2-b-op"
            ctx.stap("geldlening", "Pw art. 50 lid 2 onder b", "50", tekst, lening, tak=tak)
    return lening, onder_a, st_totaal + lening
