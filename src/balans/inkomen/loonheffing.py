# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Loonheffing op een maandloon, volgens de Rekenvoorschriften voor de geautomatiseerde loonadministratie van de
Belastingdienst (2026 versie 2, LH 991-Z62FD), onder de AOW-leeftijd.

De stappen en hun afronding, zoals de rekenvoorschriften ze geven:
1. tabelloon: 12 x het maandloon, naar beneden op een veelvoud van de stap Lv (2026: € 54);
2. belasting en premie over het tabelloon naar beneden op hele euro's (de bedragen aan het begin van schijf 2
   en 3 zijn zelf naar beneden afgeronde euro's);
3. algemene heffingskorting naar boven op hele euro's;
4. arbeidskorting (alleen witte tabel) naar boven op hele euro's (elk product is al exact op 5 decimalen,
   want het tabelloon is een heel aantal euro's);
5. het jaarbedrag min de kortingen, niet onder nul; gedeeld door 12 en rekenkundig afgerond op centen.
Zonder loonheffingskorting vervallen stap 3 en 4. De groene tabel (loon uit vroegere dienstbetrekking, zoals
bijstand) heeft geen arbeidskorting.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import numpy as np

from balans.inkomen.rekenkunde import NOEMER, als_euro, half_omhoog, omhoog, omlaag, pos, teller
from balans.wet.context import Vector

EURO = 100  # centen
_E_N = EURO * NOEMER  # een euro in honderdduizendste centen


@dataclass
class Loonheffing:
    tabelloon: object  # centen, per jaar
    heffing: object  # hele euro's in centen, per jaar, vóór kortingen
    ahk: object  # idem
    ak: object  # idem
    per_jaar: object  # centen
    per_maand: object  # centen


