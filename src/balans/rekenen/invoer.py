# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Invoer en stand van één maand, voor één huishouden (getallen) of een populatie (arrays).

Dit is het contract tussen de regels en wie ze gebruikt (casus, maandstaat, populatie). Alle
bedragen in eurocenten; percentages van een maatregel in basispunten (30% = 3000), zodat ook de
gevectoriseerde stand alleen gehele getallen kent.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

import numpy as np

GEEN_PERSOON = 9999  # geboortejaar voor een lege plek in een populatie-matrix: nooit 18, 27 of ouder


@dataclass
class MaandInvoer:
    # Elk veld Any: een getal of tuple (één huishouden) of een numpy-array (de gevectoriseerde stand).
    # personen: geboortedatum als (jaar, maand, dag)
    a_jaar: Any
    a_maand: Any
    a_dag: Any
    heeft_partner: Any = False
    p_jaar: Any = GEEN_PERSOON
    p_maand: Any = 1
    p_dag: Any = 1
    p_rechthebbend: Any = True
    a_medisch_urenbeperkt: Any = False
    p_medisch_urenbeperkt: Any = False
    a_doelgroep_lks: Any = False
    p_doelgroep_lks: Any = False
    a_beroep_op_ouders: Any = True
    p_beroep_op_ouders: Any = True
    mantelzorg_elders: Any = False
    a_inrichting: Any = False  # verblijf in een inrichting (art. 23)
    p_inrichting: Any = False
    toeslagpartner: Any = False  # art. 24a onder b
    # kinderen: tuple van (jaar, maand, dag); populatie: tuple van drie matrices (n x k)
    kinderen: Any = ()
    # medebewoners: tuple van (jaar, maand, dag, uitzondering); populatie: vier matrices
    medebewoners: Any = ()
    # inkomsten per persoon en soort
    arbeid_a: Any = 0
    arbeid_p: Any = 0
    uitkering_a: Any = 0
    uitkering_p: Any = 0
    overig_a: Any = 0
    overig_p: Any = 0
    oudedag_a: Any = 0  # particuliere oudedagsvoorziening (art. 33 lid 5)
    oudedag_p: Any = 0
    premie_a: Any = 0  # premie arbeidsinschakeling (art. 31 lid 2 onder j), aanvrager
    vrijwilliger_a: Any = 0  # kostenvergoeding vrijwilligerswerk (art. 31 lid 2 onder k), aanvrager
    # Art. 27 / 28: het college stelt de norm lager vast. artikel 0 = geen, 27 of 28; percentage in basispunten.
    lagere_norm_artikel: Any = 0
    lagere_norm_bp: Any = 0
    giften: Any = 0
    giften_in_natura: Any = 0
    voedselbank: Any = 0
    bezittingen: Any = 0
    schulden: Any = 0
    gespaard_uit_bijstand: Any = 0  # deel van de bezittingen, art. 34 lid 2 onder c
    woning_waarde: Any = 0
    woning_hypotheek: Any = 0
    woning_verwachting: Any = -1  # art. 50 lid 2 onder a: verwachte bijstand eerste jaar; -1 = 12 x de eerste maand
    maatregel_bp: Any = 0
    maatregel_over: Any = (
        None  # 'norm' | 'bijstand' uit de verordening; None: art18.maatregel_grondslag. Populatie: codes 0/1/2 (stapel)
    )
    taaleis_niet_nagekomen: Any = False
    vrijlating_toepassen: Any = True
    nieuw_dienstverband: Any = False
    uitbreiding_uren_niet_mogelijk: Any = False
    # Dagen binnen de maand (rekenen/dagdelen.py). None: de hele maand. Een paar (eerste, laatste) dag;
    # eerste > laatste: geen enkele dag. Populatie: twee arrays (of twee matrices n x k bij kinderen en
    # medebewoners). Wie de hele maand niet meedoet, staat ook niet in de personen hierboven.
    recht_dagen: Any = None  # dagen met recht op bijstand (casus.md 'bijstand: {van, tot}', art. 44)
    p_dagen: Any = None  # dagen dat de partner bij het huishouden hoort
    k_dagen: Any = None  # per kind
    m_dagen: Any = None  # per medebewoner
    # Persoonskenmerken die een deel van de maand gelden (casus.md, issue 15): de dagen waarop ze 'ja' zijn.
    # None: het kenmerk hierboven geldt de hele maand. Alleen kenmerken die de norm raken gaan per dag.
    a_ouders_dagen: Any = None  # a_beroep_op_ouders (art. 20 lid 3)
    p_ouders_dagen: Any = None
    mantelzorg_dagen: Any = None  # mantelzorg_elders (art. 22a lid 4)
    p_recht_dagen: Any = None  # p_rechthebbend (art. 24)
    a_inrichting_dagen: Any = None  # a_inrichting (art. 23)
    p_inrichting_dagen: Any = None
    # Dagen > 1 waarop in deze maand een nieuwe versie van de wet ingaat, met haar parameters: ((dag, p), ...).
    wetsversies: tuple = ()


