# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Huurtoeslag (Wet op de huurtoeslag, Wht), per maand; het jaarbedrag is twaalf keer die maand.

Rekenhuur (art. 5): de kale huur plus de subsidiabele servicekosten (2024-2025: vier soorten van elk ten hoogste
€ 12; vanaf 2026 telt alleen de kale huur). Basishuur (art. 16): de normhuur min de verlaging van de Wet verlaging
eigen bijdrage huurtoeslag. Normhuur 2024-2025 (art. 17-19): tot het minimum-inkomensijkpunt een vast bedrag,
daarboven a x Y² + b x Y, met a en b zo dat de normhuurquote (12 x normhuur / Y) lineair loopt van het minimum- naar
het referentie-inkomensijkpunt; naar boven op hele centen. Vanaf 2026 is de basishuur vast en daalt de toeslag met
27% (eenpersoons) of 22% (meerpersoons) van het rekeninkomen boven het minimum-inkomensijkpunt, per maand een
twaalfde (art. 21 lid 2).

De toeslag (art. 21, Besluit op de huurtoeslag art. 7): 100% van de rekenhuur boven de basishuur tot de
kwaliteitskortingsgrens, 65% tot de aftoppingsgrens, 40% daarboven (2024 alleen bij AOW-leeftijd of een
eenpersoonshuishouden). Maximale huurgrens (art. 13): 2024-2025 geen huurtoeslag boven die grens, vanaf 2026
alleen geen subsidie over het deel erboven. Awir art. 7 lid 3: vermogensgrens; art. 14 lid 4-5: het jaarbedrag
op hele euro's, niets onder € 24.

Niet gemodelleerd: de uitzonderingen van art. 13 lid 2 (aangepaste woning bij handicap, acht of meer personen,
eerder toegekend), het inkomen en vermogen van medebewoners (de aanroeper geeft het rekeninkomen), en de
maximale huurprijsgrens na een uitspraak van de huurcommissie (art. 5 lid 2).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from balans.inkomen import awir
from balans.inkomen.rekenkunde import NOEMER, als_euro, half_omhoog, omhoog, pct_tekst, pos, teller

WHT = "https://wetten.overheid.nl/BWBR0008659/{jaar}-01-01#Artikel{art}"
# Boven dit rekeninkomen (in euro's) rekent de normhuurformule niet verder: de basishuur is er al hoger dan
# € 1.800 per maand, dus hoger dan elke rekenhuur met toeslag. Zo blijft het product binnen int64.
_Y_MAX = 75_000


@dataclass
class Huurtoeslag:
    # Velden Any: een getal (één huishouden) of een numpy-array (de gevectoriseerde stand).
    jaar: Any  # centen, hele euro's (Awir art. 14 lid 4): twaalf keer deze maand
    maand: Any  # centen: het voorschot per maand
    rekenhuur: Any  # centen per maand
    basishuur: Any  # centen per maand
    maand_onafgerond: Any = 0  # centen, naar beneden: de maand vóór de afronding van Awir art. 14 lid 4


def passende_huur(ctx, personen):
    """Een voorbeeldhuur voor de beleidsrun: de aftoppingsgrens van het huishouden (Wht art. 20 lid 2). Tot die
    huur wijzen woningcorporaties een huishouden met recht op huurtoeslag een woning toe (passend toewijzen)."""
    p = ctx.p.huurtoeslag
    return ctx.xp.als(personen >= 3, p.aftoppingsgrens_drie, p.aftoppingsgrens_een_twee)


def _type(xp, meer, ouderen, een, meer_, een_o, meer_o):
    return xp.als(meer, xp.als(ouderen, meer_o, meer_), xp.als(ouderen, een_o, een))


