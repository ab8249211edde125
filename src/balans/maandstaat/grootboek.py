# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het grootboek van één huishouden: wat de gemeente wanneer betaalt, per verrekenmethode.

Het recht per maand komt altijd uit de regelkern (rekenen.maand), met het loon dat op dat moment
bekend is. De methode bepaalt alleen het moment: wat als voorschot wordt betaald, wanneer het wordt
nagerekend, wat wordt verrekend (art. 58 lid 4), wat een vordering wordt (art. 58 lid 2) en hoe die
wordt afgelost (art. 60 lid 3). Het bufferbudget (art. 34b) vangt maanden op waarin verrekening
iemand onder de norm zou brengen. De vakantietoeslag wordt gereserveerd en in juni betaald (art. 45).

Voor elke methode geldt, tot op de cent (test_maandstaat):
    som recht = betaald + nog na te betalen − nog terug te betalen − bufferbudget ingezet
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace

from balans.casus.loon_controle import plus_maanden
from balans.casus.model import Casus
from balans.geld import als_euro, percentage_als_tekst, percentage_van
from balans.maandstaat import betaaldagen
from balans.rekenen.toerekening import Toerekening, eerste
from balans.rekenen.verwachting import alle_stroken
from balans.rekenen import dagdelen
from balans.rekenen.casus import MaandResultaat, begintoestand, maandinvoeren
from balans.tijdsbudget import controleer
from balans.wet.context import Ctx, Scalair
from balans.rekenen.invoer import MaandInvoer, Uitkomst
from balans.rekenen.maand import bereken_maand
from balans.uitvoer import datum_mens, maand_mens
from balans.wet.parameters import ParameterBoom, wet_url

METHODEN = ("op_de_maand", "achteraf", "schatten", "vast_bedrag")
VAKANTIEGELD_METHODEN = ("wet", "programmaplan")
METHODE_NAAM = {
    "op_de_maand": "Op de maand (wachten op de loonstrook)",
    "achteraf": "Achteraf (loon van maand N verrekend in maand N+1)",
    "schatten": "Schatten, met nacalculatie",
    "vast_bedrag": "Vast bedrag op een vaste dag (Surplus)",
}


@dataclass
class Regel:
    soort: str  # uitkering | voorschot | wacht | nabetaling | verrekend | vordering | aflossing |
    #                       bufferbudget | vakantietoeslag | loon_doorbetaald
    maand: dt.date | None
    bedrag: int  # positief: naar u; negatief: ingehouden; 0: alleen uitleg
    artikel: str
    bron: str
    tekst: str


@dataclass
class Betaling:
    datum: dt.date
    regels: list[Regel]
    bedrag: int  # wat op de rekening komt
    vordering: int = 0  # openstaand na deze betaling (vordering plus nog te verrekenen)


@dataclass
class Staat:
    methode: str
    betalingen: list[Betaling]
    recht: dict[dt.date, int]  # het recht per maand (bijstand incl. vakantietoeslag), met alles bekend
    vakantietoeslag_gereserveerd: int  # nog niet uitbetaald; komt in juni
    nog_na_te_betalen: int  # loon of correcties die pas na de laatste betaling bekend werden
    nog_te_verrekenen: int
    vordering: int  # openstaande vordering (art. 58), na aflossingen
    vordering_bij_start: int
    bufferbudget: dict[int, int]  # per kalenderjaar ingezet
    loon_nog_door_te_betalen: int  # alleen bij vast_bedrag: loon dat de gemeente nog vasthoudt
    open_maanden: list[dt.date] = field(default_factory=list)  # op_de_maand: nog niet betaald

    @property
    def betaald(self) -> int:
        return sum(b.bedrag for b in self.betalingen) - self.loon_doorbetaald

    @property
    def loon_doorbetaald(self) -> int:
        return sum(r.bedrag for b in self.betalingen for r in b.regels if r.soort == "loon_doorbetaald")

    @property
    def open_nabetaling(self) -> int:
        return self.vakantietoeslag_gereserveerd + self.nog_na_te_betalen

    @property
    def open_vordering(self) -> int:
        return self.vordering + self.nog_te_verrekenen

    @property
    def buffer_totaal(self) -> int:
        return sum(self.bufferbudget.values())


def _met_loon(inv: MaandInvoer, aanvrager: int, partner: int) -> MaandInvoer:
    """rekenen.casus.met_loon, maar als ondiepe kopie van de velden in plaats van dataclasses.replace (die
    alle 57 velden opnieuw door __init__ haalt, ~90 keer zo traag): de reeksen doen dit tientallen keren per
    maandstaat. test_maandstaat eist dezelfde invoer."""
    if not aanvrager and not partner:
        return inv
    uit = object.__new__(MaandInvoer)
    uit.__dict__.update(inv.__dict__)
    uit.arbeid_a = inv.arbeid_a + max(0, aanvrager)
    uit.arbeid_p = inv.arbeid_p + max(0, partner)
    return uit