@dataclass
class Toestand:
    """Wat van maand tot maand meegaat. Expliciet, zodat elke maand apart te controleren is.

    Velden Any: een getal (één huishouden) of een numpy-array (de gevectoriseerde stand)."""

    n_a: Any = 0  # maanden vrijlating art. 31 lid 2 onder n gebruikt (aanvrager)
    n_p: Any = 0
    r_a: Any = 0  # onder r
    r_p: Any = 0
    z_a: Any = 0  # onder z
    z_p: Any = 0
    b34a_a: Any = 0  # art. 34a lid 1 onder a
    b34a_p: Any = 0
    giften_jaar: Any = 0  # giften (geld + natura) al ontvangen dit kalenderjaar
    taaleis_maanden: Any = 0
    premie_jaar: Any = 0  # premie arbeidsinschakeling die dit kalenderjaar al vrij bleef (art. 31 lid 2 onder j)
    premie_keer: Any = 0  # en hoe vaak
    vrijwilliger_jaar: Any = 0  # vrijwilligersvergoeding die dit kalenderjaar al vrij bleef (art. 31 lid 2 onder k)
    vermogen_aanvang: Any = -1  # -1: nog geen aanvang vastgesteld
    vermogen_laagste: Any = 0
    lening_onder_a: Any = -1  # art. 50 lid 2 onder a: -1 nog niet beoordeeld, 0 nee, 1 ja
    lening_totaal: Any = 0  # wat al als geldlening is verstrekt (art. 50 lid 2 onder b, 'voorzover')
    kalenderjaar: int = 0

    def kopie(self) -> "Toestand":
        return replace(self)


@dataclass
class Uitkomst:
    # Velden Any: een getal (één huishouden) of een numpy-array (de gevectoriseerde stand).
    recht: Any
    norm: Any
    vrijlating: Any
    middelen: Any
    verlaging: Any
    bijstand: Any
    vakantietoeslag: Any
    svb: Any = False  # uitvoering door de SVB (AOW-leeftijd, art. 47a)
    lening: Any = False  # (een deel van) de bijstand is een geldlening (eigen woning, art. 50 lid 2)
    geldlening: Any = 0  # dat deel in eurocenten; de rest is bijstand om niet
    spoor: list = field(default_factory=list)


OVER_CODE = {None: 0, "norm": 1, "bijstand": 2}
# Velden met één (eerste, laatste)-paar dagen per rij.
DAGPAREN = (
    "recht_dagen",
    "p_dagen",
    "a_ouders_dagen",
    "p_ouders_dagen",
    "mantelzorg_dagen",
    "p_recht_dagen",
    "a_inrichting_dagen",
    "p_inrichting_dagen",
)
# Persoonskenmerk -> het veld met de dagen waarop het 'ja' is (rekenen/dagdelen.op_dag).
KENMERK_DAGEN = {
    "a_beroep_op_ouders": "a_ouders_dagen",
    "p_beroep_op_ouders": "p_ouders_dagen",
    "mantelzorg_elders": "mantelzorg_dagen",
    "p_rechthebbend": "p_recht_dagen",
    "a_inrichting": "a_inrichting_dagen",
    "p_inrichting": "p_inrichting_dagen",
}