def normhuur(ctx, y, meer, ouderen):
    """De normhuur (art. 17-19) bij rekeninkomen y (hele euro's), in centen; vanaf 2026 het vaste bedrag."""
    p, xp = ctx.p.huurtoeslag, ctx.xp
    v1 = _type(
        xp,
        meer,
        ouderen,
        p.normhuur_minimum_verlaging_een,
        p.normhuur_minimum_verlaging_meer,
        p.normhuur_minimum_verlaging_een_ouderen,
        p.normhuur_minimum_verlaging_meer_ouderen,
    )
    n1 = p.normhuur_minimum - v1
    if not p.normhuur_formule:
        return n1
    v2 = _type(
        xp,
        meer,
        ouderen,
        p.normhuur_referentie_verlaging_een,
        p.normhuur_referentie_verlaging_meer,
        p.normhuur_referentie_verlaging_een_ouderen,
        p.normhuur_referentie_verlaging_meer_ouderen,
    )
    n2 = p.normhuur_referentie - v2
    y1 = ijkpunt(ctx, meer, ouderen) // 100
    y2 = (
        _type(
            xp,
            meer,
            ouderen,
            p.referentie_inkomensijkpunt_een,
            p.referentie_inkomensijkpunt_meer,
            p.referentie_inkomensijkpunt_een_ouderen,
            p.referentie_inkomensijkpunt_meer_ouderen,
        )
        // 100
    )
    yc = xp.minimum(y, _Y_MAX)
    # normhuur = Y x (quote(Y) / 12), quote lineair door (y1, 12 n1 / y1) en (y2, 12 n2 / y2); exact als breuk.
    teller_ = yc * (n1 * y2 * (y2 - y1) + (n2 * y1 - n1 * y2) * (yc - y1))
    noemer = y1 * y2 * (y2 - y1)
    return xp.als(y > y1, omhoog(teller_, noemer), n1)


def ijkpunt(ctx, meer, ouderen):
    p = ctx.p.huurtoeslag
    return _type(
        ctx.xp,
        meer,
        ouderen,
        p.minimum_inkomensijkpunt_een,
        p.minimum_inkomensijkpunt_meer,
        p.minimum_inkomensijkpunt_een_ouderen,
        p.minimum_inkomensijkpunt_meer_ouderen,
    )


