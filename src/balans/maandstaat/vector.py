# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het grootboek (maandstaat) voor een hele populatie tegelijk: dezelfde regels, gevectoriseerd.

Het recht per maand komt uit de gevectoriseerde regelkern (`bereken_maand` met `Ctx(Vector)`),
ook voor de voorlopige bedragen (voorschot zonder loon, voorschot op een schatting). Alleen het
moment en de boekhouding van `grootboek._Boekhouding` staan hier in numpy: wat de gemeente wanneer
betaalt, wat wordt verrekend (art. 58 lid 4), wat een vordering wordt (art. 58 lid 2), de aflossing
(art. 60 lid 3), het bufferbudget (art. 34b) en de vakantietoeslag in juni (art. 45).

Hoe een populatie haar loonstroken aanlevert (de vertaling naar het grootboek van één huishouden;
`casus_loonstroken` maakt precies die loonstroken, zodat de tests beide naast elkaar leggen):

- Het loon van maand i (arbeid_a en arbeid_p van `deel.invoer(i)`, per persoon) staat op één
  maandloonstrook per persoon: loonperiode de hele maand i, betaald op de laatste dag van maand i
  (zo komt het in maand i op de rekening en telt het in maand i mee, ook naar beschikbaarheid).
  Een maand zonder loon heeft geen loonstrook: niets om op te wachten.
- De gemeente krijgt de loonstrook van maand i op dag `loonstrook_dag` van maand i+1 (bekend_op).
  Standaard dag 5 (aanname: ruim binnen de eerste week, zoals de voorbeeldcasussen op 2 en 4 april).
  Een deel kan `kenmerken['loonstrook_dag']` meegeven (per huishouden, of per huishouden en maand).
  Dag plus verwerkingsdagen (naar de eerstvolgende werkdag) moet in maand i+1 blijven.
- 'schatten': zonder eigen schatting het gemiddelde van de laatst bekende maanden, zoals
  `_Boekhouding._schat` (gemeente.schatting_maanden). Met `schatting` (centen per huishouden, -1 =
  geen) een vaste schatting voor de aanvrager, zoals casus `verrekening.schatting`;
  `schatting_uit_contract(deel)` geeft contracturen x uurloon x 52/12.
- Vakantiegeld op de loonstrook: uitbetaald met het loon van maand i en in die maand opgebouwd, telt het
  in maand i als loon (art. 32 lid 2; `casus_loonstroken` met vakantiegeld_a/_p maakt die loonstroken). Met
  de vakantiegeldmethode 'wet' is het dan gewoon een deel van arbeid_a en arbeid_p. Met maatregel 18 van
  het Programmaplan vraagt de reservering (`reservering_maatregel18`) ook de bijstand zonder vakantiegeld,
  zoals `Grootboek.zonder_vakantiegeld`: alleen waar met het echte loon wordt gerekend gaat het vakantiegeld
  eraf; een voorschot zonder loon of een schatting heeft geen vakantiegeld. Dat is een eigen reeks van de
  regelkern met een eigen stand (R0, naast R hieronder), en per voorlopige maand dat loon vanaf de stand
  van R0; alleen voor wie vakantiegeld heeft. `verreken(..., vakantiegeld=(aanvrager, partner))` geeft het
  dan per persoon (de vrijlating is per persoon); één array voor het huishouden geeft een melding.
- Geen correcties, geen melding met terugwerkende kracht: die kent een populatie niet. `loon_maand()`
  wijst alleen aan wie loon heeft; de bedragen komen uit invoer(i).

Waarom dit exact gelijk is aan het grootboek: met deze loonstroken zijn er per huishouden per
kalendermaand k hoogstens drie momenten: de verwerking van de loonstrook van maand k-1 vóór de
betaaldag (bekend_op + gemeente.verwerkingsdagen, naar een werkdag), de betaaldag zelf
(gemeente.betaaldag), en de verwerking ná de betaaldag; verwerkingen zijn alleen een moment bij
op_de_maand, zoals in `_Boekhouding.momenten` (Surplus, vast_bedrag, betaalt alleen op de vaste dag; het
loon van een strook die na de betaaldag verwerkt is, gaat mee op de volgende). Betaal- en verwerkdagen
vallen op werkdagen zonder feestdagen (betaaldagen.py); een strook telt pas na haar verwerkingsdagen.
Het bufferbudget (art. 34b) alleen vanaf de eerste maand met loon, voor verrekening en voor aflossing
van wat in de periode te veel is betaald; nooit voor de vordering van vóór de periode. Op een moment in maand k is het loon tot
en met maand k-2 bekend, dat van maand k-1 alleen als de loonstrook binnen is, en dat van maand k niet.
Het bedrag van een maand komt dus altijd uit een van drie reeksen van de regelkern: met het echte loon
(R); maand j voorlopig (zonder loon of met de schatting) vanaf de echte stand (A1); of maand j+1 na een
voorlopige maand j (A2, alleen als een loonstrook pas na de betaaldag binnenkomt). De voorlopige
reeksen rekenen we alleen voor de huishoudens bij wie ze van R verschillen (met maatregel 18 en
vakantiegeld in maand j ook als het voorlopige loon gelijk is aan het echte: zonder vakantiegeld verschilt het). Alleen maanden k-1 en k
kunnen op een moment nog veranderen (k-2 alleen bij achteraf en schatten na een late loonstrook).
Huishoudens zonder loon en zonder vordering krijgen elke betaaldag hun recht en in juni de
vakantietoeslag; dat rekenen we voor hen in één keer uit. De rest gaat moment voor moment (`_Boek`).
test_vector.py legt beide, per methode en per maand, naast het grootboek van elk huishouden.

Betaaldata binnen een maand bewaren we niet: alle bedragen zijn per kalendermaand opgeteld.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

import numpy as np

from balans.geld import percentage_van
from balans.kalender import maanden_tussen, volgende_maand
from balans.maandstaat import betaaldagen
from balans.maandstaat.grootboek import METHODEN, norm_zonder_vakantietoeslag, reservering_maatregel18
from balans.wet.context import Ctx, Vector
from balans.rekenen.invoer import MaandInvoer
from balans.rekenen.maand import bereken_maand
from balans.wet.parameters import ParameterBoom