def stapel(invoeren: list[MaandInvoer]) -> MaandInvoer:
    """Maakt van een lijst scalaire invoeren één invoer met arrays (voor tests en kleine populaties)."""
    kolommen: dict[str, Any] = {}  # per veld een array, tuple van arrays of None
    for f in fields(MaandInvoer):
        waarden = [getattr(i, f.name) for i in invoeren]
        if f.name == "kinderen":
            k = max([len(w) for w in waarden] + [1])
            rijen = [list(w) + [(GEEN_PERSOON, 1, 1)] * (k - len(w)) for w in waarden]
            arr = np.array(rijen, dtype=np.int64).reshape(len(invoeren), k, 3)
            kolommen[f.name] = (arr[:, :, 0], arr[:, :, 1], arr[:, :, 2])
        elif f.name == "medebewoners":
            k = max([len(w) for w in waarden] + [1])
            rijen = [[tuple(int(x) for x in r) for r in w] + [(GEEN_PERSOON, 1, 1, 0)] * (k - len(w)) for w in waarden]
            arr = np.array(rijen, dtype=np.int64).reshape(len(invoeren), k, 4)
            kolommen[f.name] = (arr[:, :, 0], arr[:, :, 1], arr[:, :, 2], arr[:, :, 3].astype(bool))
        elif f.name in DAGPAREN:
            if all(w is None for w in waarden):
                kolommen[f.name] = None
            else:
                # een rij zonder dagen: de hele maand; bij een kenmerk: de hele maand zoals het kenmerk zelf is
                kenmerk = next((k for k, d in KENMERK_DAGEN.items() if d == f.name), None)
                paren = [
                    w if w is not None else ((1, 31) if kenmerk is None or getattr(i, kenmerk) else (32, 0))
                    for w, i in zip(waarden, invoeren)
                ]
                kolommen[f.name] = (
                    np.array([a for a, _ in paren], dtype=np.int64),
                    np.array([b for _, b in paren], dtype=np.int64),
                )
        elif f.name in ("k_dagen", "m_dagen"):
            personen = "kinderen" if f.name == "k_dagen" else "medebewoners"
            if all(w is None for w in waarden):
                kolommen[f.name] = None
            else:
                k = max([len(getattr(i, personen)) for i in invoeren] + [1])
                rijen = [
                    (list(w) if w is not None else [(1, 31)] * len(getattr(i, personen)))
                    for w, i in zip(waarden, invoeren)
                ]
                rijen = [r + [(1, 31)] * (k - len(r)) for r in rijen]
                arr = np.array(rijen, dtype=np.int64).reshape(len(invoeren), k, 2)
                kolommen[f.name] = (arr[:, :, 0], arr[:, :, 1])
        elif f.name == "wetsversies":
            kolommen[f.name] = waarden[0]
        elif f.name == "maatregel_over":  # per rij: 0 = gemeenteparameter, 1 = norm, 2 = bijstand
            codes = [OVER_CODE[w] for w in waarden]
            kolommen[f.name] = np.array(codes, dtype=np.int8) if any(codes) else None
        else:
            kolommen[f.name] = np.array(waarden, dtype=bool if isinstance(waarden[0], bool) else np.int64)
    return MaandInvoer(**kolommen)


def stapel_toestand(toestanden: list[Toestand]) -> Toestand:
    uit: dict[str, Any] = {}  # kalenderjaar een int, de rest arrays
    for f in fields(Toestand):
        if f.name == "kalenderjaar":
            uit[f.name] = toestanden[0].kalenderjaar
        else:
            uit[f.name] = np.array([getattr(t, f.name) for t in toestanden], dtype=np.int64)
    return Toestand(**uit)
