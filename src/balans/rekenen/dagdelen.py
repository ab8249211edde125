# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Delen van een maand: de norm per kalenderdag (casus.md 'Changes within the periode, and parts of a month').

Verandert in een maand iets op een andere dag dan de eerste (een verjaardag die 18, 21, 27 of de
AOW-leeftijd passeert, iemand die komt of gaat, het begin of einde van de bijstand, een nieuwe versie
van de wet), dan krijgt elk deel van de maand de norm van die dagen:

    norm van de maand = som over de delen van  norm_deel x dagen_deel / dagen_in_de_maand,

elk deel half naar boven afgerond op hele centen (geld.deel_half_omhoog, dezelfde regel als overal).
Aangrenzende delen met dezelfde norm tellen als één deel; zo geeft een maand die in stukken wordt
geknipt zonder dat er iets verandert precies de norm van de hele maand. Dagen zonder recht (vóór de
melding, na het einde, of vóór de 18e verjaardag, art. 13 lid 1 onder f) tellen voor nul.

Alles wat per maand gaat (vermogen, vrijlating, middelen, verlaging) blijft per maand: de middelen
van de maand gaan af van de norm van de maand. Zie docs/dagdelen.md voor de bronnen en de keuzes.

Eén definitie voor beide standen: met uitleg (Scalair) rekent dit per deel met een eigen spoor;
gevectoriseerd alleen voor de rijen waarin iets verandert (meestal een paar procent), met per rij een
eigen peildag (Ctx.dag als array).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Any

import numpy as np

from balans.geld import deel_half_omhoog
from balans.wet.tekst import als_euro
from balans.wet.context import Ctx
from balans.rekenen.invoer import GEEN_PERSOON, KENMERK_DAGEN, MaandInvoer
from balans.rekenen.feiten import feiten
from balans.wet.regels import normen
from balans.wet.regels.leeftijd import _LUT_TOT, _LUT_VAN, _aow_lut, aow_datum_scalair

GRENZEN = (18, 21, 27)  # leeftijden waarop recht of norm kan veranderen (art. 13, 20-22, 19a); AOW apart
MAANDNAMEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


@lru_cache(maxsize=1024)  # elke maand een paar keer gevraagd, voor elke persoon en elk kenmerk
def dagen_in(maand: dt.date) -> int:
    return calendar.monthrange(maand.year, maand.month)[1]


def _dag_tekst(maand: dt.date, dag: int) -> str:
    return f"{dag} {MAANDNAMEN[maand.month - 1]}"


# --- wie is er op dag d --------------------------------------------------------------------------


def _binnen(paar, dag):
    """Valt dag binnen (eerste, laatste)? Werkt op getallen en op arrays."""
    eerste, laatste = paar
    return (eerste <= dag) & (dag <= laatste)


def op_dag(inv: MaandInvoer, dag, vector: bool) -> MaandInvoer:
    """De invoer zoals het huishouden op `dag` is: wie er die dag niet bij hoort, telt niet mee."""
    veranderd = {}
    if inv.p_dagen is not None:
        veranderd["heeft_partner"] = inv.heeft_partner & _binnen(inv.p_dagen, dag)
    for kenmerk, veld in KENMERK_DAGEN.items():  # een persoonskenmerk dat een deel van de maand geldt
        paar = getattr(inv, veld)
        if paar is not None:
            veranderd[kenmerk] = _binnen(paar, dag)
    if not vector:
        if inv.k_dagen is not None:
            veranderd["kinderen"] = tuple(k for k, paar in zip(inv.kinderen, inv.k_dagen) if _binnen(paar, dag))
        if inv.m_dagen is not None:
            veranderd["medebewoners"] = tuple(m for m, paar in zip(inv.medebewoners, inv.m_dagen) if _binnen(paar, dag))
    else:
        if inv.k_dagen is not None:
            er = _binnen(inv.k_dagen, dag[:, None] if isinstance(dag, np.ndarray) else dag)
            j, m, d = inv.kinderen
            veranderd["kinderen"] = (np.where(er, j, GEEN_PERSOON), m, d)
        if inv.m_dagen is not None:
            er = _binnen(inv.m_dagen, dag[:, None] if isinstance(dag, np.ndarray) else dag)
            j, m, d, u = inv.medebewoners
            veranderd["medebewoners"] = (np.where(er, j, GEEN_PERSOON), m, d, u)
    return replace(inv, **veranderd) if veranderd else inv