STANDAARD_LOONSTROOK_DAG = 5  # aanname, zie boven
GEEN_SCHATTING = -1
_I = np.int64


@dataclass
class Verrekening:
    """Per huishouden (rij) en kalendermaand van de periode (kolom); bedragen in centen (int64).

    De (n, m)-arrays zijn getransponeerde views (kolom voor kolom in het geheugen); loon_doorbetaald is
    bij andere methoden dan vast_bedrag een nul-view zonder geheugen (alleen lezen)."""

    methode: str
    maanden: list[dt.date]
    recht: np.ndarray  # bijstand per maand (incl. vakantietoeslag), regelkern met het echte loon
    recht_bool: np.ndarray  # bool: recht op bijstand volgens de regelkern (leeftijd, vermogen)
    norm: np.ndarray  # norm incl. vakantietoeslag
    vrijlating: np.ndarray
    betaald: np.ndarray  # wat de gemeente in die maand betaalt: bijstand, nabetalingen, vakantietoeslag en
    #                              bufferbudget, min verrekening en aflossing; zonder doorbetaald loon (zoals Staat.betaald)
    verrekend: np.ndarray  # te veel betaald, verrekend met een betaling in die maand (art. 58 lid 4)
    vordering_nieuw: np.ndarray  # nieuwe vordering in die maand (art. 58 lid 2), >= 0
    aflossing: np.ndarray  # afgelost op de vordering (art. 60 lid 3)
    buffer_ingezet: np.ndarray  # bufferbudget (art. 34b)
    vakantietoeslag: np.ndarray  # vakantietoeslag uitbetaald in die maand (juni, of later mee met een late maand)
    loon_doorbetaald: np.ndarray  # vast_bedrag: loon dat de gemeente in die maand doorbetaalt (anders nul)
    onder_norm: np.ndarray  # bool: recht, en betaald + loon in handen + andere inkomsten < norm zonder
    #                              vakantietoeslag (dezelfde toets als het bufferbudget, over de hele maand)
    na_periode: dict[str, np.ndarray]  # (n,) wat na de laatste maand nog gebeurt (verwerking van de laatste
    #                                     loonstrook): betaald, verrekend, vordering_nieuw, aflossing, loon_doorbetaald
    vakantietoeslag_gereserveerd: np.ndarray  # (n,) nog niet uitbetaald; komt in juni
    nog_na_te_betalen: np.ndarray  # (n,) zoals Staat
    nog_te_verrekenen: np.ndarray
    vordering: np.ndarray  # (n,) open vordering plus nog te verrekenen, na de periode
    vordering_bij_start: np.ndarray
    loon_nog_door_te_betalen: np.ndarray

    @property
    def betaald_totaal(self) -> np.ndarray:
        return self.betaald.sum(axis=1) + self.na_periode["betaald"]

    def sluitend(self) -> np.ndarray:
        """Per huishouden: som recht = betaald + nog na te betalen − nog terug te betalen − bufferbudget."""
        rechts = (
            self.betaald_totaal
            + self.vakantietoeslag_gereserveerd
            + self.nog_na_te_betalen
            - (self.vordering + self.nog_te_verrekenen - self.vordering_bij_start)
            - self.buffer_ingezet.sum(axis=1)
        )
        return self.recht.sum(axis=1) == rechts


# --- hulp ----------------------------------------------------------------------------------------
# Binnen rekenen we maand voor maand in rijen (maanden x huishoudens): een maand schrijven is dan één
# aaneengesloten rij (6 x sneller dan een kolom van een n x m-array). Naar buiten gaat de transpose.


def _kolom(x, n: int, dtype=_I) -> np.ndarray:
    return np.broadcast_to(np.asarray(x), (n,)).astype(dtype, copy=False)


class _Rijen:
    """Dezelfde MaandInvoer of Toestand, alleen voor een deel van de rijen (voor de voorlopige reeksen).

    Eerst naar de w rijen die moment voor moment gaan, dan naar de rijen van deze maand. Een array die
    elke maand hetzelfde object is (de vaste kenmerken van beleid.populatie), knippen we maar één keer;
    we bewaren alleen die van de vorige maand, zodat het geheugen niet groeit.
    """

    def __init__(self, iw: np.ndarray, n: int):
        self.iw, self.n = iw, n
        self._vorige: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._velden: dict[str, object] = {}

    def _w(self, x, nu: dict):
        if not (isinstance(x, np.ndarray) and x.ndim >= 1 and x.shape[0] == self.n):
            return None
        hit = self._vorige.get(id(x))
        if hit is None or hit[0] is not x:
            hit = (x, x[self.iw])
        nu[id(x)] = hit
        return hit[1]

    def maand(self, inv: MaandInvoer) -> None:
        nu: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        velden = {}
        for f in fields(inv):
            if f.name in ("arbeid_a", "arbeid_p"):  # die vervangen we toch
                continue
            x = getattr(inv, f.name)
            if isinstance(x, tuple):  # kinderen, medebewoners: een tuple van matrices
                velden[f.name] = ("tuple", [(y, self._w(y, nu)) for y in x])
            else:
                velden[f.name] = ("een", (x, self._w(x, nu)))
        self._vorige, self._velden, self._inv = nu, velden, inv

    def invoer(self, rijen: np.ndarray | None, arbeid_a, arbeid_p) -> MaandInvoer:
        """De invoer van deze maand (zie maand()) voor rijen (posities binnen de w rijen; None: alle w)."""

        def kies(paar):
            x, xw = paar
            return x if xw is None else xw if rijen is None else xw[rijen]

        kw = {k: tuple(kies(y) for y in v) if soort == "tuple" else kies(v) for k, (soort, v) in self._velden.items()}
        return replace(self._inv, arbeid_a=arbeid_a, arbeid_p=arbeid_p, **kw)

    @staticmethod
    def toestand(st, pos: np.ndarray, lengte: int):
        kw = {}
        for f in fields(st):
            x = getattr(st, f.name)
            kw[f.name] = x[pos] if isinstance(x, np.ndarray) and x.ndim >= 1 and x.shape[0] == lengte else x
        return replace(st, **kw)