def huurtoeslag(
    ctx,
    rekeninkomen,
    kale_huur,
    servicekosten=0,
    personen=1,
    oudste=30,
    kind=False,
    aow=False,
    vermogen=0,
    partner=False,
    meerderjarig=True,
) -> Huurtoeslag:
    """rekeninkomen: per jaar, in centen (de toetsingsinkomens van huurder, partner en medebewoners samen).
    kale_huur, servicekosten: per maand, in centen (servicekosten: alleen de subsidiabele, art. 5 lid 3).
    personen: huurder, partner, kinderen en medebewoners (zonder onderhuurders). oudste: leeftijd van de oudste
    bewoner; kind: er woont een kind. aow: huurder of partner heeft de AOW-leeftijd (2024: ouderenhuishouden).
    vermogen: op 1 januari, samen met de partner. meerderjarig: de huurder is 18 of ouder (art. 8)."""
    p, xp = ctx.p.huurtoeslag, ctx.xp
    meer = personen >= 2
    rekenhuur = kale_huur + xp.minimum(servicekosten, p.servicekosten_maximum)
    jong = (oudste < p.jongerenleeftijd) & xp.niet(kind)
    mhg = xp.als(jong, p.maximale_huurgrens_jongeren, p.maximale_huurgrens)
    te_hoog = (rekenhuur > mhg) & p.maximale_huurgrens_sluit_uit
    r = xp.minimum(rekenhuur, mhg)
    y = pos(ctx, rekeninkomen) // 100
    basishuur = normhuur(ctx, y, meer, aow) + p.opslag_basishuur - p.verlaging_eigen_bijdrage
    kkg = p.kwaliteitskortingsgrens
    ag = xp.als(personen >= 3, p.aftoppingsgrens_drie, p.aftoppingsgrens_een_twee)
    pc = teller(p.percentage_boven_aftopping)
    if p.boven_aftopping_alleen_bijzonder:
        pc = xp.als(aow | (personen == 1), pc, 0)
    deel_a = pos(ctx, xp.minimum(r, kkg) - basishuur)
    deel_b = pos(ctx, xp.minimum(r, ag) - xp.maximum(basishuur, kkg))
    deel_c = pos(ctx, r - xp.maximum(basishuur, ag))
    subsidie = deel_a * NOEMER + teller(p.percentage_kwaliteitskorting) * deel_b + pc * deel_c  # centen x NOEMER
    afbouw_pct = xp.als(meer, teller(p.afbouw_percentage_meer), teller(p.afbouw_percentage_een))
    boven = pos(ctx, xp.minimum(pos(ctx, rekeninkomen), awir.MAX_INKOMEN) - ijkpunt(ctx, meer, aow))
    exact = pos(ctx, 12 * subsidie - afbouw_pct * boven)  # per jaar, centen x NOEMER
    jaar, afgerond = awir.tegemoetkoming(ctx, exact * NOEMER)
    grens = xp.als(partner, p.vermogensgrens_partner, p.vermogensgrens)
    te_veel = vermogen > grens
    geen = te_hoog | te_veel | xp.niet(meerderjarig)
    jaar = xp.als(geen, 0, jaar)
    maand = awir.per_maand(jaar)
    if ctx.uitleg:
        _uitleg(ctx, locals())
    onafgerond = xp.als(geen, 0, exact // (12 * NOEMER))
    return Huurtoeslag(jaar, maand, rekenhuur, basishuur, onafgerond)


def _uitleg(ctx, v) -> None:
    p, j = ctx.p.huurtoeslag, ctx.maand.year
    url = WHT.format(jaar=j, art="{}")
    rekenhuur, kale_huur, servicekosten = v["rekenhuur"], v["kale_huur"], v["servicekosten"]
    tekst = f"Huurtoeslag: de rekenhuur is de kale huur ({als_euro(kale_huur)})"
    if p.servicekosten_maximum and servicekosten:
        tekst += (
            f" plus de servicekosten die meetellen ({als_euro(min(servicekosten, p.servicekosten_maximum))}, "
            f"ten hoogste {als_euro(p.servicekosten_maximum)})"
        )
    elif servicekosten:
        tekst += ". Servicekosten tellen vanaf 2026 niet meer mee"
    tekst += f": {als_euro(rekenhuur)} per maand."
    ctx.stap("huurtoeslag", "Wht art. 5", url.format("5"), tekst, rekenhuur, tak="wht-5-rekenhuur")
    if not v["meerderjarig"]:
        ctx.stap(
            "huurtoeslag",
            "Wht art. 8",
            url.format("8"),
            "U bent jonger dan 18 jaar. Daarom krijgt u geen huurtoeslag.",
            0,
            tak="wht-8",
        )
        return
    if v["te_veel"]:
        ctx.stap(
            "huurtoeslag",
            "Awir art. 7 lid 3",
            ctx.p.bron("huurtoeslag", "vermogensgrens"),
            f"Uw vermogen ({als_euro(v['vermogen'])}) is hoger dan {als_euro(v['grens'])}. Daarom krijgt u geen "
            "huurtoeslag.",
            0,
            tak="wht-vermogen",
        )
        return
    wie = "iedereen in huis is jonger dan " + str(p.jongerenleeftijd) if v["jong"] else "zo'n huis"
    if v["te_hoog"]:
        ctx.stap(
            "huurtoeslag",
            "Wht art. 13",
            url.format("13"),
            f"Uw rekenhuur ({als_euro(rekenhuur)}) is hoger dan de maximale huurgrens van {als_euro(v['mhg'])} "
            f"({wie}). In {j} krijgt u dan geen huurtoeslag.",
            0,
            tak="wht-13-te-hoog",
        )
        return
    meer, personen = v["meer"], v["personen"]
    soort = "meerpersoonshuishouden" if meer else "eenpersoonshuishouden"
    y, ijk = v["y"], ijkpunt(ctx, meer, v["aow"])
    if p.normhuur_formule:
        if y * 100 > ijk:
            nh = (
                f"Uw rekeninkomen ({als_euro(y * 100)}) is hoger dan het minimum-inkomensijkpunt ({als_euro(ijk)}), "
                f"dus de normhuur stijgt met het inkomen (art. 19)"
            )
        else:
            nh = (
                f"Uw rekeninkomen ({als_euro(y * 100)}) is niet hoger dan het minimum-inkomensijkpunt "
                f"({als_euro(ijk)}), dus geldt de laagste normhuur (art. 17)"
            )
        nh += f": {als_euro(v['basishuur'] - p.opslag_basishuur + p.verlaging_eigen_bijdrage)}"
    else:
        nh = f"De normhuur voor een {soort} is {als_euro(v['basishuur'] - p.opslag_basishuur + p.verlaging_eigen_bijdrage)}"
    tekst = (
        f"{nh}. Daar gaat {als_euro(p.verlaging_eigen_bijdrage)} af (Wet verlaging eigen bijdrage "
        f"huurtoeslag): de basishuur is {als_euro(v['basishuur'])}. Dat deel betaalt u altijd zelf."
    )
    ctx.stap("huurtoeslag", "Wht art. 16-19", url.format("16"), tekst, v["basishuur"], tak="wht-16-basishuur")
    pb, pc_ = pct_tekst(p.percentage_kwaliteitskorting), v["pc"] * 100 // NOEMER
    tekst = f"U krijgt 100% van de huur boven de basishuur tot {als_euro(v['kkg'])} ({als_euro(v['deel_a'])})"
    if v["deel_b"]:
        sb = half_omhoog(v["deel_b"] * teller(p.percentage_kwaliteitskorting), NOEMER)
        tekst += f", {pb} van de huur van {als_euro(v['kkg'])} tot {als_euro(v['ag'])} ({als_euro(sb)})"
    if v["deel_c"]:
        if pc_:
            sc = half_omhoog(v["deel_c"] * v["pc"], NOEMER)
            tekst += f" en {pc_}% van de huur boven {als_euro(v['ag'])} ({als_euro(sc)})"
        else:
            tekst += (
                f". Over de huur boven {als_euro(v['ag'])} krijgt u niets: in {j} alleen voor een "
                "eenpersoonshuishouden of bij AOW-leeftijd (art. 21 lid 1 onder c)"
            )
    if v["rekenhuur"] > v["mhg"]:
        tekst += f". Over de huur boven de maximale huurgrens ({als_euro(v['mhg'])}) krijgt u niets (art. 21)"
    tekst += "."
    if not p.normhuur_formule and v["boven"]:
        tekst += (
            f" Uw rekeninkomen is {als_euro(v['boven'])} hoger dan het minimum-inkomensijkpunt "
            f"({als_euro(ijk)}); daarvan gaat {pct_tekst(p.afbouw_percentage_meer if meer else p.afbouw_percentage_een)}"
            f" per jaar van de toeslag af (art. 21 lid 2)."
        )
    tekst += awir.minimum_tekst(ctx, v["afgerond"])
    tekst += (
        f" Afgerond op hele euro's is dat {als_euro(v['jaar'])} per jaar, {als_euro(v['maand'])} per maand "
        f"({personen} {'persoon' if personen == 1 else 'personen'} in huis, {soort}). Huurtoeslag telt niet mee "
        "als inkomen voor de bijstand (Pw art. 31 lid 2 onder d)."
    )
    ctx.stap("huurtoeslag", "Wht art. 21 en Awir art. 14", url.format("21"), tekst, v["maand"], tak="wht-21")
