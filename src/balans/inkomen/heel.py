# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het hele inkomen van één maand, zonder casus: voor de armoedeval van de beleidsrun (gevectoriseerd) en het
wat-als (één huishouden, per punt). Dezelfde regels als `huishouden.maand_inkomen`, maar zonder uitleg en met
alles als argument, zodat een hele rij huishoudens of uren in één keer kan.

Huurtoeslag zit erin als de aanroeper een kale huur geeft (kale_huur); zonder huur is die nul en zegt
NIET_IN_HET_TOTAAL dat. Het rekeninkomen is het toetsingsinkomen hieronder (aanvrager en partner; medebewoners
niet). Per maand het voorschot, per jaar twaalf keer die maand (Awir art. 14 lid 4).

De individuele inkomenstoeslag (Pw art. 36) zit erin als de aanroeper de regels van de gemeente en de feiten geeft
(iit); zonder is die nul, zoals bij een gemeente zonder IIT in balans.
"""

from __future__ import annotations

from dataclasses import dataclass

from balans.inkomen.huurtoeslag import huurtoeslag
from balans.inkomen.inkomenstoeslag import inkomenstoeslag
from balans.inkomen.kinderbijslag import kinderbijslag
from balans.inkomen.kindgebonden_budget import kindgebonden_budget
from balans.inkomen.loonheffing import bruto_bij_netto, netto_loon
from balans.inkomen.zorgtoeslag import zorgtoeslag

NIET_IN_HET_TOTAAL = (
    "Huurtoeslag zit niet in dit totaal: balans kent uw huur niet. Huurt u een huis, dan "
    "krijgt u misschien ook huurtoeslag. Die wordt lager als u meer verdient. Gemeentelijke regelingen "
    "(zoals een bijdrage voor sport of school) zitten er ook niet in."
)
MET_HUURTOESLAG = (
    "Huurtoeslag zit in dit totaal, met de huur die u gaf. Gemeentelijke regelingen (zoals een bijdrage "
    "voor sport of school) zitten er niet in."
)


@dataclass
class HeelInkomen:
    loon_bruto: object
    loon_netto: object
    bijstand: object
    bijstand_bruto: object
    toetsingsinkomen: object  # per jaar: 12 x deze maand
    zorgtoeslag: object  # per maand
    kindgebonden_budget: object  # per maand
    kinderbijslag: object  # per maand (een derde van het kwartaal)
    huurtoeslag: object = 0  # per maand (voorschot); 0 zonder huur
    huurtoeslag_jaar: object = 0  # per jaar: twaalf keer deze maand, op hele euro's (Awir art. 14 lid 4)
    inkomenstoeslag: object = 0  # per maand: een twaalfde van het jaarbedrag (Pw art. 36); 0 zonder iit
    inkomenstoeslag_jaar: object = 0

    @property
    def totaal(self):
        return (
            self.loon_netto
            + self.bijstand
            + self.zorgtoeslag
            + self.kindgebonden_budget
            + self.kinderbijslag
            + self.huurtoeslag
            + self.inkomenstoeslag
        )


def bruto_uit_netto(ctx, netto_maand, heffingskorting=True):
    """Het bruto loon bij een netto maandloon (witte tabel): het laagste bruto met precies dit netto."""
    return bruto_bij_netto(ctx, netto_maand, heffingskorting, groen=False)


def heel_inkomen(
    ctx,
    bijstand,
    loon_bruto,
    partner,
    kinderen=(0, 0, 0),
    kinderen_kb=(0, 0, 0),
    heffingskorting=True,
    vermogen=0,
    verzekerd=True,
    loon_netto=None,
    kale_huur=None,
    servicekosten=0,
    personen=None,
    oudste=30,
    aow=False,
    iit=None,
) -> HeelInkomen:
    """bijstand: netto, zoals de regelkern die gaf (toeslagen veranderen die niet, Pw art. 31 lid 2 onder b en d).
    loon_bruto: van de aanvrager, per maand. kinderen: (met recht op kindgebonden budget, van 12-15, van 16-17);
    kinderen_kb: (0-5, 6-11, 12-17) op de eerste dag van het kwartaal. loon_netto: als het netto al bekend is (het
    netto dat bij loon_bruto hoort); anders rekent de witte tabel het uit.
    kale_huur, servicekosten: per maand; zonder kale_huur geen huurtoeslag. personen: wie er in huis wonen (leeg:
    aanvrager, partner en de kinderen van kinderen_kb); oudste: leeftijd van de oudste bewoner; aow: aanvrager of
    partner heeft de AOW-leeftijd. iit: (IitRegels, IitFeiten) uit inkomen/inkomenstoeslag.py; partner is dan ook
    de partner voor de bijstand (Pw art. 3), vermogen het vermogen voor de grens van art. 34.

    Bruto bijstand zoals huishouden.py: gehuwden elk de helft (Pw art. 45); de loonheffingskorting gaat bij de
    bijstand van de aanvrager alleen mee als die niet al bij de werkgever geldt."""
    xp = ctx.xp
    if loon_netto is None:
        loon_netto = netto_loon(ctx, loon_bruto, heffingskorting)[0]
    deel_p = xp.als(partner, bijstand // 2, 0)
    deel_a = bijstand - deel_p
    lhk_a = xp.niet((loon_bruto > 0) & heffingskorting)
    bruto_a = bruto_bij_netto(ctx, deel_a, lhk_a, groen=True)
    bruto_p = bruto_bij_netto(ctx, deel_p, True, groen=True)
    bijstand_bruto = bruto_a + bruto_p
    ti = 12 * (loon_bruto + bijstand_bruto)
    zt = zorgtoeslag(ctx, ti, partner, True, verzekerd, vermogen)
    n, n12, n16 = kinderen
    kgb = kindgebonden_budget(ctx, ti, n, n12, n16, partner, vermogen)
    kb = kinderbijslag(ctx, *kinderen_kb)
    uit = HeelInkomen(loon_bruto, loon_netto, bijstand, bijstand_bruto, ti, zt.maand, kgb.maand, kb.maand)
    if iit is not None:
        t = inkomenstoeslag(ctx, iit[0], iit[1], loon_netto, bijstand, partner, vermogen)
        uit.inkomenstoeslag, uit.inkomenstoeslag_jaar = t.maand, t.jaar
    if kale_huur is None:
        return uit
    k = kinderen_kb[0] + kinderen_kb[1] + kinderen_kb[2]
    if personen is None:
        personen = 1 + xp.als(partner, 1, 0) + k
    ht = huurtoeslag(ctx, ti, kale_huur, servicekosten, personen, oudste, k > 0, aow, vermogen, partner)
    uit.huurtoeslag, uit.huurtoeslag_jaar = ht.maand, ht.jaar
    return uit