class Reeksen:
    """De regelkern over de hele periode, voor elke stand van wat er aan loon bekend is.

    Een reeks hangt van maand tot maand samen (vrijlatingstermijnen, giften per jaar), dus een
    maand wordt herrekend met de toestand van de maand ervoor. Gelijke voorvoegsels worden één
    keer gerekend: een nieuwe loonstrook herrekent alleen vanaf haar eigen maand.
    """

    def __init__(self, c: Casus, boom: ParameterBoom, recht: dict[dt.date, int] | None = None):
        self.maanden = c.alle_maanden()
        # Met de wetsversies binnen een maand, zoals rekenen.casus.bereken: zo is het recht hier gelijk aan
        # de berekening, ook als een normparameter midden in een maand wijzigt.
        self.basis = []
        for m, inv in maandinvoeren(c):
            versies = dagdelen.wetsversies(boom, m)
            self.basis.append(replace(inv, wetsversies=versies) if versies else inv)
        self.params = [boom.op(m) for m in self.maanden]
        self.st0 = begintoestand(c)
        # Per voorvoegsel van het loon de uitkomst en de toestand erna, als boom: maand i hangt onder het
        # loon van maand 0..i-1, dus een reeks zoekt per maand één sleutel op (het loon van die maand).
        self._wortel: dict = {}
        # Vastgesteld recht per maand (maatwerk, of 0 buiten de duur van de bijstand; zaak/tijdlijn.py):
        # dat bedrag is het recht, welk loon er ook bekend is. De vakantietoeslag is er een deel van (art. 19 lid 3).
        self.vast = {i: b for i, m in enumerate(self.maanden) if (b := (recht or {}).get(m)) is not None}

    def met_uitleg(self, loon: list[tuple[int, int]]) -> list[MaandResultaat]:
        """De berekening met uitleg (wat rekenen.casus.bereken geeft) voor dit loon. Dezelfde regels in
        dezelfde volgorde; de uitkomsten gaan ook in de cache, zodat de reeks met dit loon niet nog eens
        zonder uitleg wordt gerekend."""
        st, uit, knoop = self.st0, [], self._wortel
        for i, ap in enumerate(loon):
            inv = _met_loon(self.basis[i], ap[0], ap[1])
            hit = bereken_maand(Ctx(Scalair, self.maanden[i], self.params[i], True), inv, st)
            knoop = knoop.setdefault(ap, (hit, {}))[1]  # al gerekend (zonder uitleg): de tak blijft
            u, st = hit
            uit.append(MaandResultaat(self.maanden[i], u, self.params[i].niet_geindexeerd()))
        return uit

    def reeks(self, loon: list[tuple[int, int]]) -> list[Uitkomst]:
        st, uit, knoop = self.st0, [], self._wortel
        for i, ap in enumerate(loon):
            tak = knoop.get(ap)
            if tak is None:
                inv = _met_loon(self.basis[i], ap[0], ap[1])
                tak = knoop[ap] = (bereken_maand(Ctx(Scalair, self.maanden[i], self.params[i], False), inv, st), {})
            (u, st), knoop = tak
            if i in self.vast:
                b = self.vast[i]
                u = replace(
                    u, bijstand=b, vakantietoeslag=percentage_van(b, self.params[i].art19.vakantietoeslag_percentage)
                )
            uit.append(u)
        return uit


_werkdag = betaaldagen.werkdag  # geen weekend en geen feestdag (zie betaaldagen.py)


_HERKOMST = {
    "loonstrook": "uw loonstrook",
    "polisadministratie": "een correctie uit de polisadministratie",
    "eigen_opgave": "uw eigen opgave",
    "verwachting": "het loon dat we verwachten",
}


def _maanden_mens(maanden: list[dt.date]) -> str:
    """'januari 2026' voor één maand, anders 'januari 2026 t/m mei 2026'."""
    if maanden[0] == maanden[-1]:
        return maand_mens(maanden[0])
    return f"{maand_mens(maanden[0])} t/m {maand_mens(maanden[-1])}"


def _bron_mens(p) -> str:
    wat = _HERKOMST.get(p.herkomst, "uw loon")
    if p.herkomst == "polisadministratie" or p.bron != p.strook:
        wat = "een correctie uit de polisadministratie" if p.herkomst == "polisadministratie" else "een correctie"
    return f"{wat} (betaald op {p.betaaldatum.day}-{p.betaaldatum.month}-{p.betaaldatum.year})"


def norm_zonder_vakantietoeslag(norm: int, p) -> int:
    """Wat iemand zonder inkomen per maand krijgt: de norm min de gereserveerde vakantietoeslag."""
    return norm - percentage_van(norm, p.art19.vakantietoeslag_percentage)


def reservering_maatregel18(xp, bijstand, bijstand_zonder_vakantiegeld, norm, p):
    """De gereserveerde vakantietoeslag volgens maatregel 18 van het Programmaplan: de norm zonder
    vakantietoeslag min het inkomen zonder vakantiegeld wordt per maand betaald; wat van het recht
    overblijft, is de reservering (het vakantiegeld is daarmee verrekend). Eén regel voor het grootboek
    (xp = Scalair) en vector.py (xp = Vector)."""
    vt_norm = norm - norm_zonder_vakantietoeslag(norm, p)
    return bijstand - xp.maximum(0, xp.minimum(bijstand, bijstand_zonder_vakantiegeld - vt_norm))