def tabelloon(ctx, loon_maand):
    stap = ctx.p.loonheffing.tabelloon_stap
    return (12 * pos(ctx, loon_maand) // stap) * stap


def _heffing(ctx, L):
    """Stap 2: in hele euro's (als centen)."""
    p, xp = ctx.p.inkomstenbelasting, ctx.xp
    g1, g2 = p.schijf_1_tot, p.schijf_2_tot
    r1 = teller(p.tarief_1_belasting) + teller(p.premie_volksverzekeringen)
    r2, r3 = teller(p.tarief_2), teller(p.tarief_3)
    # bedragen aan het begin van schijf 2 en 3, naar beneden op hele euro's (zoals de rekenvoorschriften ze noemen)
    c2 = omlaag(g1 * r1, _E_N) * EURO
    c3 = omlaag(c2 * NOEMER + (g2 - g1) * r2, _E_N) * EURO
    t = xp.kies([L <= g1, L <= g2], [L * r1, c2 * NOEMER + (L - g1) * r2], c3 * NOEMER + (L - g2) * r3)
    return omlaag(t, _E_N) * EURO


def _ahk(ctx, L):
    p = ctx.p.inkomstenbelasting
    t = p.ahk_maximum * NOEMER - pos(ctx, L - p.ahk_afbouw_vanaf) * teller(p.ahk_afbouw_percentage)
    return pos(ctx, omhoog(t, _E_N) * EURO)


def _ak(ctx, L):
    p, xp = ctx.p.inkomstenbelasting, ctx.xp
    t1 = L * teller(p.ak_percentage_1)
    t2 = p.ak_bedrag_2 * NOEMER + (L - p.ak_grens_1) * teller(p.ak_percentage_2)
    t3 = p.ak_bedrag_3 * NOEMER + (L - p.ak_grens_2) * teller(p.ak_percentage_3)
    t4 = p.ak_maximum * NOEMER - (L - p.ak_grens_3) * teller(p.ak_afbouw_percentage)
    t = xp.kies([L <= p.ak_grens_1, L <= p.ak_grens_2, L <= p.ak_grens_3], [t1, t2, t3], t4)
    return pos(ctx, omhoog(t, _E_N) * EURO)


def _constanten(p) -> tuple:
    """De vaste getallen van stap 2-4 (tellers, schijfbedragen), één keer per set parameterwaarden."""
    tabellen = _tabellen(p)
    c = tabellen.get("constanten")
    if c is None:
        ib = p.inkomstenbelasting
        r1 = teller(ib.tarief_1_belasting) + teller(ib.premie_volksverzekeringen)
        r2, r3 = teller(ib.tarief_2), teller(ib.tarief_3)
        c2 = omlaag(ib.schijf_1_tot * r1, _E_N) * EURO
        c3 = omlaag(c2 * NOEMER + (ib.schijf_2_tot - ib.schijf_1_tot) * r2, _E_N) * EURO
        c = tabellen["constanten"] = (
            ib.schijf_1_tot,
            ib.schijf_2_tot,
            r1,
            r2,
            r3,
            c2 * NOEMER,
            c3 * NOEMER,
            ib.ahk_maximum * NOEMER,
            ib.ahk_afbouw_vanaf,
            teller(ib.ahk_afbouw_percentage),
            ib.ak_grens_1,
            ib.ak_grens_2,
            ib.ak_grens_3,
            teller(ib.ak_percentage_1),
            ib.ak_bedrag_2 * NOEMER,
            teller(ib.ak_percentage_2),
            ib.ak_bedrag_3 * NOEMER,
            teller(ib.ak_percentage_3),
            ib.ak_maximum * NOEMER,
            teller(ib.ak_afbouw_percentage),
        )
    return c


def _loonheffing_scalair(c: tuple, L: int, heffingskorting: bool, groen: bool) -> Loonheffing:
    """_heffing, _ahk en _ak voor één bedrag met de vaste getallen van _constanten: dezelfde rekenkunde, zonder
    de omweg via xp (test_twee_standen houdt scalair en gevectoriseerd gelijk)."""
    g1, g2, r1, r2, r3, c2n, c3n, ahk_max, ahk_vanaf, ahk_pct, a1, a2, a3, p1, b2, p2, b3, p3, ak_max, p4 = c
    if L <= g1:
        t = L * r1
    elif L <= g2:
        t = c2n + (L - g1) * r2
    else:
        t = c3n + (L - g2) * r3
    heffing = (t // _E_N) * EURO
    ahk = ak = 0
    if heffingskorting:
        ahk = max(-((max(L - ahk_vanaf, 0) * ahk_pct - ahk_max) // _E_N) * EURO, 0)
        if not groen:
            if L <= a1:
                t = L * p1
            elif L <= a2:
                t = b2 + (L - a1) * p2
            elif L <= a3:
                t = b3 + (L - a2) * p3
            else:
                t = ak_max - (L - a3) * p4
            ak = max(-((-t) // _E_N) * EURO, 0)
    per_jaar = max(heffing - ahk - ak, 0)
    return Loonheffing(L, heffing, ahk, ak, per_jaar, (2 * per_jaar + 12) // 24)


def _loonheffing_tabelloon(ctx, L, heffingskorting, groen) -> Loonheffing:
    """Stap 2 tot en met 5 bij een gegeven tabelloon (zonder uitleg)."""
    xp = ctx.xp
    if not xp.vector:
        return _loonheffing_scalair(_constanten(ctx.p), L, bool(heffingskorting), bool(groen))
    heffing = _heffing(ctx, L)
    ahk = xp.als(heffingskorting, _ahk(ctx, L), 0)
    ak = xp.als(heffingskorting & xp.niet(groen), _ak(ctx, L), 0)
    per_jaar = pos(ctx, heffing - ahk - ak)
    return Loonheffing(L, heffing, ahk, ak, per_jaar, half_omhoog(per_jaar, 12))


def loonheffing_maand(ctx, loon_maand, heffingskorting=True, groen=False, uitleg_wie: str = "uw loon") -> Loonheffing:
    """Loonheffing (loonbelasting en premie volksverzekeringen) over het loon van één maand.

    heffingskorting: past deze werkgever (of gemeente) de loonheffingskorting toe? groen: de groene tabel."""
    L = tabelloon(ctx, loon_maand)
    lh = _loonheffing_tabelloon(ctx, L, heffingskorting, groen)
    heffing, ahk, ak, per_jaar, per_maand = lh.heffing, lh.ahk, lh.ak, lh.per_jaar, lh.per_maand
    if ctx.uitleg:
        bron = ctx.p.bron("loonheffing", "tabelloon_stap")
        stap = ctx.p.loonheffing.tabelloon_stap
        tekst = (
            f"Loonheffing over {uitleg_wie} van {als_euro(loon_maand)}: de Belastingdienst rekent met een jaarloon van "
            f"{als_euro(L)} (12 keer het maandloon, naar beneden op een veelvoud van {als_euro(stap)}). "
            f"Belasting en premies daarover: {als_euro(heffing)}."
        )
        if heffingskorting:
            tekst += f" Min de algemene heffingskorting ({als_euro(ahk)})"
            tekst += "." if groen else f" en de arbeidskorting ({als_euro(ak)})."
        else:
            tekst += " Zonder loonheffingskorting: er gaat geen korting af."
        tekst += f" Per jaar {als_euro(per_jaar)}, per maand {als_euro(per_maand)}."
        ctx.stap(
            "loonheffing",
            "Wet LB 1964 en rekenvoorschriften Belastingdienst",
            bron,
            tekst,
            per_maand,
            tak=("groen" if groen else "wit") + ("-lhk" if heffingskorting else "-zonder-lhk"),
        )
    return lh


def netto_loon(ctx, bruto_maand, heffingskorting=True):
    """Het netto maandloon: bruto min loonheffing (witte tabel). De werknemer betaalt geen Zvw-bijdrage (de
    werkgever betaalt de werkgeversheffing) en geen werknemersverzekeringen; pensioenpremie valt hier buiten."""
    lh = loonheffing_maand(ctx, bruto_maand, heffingskorting, False)
    return bruto_maand - lh.per_maand, lh


# --- Bruteren met een tabel per stap van het tabelloon -----------------------------------------------------------
# De loonheffing hangt alleen af van het tabelloon L = k x stap (k = 0, 1, 2, ...). Per k is lh[k] de loonheffing
# per maand. Het gezochte bruto is netto + lh[k*], met k* het kleinste k >= tabelloon(netto) / stap waarvoor het
# bruto netto + lh[k] nog in stap k valt: 12 x (netto + lh[k]) < (k + 1) x stap, dus 12 x netto < T[k] met
# T[k] = (k + 1) x stap - 12 x lh[k]. Zolang lh per stap minder stijgt dan een stap (marginaal tarief < 100%),
# stijgt T met k en is k* = het aantal T[k] <= 12 x netto: één binaire zoekstap in plaats van de herhaling. Dat
# is precies het vaste punt waar de herhaling hieronder op uitkomt (zie docs/inkomen.md); _tabel controleert of T
# stijgt, en anders valt bruteren terug op de herhaling.

_PER_WAARDEN: dict[tuple, dict] = {}  # waarden van loonheffing en inkomstenbelasting -> {(lhk, groen): tabel}
_PER_PARAMS: dict[int, tuple] = {}  # id(Parameters) -> (Parameters, dat dict): hash(Fraction) is traag, dus
# de waarden één keer per Parameters-object (elke maand een eigen object)
_TABEL_MIN = 4096  # stappen: 4096 x € 54 / 12 = ruim € 18.000 bruto per maand (2026)


def _tabellen(p) -> dict:
    rij = _PER_PARAMS.get(id(p))
    if rij is None or rij[0] is not p:
        if len(_PER_PARAMS) > 4096:
            _PER_PARAMS.clear()
        if len(_PER_WAARDEN) > 64:
            _PER_WAARDEN.clear()
        waarden = (tuple(vars(p.loonheffing).items()), tuple(vars(p.inkomstenbelasting).items()))
        rij = _PER_PARAMS[id(p)] = (p, _PER_WAARDEN.setdefault(waarden, {}))
    return rij[1]


def _tabel(sub, heffingskorting: bool, groen: bool, tot: int):
    """T en lh (zie boven) tot voorbij 12 x netto = tot; None als T niet stijgt (dan geldt de tabel niet)."""
    tabellen = _tabellen(sub.p)
    rij = tabellen.get((heffingskorting, groen), False)
    if rij is None or (rij is not False and rij[2][-1] > tot):
        return rij
    stap = sub.p.loonheffing.tabelloon_stap
    k_max = max(_TABEL_MIN, 2 * (max(tot, 0) // stap) + 2)
    vec = type(sub)(Vector, sub.maand, sub.p, False)
    L = np.arange(k_max + 1, dtype=np.int64) * stap
    lh = _loonheffing_tabelloon(vec, L, heffingskorting, groen).per_maand
    T = L + stap - 12 * lh
    verschil = np.diff(T)
    if not bool(np.all(verschil >= 0)):
        rij = tabellen[(heffingskorting, groen)] = None
        return rij
    # Vakken van 2^s (2^s <= het kleinste verschil tussen twee T's): in elk vak hoogstens één T, dus k* = het
    # aantal T's tot het begin van het vak, plus één als x voorbij de T in het vak ligt. Twee keer opzoeken in
    # plaats van een binaire zoektocht per rij. Alleen als alle T's verschillen en T[0] > 0 (dan is x < 0 als 0).
    vakken = None
    if T[0] > 0 and verschil.size and int(verschil.min()) > 0:
        s = int(verschil.min()).bit_length() - 1
        vakken = (s, np.searchsorted(T, np.arange((int(T[-1]) >> s) + 1, dtype=np.int64) << s, side="right"))
    rij = tabellen[(heffingskorting, groen)] = (T, lh, T.tolist(), lh.tolist(), vakken)
    return rij


def _bruto_scalair(sub, netto: int, heffingskorting: bool, groen: bool) -> int | None:
    rij = _tabel(sub, heffingskorting, groen, 12 * netto)
    if rij is None:
        return None
    return netto + rij[3][bisect_right(rij[2], 12 * netto)]


def _bruto_vector(sub, netto_maand, heffingskorting, groen):
    """Per rij netto + lh[k*]; None als een tabel niet geldt. Een rij-eigen keuze (met of zonder korting, groen of
    wit) krijgt de tabel van die keuze."""
    netto = np.asarray(netto_maand, np.int64)
    twaalf = 12 * netto
    tot = int(twaalf.max(initial=0))
    hk = np.asarray(heffingskorting, bool)
    gr = np.asarray(groen, bool)
    uit = None
    for h in (bool(hk),) if hk.ndim == 0 else (False, True):
        for g in (bool(gr),) if gr.ndim == 0 else (False, True):
            keuze = (hk == h) & (gr == g)
            if keuze.ndim and not keuze.any():
                continue
            rij = _tabel(sub, h, g, tot)
            if rij is None:
                return None
            T, lh, _, _, vakken = rij
            if vakken is None:
                k = np.searchsorted(T, twaalf, side="right")
            else:
                x = np.maximum(twaalf, 0)
                k = vakken[1][x >> vakken[0]]
                k += x >= T[k]
            b = netto + lh[k]
            uit = b if uit is None else np.where(keuze, b, uit)
    return uit


def _bruteren_herhaling(sub, netto_maand, heffingskorting, groen, max_stappen: int):
    """De herhaling B <- netto + loonheffing(B) vanaf B = netto, per rij tot die rij vaststaat (een vaste waarde
    blijft vast). Alleen nog als de tabel niet geldt; de tests houden beide gelijk."""
    if not sub.xp.vector:
        bruto = netto_maand
        for _ in range(max_stappen):
            nieuw = netto_maand + loonheffing_maand(sub, bruto, heffingskorting, groen).per_maand
            if nieuw == bruto:
                return bruto
            bruto = nieuw
        raise ArithmeticError("bruteren convergeert niet")  # pragma: no cover
    netto = np.asarray(netto_maand, np.int64)
    vorm = netto.shape
    n_plat = netto.reshape(-1)
    lhk = np.broadcast_to(np.asarray(heffingskorting, bool), vorm).reshape(-1)
    gr = np.broadcast_to(np.asarray(groen, bool), vorm).reshape(-1)
    bruto = n_plat.copy()
    actief = np.arange(bruto.size)
    for _ in range(max_stappen):
        b = bruto[actief]
        nieuw = n_plat[actief] + loonheffing_maand(sub, b, lhk[actief], gr[actief]).per_maand
        bruto[actief] = nieuw
        actief = actief[nieuw != b]
        if not actief.size:
            return bruto.reshape(vorm)
    raise ArithmeticError("bruteren convergeert niet")  # pragma: no cover


def bruto_bij_netto(ctx, netto_maand, heffingskorting=True, groen=True, max_stappen: int = 80):
    """Het laagste bruto B met B - loonheffing(B) = netto (zie bruteren), zonder de Loonheffing erbij en zonder
    uitleg: voor wie alleen het bedrag nodig heeft (de gevectoriseerde stand)."""
    sub = ctx if not ctx.uitleg else type(ctx)(ctx.xp, ctx.maand, ctx.p, False)
    if ctx.xp.vector:
        bruto = _bruto_vector(sub, netto_maand, heffingskorting, groen)
    else:
        bruto = _bruto_scalair(sub, netto_maand, bool(heffingskorting), bool(groen))
    if bruto is None:
        bruto = _bruteren_herhaling(sub, netto_maand, heffingskorting, groen, max_stappen)
    return bruto


def bruteren(ctx, netto_maand, heffingskorting=True, groen=True, max_stappen: int = 80):
    """Pw art. 19 lid 4: de gemeente verhoogt de netto bijstand met de loonheffing die zij inhoudt.

    Gezocht is het laagste bruto B met B - loonheffing(B) = netto. Omdat de loonheffing een trap is per stap van
    het tabelloon, is dat het laagste tabelloon L waarvoor netto + loonheffing(L) onder het volgende tabelloon
    blijft. Herhalen vanaf L = tabelloon(netto) stijgt en stopt precies daar (zie docs/inkomen.md); de tabel
    per stap (bruto_bij_netto) vindt datzelfde punt in één zoekstap.
    Geeft (bruto, Loonheffing)."""
    bruto = bruto_bij_netto(ctx, netto_maand, heffingskorting, groen, max_stappen)
    lh = loonheffing_maand(ctx, bruto, heffingskorting, groen, "de bruto bijstand")
    if ctx.uitleg:
        ctx.stap(
            "bruteren",
            "Pw art. 19 lid 4",
            "https://wetten.overheid.nl/BWBR0015703/"
            f"{ctx.maand.year}-{'07' if ctx.maand.month >= 7 else '01'}-01#Artikel19",
            f"De gemeente betaalt de loonheffing over de bijstand. Daarom is de bijstand bruto {als_euro(bruto)}: "
            f"{als_euro(netto_maand)} netto plus {als_euro(lh.per_maand)} loonheffing"
            f"{' (met loonheffingskorting)' if heffingskorting else ' (zonder loonheffingskorting: die geldt al bij uw werkgever)'}.",
            bruto,
            tak="19-4",
        )
    return bruto, lh
