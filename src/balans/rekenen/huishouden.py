# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De maand van het huishouden: netto loon + bijstand + toeslagen + kinderbijslag = wat het huishouden heeft.

Aanname (casus.md, 'The whole income'): de toeslagen van een maand gaan uit van een toetsingsinkomen 'alsof de
situatie van die maand het hele jaar zo bleef': 12 x (bruto loon + bruto bijstand + andere inkomsten). De bruto
bijstand is de netto bijstand met de loonheffing erbovenop die de gemeente betaalt (Pw art. 19 lid 4).
Toeslagen, kindgebonden budget en kinderbijslag tellen nooit mee voor de bijstand (Pw art. 31 lid 2 onder b en d):
de bijstand hieronder is de bijstand die balans al had uitgerekend, en verandert niet. De individuele
inkomenstoeslag van de gemeente (Pw art. 36, inkomen/inkomenstoeslag.py) telt ook niet mee als middelen.
"""

from __future__ import annotations

import datetime as dt

from balans.inkomen import kinderbijslag as kb
from balans.inkomen.context import ctx_voor
from balans.inkomen.huurtoeslag import huurtoeslag
from balans.inkomen.inkomenstoeslag import IitFeiten, hele_maanden_sinds, inkomenstoeslag, iit_regels
from balans.inkomen.kindgebonden_budget import kindgebonden_budget, leeftijd_wkb, tel_kinderen
from balans.inkomen.loonheffing import bruteren, loonheffing_maand
from balans.inkomen.rekenkunde import als_euro, als_tekst
from balans.inkomen.zorgtoeslag import zorgtoeslag
from balans.rekenen.casus import loon_per_maand
from balans.tijdsbudget import controleer
from balans.wet.parameters import ParameterBoom
from balans.kalender import leeftijd

_PW = "https://wetten.overheid.nl/BWBR0015703/{jaar}-{mm}-01#Artikel{art}"
_AWIR = "https://wetten.overheid.nl/BWBR0018472/{jaar}-01-01#Artikel{art}"
_WHT = "https://wetten.overheid.nl/BWBR0008659/{jaar}-01-01#Artikel{art}"


def _pw(m: dt.date, art: str) -> str:
    return _PW.format(jaar=m.year, mm="07" if m.month >= 7 else "01", art=art)


AOW_LEEFTIJD = 67  # 2024 tot en met 2027 (AOW art. 7a; Handboek Loonheffingen 2026 par. 2.3.1)
# Zonder IIT in de gemeente vraagt de regel geen feiten; deze waarden lezen alleen de voorwaarden.
_GEEN_FEITEN = IitFeiten(leeftijd=0, aow=False, maanden_laag=-1, geen_uitzicht=False, norm=0, vermogensgrens=0)


def _in_huis(lid, maand: dt.date) -> bool:
    """Hoort dit lid (partner, kind, medebewoner) op de eerste dag van de maand bij het huishouden?"""
    van, tot = getattr(lid, "van", None), getattr(lid, "tot", None)
    return (van is None or van <= maand) and (tot is None or tot >= maand)


def _huurtoeslag(ctx, c, maand: dt.date, ti: int, partner: bool, vermogen: int):
    """Huurtoeslag voor de maand, met de bewoners van die maand (Wht art. 2: huurder, partner, medebewoners;
    een commerciële huurder is een onderhuurder en telt niet mee)."""
    h, w = c.huishouden, c.huishouden.woning
    leden = [h.aanvrager.geboortedatum]
    if h.partner is not None and _in_huis(h.partner, maand):
        leden.append(h.partner.geboortedatum)
    elif partner:  # een toeslagpartner zonder gegevens in de casus: telt als bewoner, met de leeftijd van de aanvrager
        leden.append(h.aanvrager.geboortedatum)
    kinderen = [k.geboortedatum for k in h.kinderen if _in_huis(k, maand) and k.geboortedatum < maand]
    mede = [m.geboortedatum for m in h.medebewoners if _in_huis(m, maand) and m.uitzondering != "commerciele_huur"]
    leeftijden = [leeftijd_wkb(g, maand) for g in leden + kinderen + mede]
    aow = any(leeftijd_wkb(g, maand) >= AOW_LEEFTIJD for g in leden)
    if mede:
        ctx.stap(
            "huurtoeslag",
            "Wht art. 1 onder i",
            _WHT.format(jaar=maand.year, art="1"),
            "Bij de huurtoeslag telt ook het inkomen van medebewoners mee. Dat staat niet in de casus; balans "
            "rekent met nul.",
            None,
            tak="wht-medebewoners",
        )
    return huurtoeslag(
        ctx,
        ti,
        w.kale_huur,
        w.servicekosten,
        len(leeftijden),
        max(leeftijden),
        bool(kinderen),
        aow,
        vermogen,
        partner,
        leeftijden[0] >= 18,
    )


def _iit(c, pw, maand: dt.date, uitkomst, partner_in_huis: bool, andere: int) -> IitFeiten:
    """De feiten voor de individuele inkomenstoeslag in deze maand (Pw art. 36). De leefvorm voor de bedragen en de
    vermogensgrens: een partner in huis (Pw art. 3) maakt gehuwden, anders een kind jonger dan 18 een alleenstaande
    ouder. Leeftijden op de eerste dag van de maand."""
    h = c.huishouden
    a = h.aanvrager
    kinderen = [leeftijd(k.geboortedatum, maand) for k in h.kinderen if _in_huis(k, maand) and k.geboortedatum < maand]
    kinderen = [k for k in kinderen if k < 18]
    g = pw.art34
    grens = g.grens_gehuwden if partner_in_huis else g.grens_alleenstaande_ouder if kinderen else g.grens_alleenstaande
    jaren = leeftijd(a.geboortedatum, maand)
    return IitFeiten(
        leeftijd=jaren,
        aow=jaren >= AOW_LEEFTIJD,
        maanden_laag=-1 if a.laag_inkomen_sinds is None else hele_maanden_sinds(a.laag_inkomen_sinds, maand),
        geen_uitzicht=a.geen_uitzicht_op_inkomensverbetering,
        norm=int(uitkomst.norm),
        vermogensgrens=grens,
        kind_tot_12=sum(1 for k in kinderen if k < 12),
        kind_12_tot_18=sum(1 for k in kinderen if k >= 12),
        andere=andere,
    )


def maand_inkomen(c, maand: dt.date, inv, uitkomst, loonstroken: dict | None = None) -> dict:
    """Het inkomen-blok van één maand (JSON-vorm, bedragen als tekst).

    inv: iets met bezittingen en schulden (de maandinvoer, of het vermogen van de casus in die maand).

    loonstroken: het netto loon uit loonstroken en verwachting dat aan deze maand is toegerekend (art. 32),
    per persoon ({"aanvrager": centen, "partner": centen}); dat is hetzelfde loon waarmee de bijstand rekent."""
    ctx = ctx_voor(maand)
    h = c.huishouden
    mi = c.maanden.get(maand)
    inkomsten = mi.inkomsten if mi else []

    # Loon: bruto (gegeven) of terug te rekenen uit het netto (witte tabel).
    loon_netto = bruto_loon = andere = 0
    lhk_bij_werk = {"aanvrager": False, "partner": False}
    for wie, netto in (loonstroken or {}).items():
        if netto <= 0:
            continue
        lhk_bij_werk[wie] = True  # een loonstrook zegt dat niet; de werkgever past de korting meestal toe
        loon_netto += netto
        b, _ = bruteren(ctx_voor(maand, uitleg=False), netto, True, groen=False)
        ctx.stap(
            "bruto loon",
            "Pw art. 32",
            _pw(maand, "32"),
            f"Het netto loon uit {'de loonstroken van uw partner' if wie == 'partner' else 'uw loonstroken'} over "
            f"deze maand is {als_euro(netto)} (art. 32: het loon telt in de maand waarop het slaat). Voor de "
            f"toeslagen telt het bruto loon: met de loonheffing erbij (witte tabel, met loonheffingskorting) is dat "
            f"{als_euro(b)}.",
            b,
            tak="bruto-uit-loonstrook",
        )
        bruto_loon += b
    for ink in inkomsten:
        if ink.soort != "arbeid":
            andere += ink.netto
            continue
        lhk = ink.loonheffingskorting is not False
        lhk_bij_werk[ink.van] |= lhk
        loon_netto += ink.netto
        if ink.bruto is not None:
            loonheffing_maand(
                ctx, ink.bruto, lhk, False, "het loon" + (" van uw partner" if ink.van == "partner" else "")
            )
            bruto_loon += ink.bruto
        else:
            b, _ = bruteren(ctx_voor(maand, uitleg=False), ink.netto, lhk, groen=False)
            ctx.stap(
                "bruto loon",
                "Wet LB 1964",
                ctx.p.bron("loonheffing", "tabelloon_stap"),
                f"U gaf het netto loon ({als_euro(ink.netto)}). Voor de toeslagen telt het bruto loon: met de "
                f"loonheffing erbij is dat {als_euro(b)}.",
                b,
                tak="bruto-uit-netto",
            )
            bruto_loon += b

    # Bijstand bruto: de gemeente houdt loonheffing in en betaalt die (groene tabel). De loonheffingskorting gaat
    # bij de bijstand alleen mee als die niet al bij een werkgever geldt. Gehuwden: elk de helft (Pw art. 45).
    # De partner telt in de maanden waarin hij op de eerste dag bij het huishouden hoort (Awir art. 5: een wijziging
    # telt vanaf de eerste dag van de maand erna), niet de hele periode.
    partner_in_huis = h.partner is not None and _in_huis(h.partner, maand)
    bijstand = int(uitkomst.bijstand)
    bruto_bijstand = 0
    if bijstand:
        delen = (
            [("aanvrager", bijstand)]
            if not partner_in_huis
            else [("aanvrager", bijstand - bijstand // 2), ("partner", bijstand // 2)]
        )
        for wie, deel in delen:
            b, _ = bruteren(ctx, deel, not lhk_bij_werk[wie], groen=True)
            bruto_bijstand += b

    partner = partner_in_huis or h.aanvrager.toeslagpartner
    maand_bruto = bruto_loon + bruto_bijstand + andere
    ti = 12 * maand_bruto
    tekst = (
        f"Voor de toeslagen telt het toetsingsinkomen over het hele jaar. balans rekent alsof deze maand het hele "
        f"jaar zo blijft: 12 x ({als_euro(bruto_loon)} bruto loon + {als_euro(bruto_bijstand)} bruto bijstand"
        + (f" + {als_euro(andere)} andere inkomsten" if andere else "")
        + f") = {als_euro(ti)}"
        + (" (samen met uw toeslagpartner)" if partner else "")
        + "."
    )
    if h.aanvrager.toeslagpartner and not partner_in_huis:
        tekst += " Het inkomen van uw toeslagpartner staat niet in de casus; balans rekent met nul."
    ctx.stap(
        "toetsingsinkomen", "Awir art. 2 en 8", _AWIR.format(jaar=maand.year, art="8"), tekst, ti, tak="awir-8-jaar"
    )

    vermogen = max(0, int(inv.bezittingen) - int(inv.schulden))
    verzekerd = leeftijd_wkb(h.aanvrager.geboortedatum, maand) >= 18
    zt = zorgtoeslag(ctx, ti, partner, True, verzekerd, vermogen)
    kinderen = [k.geboortedatum for k in h.kinderen]
    n, n12, n16 = tel_kinderen(kinderen, maand)
    kgb = kindgebonden_budget(ctx, ti, n, n12, n16, partner, vermogen)
    kinderbijslag = kb.kinderbijslag(ctx, *kb.tel_kinderen(kinderen, maand))
    ht = None
    if h.woning is not None and h.woning.soort == "huur":
        ht = _huurtoeslag(ctx, c, maand, ti, partner, vermogen)
    ht_maand = 0 if ht is None else ht.maand

    # Individuele inkomenstoeslag: de regels van de gemeente (wet/parameters/art36.yaml met haar overlay).
    pw = ParameterBoom.voor(c.regime or "wet", c.gemeente).op(maand)
    regels = iit_regels(pw)
    iit = inkomenstoeslag(
        ctx,
        regels,
        _iit(c, pw, maand, uitkomst, partner_in_huis, andere) if regels.heeft else _GEEN_FEITEN,
        loon_netto,
        bijstand,
        partner_in_huis,
        vermogen,
    )

    totaal = loon_netto + andere + bijstand + zt.maand + kgb.maand + kinderbijslag.maand + ht_maand + iit.maand
    ctx.stap(
        "totaal",
        "Pw art. 31 lid 2 onder b en d",
        _pw(maand, "31"),
        f"Wat het huishouden deze maand heeft: {als_euro(loon_netto)} netto loon"
        + (f" + {als_euro(andere)} andere inkomsten" if andere else "")
        + f" + {als_euro(bijstand)} bijstand + {als_euro(zt.maand)} zorgtoeslag + {als_euro(kgb.maand)} kindgebonden "
        f"budget + {als_euro(kinderbijslag.maand)} kinderbijslag"
        + (f" + {als_euro(ht_maand)} huurtoeslag" if ht is not None else "")
        + (f" + {als_euro(iit.maand)} individuele inkomenstoeslag" if regels.heeft else "")
        + f" = {als_euro(totaal)}. De toeslagen"
        + (", de kinderbijslag en de inkomenstoeslag tellen" if regels.heeft else " en de kinderbijslag tellen")
        + " niet mee als inkomen voor de bijstand; uw bijstand blijft dus gelijk.",
        totaal,
        tak="totaal",
    )
    assert ctx.spoor is not None  # ctx_voor(maand) rekent met uitleg: er is een spoor
    return {
        "loon_netto": als_tekst(loon_netto),
        "andere_inkomsten": als_tekst(andere),
        "bijstand": als_tekst(bijstand),
        "bijstand_bruto": als_tekst(bruto_bijstand),
        "zorgtoeslag": als_tekst(zt.maand),
        "huurtoeslag": None if ht is None else als_tekst(ht.maand),
        **({"inkomenstoeslag": als_tekst(iit.maand)} if regels.heeft else {}),
        "kindgebonden_budget": als_tekst(kgb.maand),
        "kinderbijslag": als_tekst(kinderbijslag.maand),
        "totaal": als_tekst(totaal),
        "toetsingsinkomen": als_tekst(ti),
        "jaar": {
            "zorgtoeslag": als_tekst(zt.jaar),
            "kindgebonden_budget": als_tekst(kgb.jaar),
            "kinderbijslag_kwartaal": als_tekst(kinderbijslag.kwartaal),
            **({} if ht is None else {"huurtoeslag": als_tekst(ht.jaar)}),
            **({"inkomenstoeslag": als_tekst(iit.jaar)} if regels.heeft else {}),
        },
        "niet_geindexeerd": ctx.p.niet_geindexeerd()
        + ([n for n in pw.niet_geindexeerd() if n.startswith("art36.")] if regels.heeft else []),
        "uitleg": [
            {
                "regel": s.regel,
                "artikel": s.artikel,
                "bron": s.bron,
                "tekst": s.tekst,
                "bedrag": None if s.bedrag is None else als_tekst(s.bedrag),
                "tak": s.tak,
            }
            for s in ctx.spoor
        ],
    }


def inkomen_per_maand(c, resultaten) -> dict[dt.date, dict]:
    """Het inkomen-blok voor elke maand van de casus, als de casus een woning heeft; anders leeg."""
    if c.huishouden.woning is None:
        return {}
    loon = loon_per_maand(c, ParameterBoom.voor(c.regime or "wet", c.gemeente))
    vermogen = _vermogen_per_maand(c)
    return {
        r.maand: maand_inkomen(
            c, r.maand, vermogen[r.maand], r.uitkomst, {w: loon.get((r.maand, w), 0) for w in ("aanvrager", "partner")}
        )
        for r in resultaten
    }


def _vermogen_per_maand(c) -> dict:
    """Het vermogen (bezittingen, schulden) per maand, zoals rekenen.casus.maandinvoeren het kiest: een wijziging
    geldt vanaf haar maand. Alleen dit leest het inkomen-blok uit de maandinvoer; de hele maandinvoer opnieuw
    opbouwen kost meer dan de toeslagen zelf."""
    uit = {}
    vermogen = c.vermogen
    for m in c.alle_maanden():
        controleer()  # tijdsbudget van het verzoek
        mi = c.maanden.get(m)
        if mi is not None and mi.vermogen is not None:
            vermogen = mi.vermogen
        uit[m] = vermogen
    return uit