class Grootboek:
    """Alles wat de vier methoden delen: toerekening, reeksen, betaaldagen, loon in kas."""

    def __init__(
        self,
        c: Casus,
        boom: ParameterBoom | None = None,
        *,
        einde: dt.date | None = None,
        terugwerkende_kracht: str | None = None,
        vakantiegeld_methode: str | None = None,
        recht: dict[dt.date, int] | None = None,
        uitleg: bool = False,
    ):
        """einde: de laatste dag van de bijstand (art. 45 lid 1: dan komt de gespaarde vakantietoeslag
        binnen drie maanden); standaard `bijstand.tot` van de casus als die er is.
        terugwerkende_kracht: de motivering van een besluit van het college om bijstand over maanden vóór
        de melding toe te kennen (art. 44 lid 5); zonder besluit krijgt u die maanden niet.
        vakantiegeld_methode: 'wet' (standaard: de vakantietoeslag is 5% van de bijstand van de maand) of
        'programmaplan' (maatregel 18 van het Programmaplan Participatiewet in balans: het netto loon
        wordt verrekend met de bijstand zonder vakantietoeslag, het opgebouwde vakantiegeld met de
        reservering). De methode verschuift alleen geld tussen de maand en juni; het recht blijft gelijk.
        recht: per maand een vastgesteld recht (incl. vakantietoeslag) dat de uitkomst van de regels vervangt
        (maatwerk, of geen recht buiten de duur van de bijstand; zie zaak/tijdlijn.py).
        uitleg: ook de berekening met uitleg maken (self.berekening, gelijk aan rekenen.casus.bereken); het
        recht met al het loon bekend wordt dan één keer gerekend, niet twee keer."""
        self.c = c
        self._loon_op: dict[dt.date, tuple[tuple[int, int], ...]] = {}
        self.terugwerkende_kracht = terugwerkende_kracht or getattr(c.verrekening, "terugwerkende_kracht", None)
        self.boom = boom or ParameterBoom.voor(c.regime or "wet", c.gemeente)
        self.maanden = c.alle_maanden()
        self.index = {m: i for i, m in enumerate(self.maanden)}
        self.stroken = alle_stroken(c)
        self.toerekening = Toerekening(c, self.stroken, self.boom)
        self.posten = sorted(self.toerekening.posten, key=lambda p: p.bekend_op)
        self.reeksen = Reeksen(c, self.boom, recht)
        self.gem = [self.boom.op(m).gemeente for m in self.maanden]
        self.betaaldag = {m: betaaldagen.betaaldag(m, self.gem[i].betaaldag) for i, m in enumerate(self.maanden)}
        # Een post telt pas mee als de gemeente haar heeft verwerkt: binnengekomen plus de verwerkingsdagen
        # van die maand, op een werkdag. Ook als de betaaldag binnen die dagen valt.
        self.verwerkt = [self._verwerkt_op(p.bekend_op) for p in self.posten]
        # Op volgorde van verwerking (voor 'wat is nieuw bekend tussen twee betalingen'), en per maand wanneer
        # het loon binnenkwam (art. 58 lid 4).
        volgorde = sorted(range(len(self.posten)), key=lambda k: self.verwerkt[k])
        self._verwerkt_gesorteerd = [self.verwerkt[k] for k in volgorde]
        self._posten_gesorteerd = [self.posten[k] for k in volgorde]
        self.ontvangen_per_maand: dict[dt.date, list[tuple[dt.date, dt.date]]] = defaultdict(list)
        for p, v in zip(self.posten, self.verwerkt):
            if p.maand is not None:
                self.ontvangen_per_maand[p.maand].append((v, p.betaaldatum))
        # Wanneer is alles van een maand verwerkt? Als elke loonstrook over die maand verwerkt is (modelkeuze
        # 22). Per strook, niet per post: een strook met netto 0 en alleen vakantiegeld heeft geen post van
        # loon, maar komt wel en telt mee (art. 32 lid 2). Latere correcties zijn nieuws achteraf.
        self.compleet_op: dict[dt.date, dt.date] = {}
        for ls in self.stroken:
            binnen = ls.bekend_op or ls.betaaldatum
            v = self._verwerkt_op(binnen)
            for m in self.toerekening.maanden_van(ls):
                self.compleet_op[m] = max(self.compleet_op.get(m, v), v)
        # Art. 34b is er voor wie arbeidsinkomen heeft: vanaf de eerste maand met loon (of ander werk).
        werk = {p.maand for p in self.posten if p.maand is not None and p.bedrag > 0}
        self.werkt, ooit = [], False
        for m, inv in zip(self.maanden, self.reeksen.basis):
            ooit = ooit or m in werk or (inv.arbeid_a + inv.arbeid_p) > 0
            self.werkt.append(ooit)
        if einde is None and getattr(c, "bijstand", None) is not None:
            einde = getattr(c.bijstand, "tot", None)
        self.einde = einde
        self.vakantiegeld_methode = vakantiegeld_methode or self.gem[0].vakantiegeld_verrekening
        if self.vakantiegeld_methode not in VAKANTIEGELD_METHODEN:
            raise ValueError(
                f"vakantiegeld_methode: '{self.vakantiegeld_methode}' bestaat niet; kies uit "
                f"{', '.join(VAKANTIEGELD_METHODEN)}."
            )
        self._vg_posten = [(p, v) for p, v in zip(self.posten, self.verwerkt) if p.soort == "vakantiegeld" and p.maand]
        self.finaal_zonder_vg = (
            self.reeksen.reeks(self.zonder_vakantiegeld(self._loon(self.toerekening.per_maand()), None))
            if self.vakantiegeld_methode == "programmaplan"
            else None
        )
        self.berekening: list[MaandResultaat] | None = None
        if uitleg:
            self.berekening = self.reeksen.met_uitleg(self._loon(self.toerekening.per_maand()))
        self.finaal = self.reeksen.reeks(self._loon(self.toerekening.per_maand()))
        self.kas = self._kasstromen()
        self.kas_verwerkt = [self._verwerkt_op(b) for _, b, _ in self.kas]
        self.betaaldagen = frozenset(self.betaaldag.values())
        self._ip_op: dict[dt.date, int | None] = {}
        self._loon_per_kalendermaand: dict[tuple[int, int], int] = defaultdict(int)
        for datum, _, bedrag in self.kas:
            self._loon_per_kalendermaand[(datum.year, datum.month)] += bedrag
        self.overig = [
            inv.uitkering_a + inv.uitkering_p + inv.overig_a + inv.overig_p + inv.arbeid_a + inv.arbeid_p
            for inv in self.reeksen.basis
        ]

    def _gem_op(self, d: dt.date):
        m = eerste(d)
        i = self.index.get(m, 0 if m < self.maanden[0] else len(self.maanden) - 1)
        return self.gem[i]

    def _verwerkt_op(self, binnen: dt.date) -> dt.date:
        """Verwerkt: binnengekomen plus de verwerkingsdagen van de gemeente in die maand, op een werkdag."""
        return betaaldagen.verwerkt_op(binnen, self._gem_op(binnen).verwerkingsdagen)

    def per_maand(self, d: dt.date | None = None) -> dict[tuple[dt.date, str], int]:
        """Het loon per (maand, persoon) dat op dag d verwerkt is (None: alles)."""
        if d is None:
            return self.toerekening.per_maand()
        uit: dict[tuple[dt.date, str], int] = defaultdict(int)
        for p, v in zip(self.posten, self.verwerkt):
            if p.maand is not None and v <= d:
                uit[(p.maand, p.persoon)] += p.bedrag
        return uit

    def ip_op(self, d: dt.date) -> int | None:
        """De laatste maand waarvan de betaaldag uiterlijk op dag d is (None: nog geen)."""
        if d not in self._ip_op:
            self._ip_op[d] = max((i for i, m in enumerate(self.maanden) if self.betaaldag[m] <= d), default=None)
        return self._ip_op[d]

    def verwerkt_tussen(self, na: dt.date, tot_en_met: dt.date) -> list:
        """De posten die na 'na' en uiterlijk op 'tot_en_met' verwerkt zijn."""
        v = self._verwerkt_gesorteerd
        return self._posten_gesorteerd[bisect_right(v, na) : bisect_right(v, tot_en_met)]

    def loon_op(self, d: dt.date) -> tuple[tuple[int, int], ...]:
        """Het loon per maand (aanvrager, partner) dat op dag d verwerkt is; de methoden vragen dezelfde
        dagen, dus één keer per dag."""
        uit = self._loon_op.get(d)
        if uit is None:
            uit = self._loon_op[d] = tuple(self._loon(self.per_maand(d)))
        return uit

    def zonder_vakantiegeld(
        self, loon: list[tuple[int, int]], d: dt.date | None, echt: list[tuple[int, int]] | None = None
    ) -> list[tuple[int, int]]:
        """Het loon zonder het vakantiegeld dat op dag d verwerkt is (alleen waar met het echte loon wordt
        gerekend; een voorschot zonder loon of een schatting heeft geen vakantiegeld)."""
        vg: dict[tuple[dt.date, str], int] = defaultdict(int)
        for p, v in self._vg_posten:
            if d is None or v <= d:
                vg[(p.maand, p.persoon)] += p.bedrag
        uit = []
        for i, (a, b) in enumerate(loon):
            m = self.maanden[i]
            if echt is not None and echt[i] != (a, b):
                uit.append((a, b))
            else:
                uit.append((a - vg.get((m, "aanvrager"), 0), b - vg.get((m, "partner"), 0)))
        return uit

    def verdeel_vakantietoeslag(self, u, u_zonder_vg, p) -> tuple[int, int]:
        """(bijstand zonder vakantietoeslag, vakantietoeslag) van een maand, volgens de vakantiegeldmethode."""
        bijstand, vt = int(u.bijstand), int(u.vakantietoeslag)
        if u_zonder_vg is None:
            return bijstand - vt, vt
        vt = reservering_maatregel18(Scalair, bijstand, int(u_zonder_vg.bijstand), int(u.norm), p)
        return bijstand - vt, vt

    def werkt_in(self, maand: dt.date) -> bool:
        i = self.index.get(maand)
        if i is None:
            return bool(self.werkt) and maand > self.maanden[-1] and self.werkt[-1]
        return self.werkt[i]

    def _loon(self, bekend: dict) -> list[tuple[int, int]]:
        return [(bekend.get((m, "aanvrager"), 0), bekend.get((m, "partner"), 0)) for m in self.maanden]

    def _kasstromen(self) -> list[tuple[dt.date, dt.date, int]]:
        """Het loon zoals het op de rekening komt: (betaaldatum, bekend_op, bedrag), uit de standen van
        de toerekening, zodat correcties hier in dezelfde volgorde tellen als daar."""
        uit = []
        for standen in self.toerekening.standen.values():
            vorig = 0
            for st in standen:
                bedrag = st.netto + st.opbouw["vakantiegeld"].betaald + st.opbouw["ikb"].betaald
                if bedrag != vorig or st is standen[0]:
                    uit.append((st.betaaldatum, st.bekend_op, bedrag - vorig))
                vorig = bedrag
        return sorted(uit)

    def loon_in(self, jm: tuple[int, int]) -> int:
        """Netto loon (met uitbetaald vakantiegeld en IKB) dat in een kalendermaand op de rekening kwam."""
        return self._loon_per_kalendermaand.get(jm, 0)

    def methode_standaard(self) -> str:
        return self.c.verrekening.methode or self.gem[0].verrekenmethode

    def staat(self, methode: str) -> Staat:
        return _Boekhouding(self, methode).draai()