def _parameters(ctx: Ctx, inv: MaandInvoer, dag: int):
    """De parameters die op `dag` gelden: de laatste versie die op of vóór die dag ingaat."""
    p = ctx.p
    for d, pv in inv.wetsversies:
        if d <= dag:
            p = pv
    return p


# Parameters waar de norm van afhangt: alleen een nieuwe versie daarvan knipt een maand in delen.
# Wat per maand gaat (vrijlating, vermogen, giften, verlaging) volgt de versie van de eerste dag.
NORM_BESTANDEN = frozenset({"aow", "art19a", "art20", "art21", "art22", "art22a", "art23", "art24", "art24a"})


def wetsversies(boom, maand: dt.date) -> tuple:
    """((dag, parameters), ...): de dagen > 1 in deze maand waarop een parameter van de norm wijzigt."""
    dagen = boom.wijzigingsdagen(maand, NORM_BESTANDEN)
    if not dagen:  # bijna elke maand: geen nieuwe versie midden in de maand
        return ()
    return tuple((d, boom.op(maand.replace(day=d))) for d in dagen)


def dagen_van(van: dt.date | None, tot: dt.date | None, maand: dt.date):
    """(eerste, laatste) dag van [van, tot] in deze maand; None: de hele maand; (32, 0): geen dag."""
    if van is None and tot is None:  # bijna altijd: zonder datums de hele maand
        return None
    dim = dagen_in(maand)
    eind = maand.replace(day=dim)
    if (van is not None and van > eind) or (tot is not None and tot < maand):
        return (32, 0)
    eerste = van.day if van is not None and van > maand else 1
    laatste = tot.day if tot is not None and tot < eind else dim
    return None if (eerste, laatste) == (1, dim) else (eerste, laatste)


def samen(a, b):
    """De doorsnede van twee (eerste, laatste)-paren; None is de hele maand."""
    if a is None:
        return b
    if b is None:
        return a
    return (max(a[0], b[0]), min(a[1], b[1]))


def leeg(paar) -> bool:
    return paar is not None and paar[0] > paar[1]


# --- op welke dagen verandert er iets ------------------------------------------------------------


def _grensdagen_scalair(ctx: Ctx, inv: MaandInvoer) -> list[int]:
    dim = dagen_in(ctx.maand)
    pj, pm = ctx.maand.year, ctx.maand.month
    dagen: set[int] = set()

    def van_tot(paar):
        eerste, laatste = paar
        if 1 < eerste <= dim:
            dagen.add(eerste)
        if 1 <= laatste < dim:
            dagen.add(laatste + 1)

    def jarig(j, m, d, *, grenzen=GRENZEN):  # *: zodat jarig(*k, grenzen=...) niet twee keer grenzen krijgt
        if m == pm and 1 < d <= dim and (pj - j) in grenzen:
            dagen.add(d)

    def aow(j, m, d):
        datum = aow_datum_scalair(ctx, j, m, d)
        if datum // 100 == pj * 100 + pm and 1 < datum % 100 <= dim:
            dagen.add(datum % 100)

    grens19a = (ctx.p.art19a.kostendeler_minimumleeftijd,)
    if inv.recht_dagen is not None:
        van_tot(inv.recht_dagen)
    jarig(inv.a_jaar, inv.a_maand, inv.a_dag)
    aow(inv.a_jaar, inv.a_maand, inv.a_dag)
    if inv.heeft_partner:
        if inv.p_dagen is not None:
            van_tot(inv.p_dagen)
        jarig(inv.p_jaar, inv.p_maand, inv.p_dag)
        aow(inv.p_jaar, inv.p_maand, inv.p_dag)
    for i, k in enumerate(inv.kinderen):
        jarig(*k, grenzen=(18,))
        if inv.k_dagen is not None:
            van_tot(inv.k_dagen[i])
    for i, m in enumerate(inv.medebewoners):
        jarig(*m[:3], grenzen=grens19a)
        if inv.m_dagen is not None:
            van_tot(inv.m_dagen[i])
    for veld in KENMERK_DAGEN.values():
        if getattr(inv, veld) is not None:
            van_tot(getattr(inv, veld))
    for d, _ in inv.wetsversies:
        if 1 < d <= dim:
            dagen.add(d)
    return sorted(dagen)