def _werkdag_vooruit(o: np.ndarray) -> np.ndarray:
    """Ordinale dagnummers naar de eerstvolgende werkdag: geen weekend, geen feestdag en geen dag dat de
    banken dicht zijn (zoals betaaldagen.werkdag(d, 1))."""
    if o.size == 0:
        return o
    jaren = range(dt.date.fromordinal(int(o.min())).year, dt.date.fromordinal(int(o.max())).year + 2)
    vrij = np.array(sorted(d.toordinal() for j in jaren for d in betaaldagen.vrije_dagen(j)), _I)
    o = o.copy()
    while True:
        niet = (((o - 1) % 7) >= 5) | np.isin(o, vrij)  # date.fromordinal(1) is een maandag
        if not niet.any():
            return o
        o += niet


def _per_huishouden(waarde, n: int, naam: str, dtype=_I) -> np.ndarray:
    a = np.asarray(waarde)
    if a.ndim == 0:
        return np.full(n, a, dtype=dtype)
    if a.shape != (n,):
        raise ValueError(f"{naam}: verwacht één waarde of één per huishouden ({n}), niet de vorm {a.shape}.")
    return a.astype(dtype, copy=False)


def schatting_uit_contract(deel) -> np.ndarray:
    """Geschat netto maandloon: contracturen per week x netto uurloon x 52/12, half naar boven op centen
    (zoals verwachting.netto_per_periode voor een maandloon); -1 voor wie niet werkt."""
    k = deel.kenmerken
    uren = k["uren"].astype(_I)
    bedrag = (2 * uren * k["uurloon"].astype(_I) * 52 + 12) // 24
    return np.where(uren > 0, bedrag, GEEN_SCHATTING)


def _euro(c: int) -> str:
    return f"{c // 100}.{c % 100:02d}"


def casus_loonstroken(
    loon_a: list[int],
    loon_p: list[int],
    maanden: list[dt.date],
    dag,
    vakantiegeld_a: list[int] | None = None,
    vakantiegeld_p: list[int] | None = None,
) -> list[dict]:
    """De loonstroken (casusformaat) van één huishouden volgens de vertaling hierboven; voor tests en uitleg.

    vakantiegeld_a/_p: het deel van het loon van maand i dat vakantiegeld is, op dezelfde loonstrook
    uitbetaald en in die maand opgebouwd (opbouwperiode de maand zelf). Het telt dan in maand i, zowel
    verworven (art. 32 lid 2) als naar beschikbaarheid: het loon van de populatie is netto plus vakantiegeld."""
    uit = []
    for i, m in enumerate(maanden):
        d = dag if np.ndim(dag) == 0 else dag[i]
        volgende = volgende_maand(m)
        laatste = (volgende - dt.timedelta(days=1)).isoformat()
        for van, bedrag, vg in (
            ("aanvrager", loon_a[i], vakantiegeld_a[i] if vakantiegeld_a else 0),
            ("partner", loon_p[i], vakantiegeld_p[i] if vakantiegeld_p else 0),
        ):
            if not 0 <= vg <= max(bedrag, 0):
                raise ValueError(
                    f"vakantiegeld: {vg} cent in {m:%m-%Y} ({van}) moet tussen 0 en het loon ({bedrag}) liggen."
                )
            if bedrag > 0:
                strook = {
                    "id": f"{van[0]}{i}",
                    "van": van,
                    "loonperiode": "maand",
                    "periode": {"van": m.isoformat(), "tot": laatste},
                    "betaaldatum": laatste,
                    "bekend_op": dt.date(volgende.year, volgende.month, int(d)).isoformat(),
                    "netto": _euro(bedrag - vg),
                }
                if vg:
                    strook["vakantiegeld"] = {
                        "betaald": _euro(vg),
                        "opbouwperiode": {"van": m.isoformat(), "tot": laatste},
                    }
                uit.append(strook)
    return uit


# --- de boekhouding per moment (volgt _Boekhouding._moment) --------------------------------------