class _Boekhouding:
    def __init__(self, g: Grootboek, methode: str):
        if methode not in METHODEN:
            raise ValueError(methode)
        self.g, self.methode = g, methode
        n = len(g.maanden)
        self.toegekend = [0] * n  # excl. vakantietoeslag, zoals nu vastgesteld
        self.vt = [0] * n  # vakantietoeslag per maand, zoals nu vastgesteld
        self.vt_uit = [False] * n  # vakantietoeslag van deze maand al uitbetaald
        self.gestart = [False] * n  # eerste betaling over deze maand gedaan
        self._gezien: list[tuple | None] = [None] * n  # de uitkomst waarmee toegekend en vt zijn vastgesteld
        self.schatting: dict[int, tuple[int, int]] = {}
        self.vordering = g.c.verrekening.vordering_bij_start
        # Het deel van de vordering van vóór de periode: daarop lost u eerst af, en het bufferbudget is
        # er niet voor (art. 34b vangt verrekening van arbeidsinkomen op, geen oude schulden).
        self.vordering_oud = self.vordering
        self.buffer: dict[int, int] = defaultdict(int)
        self.afgelost: dict[tuple[int, int], int] = defaultdict(int)
        self.ontvangen: dict[tuple[int, int], int] = defaultdict(int)  # betaald door de gemeente per kalendermaand
        self.betalingen: list[Betaling] = []
        self.kas_door = [False] * len(g.kas)  # per kasstroom: al doorbetaald (Surplus)
        self.te_verrekenen = 0  # te veel betaald, nog te verrekenen bij de volgende betaaldag
        self.inhouding_maand: dict[tuple[int, int], int] = defaultdict(int)
        self.buffer_maand: dict[tuple[int, int], int] = defaultdict(int)
        self.vorige = dt.date.min
        self.bufferkeuze = g.c.verrekening.bufferbudget
        # Surplus: wanneer is het loon van elke kasstroom verwerkt (dan betaalt de gemeente het door).
        self.kas_verwerkt = g.kas_verwerkt
        # Art. 44 lid 1: bijstand vanaf de melding. Over eerdere maanden alleen met een besluit van het
        # college (art. 44 lid 5, een kan-bepaling); dat besluit staat met zijn motivering in de casus.
        melding = g.c.verrekening.melding
        self.tw_motivering = g.terugwerkende_kracht
        self.voor_melding = [
            melding is not None and plus_maanden(m, 1) <= melding and not self.tw_motivering for m in g.maanden
        ]
        # Na het einde van de bijstand betaalt de gemeente niets meer (behalve de vakantietoeslag).
        self.na_einde = [g.einde is not None and m > g.einde for m in g.maanden]
        self.voor_melding = [a or b for a, b in zip(self.voor_melding, self.na_einde)]

    def _vakantietoeslag_uitbetalen(self, g: Grootboek, neem) -> tuple[int, list[dt.date]]:
        """De gespaarde vakantietoeslag van de maanden waarvoor neem(i, maand) geldt en die nog niet is
        uitbetaald (in juni, of na het einde van de bijstand); die maanden gelden daarna als uitbetaald."""
        bedrag, maanden = 0, []
        for i, maand in enumerate(g.maanden):
            if not self.vt_uit[i] and neem(i, maand):
                bedrag += self.vt[i]
                self.vt_uit[i] = True
                maanden.append(maand)
        return bedrag, maanden

    def buffer_besluit(self, maand: dt.date) -> str | None:
        """Zet het college het bufferbudget in deze maand in? Geeft de reden, of None.

        Art. 34b lid 1 is een kan-bepaling van het college, formeel vanaf 1 januari 2027; in het
        gedoogjaar 2026 alleen als de gemeente daarvoor kiest. Het besluit: een keuze in de casus
        (verrekening.bufferbudget), anders het beleid van de gemeente (ambtshalve of op aanvraag)."""
        p = self.g.boom.op(maand)
        geldt = p.art34b.van_toepassing or (p.art34b.toepassen_in_gedoogjaar and maand.year == 2026)
        if not geldt:
            return None
        if self.bufferkeuze is not None:
            return "Het college heeft dat voor u besloten." if self.bufferkeuze else None
        if not p.gemeente.bufferbudget_inzetten:
            return None
        if p.art34b.college_beleid == "ambtshalve":
            return "Dat doet de gemeente uit zichzelf (ambtshalve, volgens haar beleid)."
        return None  # op aanvraag: alleen met een besluit in de casus

    # --- wanneer --------------------------------------------------------------------------------

    def momenten(self) -> list[dt.date]:
        g = self.g
        data = set(g.betaaldag.values())
        # Op de maand betaalt zodra een loonstrook verwerkt is. Surplus betaalt alleen op de vaste dag.
        if self.methode == "op_de_maand":
            data.update(g.verwerkt)
        melding = g.c.verrekening.melding
        if melding is not None:
            eerste_na = min((d for d in g.betaaldag.values() if d >= melding), default=None)
            data = {d for d in data if d >= melding}
            if eerste_na is None:
                data.add(melding)
        eerste_dag = min(g.betaaldag.values())
        return sorted(d for d in data if d >= eerste_dag)

    # --- wat -------------------------------------------------------------------------------------

    def _loon_voor(self, d: dt.date, ip: int) -> tuple[list[tuple[int, int]], list[bool]]:
        """Het loon waarmee de methode op dag d rekent, en welke maanden al betaalbaar zijn."""
        g, m = self.g, self.methode
        loon = list(g.loon_op(d)[: ip + 1])
        compleet = [g.compleet_op.get(maand, dt.date.min) <= d for maand in g.maanden[: ip + 1]]
        eigen_betaaldag = g.betaaldag[g.maanden[ip]] == d
        betaalbaar = [True] * (ip + 1)
        for i in range(ip + 1):
            if m == "op_de_maand":
                betaalbaar[i] = compleet[i]
            elif m == "achteraf":
                if i == ip and eigen_betaaldag:
                    loon[i] = (0, 0)
            elif m == "schatten":
                if i == ip and eigen_betaaldag and i not in self.schatting:
                    self.schatting[i] = self._schat(i, loon, compleet)
                if not compleet[i] and i in self.schatting:
                    loon[i] = self.schatting[i]
            elif m == "vast_bedrag":
                if not compleet[i] or (i == ip and eigen_betaaldag and not self.gestart[i]):
                    loon[i] = (0, 0)
        return loon, betaalbaar

    def _schat(self, i: int, loon, compleet) -> tuple[int, int]:
        vast = self.g.c.verrekening.schatting
        if vast is not None:
            return (vast, 0)
        k = self.g.gem[i].schatting_maanden
        eerder = [loon[j] for j in range(i - 1, -1, -1) if compleet[j]][:k]
        if not eerder:
            return (0, 0)
        return (sum(a for a, _ in eerder) // len(eerder), sum(p for _, p in eerder) // len(eerder))

    def draai(self) -> Staat:
        g = self.g
        for d in self.momenten():
            controleer()  # tijdsbudget van het verzoek (balans/tijdsbudget.py)
            ip = g.ip_op(d)
            if ip is None:
                continue
            self._moment(d, ip)
            self.vorige = d
        # Wat na de laatste betaling nog bekend werd of nog moet: uit de reeks met alles bekend.
        na, terug, open_maanden = 0, 0, []
        finaal_vt = []
        for i, u in enumerate(g.finaal):
            excl, vt_i = g.verdeel_vakantietoeslag(
                u, g.finaal_zonder_vg[i] if g.finaal_zonder_vg else None, g.reeksen.params[i]
            )
            finaal_vt.append(vt_i)
            if self.voor_melding[i]:
                continue
            if self.methode == "op_de_maand" and not self.gestart[i]:
                open_maanden.append(g.maanden[i])
            verschil = excl - self.toegekend[i] + ((vt_i - self.vt[i]) if self.vt_uit[i] else 0)
            na, terug = na + max(verschil, 0), terug + max(-verschil, 0)
        reserve = sum(finaal_vt[i] for i in range(len(g.finaal)) if not self.vt_uit[i] and not self.voor_melding[i])
        recht = {m: 0 if self.voor_melding[i] else int(u.bijstand) for i, (m, u) in enumerate(zip(g.maanden, g.finaal))}
        return Staat(
            self.methode,
            self.betalingen,
            recht,
            reserve,
            na,
            terug,
            self.vordering + self.te_verrekenen,
            g.c.verrekening.vordering_bij_start,
            dict(self.buffer),
            sum(k[2] for k, door in zip(g.kas, self.kas_door) if not door) if self.methode == "vast_bedrag" else 0,
            open_maanden,
        )

    def _moment(self, d: dt.date, ip: int) -> None:
        g = self.g
        loon, betaalbaar = self._loon_voor(d, ip)
        uitkomsten = g.reeksen.reeks(loon)
        zonder_vg = None
        if g.vakantiegeld_methode == "programmaplan":
            echt = list(g.loon_op(d)[: ip + 1])
            zonder_vg = g.reeksen.reeks(g.zonder_vakantiegeld(loon, d, echt))
        p_d = g.boom.op(eerste(d))
        regels: list[Regel] = []
        plus = 0
        min_recent = 0
        min_oud = 0
        # Art. 58 lid 4: verrekenen met middelen die in de zes maanden vóór dit moment zijn ontvangen;
        # de termijn loopt vanaf de dag waarop het geld binnenkwam, niet vanaf de bijstandsmaand.
        grens_ontvangen = plus_maanden(d, -p_d.art45.verrekenen_middelen_maanden)
        nieuw_bekend = g.verwerkt_tussen(self.vorige, d)
        for i in range(ip + 1):
            maand = g.maanden[i]
            u = uitkomsten[i]
            if self.voor_melding[i]:
                if not self.gestart[i] and self.na_einde[i]:
                    self.gestart[i] = True
                elif not self.gestart[i]:
                    self.gestart[i] = True
                    regels.append(
                        Regel(
                            "geen_bijstand",
                            maand,
                            0,
                            "Pw art. 44 lid 1 en lid 5",
                            wet_url(maand, "44"),
                            f"Over {maand_mens(maand)} krijgt u geen bijstand: u meldde zich op "
                            f"{g.c.verrekening.melding.isoformat()}. Bijstand over de tijd vóór de melding "
                            f"kan alleen als het college dat besluit (art. 44 lid 5).",
                        )
                    )
                continue
            if betaalbaar[i]:
                zv = zonder_vg[i] if zonder_vg else None
                if (
                    self.gestart[i]
                    and self._gezien[i] is not None
                    and self._gezien[i][0] is u
                    and self._gezien[i][1] is zv
                ):
                    continue  # dezelfde uitkomst als bij de vorige betaling: niets veranderd
                excl, vt = g.verdeel_vakantietoeslag(u, zv, g.reeksen.params[i])
            else:
                excl, vt = 0, 0
                if not self.gestart[i] and g.betaaldag[maand] == d:
                    regels.append(
                        Regel(
                            "wacht",
                            maand,
                            0,
                            "Pw art. 45 lid 1",
                            wet_url(maand, "45"),
                            f"Uw bijstand over {maand_mens(maand)} wacht op uw volgende loonstrook: pas "
                            f"dan is uw loon over die maand bekend. De gemeente betaalt zodra die "
                            f"loonstrook verwerkt is.",
                        )
                    )
                continue
            if not self.gestart[i] and g.reeksen.vast.get(i) == 0:
                self.gestart[i] = True  # vastgesteld: geen recht (bv. na het einde); geen regel van € 0
                continue
            verschil = excl - self.toegekend[i]
            vt_verschil = vt - self.vt[i]
            self.toegekend[i], self.vt[i] = excl, vt
            self._gezien[i] = (u, zv)
            if self.vt_uit[i]:
                verschil += vt_verschil
            if not self.gestart[i]:
                self.gestart[i] = True
                regels.append(self._eerste_regel(i, maand, d, excl, loon[i], u))
                plus += excl
                if self.vt_uit[i] and vt:  # de junibetaling was al geweest: de toeslag komt nu mee
                    plus += vt
                    regels.append(
                        Regel(
                            "vakantietoeslag",
                            maand,
                            vt,
                            "Pw art. 45 lid 1",
                            wet_url(maand, "45"),
                            f"Vakantietoeslag over {maand_mens(maand)}: {als_euro(vt)}. De junibetaling "
                            f"was al geweest; daarom komt die nu mee.",
                        )
                    )
                continue
            if verschil == 0:
                continue
            reden = self._reden(maand, nieuw_bekend)
            if verschil > 0:
                plus += verschil
                regels.append(
                    Regel(
                        "nabetaling",
                        maand,
                        verschil,
                        "Pw art. 45 lid 1",
                        wet_url(maand, "45"),
                        f"Nabetaling over {maand_mens(maand)}: {als_euro(verschil)}. {reden}",
                    )
                )
            elif self._ontvangen_op(maand, d) >= grens_ontvangen:
                min_recent += -verschil
                regels.append(
                    Regel(
                        "teveel",
                        maand,
                        0,
                        "Pw art. 58 lid 4",
                        wet_url(d, "58"),
                        f"Over {maand_mens(maand)} is {als_euro(-verschil)} te veel betaald. {reden}",
                    )
                )
            else:
                min_oud += -verschil
                regels.append(
                    Regel(
                        "teveel",
                        maand,
                        0,
                        "Pw art. 58 lid 2 onder f",
                        wet_url(d, "58"),
                        f"Over {maand_mens(maand)} is {als_euro(-verschil)} te veel betaald. Het geld "
                        f"daarvoor kwam langer dan zes maanden geleden binnen; het wordt een vordering. {reden}",
                    )
                )
        # Vakantietoeslag: in juni over de twaalf maanden ervoor (art. 45 lid 1).
        maand_ip = g.maanden[ip]
        if maand_ip.month == p_d.art45.vakantietoeslag_betaalmaand and g.betaaldag[maand_ip] == d:
            van = plus_maanden(maand_ip, -12)
            vt_bedrag, vt_maanden = self._vakantietoeslag_uitbetalen(g, lambda i, maand: van <= maand < maand_ip)
            if vt_maanden:
                plus += vt_bedrag
                regels.append(
                    Regel(
                        "vakantietoeslag",
                        None,
                        vt_bedrag,
                        "Pw art. 45 lid 1",
                        wet_url(d, "45"),
                        f"Vakantietoeslag over {_maanden_mens(vt_maanden)}: "
                        f"{als_euro(vt_bedrag)}. De gemeente spaart elke maand 5% van uw bijstand en betaalt "
                        f"dat in juni.",
                    )
                )
        # Art. 45 lid 1: stopt de bijstand, dan komt de gespaarde vakantietoeslag binnen drie maanden;
        # balans betaalt hem op de eerste betaaldag na de laatste maand met bijstand.
        if g.einde is not None and eerste(g.einde) < maand_ip and g.betaaldag[maand_ip] == d:
            vt_bedrag, vt_maanden = self._vakantietoeslag_uitbetalen(
                g, lambda i, maand: maand <= eerste(g.einde) and self.gestart[i] and not self.voor_melding[i]
            )
            if vt_bedrag:
                plus += vt_bedrag
                regels.append(
                    Regel(
                        "vakantietoeslag",
                        None,
                        vt_bedrag,
                        "Pw art. 45 lid 1",
                        wet_url(d, "45"),
                        f"Vakantietoeslag over {_maanden_mens(vt_maanden)}: "
                        f"{als_euro(vt_bedrag)}. Uw bijstand is gestopt op {datum_mens(g.einde)}; daarom "
                        f"krijgt u de gespaarde vakantietoeslag nu, en niet pas in juni.",
                    )
                )
        # Surplus: het loon komt bij de gemeente binnen. Op de vaste betaaldag betaalt ze het vaste bedrag,
        # met het loon waarvan de loonstrook verwerkt is, en rekent ze tegelijk af wat over die maanden
        # te veel of te weinig was: één betaling op één dag.
        if self.methode == "vast_bedrag":
            door = 0
            for k, (_, _, bedrag) in enumerate(g.kas):
                if not self.kas_door[k] and self.kas_verwerkt[k] <= d:
                    door += bedrag
                    self.kas_door[k] = True
            if door:
                plus += door
                regels.append(
                    Regel(
                        "loon_doorbetaald",
                        None,
                        door,
                        "Divosa, werkwijze Surplus",
                        "https://divosa.nl/publicaties/verrekening-parttime-inkomsten/werkwijzer-verrekening-parttime-inkomsten/varianten-op-5",
                        f"Uw loon, dat uw werkgever aan de gemeente betaalde: {als_euro(door)}. De "
                        f"gemeente betaalt het mee op de vaste betaaldag, nu de loonstrook verwerkt is.",
                    )
                )
        # Verrekenen wat te veel is betaald (art. 58 lid 4). Wat niet past, gaat mee naar de volgende
        # betaling. Slokt de betaling van een gewone betaaldag alles op en blijft er over, dan wordt
        # dat een vordering (art. 58 lid 2) die in kleine bedragen wordt afgelost.
        betaaldag_nu = d in g.betaaldagen
        min_recent += self.te_verrekenen
        self.te_verrekenen = 0
        verrekend = min(min_recent, plus)
        if verrekend:
            regels.append(
                Regel(
                    "verrekend",
                    None,
                    -verrekend,
                    "Pw art. 58 lid 4",
                    wet_url(d, "58"),
                    f"Verrekend met deze betaling: {als_euro(verrekend)} (te veel betaald in de afgelopen zes maanden).",
                )
            )
        nieuw_vordering = min_oud
        if plus > 0 and betaaldag_nu:
            nieuw_vordering += min_recent - verrekend
        else:
            self.te_verrekenen = min_recent - verrekend
        if nieuw_vordering:
            self.vordering += nieuw_vordering
            regels.append(
                Regel(
                    "vordering",
                    None,
                    0,
                    "Pw art. 58 lid 2 onder f",
                    wet_url(d, "58"),
                    f"{als_euro(nieuw_vordering)} kon niet met deze betaling worden verrekend. Dat wordt een "
                    f"vordering; u lost die af in kleine bedragen per maand.",
                )
            )
        rest = plus - verrekend
        # Aflossen van een vordering (art. 60 lid 3), hoogstens een deel van de norm per kalendermaand.
        jm = (d.year, d.month)
        aflossing = 0
        if self.vordering and rest > 0:
            pct = p_d.gemeente.aflossing_percentage_norm
            norm = int(uitkomsten[ip].norm)
            ruimte = max(0, percentage_van(norm, pct) - self.afgelost[jm])
            aflossing = min(self.vordering, ruimte, rest)
            if aflossing:
                afl_oud = min(aflossing, self.vordering_oud)
                self.vordering_oud -= afl_oud
                self.vordering -= aflossing
                self.afgelost[jm] += aflossing
                rest -= aflossing
                regels.append(
                    Regel(
                        "aflossing",
                        None,
                        -aflossing,
                        "Pw art. 60 lid 3; Awb art. 4:93 lid 4",
                        wet_url(d, "60"),
                        f"Aflossing op uw vordering: {als_euro(aflossing)}. De gemeente houdt hoogstens "
                        f"{percentage_als_tekst(pct)} van uw norm per maand in ({als_euro(percentage_van(norm, pct))}). "
                        f"Nog open: {als_euro(self.vordering)}.",
                    )
                )
        # Bufferbudget (art. 34b): voor wie arbeidsinkomen heeft, als verrekening (of aflossing van wat
        # door verrekening te veel was betaald) u deze maand onder de norm brengt. Niet voor aflossing
        # van een vordering van vóór de periode.
        self.inhouding_maand[jm] += verrekend + aflossing - (afl_oud if aflossing else 0)
        inhouding = self.inhouding_maand[jm] - self.buffer_maand[jm]
        # Alleen in een maand van de periode: daarbuiten kent balans de bijstand van die maand niet.
        betaaldag_gehad = eerste(d) in g.betaaldag and g.betaaldag[eerste(d)] <= d
        besluit = (
            self.buffer_besluit(eerste(d)) if inhouding > 0 and betaaldag_gehad and g.werkt_in(eerste(d)) else None
        )
        if besluit:
            ondergrens = norm_zonder_vakantietoeslag(int(uitkomsten[ip].norm), p_d)
            loon = 0 if self.methode == "vast_bedrag" else g.loon_in(jm)  # bij Surplus loopt het loon via de gemeente
            beschikbaar = self.ontvangen[jm] + rest + loon + self._overig_in(eerste(d))
            tekort = ondergrens - beschikbaar
            over = p_d.art34b.maximum_per_kalenderjaar - self.buffer[d.year]
            b = max(0, min(inhouding, tekort, over))
            if b:
                self.buffer[d.year] += b
                self.buffer_maand[jm] += b
                rest += b
                regels.append(
                    Regel(
                        "bufferbudget",
                        None,
                        b,
                        "Pw art. 34b",
                        wet_url(d, "34b"),
                        f"Door de verrekening zou u deze maand {als_euro(beschikbaar)} hebben, minder dan uw "
                        f"norm zonder vakantietoeslag ({als_euro(ondergrens)}). De gemeente zet {als_euro(b)} "
                        f"uit het bufferbudget in. {besluit} Dit hoeft u niet terug te betalen. Nog over in "
                        f"{d.year}: {als_euro(over - b)}.",
                    )
                )
        if regels:
            self.ontvangen[jm] += rest
            self.betalingen.append(Betaling(d, regels, rest, self.vordering + self.te_verrekenen))

    def _ontvangen_op(self, maand: dt.date, d: dt.date) -> dt.date:
        """Wanneer kwam het geld binnen dat de bijstand over deze maand verlaagt? De laatste betaaldatum
        van het verwerkte loon over die maand; zonder loon het einde van de maand."""
        data = [b for v, b in self.g.ontvangen_per_maand.get(maand, ()) if v <= d]
        return max(data) if data else plus_maanden(maand, 1) - dt.timedelta(days=1)

    def _overig_in(self, maand: dt.date) -> int:
        i = self.g.index.get(maand)
        return 0 if i is None else self.g.overig[i]

    def _eerste_regel(self, i: int, maand: dt.date, d: dt.date, excl: int, loon, u) -> Regel:
        g, m = self.g, self.methode
        tw = ""
        if g.c.verrekening.melding and plus_maanden(maand, 1) <= g.c.verrekening.melding:
            tw = (
                " U meldde zich op " + g.c.verrekening.melding.isoformat() + "; het college heeft besloten "
                "dat u deze maand met terugwerkende kracht krijgt (art. 44 lid 5): " + self.tw_motivering
            )
        mee = loon[0] + loon[1]
        if m == "op_de_maand" or (
            m in ("schatten", "vast_bedrag")
            and g.compleet_op.get(maand, dt.date.min) <= d
            and not (m == "vast_bedrag" and g.betaaldag[maand] == d)
        ):
            # 'Meetelt' betekent overal na de vrijlating (issue 14); dit is het loon ervóór, dus een ander woord.
            tekst = (
                f"Bijstand over {maand_mens(maand)}: {als_euro(excl)}. Uw inkomen over deze maand is bekend"
                + (
                    f". De gemeente rekent met wat zij op die dag weet: {als_euro(mee)} loon, met vakantiegeld."
                    if mee
                    else "."
                )
                + tw
            )
            return Regel("uitkering", maand, excl, "Pw art. 45 lid 1", wet_url(maand, "45"), tekst)
        if m == "achteraf":
            tekst = (
                f"Bijstand over {maand_mens(maand)}: {als_euro(excl)}. Uw loon van deze maand is nog niet "
                f"verrekend; dat gebeurt volgende maand (art. 58 lid 4)."
            ) + tw
        elif m == "schatten":
            tekst = (
                f"Voorschot over {maand_mens(maand)}: {als_euro(excl)}, berekend met een geschat loon van "
                f"{als_euro(mee)}. Als uw loonstrook binnen is, rekent de gemeente het na."
            ) + tw
        else:
            tekst = (
                f"Vast bedrag over {maand_mens(maand)}: {als_euro(excl)}, uw bijstand zonder loon. Uw loon "
                f"gaat naar de gemeente; die betaalt het door en rekent af als de loonstrook binnen is."
            ) + tw
        return Regel("voorschot", maand, excl, "Pw art. 52", wet_url(maand, "52"), tekst)

    def _reden(self, maand: dt.date, nieuw_bekend) -> str:
        # Geen interne ids in de tekst: zeg wat het is en wanneer het is betaald.
        bronnen = sorted({_bron_mens(p) for p in nieuw_bekend if p.maand == maand})
        if bronnen:
            return "Nieuw bekend over deze maand: " + ", ".join(bronnen) + "."
        if self.methode in ("achteraf", "schatten", "vast_bedrag"):
            return "Het voorschot is nu vervangen door de berekening met uw echte loon."
        return "De berekening is bijgewerkt."