_PER_MAAND: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}


def _in_maand(maand_arr: np.ndarray, pm: int) -> np.ndarray:
    """De (platte, oplopende) plekken waar maand_arr == pm.

    Een populatie geeft elke maand dezelfde arrays met geboortemaanden mee: die sorteren we één keer
    (per array-object), daarna is elke maand een plak in plaats van een scan van de hele populatie.
    Kleine arrays (tests, één casus) scannen we gewoon."""
    if maand_arr.size < 50_000:
        return np.flatnonzero(maand_arr == pm)
    eerder = _PER_MAAND.get(id(maand_arr))
    if eerder is None or eerder[0] is not maand_arr:
        plat = maand_arr.ravel()
        volgorde = np.argsort(plat, kind="stable").astype(np.int32)  # int32: de helft van het geheugen
        grenzen = np.searchsorted(plat[volgorde], np.arange(1, 14))
        if len(_PER_MAAND) >= 16:  # begrensd: oude populaties niet vasthouden
            _PER_MAAND.pop(next(iter(_PER_MAAND)))
        eerder = _PER_MAAND[id(maand_arr)] = (maand_arr, volgorde, grenzen)
    _, volgorde, grenzen = eerder
    return volgorde[grenzen[pm - 1] : grenzen[pm]]


def _grensdagen_vector(ctx: Ctx, inv: MaandInvoer) -> tuple[np.ndarray, np.ndarray]:
    """(rij, dag): elke dag > 1 waarop er in een rij iets verandert, over de hele populatie.

    Eerst een goedkope zeef op de hele populatie (geboortemaand is deze maand; leeftijd rond de AOW-
    leeftijd; een datum in de maand), dan de precieze regel alleen voor die paar rijen. Zo kost dit
    een handvol bewerkingen per persoon per maand, niet tientallen."""
    dim = dagen_in(ctx.maand)
    pj, pm = ctx.maand.year, ctx.maand.month
    rijen: list[np.ndarray] = []
    dagen: list[np.ndarray] = []

    def voeg(rij, dag):
        goed = (dag > 1) & (dag <= dim)
        rijen.append(rij[goed])
        dagen.append(dag[goed])

    def jarig(j, m, d, grenzen, wie=None):
        """j, m, d: (n,) of (n, k); een verjaardag in deze maand waarop de leeftijd een grens wordt."""
        plek = _in_maand(m, pm)
        if not len(plek):
            return
        jv, dv = j.ravel()[plek], d.ravel()[plek]
        rij = plek // (m.shape[1] if m.ndim == 2 else 1)
        leeftijd = pj - jv
        grens = leeftijd == grenzen[0]
        for g in grenzen[1:]:
            grens |= leeftijd == g
        if wie is not None:
            grens &= wie[rij]
        voeg(rij[grens], dv[grens])

    tabel = ctx.p.aow.pensioengerechtigde_leeftijd
    # Een AOW-datum in jaar pj volgt de regel van dat jaar (leeftijd.aow_datum); die telt hele maanden op,
    # dus alleen één geboortemaand komt in aanmerking. De precieze datum daarna uit de opzoektabel.
    regel = next((r for r in tabel if r["jaar"] == pj), tabel[0] if pj <= tabel[0]["jaar"] else tabel[-1])
    geboortemaand = (pm - 1 - regel["maanden"]) % 12 + 1

    def aow(j, m, d, wie=None):
        plek = _in_maand(m, geboortemaand)
        if wie is not None:
            plek = plek[wie[plek]]
        if not len(plek):
            return
        sleutel = (np.clip(j[plek], _LUT_VAN, _LUT_TOT) - _LUT_VAN) * 12 + (m[plek] - 1)
        datum = _aow_lut(ctx)[sleutel] + d[plek]
        hier = datum // 100 == pj * 100 + pm
        voeg(plek[hier], datum[hier] % 100)

    def van_tot(paar, wie=None):
        eerste, laatste = (np.asarray(x) for x in paar)
        for dag in (eerste, laatste + 1):
            plek = np.flatnonzero((dag > 1) & (dag <= dim))
            if wie is not None and len(plek):
                plek = plek[wie.ravel()[plek] if dag.ndim == 1 else wie[plek // dag.shape[1]]]
            rij = plek // (dag.shape[1] if dag.ndim == 2 else 1)
            voeg(rij, dag.ravel()[plek])

    n = len(inv.a_jaar)
    if inv.recht_dagen is not None:
        van_tot(inv.recht_dagen)
    jarig(inv.a_jaar, inv.a_maand, inv.a_dag, GRENZEN)
    aow(inv.a_jaar, inv.a_maand, inv.a_dag)
    p_er = inv.heeft_partner
    if not (isinstance(p_er, np.ndarray) and p_er.shape == (n,)):
        p_er = np.full(n, bool(np.any(p_er)))
    p_er = p_er.astype(bool, copy=False)
    if p_er.any():
        if inv.p_dagen is not None:
            van_tot(inv.p_dagen, p_er)
        jarig(inv.p_jaar, inv.p_maand, inv.p_dag, GRENZEN, p_er)
        aow(inv.p_jaar, inv.p_maand, inv.p_dag, p_er)
    kj, km, kd = inv.kinderen
    jarig(kj, km, kd, (18,))
    if inv.k_dagen is not None:
        van_tot(inv.k_dagen)
    mj, mm, md, _ = inv.medebewoners
    jarig(mj, mm, md, (ctx.p.art19a.kostendeler_minimumleeftijd,))
    if inv.m_dagen is not None:
        van_tot(inv.m_dagen)
    for veld in KENMERK_DAGEN.values():
        if getattr(inv, veld) is not None:
            van_tot(getattr(inv, veld))
    if not rijen:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(rijen).astype(np.int64), np.concatenate(dagen).astype(np.int64)


# --- de delen en hun norm ------------------------------------------------------------------------


@dataclass
class Deel:
    eerste: int
    laatste: int
    recht: bool
    norm: int
    gehuwdennorm: int
    spoor: list
    reden: str = ""  # waarom er deze dagen geen recht is


def _norm_op(ctx: Ctx, inv: MaandInvoer, dag, p, uitleg: bool):
    """(recht, norm, gehuwdennorm, spoor) op `dag`, met de parameters p."""
    c = Ctx(ctx.xp, ctx.maand, p, uitleg, dag=dag)
    i = op_dag(inv, dag, ctx.xp.vector)
    f = feiten(c, i)
    binnen = True if inv.recht_dagen is None else _binnen(inv.recht_dagen, dag)
    recht = (f.la >= 18) & binnen
    n, g = normen.norm(c, f)
    return recht, n, g, c.spoor, f, binnen


def delen(ctx: Ctx, inv: MaandInvoer):
    """None als de hele maand dezelfde situatie en dezelfde wet heeft (bijna altijd); anders de delen.

    Met uitleg: een lijst Deel, al samengevoegd. Gevectoriseerd: (rijen, grensdagen) voor de rijen
    waarin iets verandert, of None als dat geen enkele rij is."""
    if ctx.xp.vector:
        return _delen_vector(ctx, inv)
    grenzen = _grensdagen_scalair(ctx, inv)
    leeg = inv.recht_dagen is not None and inv.recht_dagen[0] > min(inv.recht_dagen[1], dagen_in(ctx.maand))
    if not grenzen and not leeg:
        return None
    dim = dagen_in(ctx.maand)
    starts = [1] + grenzen
    delen_: list[Deel] = []
    for s, volgende in zip(starts, starts[1:] + [dim + 1]):
        recht, n, g, spoor, f, binnen = _norm_op(ctx, inv, s, _parameters(ctx, inv, s), ctx.uitleg)
        reden = ""
        if not recht:  # de norm zelf bewaren we: is de hele maand zonder recht door de leeftijd, dan toont
            #             balans de norm, zoals in een maand zonder delen (recht nee, bijstand 0)
            reden = (
                "de bijstand loopt op deze dagen niet (Pw art. 44 lid 1)"
                if not binnen
                else "u bent nog geen 18 jaar (Pw art. 13 lid 1 onder f)"
            )
        vorig = delen_[-1] if delen_ else None
        if (
            vorig is not None
            and (vorig.recht, vorig.reden) == (recht, reden)
            and (not recht or (vorig.norm, vorig.gehuwdennorm) == (n, g))
        ):
            vorig.laatste = volgende - 1
        else:
            delen_.append(Deel(s, volgende - 1, recht, n, g, spoor or [], reden))
    return delen_


def heel(delen_) -> bool:
    """Eén deel over de hele maand, met recht of zonder recht alleen door de leeftijd: er veranderde niets
    dat telt (met uitleg), dus de uitkomst van een gewone maand."""
    return (
        isinstance(delen_, list)
        and len(delen_) == 1
        and (delen_[0].recht or not delen_[0].reden.startswith("de bijstand"))
    )


def norm_per_dag(ctx: Ctx, inv: MaandInvoer, f, delen_, oud_genoeg, gewoon):
    """(norm, gehuwdennorm, recht op een dag van de maand) voor een maand in delen.

    gewoon(): de norm van de hele maand zoals altijd (voor de rijen zonder verandering, gevectoriseerd)."""
    if ctx.xp.vector:
        return _norm_vector(ctx, inv, delen_, oud_genoeg, gewoon)
    if heel(delen_):
        # niets dat telt verandert: de norm van de hele maand, met de situatie zoals die elke dag is (wie er
        # twee keer staat omdat hij weg ging en terugkwam, telt één keer)
        if not delen_[0].recht:  # de hele maand te jong: zoals een gewone maand (recht nee, de norm getoond)
            n, g = gewoon()
            return n, g, False
        if ctx.spoor is not None:  # = ctx.uitleg, maar zo ziet mypy het spoor
            ctx.spoor.extend(delen_[0].spoor)
        return delen_[0].norm, delen_[0].gehuwdennorm, True
    dim = dagen_in(ctx.maand)
    totaal = gehuwd = 0
    delen_tekst = []
    for d in delen_:
        dagen = d.laatste - d.eerste + 1
        deel = deel_half_omhoog(d.norm * dagen, dim) if d.recht else 0
        totaal += deel
        gehuwd += deel_half_omhoog(d.gehuwdennorm * dagen, dim) if d.recht else 0
        van_tot = (
            f"{_dag_tekst(ctx.maand, d.eerste)} t/m {_dag_tekst(ctx.maand, d.laatste)}"
            if dagen > 1
            else _dag_tekst(ctx.maand, d.eerste)
        )
        if ctx.spoor is not None:  # = ctx.uitleg
            if d.recht:
                ctx.stap(
                    "deel van de maand",
                    "Pw art. 20-22a",
                    "21",
                    f"Van {van_tot} ({dagen} {'dag' if dagen == 1 else 'dagen'}) is de situatie zo:",
                    None,
                    tak="dagdeel",
                )
                ctx.spoor.extend(d.spoor)
                ctx.stap(
                    "deel van de maand",
                    "Pw art. 20-22a",
                    "21",
                    f"Voor {van_tot} krijgt u {dagen} van de {dim} dagen van deze norm: "
                    f"{als_euro(d.norm)} x {dagen} / {dim} = {als_euro(deel)}.",
                    deel,
                    tak="dagdeel-bedrag",
                )
            else:
                ctx.stap(
                    "deel van de maand",
                    "Pw art. 13 en 44",
                    "44",
                    f"Van {van_tot} ({dagen} {'dag' if dagen == 1 else 'dagen'}) hebt u geen recht op bijstand. "
                    f"{d.reden[:1].upper()}{d.reden[1:]}. Voor deze dagen telt € 0,00.",
                    0,
                    tak="dagdeel-geen-recht",
                )  # drie korte zinnen: B1, hoogstens 20 woorden per zin
        delen_tekst.append(als_euro(deel))
    if ctx.uitleg:
        if len(delen_) > 1:
            ctx.stap(
                "norm van de maand",
                "Pw art. 20-22a",
                "21",
                f"In deze maand verandert uw situatie. Uw norm voor de hele maand is de som van de delen: "
                f"{' + '.join(delen_tekst)} = {als_euro(totaal)}.",
                totaal,
                tak="dagdelen-som",
            )
        if not any(d.recht for d in delen_):
            ctx.stap(
                "recht",
                "Pw art. 44 lid 1",
                "44",
                "U hebt in deze maand op geen enkele dag recht op bijstand. U krijgt deze maand geen bijstand.",
                None,
                tak="44-geen-dagen",
            )
    return totaal, gehuwd, any(d.recht for d in delen_)


# --- gevectoriseerd ------------------------------------------------------------------------------


def _delen_vector(ctx: Ctx, inv: MaandInvoer):
    rij, dag = _grensdagen_vector(ctx, inv)
    dim = dagen_in(ctx.maand)
    n = len(inv.a_jaar)
    extra = []
    if inv.recht_dagen is not None:  # de hele maand geen recht is ook een verandering
        e, laatste = (np.broadcast_to(np.asarray(x), (n,)) for x in inv.recht_dagen)
        extra.append(np.flatnonzero(e > np.minimum(laatste, dim)))
    versies = [d for d, _ in inv.wetsversies if 1 < d <= dim]
    if versies:  # een nieuwe versie van de norm: elke rij in delen
        alle = np.arange(n, dtype=np.int64)
        rij = np.concatenate([rij] + [alle] * len(versies))
        dag = np.concatenate([dag] + [np.full(n, d, np.int64) for d in versies])
    rijen = np.unique(np.concatenate([rij] + extra)) if (len(rij) or extra) else rij
    if not len(rijen):
        return None
    # per rij de grensdagen, gesorteerd, aangevuld met dim + 1 (een deel van nul dagen)
    pos = np.searchsorted(rijen, rij)
    volgorde = np.lexsort((dag, pos))
    pos, dag = pos[volgorde], dag[volgorde]
    aantal = np.bincount(pos, minlength=len(rijen))
    breedte = int(aantal.max()) if len(aantal) else 0
    grenzen = np.full((len(rijen), breedte), dim + 1, dtype=np.int64)
    if len(pos):
        start = np.concatenate([[0], np.cumsum(aantal)[:-1]])
        grenzen[pos, np.arange(len(pos)) - start[pos]] = dag
    return rijen, grenzen


def _deel_van(inv: MaandInvoer, rijen: np.ndarray) -> MaandInvoer:
    """Alleen de gegeven rijen van een populatie-invoer."""
    uit = {}
    for fld in fields(MaandInvoer):
        w = getattr(inv, fld.name)
        if isinstance(w, np.ndarray) and w.ndim >= 1:
            uit[fld.name] = w[rijen]
        elif isinstance(w, tuple) and w and isinstance(w[0], np.ndarray):
            uit[fld.name] = tuple(x[rijen] for x in w)
        else:
            uit[fld.name] = w
    return MaandInvoer(**uit)


def _norm_vector(ctx: Ctx, inv: MaandInvoer, delen_, oud_genoeg, gewoon):
    rijen, grenzen = delen_
    n, g = gewoon()
    n, g, oud_genoeg = np.array(n, copy=True), np.array(g, copy=True), np.array(oud_genoeg, copy=True)
    dim = dagen_in(ctx.maand)
    sub = _deel_van(inv, rijen)
    r = len(rijen)
    starts = np.concatenate([np.ones((r, 1), dtype=np.int64), grenzen], axis=1)
    eindes = np.concatenate([grenzen - 1, np.full((r, 1), dim)], axis=1)
    versies = [(1, ctx.p)] + [(d, p) for d, p in inv.wetsversies if 1 < d <= dim]
    totaal = np.zeros(r, dtype=np.int64)
    gtotaal = np.zeros(r, dtype=np.int64)
    ooit = np.zeros(r, dtype=bool)
    buiten = np.zeros(r, dtype=bool)  # een dag buiten de bijstand (niet alleen de leeftijd)
    # het lopende (samengevoegde) deel per rij
    acc_dagen = np.zeros(r, dtype=np.int64)
    acc_n = np.full(r, -1, dtype=np.int64)
    acc_g = np.zeros(r, dtype=np.int64)
    acc_recht = np.zeros(r, dtype=bool)
    # per deel: None tot de eerste wetsversie die op dag s geldt (versies[0] geldt vanaf dag 1), daarna arrays
    recht: Any
    n_k: Any
    g_k: Any
    binnen: Any
    for k in range(starts.shape[1]):
        s = np.minimum(starts[:, k], dim)
        lengte = np.maximum(eindes[:, k] - starts[:, k] + 1, 0)
        recht = n_k = g_k = binnen = None
        for j, (vd, p) in enumerate(versies):
            tot = versies[j + 1][0] if j + 1 < len(versies) else dim + 1
            hier = (s >= vd) & (s < tot)
            if not hier.any():
                continue
            rv, nv, gv, _, _, bv = _norm_op(ctx, sub, s, p, False)
            bv = np.broadcast_to(bv, (r,))
            if recht is None:
                recht, n_k, g_k, binnen = rv, nv, gv, bv
            else:
                recht, n_k, g_k = np.where(hier, rv, recht), np.where(hier, nv, n_k), np.where(hier, gv, g_k)
                binnen = np.where(hier, bv, binnen)
        n_k = np.where(recht, n_k, 0)
        g_k = np.where(recht, g_k, 0)
        telt = lengte > 0
        nieuw = telt & ((n_k != acc_n) | (g_k != acc_g) | (recht != acc_recht))
        # een nieuw deel begint: het vorige afronden en optellen
        klaar = nieuw & (acc_dagen > 0)
        totaal += np.where(klaar, deel_half_omhoog(acc_n * acc_dagen, dim), 0)
        gtotaal += np.where(klaar, deel_half_omhoog(acc_g * acc_dagen, dim), 0)
        acc_dagen = np.where(nieuw, lengte, acc_dagen + np.where(telt, lengte, 0))
        acc_n = np.where(nieuw, n_k, acc_n)
        acc_g = np.where(nieuw, g_k, acc_g)
        acc_recht = np.where(nieuw, recht, acc_recht)
        ooit |= telt & recht
        buiten |= telt & np.logical_not(binnen)
    totaal += deel_half_omhoog(acc_n * acc_dagen, dim)
    gtotaal += deel_half_omhoog(acc_g * acc_dagen, dim)
    # de hele maand zonder recht alleen door de leeftijd: de norm van een gewone maand (zoals met uitleg)
    gewoon_houden = np.logical_not(ooit) & np.logical_not(buiten)
    n[rijen] = np.where(gewoon_houden, n[rijen], totaal)
    g[rijen] = np.where(gewoon_houden, g[rijen], gtotaal)
    oud_genoeg[rijen] = ooit
    return n, g, oud_genoeg
