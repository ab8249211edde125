# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De toeslagpartner per maand (Awir art. 3 en 5): een partner die vertrekt, telt vanaf de maand erna niet meer.

Voorheen telde het inkomen-blok de partner uit de casus in elke maand als toeslagpartner, ook na zijn 'tot': na het
vertrek kreeg de ouder de zorgtoeslag van een paar en het kindgebonden budget zonder alleenstaande-ouderkop, en werd
de bijstand als twee helften gebruteerd.

Casus: ouder (geboren 1990) met een kind (geboren 2017-06-01), huur € 650,00, partner tot en met 15 maart 2026.
Met de hand:

Februari 2026 (partner in huis): bijstand gehuwden 2026-01 € 2.002,13 (Pw art. 21 onder b). Zorgtoeslag met partner:
2 x 2.119 - 4,289% x 29.735,424 = 4.238 - 1.275,3523 = 2.962,6477 -> € 2.963 per jaar, € 246,92 per maand
(toetsingsinkomen onder het drempelinkomen: 12 x de bruto bijstand van ongeveer 2.300 = 27.600). Kindgebonden
budget met partner: € 2.580 (geen afbouw onder 29.735,424 + 9.405), € 215,00 per maand. Kinderbijslag (8 jaar op
1 januari): 358,30 / 3 = € 119,43. Huurtoeslag, drie personen: basishuur 252,49 - 3,63 - 48,15 = 200,71; 297,49 +
65% x 151,80 = 396,16 (de aftoppingsgrens voor drie personen, 764,14, ligt boven de huur); geen afbouw onder 31.500;
4.753,92 -> 4.754; € 396,17.

April 2026 (de partner vertrok op 15 maart; Awir art. 5: vanaf 1 april alleenstaand): bijstand € 1.401,50
(alleenstaande ouder, Pw art. 21 onder a), bruto € 1.775,75 (één keer gebruteerd, met loonheffingskorting; zoals
test_casus_inkomen.py). Zorgtoeslag alleenstaand € 129,17 (2.119 - 568,5413 = 1.550,46 -> 1.550 / 12). Kindgebonden
budget met alleenstaande-ouderkop: 2.580 + 3.416 = 5.996 -> € 499,67. Kinderbijslag (8 op 1 april) € 119,43.
Huurtoeslag, twee personen: dezelfde € 396,17. Totaal 1.401,50 + 129,17 + 499,67 + 119,43 + 396,17 = € 2.545,94.
"""

from __future__ import annotations

import datetime as dt

from balans.casus.laden import uit_tekst
from balans.zaak.diensten import berekening  # wat `balans bereken --json` geeft (het inkomen-blok per maand)

CASUS = """\
naam: Partner vertrekt
periode: {van: 2026-02, tot: 2026-04}
huishouden:
  aanvrager: {geboortedatum: 1990-04-01}
  partner: {geboortedatum: 1990-04-01, tot: 2026-03-15}
  kinderen:
    - geboortedatum: 2017-06-01
  woning: {soort: huur, kale_huur: 650.00}
"""


def test_toeslagpartner_alleen_in_de_maanden_dat_hij_er_is():
    blok = {m["maand"][:7]: m["inkomen"] for m in berekening(uit_tekst(CASUS))["maanden"]}
    feb, apr = blok["2026-02"], blok["2026-04"]
    assert (
        feb["bijstand"],
        feb["zorgtoeslag"],
        feb["kindgebonden_budget"],
        feb["kinderbijslag"],
        feb["huurtoeslag"],
    ) == ("2002.13", "246.92", "215.00", "119.43", "396.17")
    assert (
        apr["bijstand"],
        apr["bijstand_bruto"],
        apr["zorgtoeslag"],
        apr["kindgebonden_budget"],
        apr["kinderbijslag"],
        apr["huurtoeslag"],
        apr["totaal"],
    ) == ("1401.50", "1775.75", "129.17", "499.67", "119.43", "396.17", "2545.94")
    toets = next(s for s in apr["uitleg"] if s["regel"] == "toetsingsinkomen")["tekst"]
    assert "toeslagpartner" not in toets


def test_wat_als_en_mijn_tellen_de_partner_ook_per_maand():
    """Dezelfde april 2026 langs de curve (watals.hele_inkomen, 0 uur) en /mijn (de hele maand): € 2.545,94."""
    from decimal import Decimal
    from types import SimpleNamespace

    from balans.maandstaat.watals import Punt, hele_inkomen
    from balans.web.mijn import hele_maand

    c = uit_tekst(CASUS)
    april = dt.date(2026, 4, 1)
    (h,) = hele_inkomen(c, [Punt(Decimal(0), 0, 140150, 0)], april)
    assert (h.zorgtoeslag, h.kindgebonden_budget, h.huurtoeslag, h.wat_u_overhoudt) == (12917, 49967, 39617, 254594)
    t = SimpleNamespace(casus=c, recht={april: 140150})
    staat = {"maanden": [{"maand": "2026-04", "middelen": "0.00", "vrijlating": "0.00"}], "toerekening": []}
    (m,) = hele_maand(t, staat, dt.date(2026, 4, 15))
    assert (m.zorgtoeslag, m.kindgebonden_budget, m.huurtoeslag, m.samen) == (12917, 49967, 39617, 254594)