class _Boek:
    """De boekhouding van de huishoudens met loon of een vordering, moment na moment.

    Alles per maand in rijen: W[j] is het loon van maand j (w huishoudens). Rij k van de uitvoer is
    kalendermaand k; rij m is de maand na de periode (alleen de verwerking van de laatste loonstrook).
    laat[k]: de loonstrook van maand k-1 komt pas na de betaaldag van maand k; verwerkt[k]: haar
    verwerkingsdag (ordinaal)."""

    def __init__(
        self,
        methode,
        maanden,
        params,
        p_na,
        bd,
        W,
        overig,
        norm,
        R,
        A1,
        A2,
        same,
        laat,
        verwerkt,
        vordering,
        buffer_keuze,
    ):
        self.methode, self.maanden, self.params, self.p_na = methode, maanden, params, p_na
        self.bd, self.W, self.overig, self.norm = bd, W, overig, norm
        (self.Rb, self.Rvt), (self.A1b, self.A1vt), (self.A2b, self.A2vt) = R, A1, A2
        self.same, self.laat, self.verwerkt = same, laat, verwerkt
        m, w = W.shape
        self.w, self.m = w, m
        self.toeg = np.zeros((m, w), _I)  # toegekend excl. vakantietoeslag, zoals nu vastgesteld
        self.vtt = np.zeros((m, w), _I)  # vakantietoeslag, zoals nu vastgesteld
        self.vt_uit = np.zeros((m, w), bool)
        self.gestart = np.zeros((m, w), bool)
        self.vordering = vordering.copy()
        self.vord_oud = vordering.copy()  # van vóór de periode: eerst afgelost, nooit uit het bufferbudget
        self.werkt = np.maximum.accumulate(W > 0, axis=0) if m else np.zeros((0, w), bool)  # art. 34b: arbeidsinkomen
        self.te_verr = np.zeros(w, _I)
        self.buffer_keuze = buffer_keuze
        self.uit = {k: np.zeros((m + 1, w), _I) for k in UITVOER}
        self.door_gedaan = np.zeros((m + 1, w), bool)

    def draai(self) -> None:
        m, w = self.m, self.w
        jaar = None
        vroeg_laat = self.methode == "op_de_maand"  # Surplus betaalt alleen op de vaste betaaldag
        alle = np.ones(w, bool)
        for k in range(m + 1):
            d_maand = self.maanden[k] if k < m else volgende_maand(self.maanden[-1])
            if d_maand.year != jaar:
                jaar = d_maand.year
                self.buffer_jaar = np.zeros(w, _I)
            # per kalendermaand: ontvangen, afgelost, inhouding_maand en buffer_maand van _Boekhouding
            self.ontvangen, self.afgelost, self.inhouding, self.buffer_m = (np.zeros(w, _I) for _ in range(4))
            strook = self.W[k - 1] > 0 if k >= 1 else np.zeros(w, bool)
            if k < m:
                if vroeg_laat and k >= 1:
                    vroeg = strook & (self.verwerkt[k] < self.bd[k])
                    if vroeg.any():
                        self._moment(k, "vroeg", vroeg)
                self._moment(k, "betaaldag", alle)
                if vroeg_laat and k >= 1:
                    laat = strook & (self.verwerkt[k] > self.bd[k])
                    if laat.any():
                        self._moment(k, "laat", laat)
            elif vroeg_laat and strook.any():
                self._moment(k, "na", strook)

    def _waarde(self, j: int, k: int, bekend: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Bijstand en vakantietoeslag van maand j zoals de methode die op dit moment rekent."""
        if j <= k - 2:
            return self.Rb[j], self.Rvt[j]
        if j == k - 1:
            ok = bekend | self.same[j]
            return np.where(ok, self.Rb[j], self.A1b[j]), np.where(ok, self.Rvt[j], self.A1vt[j])
        eigen_b = np.where(self.same[k], self.Rb[k], self.A1b[k])
        eigen_vt = np.where(self.same[k], self.Rvt[k], self.A1vt[k])
        if k == 0:
            return eigen_b, eigen_vt
        if self.A2b is None:  # geen enkele loonstrook kwam na een betaaldag
            return eigen_b, eigen_vt
        ok = bekend | self.same[k - 1]
        return np.where(ok, eigen_b, self.A2b[k - 1]), np.where(ok, eigen_vt, self.A2vt[k - 1])

    def _moment(self, k: int, soort: str, act: np.ndarray) -> None:
        m, w = self.m, self.w
        alle = soort == "betaaldag"  # op de betaaldag doen alle huishoudens mee

        def bij(x):  # alleen voor wie op dit moment meedoet
            return x if alle else np.where(act, x, 0)

        ip = k if soort in ("betaaldag", "laat") else k - 1
        p_d = self.params[k] if k < m else self.p_na
        d_maand = self.maanden[k] if k < m else volgende_maand(self.maanden[-1])
        # Is de loonstrook van maand k-1 op dit moment binnen? Bij een verwerking altijd (die komt erna).
        bekend = ~self.laat[k] if soort == "betaaldag" else np.ones(w, bool)
        nul = np.zeros(w, _I)
        plus, min_recent, min_oud, vt_laat = nul.copy(), nul.copy(), nul.copy(), nul.copy()
        grens = maanden_tussen(self.maanden[0], d_maand) - p_d.art45.verrekenen_middelen_maanden
        # Alleen maanden k-2, k-1 en k kunnen nog veranderen; eerdere liggen vast met het echte loon.
        # Maand k-2 alleen bij achteraf en schatten, als de loonstrook pas na de vorige betaaldag kwam
        # (bij op_de_maand en vast_bedrag is die al bij haar verwerking in maand k-1 afgerekend).
        eerste_j = k - 1
        if k >= 2 and self.methode in ("achteraf", "schatten", "vast_bedrag") and self.laat[k - 1].any():
            eerste_j = k - 2
        for j in range(max(0, eerste_j), ip + 1):
            b, vt = self._waarde(j, k, bekend)
            if self.methode == "op_de_maand":  # betaalbaar zodra alles van die maand bekend is
                binnen = True if j <= k - 2 else (bekend if j == k - 1 else False)
                upd = act & ((self.W[j] == 0) | binnen)
            else:
                upd = act
            excl = b - vt
            oud_t, oud_v = self.toeg[j], self.vtt[j]
            uit_j = self.vt_uit[j]
            verschil = excl - oud_t + np.where(uit_j, vt - oud_v, 0)
            eerst = upd & ~self.gestart[j]
            self.toeg[j] = np.where(upd, excl, oud_t)
            self.vtt[j] = np.where(upd, vt, oud_v)
            self.gestart[j] |= upd
            # De eerste betaling over een maand; was juni al geweest, dan komt de vakantietoeslag mee.
            vt_mee = np.where(eerst & uit_j, vt, 0)
            plus += np.where(eerst, excl, np.where(upd, np.maximum(verschil, 0), 0)) + vt_mee
            vt_laat += vt_mee
            te_veel = np.where(upd & ~eerst, np.maximum(-verschil, 0), 0)
            if j >= grens:
                min_recent += te_veel
            else:
                min_oud += te_veel
        # Vakantietoeslag in juni over de twaalf maanden ervoor (art. 45 lid 1).
        juni = nul
        if soort == "betaaldag" and self.maanden[ip].month == p_d.art45.vakantietoeslag_betaalmaand:
            juni = nul.copy()
            for j in range(max(0, ip - 12), ip):
                juni += np.where(self.vt_uit[j], 0, self.vtt[j])
                self.vt_uit[j] = True
            plus += juni
        # Surplus: het loon komt bij de gemeente binnen en gaat door zodra de loonstrook er is.
        door = nul
        if self.methode == "vast_bedrag" and k >= 1:
            door = nul.copy()
            if k >= 2:  # de loonstrook van maand k-2 kwam pas na de vorige betaaldag
                door += np.where(~self.door_gedaan[k - 1], self.W[k - 2], 0)
                self.door_gedaan[k - 1] = True
            klaar = act & bekend
            door += np.where(klaar & ~self.door_gedaan[k], self.W[k - 1], 0)
            self.door_gedaan[k] |= klaar
            plus += door
        # Verrekenen (art. 58 lid 4); wat op een betaaldag niet past, wordt een vordering (lid 2).
        min_recent += bij(self.te_verr)
        self.te_verr = np.where(act, 0, self.te_verr)
        verrekend = np.minimum(min_recent, plus)
        nieuw = min_oud.copy()
        if soort == "betaaldag":
            nieuw += np.where(plus > 0, min_recent - verrekend, 0)
            self.te_verr = np.where(plus <= 0, min_recent - verrekend, self.te_verr)
        else:
            self.te_verr = np.where(act, min_recent - verrekend, self.te_verr)
        self.vordering += nieuw
        rest = plus - verrekend
        # Aflossing (art. 60 lid 3): hoogstens een deel van de norm per kalendermaand.
        norm_ip = self.norm[ip]
        ruimte = np.maximum(0, percentage_van(norm_ip, p_d.gemeente.aflossing_percentage_norm) - self.afgelost)
        aflossing = np.where(
            act & (self.vordering > 0) & (rest > 0), np.minimum(np.minimum(self.vordering, ruimte), rest), 0
        )
        afl_oud = np.minimum(aflossing, self.vord_oud)
        self.vord_oud -= afl_oud
        self.vordering -= aflossing
        self.afgelost += aflossing
        rest -= aflossing
        # Bufferbudget (art. 34b), alleen op of na de betaaldag van een maand van de periode.
        self.inhouding += verrekend + aflossing - afl_oud  # nul voor wie niet meedoet
        buffer = nul
        geldt = p_d.art34b.van_toepassing or (p_d.art34b.toepassen_in_gedoogjaar and d_maand.year == 2026)
        if self.buffer_keuze is not None:
            aan = bool(self.buffer_keuze)
        else:
            aan = p_d.gemeente.bufferbudget_inzetten and p_d.art34b.college_beleid == "ambtshalve"
        if soort in ("betaaldag", "laat") and geldt and aan:
            inhouding = self.inhouding - self.buffer_m
            ondergrens = norm_zonder_vakantietoeslag(norm_ip, p_d)
            loon = 0 if self.methode == "vast_bedrag" else self.W[k]  # Surplus: het loon loopt via de gemeente
            tekort = ondergrens - (self.ontvangen + rest + loon + self.overig[k])
            over = p_d.art34b.maximum_per_kalenderjaar - self.buffer_jaar
            buffer = np.where(
                act & (inhouding > 0) & self.werkt[k], np.maximum(0, np.minimum(np.minimum(inhouding, tekort), over)), 0
            )
            self.buffer_jaar += buffer
            self.buffer_m += buffer
            rest += buffer
        # Wie niet meedoet, heeft plus, verrekend, aflossing en buffer nul: rest is dan nul.
        self.ontvangen += rest
        u = self.uit
        u["betaald"][k] += rest - door
        u["verrekend"][k] += verrekend
        u["vordering_nieuw"][k] += nieuw
        u["aflossing"][k] += aflossing
        u["buffer_ingezet"][k] += buffer
        u["vakantietoeslag"][k] += vt_laat + juni
        u["loon_doorbetaald"][k] += door

    def eind(self):
        """Wat na de laatste betaling nog open staat (einde van _Boekhouding.draai)."""
        verschil = self.Rb - self.Rvt - self.toeg + np.where(self.vt_uit, self.Rvt - self.vtt, 0)
        na = np.maximum(verschil, 0).sum(axis=0)
        terug = np.maximum(-verschil, 0).sum(axis=0)
        reserve = np.where(self.vt_uit, 0, self.Rvt).sum(axis=0)
        if self.methode == "vast_bedrag":
            loon_open = np.where((self.W > 0) & ~self.door_gedaan[1:], self.W, 0).sum(axis=0)
        else:
            loon_open = np.zeros(self.w, _I)
        return na, terug, reserve, self.vordering + self.te_verr, loon_open


UITVOER = (
    "betaald",
    "verrekend",
    "vordering_nieuw",
    "aflossing",
    "buffer_ingezet",
    "vakantietoeslag",
    "loon_doorbetaald",
)


# --- de ingang -----------------------------------------------------------------------------------


def _loonstrook_dagen(deel, loonstrook_dag, n: int, m: int, iw: np.ndarray) -> np.ndarray:
    """(m, w): de dag van maand j+1 waarop de gemeente de loonstrook van maand j krijgt."""
    if loonstrook_dag is None:
        loonstrook_dag = getattr(deel, "kenmerken", {}).get("loonstrook_dag", STANDAARD_LOONSTROOK_DAG)
    dag = np.asarray(loonstrook_dag)
    if dag.ndim == 0:
        uit = np.full((m, len(iw)), int(dag), _I)
    elif dag.shape == (n,):
        uit = np.repeat(dag[None, iw].astype(_I), m, axis=0)
    elif dag.shape == (n, m):
        uit = dag[iw].T.astype(_I)
    else:
        raise ValueError(
            f"loonstrook_dag: verwacht één dag, een dag per huishouden ({n}) of per huishouden en "
            f"maand ({n} x {m}), niet de vorm {dag.shape}."
        )
    if uit.size and (uit.min() < 1 or uit.max() > 28):
        raise ValueError("loonstrook_dag: de dag waarop de gemeente de loonstrook krijgt, ligt tussen 1 en 28.")
    return uit


def _schatting(W_a, W_p, j: int, k: int, elig_vorige: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """_Boekhouding._schat zonder vaste schatting: het gemiddelde loon (per persoon, naar beneden op
    centen) van de laatste k maanden vóór j waarvan alles bekend is. Alleen maand j-1 kan nog open zijn."""
    w = W_a.shape[1]
    if j == 0 or k <= 0:
        return np.zeros(w, _I), np.zeros(w, _I)
    lo1, lo2 = max(0, j - k), max(0, j - 1 - k)
    n1, n2 = j - lo1, j - 1 - lo2

    def gem(W):
        met = W[lo1:j].sum(axis=0) // n1
        zonder = W[lo2 : j - 1].sum(axis=0) // n2 if n2 > 0 else np.zeros(w, _I)
        return np.where(elig_vorige, met, zonder)

    return gem(W_a), gem(W_p)


def verreken(
    boom: ParameterBoom,
    deel,
    methode: str,
    *,
    loonstrook_dag=None,
    schatting=None,
    vordering_bij_start=0,
    bufferbudget: bool | None = None,
    alles_per_moment: bool = False,
    geheugen: dict | None = None,
    vakantiegeld=None,
) -> Verrekening:
    """De maandstaat van alle huishoudens van een deel met één verrekenmethode (zie de moduletekst).

    deel: .maanden (eerste dagen, opeenvolgend), .invoer(i) -> MaandInvoer met arrays (arbeid_a en
    arbeid_p: het loon dat in maand i is ontvangen), .begin() -> Toestand, .loon_maand() -> (n, m).
    loonstrook_dag: dag van maand i+1 waarop de gemeente de loonstrook van maand i krijgt.
    schatting: 'schatten' met een vaste schatting in centen per huishouden (-1: geen; dan het gemiddelde).
    vordering_bij_start: open vordering (art. 58) per huishouden. bufferbudget: None = de gemeente kiest.
    alles_per_moment: ook huishoudens zonder loon moment voor moment (alleen om te testen; trager).
    geheugen: gedeeld met andere varianten van hetzelfde deel (zie Ctx.onthoud).
    vakantiegeld: het deel van het loon dat vakantiegeld op de loonstrook is (zie de moduletekst), in centen:
    een paar (aanvrager, partner) van (n, m), of één (n, m) voor het huishouden (niet met maatregel 18);
    None: geen.
    """
    if methode not in METHODEN:
        raise ValueError(f"methode: '{methode}' bestaat niet; kies uit {', '.join(METHODEN)}.")
    maanden = list(deel.maanden)
    m = len(maanden)
    if m == 0:
        raise ValueError("maanden: de periode heeft geen maanden.")
    loon_maand = np.asarray(deel.loon_maand())
    n = loon_maand.shape[0]
    if loon_maand.shape != (n, m):
        raise ValueError(f"loon_maand: verwacht {n} x {m} (huishoudens x maanden), niet {loon_maand.shape}.")
    vbs = _per_huishouden(vordering_bij_start, n, "vordering_bij_start")
    if (vbs < 0).any():
        raise ValueError("vordering_bij_start: een vordering kan niet negatief zijn.")
    werkend = (loon_maand > 0).any(axis=1) | (vbs > 0)
    if alles_per_moment:
        werkend[:] = True
    iw = np.flatnonzero(werkend)
    w = len(iw)
    sch = None
    if methode == "schatten" and schatting is not None:
        sch = _per_huishouden(schatting, n, "schatting")[iw]

    params = [boom.op(mm) for mm in maanden]
    p_na = boom.op(volgende_maand(maanden[-1]))
    # Vakantiegeld volgens maatregel 18 van het Programmaplan (gemeente.vakantiegeld_verrekening, zoals
    # Grootboek.verdeel_vakantietoeslag, voor de hele periode de keuze van de eerste maand): de
    # reservering is de vakantietoeslag van de norm, hoogstens de bijstand, met de bijstand zonder
    # vakantiegeld (reservering_maatregel18). Zonder vakantiegeld op de loonstrook is dat de bijstand zelf.
    programmaplan = params[0].gemeente.vakantiegeld_verrekening == "programmaplan"
    vg_a: np.ndarray | None = None  # alleen met maatregel 18 en vakantiegeld: per persoon, (n, m)
    if vakantiegeld is not None:
        paar = isinstance(vakantiegeld, tuple)
        delen = [np.asarray(x) for x in (vakantiegeld if paar else (vakantiegeld,))]
        if len(delen) != (2 if paar else 1):
            raise ValueError("vakantiegeld: verwacht één array of een paar (aanvrager, partner).")
        for x in delen:
            if x.shape != (n, m):
                raise ValueError(f"vakantiegeld: verwacht {n} x {m} (huishoudens x maanden), niet {x.shape}.")
        totaal = delen[0] + delen[1] if paar else delen[0]
        if any((x < 0).any() for x in delen) or (totaal > loon_maand).any():
            raise ValueError("vakantiegeld: moet tussen 0 en het loon van die maand (loon_maand) liggen.")
        if programmaplan and totaal.any():
            # De vrijlating is per persoon (art. 31 lid 2 onder n): de bijstand zonder vakantiegeld vraagt
            # het vakantiegeld van elk.
            if not paar:
                raise ValueError(
                    "vakantiegeld: met de vakantiegeldmethode van het Programmaplan (maatregel 18) telt "
                    "het vakantiegeld per persoon; geef een paar (aanvrager, partner), elk "
                    f"{n} x {m}."
                )
            vg_a, vg_p = delen[0].astype(_I, copy=False), delen[1].astype(_I, copy=False)

    def _vt(u, aantal: int, p, zonder_vg=None) -> np.ndarray:
        """De reservering van een maand; zonder_vg: de bijstand van die maand zonder vakantiegeld."""
        if not programmaplan:
            return _kolom(u.vakantietoeslag, aantal)
        b = _kolom(u.bijstand, aantal)
        return reservering_maatregel18(Vector, b, b if zonder_vg is None else zonder_vg, _kolom(u.norm, aantal), p)

    bd = np.array([betaaldagen.betaaldag(mm, p.gemeente.betaaldag).toordinal() for mm, p in zip(maanden, params)], _I)

    # Loonstrook van maand j: bekend op dag `dag` van maand j+1; de verwerking (een moment bij op_de_maand
    # en vast_bedrag) na de verwerkingsdagen van de maand waarin ze binnenkomt (na de periode: de laatste).
    dag = _loonstrook_dagen(deel, loonstrook_dag, n, m, iw)
    eerste_volgende = np.array([volgende_maand(mm).toordinal() for mm in maanden], _I)
    bekend_op = eerste_volgende[:, None] + dag - 1
    vd = np.array([params[min(j + 1, m - 1)].gemeente.verwerkingsdagen for j in range(m)], _I)
    verwerkt_op = _werkdag_vooruit(bekend_op + vd[:, None])
    # Een verwerking moet in de maand na de loonmaand vallen (zie de moduletekst).
    eerste_daarna = np.array([volgende_maand(volgende_maand(mm)).toordinal() for mm in maanden], _I)
    te_laat = (loon_maand[iw].T > 0) & (verwerkt_op >= eerste_daarna[:, None])
    if te_laat.any():
        j, r = np.argwhere(te_laat)[0]
        raise ValueError(
            f"loonstrook_dag: dag {dag[j, r]} plus {vd[j]} verwerkingsdagen valt na het einde van "
            f"{volgende_maand(maanden[j]):%m-%Y}; kies een vroegere dag."
        )
    # Een loonstrook telt pas als ze verwerkt is, ook als de betaaldag binnen de verwerkingsdagen valt.
    laat = np.zeros((m + 1, w), bool)
    laat[1:m] = verwerkt_op[: m - 1] > bd[1:, None]
    verwerkt = np.zeros((m + 1, w), _I)
    verwerkt[1:] = verwerkt_op
    del bekend_op, verwerkt_op, dag

    R = {k: np.empty((m, n), _I) for k in ("recht", "norm", "vrijlating", "betaald", "vakantietoeslag")}
    recht_bool = np.empty((m, n), bool)
    onder_norm = np.empty((m, n), bool)
    # de huishoudens die moment voor moment gaan: w rijen per maand
    Wa, Wp, overig_w, Rb, Rvt, norm_w, ondergrens_w = (np.zeros((m, w), _I) for _ in range(7))
    A1b, A1vt = np.zeros((m, w), _I), np.zeros((m, w), _I)
    A2b = A2vt = None  # alleen nodig als een loonstrook na de betaaldag komt
    same = np.ones((m, w), bool)
    vt_open = np.zeros(n, _I)
    knip = _Rijen(iw, n)
    st = deel.begin()
    stA1, rijenA1 = None, None
    if vg_a is not None:
        # Maatregel 18 met vakantiegeld: de bijstand zonder vakantiegeld is een eigen reeks van de regelkern
        # (R0: het echte loon min het vakantiegeld, zoals Grootboek.zonder_vakantiegeld), met een eigen stand
        # van maand tot maand. Alleen voor wie ooit vakantiegeld heeft (v rijen); voor de rest is ze gelijk aan R.
        iv = np.flatnonzero((vg_a > 0).any(axis=1) | (vg_p > 0).any(axis=1))
        pv = np.searchsorted(iw, iv)  # vakantiegeld is loon, dus iv zit in iw
        in_v = np.full(w, -1, _I)
        in_v[pv] = np.arange(iv.size)
        VGa, VGp = vg_a[iv].T, vg_p[iv].T  # (m, v)
        knip0 = _Rijen(iv, n)
        st0 = _Rijen.toestand(deel.begin(), iv, n)
        stA1_0, rijenA1_0 = None, np.zeros(0, _I)

    def _voorlopig0(ctx, r, ta, tp, st_v, pos, lengte):
        """Een voorlopige maand (A1, A2) in de reeks zonder vakantiegeld, voor rijen r met vakantiegeld: met
        hetzelfde voorlopige loon (een voorschot of schatting heeft geen vakantiegeld), maar vanaf de stand
        van die reeks (st_v, r op posities pos). Geeft (bijstand, stand erna)."""
        u0, st_na = bereken_maand(ctx, knip0.invoer(in_v[r], ta[r], tp[r]), _Rijen.toestand(st_v, pos, lengte))
        return _kolom(u0.bijstand, r.size), st_na

    for j, mm in enumerate(maanden):
        inv: MaandInvoer = deel.invoer(j)
        p = params[j]
        u, st_volgend = bereken_maand(Ctx(Vector, mm, p, False, geheugen=geheugen), inv, st)
        ctx = Ctx(Vector, mm, p, False)  # de voorlopige maanden hieronder: andere rijen, niets bewaren
        bij, vt, norm = _kolom(u.bijstand, n), _vt(u, n, p), _kolom(u.norm, n)
        rb = _kolom(u.recht, n, bool)
        R["recht"][j], R["norm"][j], R["vrijlating"][j], recht_bool[j] = bij, norm, _kolom(u.vrijlating, n), rb
        arb_a, arb_p = _kolom(inv.arbeid_a, n), _kolom(inv.arbeid_p, n)
        Wa[j], Wp[j] = arb_a[iw], arb_p[iw]
        # Loon bij wie volgens loon_maand() niet werkt? (loon is nooit negatief: dan zijn de sommen gelijk)
        if (
            int(arb_a.sum()) + int(arb_p.sum()) != int(Wa[j].sum()) + int(Wp[j].sum())
            or min(arb_a.min(), arb_p.min()) < 0
        ):
            raise ValueError(
                f"loon_maand: in {mm:%m-%Y} heeft een huishouden loon in invoer(i) (arbeid_a of arbeid_p) "
                f"maar niet in loon_maand(), of is het loon negatief; loon_maand() hoort arbeid_a + "
                f"arbeid_p te zijn."
            )
        if vg_a is not None:
            # R0 voor de v rijen; de reservering met de bijstand met en zonder vakantiegeld.
            knip0.maand(inv)
            a0, p0 = Wa[j, pv] - VGa[j], Wp[j, pv] - VGp[j]
            if min(a0.min(), p0.min()) < 0:
                raise ValueError(
                    f"vakantiegeld: in {mm:%m-%Y} is het vakantiegeld van een persoon meer dan zijn loon "
                    f"(arbeid_a of arbeid_p)."
                )
            u0, st0_volgend = bereken_maand(ctx, knip0.invoer(None, a0, p0), st0)
            vt = vt.copy()
            vt[iv] = reservering_maatregel18(Vector, bij[iv], _kolom(u0.bijstand, iv.size), norm[iv], p)
        overig = _kolom(inv.uitkering_a + inv.uitkering_p + inv.overig_a + inv.overig_p, n)
        ondergrens = norm_zonder_vakantietoeslag(norm, p)

        # Zonder loon en zonder vordering: elke betaaldag het recht, in juni de gespaarde vakantietoeslag.
        vt_betaald = 0
        if mm.month == p.art45.vakantietoeslag_betaalmaand:
            vt_betaald, vt_open = vt_open, np.zeros(n, _I)
        np.add(bij - vt, vt_betaald, out=R["betaald"][j])
        R["vakantietoeslag"][j] = vt_betaald
        vt_open += vt
        np.less(R["betaald"][j] + overig, ondergrens, out=onder_norm[j])
        onder_norm[j] &= rb

        # De rest: het echte verloop, en de voorlopige reeksen waar die ervan afwijken.
        overig_w[j], Rb[j], Rvt[j] = overig[iw], bij[iw], vt[iw]
        norm_w[j], ondergrens_w[j] = norm[iw], ondergrens[iw]
        if methode == "schatten":
            elig = ((Wa[j - 1] + Wp[j - 1]) == 0) | ~laat[j] if j else np.ones(w, bool)
            ea, ep = _schatting(Wa, Wp, j, p.gemeente.schatting_maanden, elig)
            if sch is not None:
                ea, ep = np.where(sch >= 0, sch, ea), np.where(sch >= 0, 0, ep)
            strook = (Wa[j] + Wp[j]) > 0
            ta, tp = np.where(strook, ea, 0), np.where(strook, ep, 0)
        else:
            ta = tp = np.zeros(w, _I)
        same[j] = (ta == Wa[j]) & (tp == Wp[j])
        if vg_a is not None:  # zonder vakantiegeld is een voorlopig loon gelijk aan W alleen zonder vakantiegeld
            same[j, pv] &= (VGa[j] == 0) & (VGp[j] == 0)
        if not same[j].all() or (j >= 1 and rijenA1 is not None):
            knip.maand(inv)
        # A2: maand j na een voorlopige maand j-1 (de loonstrook van j-1 kwam na de betaaldag van j).
        if j >= 1 and rijenA1 is not None:
            pos = np.flatnonzero(laat[j, rijenA1] & ~same[j - 1, rijenA1])
            if pos.size:
                r = rijenA1[pos]
                u2, _ = bereken_maand(ctx, knip.invoer(r, ta[r], tp[r]), knip.toestand(stA1, pos, len(rijenA1)))
                if A2b is None:
                    A2b, A2vt = np.zeros((m, w), _I), np.zeros((m, w), _I)
                b2, z2 = _kolom(u2.bijstand, pos.size), None
                if vg_a is not None:
                    sel = in_v[r] >= 0
                    z2 = b2.copy()
                    if sel.any():  # r met vakantiegeld zit in rijenA1_0
                        r0 = r[sel]
                        z2[sel], _ = _voorlopig0(
                            ctx, r0, ta, tp, stA1_0, np.searchsorted(rijenA1_0, r0), rijenA1_0.size
                        )
                A2b[j - 1, r], A2vt[j - 1, r] = b2, _vt(u2, pos.size, p, z2)
        # A1: maand j voorlopig (zonder loon, of met de schatting), vanaf de echte stand.
        kies = ~same[j]
        if methode == "op_de_maand":  # alleen nodig als opstap naar A2
            kies &= laat[j + 1] if j + 1 < m else False
        rijen = np.flatnonzero(kies)
        stA1, rijenA1 = None, None
        if rijen.size:
            st1 = knip.toestand(st, iw[rijen], n)
            u1, stA1 = bereken_maand(ctx, knip.invoer(rijen, ta[rijen], tp[rijen]), st1)
            rijenA1 = rijen
            b1, z1 = _kolom(u1.bijstand, rijen.size), None
            if vg_a is not None:
                sel = in_v[rijen] >= 0
                rijenA1_0, stA1_0, z1 = rijen[sel], None, b1.copy()
                if rijenA1_0.size:
                    z1[sel], stA1_0 = _voorlopig0(ctx, rijenA1_0, ta, tp, st0, in_v[rijenA1_0], iv.size)
            A1b[j, rijen], A1vt[j, rijen] = b1, _vt(u1, rijen.size, p, z1)
        st = st_volgend
        if vg_a is not None:
            st0 = st0_volgend

    uit = {k: np.zeros((m, n), _I) for k in ("verrekend", "vordering_nieuw", "aflossing", "buffer_ingezet")}
    loon_door = np.zeros((m, n), _I) if methode == "vast_bedrag" else np.broadcast_to(np.zeros(1, _I), (m, n))
    na = {k: np.zeros(n, _I) for k in ("betaald", "verrekend", "vordering_nieuw", "aflossing", "loon_doorbetaald")}
    eind = {k: np.zeros(n, _I) for k in ("na", "terug", "vordering", "loon_open")}
    reserve = vt_open
    if w:
        boek = _Boek(
            methode,
            maanden,
            params,
            p_na,
            bd,
            Wa + Wp,
            overig_w,
            norm_w,
            (Rb, Rvt),
            (A1b, A1vt),
            (A2b, A2vt),
            same,
            laat,
            verwerkt,
            vbs[iw],
            bufferbudget,
        )
        boek.draai()
        b = boek.uit
        R["betaald"][:, iw] = b["betaald"][:m]
        R["vakantietoeslag"][:, iw] = b["vakantietoeslag"][:m]
        for k, a in uit.items():
            a[:, iw] = b[k][:m]
        if methode == "vast_bedrag":
            loon_door[:, iw] = b["loon_doorbetaald"][:m]
        for k, a in na.items():
            a[iw] = b[k][m]
        eind["na"][iw], eind["terug"][iw], reserve[iw], eind["vordering"][iw], eind["loon_open"][iw] = boek.eind()
        in_handen = b["betaald"][:m] + b["loon_doorbetaald"][:m] + overig_w
        if methode != "vast_bedrag":  # bij Surplus loopt het loon via de gemeente (zit in doorbetaald)
            in_handen += Wa + Wp
        onder_norm[:, iw] = recht_bool[:, iw] & (in_handen < ondergrens_w)
    return Verrekening(
        methode=methode,
        maanden=maanden,
        recht=R["recht"].T,
        recht_bool=recht_bool.T,
        norm=R["norm"].T,
        vrijlating=R["vrijlating"].T,
        betaald=R["betaald"].T,
        verrekend=uit["verrekend"].T,
        vordering_nieuw=uit["vordering_nieuw"].T,
        aflossing=uit["aflossing"].T,
        buffer_ingezet=uit["buffer_ingezet"].T,
        vakantietoeslag=R["vakantietoeslag"].T,
        loon_doorbetaald=loon_door.T,
        onder_norm=onder_norm.T,
        na_periode=na,
        vakantietoeslag_gereserveerd=reserve,
        nog_na_te_betalen=eind["na"],
        nog_te_verrekenen=eind["terug"],
        vordering=eind["vordering"],
        vordering_bij_start=vbs,
        loon_nog_door_te_betalen=eind["loon_open"],
    )
