# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Varianten doorrekenen over een populatie, deel voor deel, met dezelfde regelkern als één huishouden.

Per deel (een blok huishoudens) rekenen we alle varianten uit en houden alleen optelbare
sommen over (`Sommen`). Zo is het geheugen begrensd door één deel, en geven numpy (deel na deel)
en Dask (delen tegelijk op werkers) precies hetzelfde: dezelfde delen, opgeteld in dezelfde volgorde.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from balans.rekenen.populatie import bereken_maanden
from balans.wet.parameters import ParameterBoom


@dataclass(frozen=True)
class Variant:
    naam: str
    boom: ParameterBoom
    omschrijving: str = ""
    methode: str | None = None  # eigen verrekenmethode (Surplus: vast_bedrag); anders die van de run


@dataclass
class Reeksen:
    """Per huishouden en maand (n x m), in centen, van één variant op één deel."""

    norm: np.ndarray
    recht: np.ndarray  # bool
    bijstand: np.ndarray  # het recht per maand volgens de regels (art. 19), na verlaging
    betaald: np.ndarray  # wat de gemeente die maand uitbetaalt (met de verrekenmethode)
    loon: np.ndarray  # ontvangen loon (aanvrager + partner)
    overig: np.ndarray  # andere inkomsten
    vordering_nieuw: np.ndarray
    buffer_ingezet: np.ndarray
    vrijlating: np.ndarray
    onder_norm: np.ndarray | None = None  # van de verrekening; anders: inkomen < norm terwijl er recht is

    @property
    def inkomen(self) -> np.ndarray:
        """Wat het huishouden die maand heeft: uitbetaalde bijstand plus eigen inkomen."""
        return self.betaald + self.loon + self.overig


def _kolommen(uitkomsten: list, veld: str, n: int, dtype=np.int64) -> np.ndarray:
    # Fortran-volgorde (n x m, kolom voor kolom): elke maand is één aaneengesloten kolom, en de indicatoren
    # rekenen per huishouden over de maanden (sum(axis=1)); beide zijn zo 5-10 x sneller dan in C-volgorde.
    uit = np.empty((n, len(uitkomsten)), dtype, order="F")
    for j, u in enumerate(uitkomsten):
        uit[:, j] = getattr(u, veld)
    return uit


class _Gedeeld:
    """Wat elke variant van hetzelfde deel gelijk heeft: de invoer per maand, loon en overige inkomsten,
    en het geheugen van de regelkern (Ctx.onthoud). Eén keer per deel, niet per variant."""

    def __init__(self, deel, geheugen: bool):
        n = deel.eind - deel.start
        self.invoeren = [deel.invoer(i) for i in range(len(deel.maanden))]
        self.loon = np.empty((n, len(self.invoeren)), np.int64, order="F")
        self.overig = np.empty_like(self.loon)
        for j, inv in enumerate(self.invoeren):
            self.loon[:, j] = inv.arbeid_a + inv.arbeid_p
            self.overig[:, j] = inv.uitkering_a + inv.uitkering_p + inv.overig_a + inv.overig_p
        self.loon.flags.writeable = self.overig.flags.writeable = False  # gedeeld door de varianten
        self.geheugen: dict | None = {} if geheugen else None


def reken_variant(deel, boom: ParameterBoom, methode: str | None = None, gedeeld: _Gedeeld | None = None) -> Reeksen:
    """De regelkern (gevectoriseerd) over alle maanden van het deel; met een methode ook de verrekening."""
    n = deel.eind - deel.start
    g = gedeeld or _Gedeeld(deel, geheugen=False)
    invoeren, loon, overig = g.invoeren, g.loon, g.overig
    if methode:
        from balans.maandstaat.vector import verreken

        v = verreken(boom, deel, methode, geheugen=g.geheugen)  # rekent het recht zelf met de regelkern, één keer
        # Bij een vast bedrag (Surplus) gaat het loon via de gemeente: in handen is dan het doorbetaalde loon.
        in_handen = v.loon_doorbetaald if methode == "vast_bedrag" else loon
        return Reeksen(
            norm=v.norm,
            recht=v.recht_bool,
            bijstand=v.recht,
            betaald=v.betaald,
            loon=in_handen,
            overig=overig,
            vordering_nieuw=v.vordering_nieuw,
            buffer_ingezet=v.buffer_ingezet,
            vrijlating=v.vrijlating,
            onder_norm=v.onder_norm,
        )
    uit = [u for _, u in bereken_maanden(boom, zip(deel.maanden, invoeren), deel.begin(), g.geheugen)]
    bijstand = _kolommen(uit, "bijstand", n)
    nul = np.zeros_like(bijstand)
    return Reeksen(
        norm=_kolommen(uit, "norm", n),
        recht=_kolommen(uit, "recht", n, bool),
        bijstand=bijstand,
        betaald=bijstand,
        loon=loon,
        overig=overig,
        vordering_nieuw=nul,
        buffer_ingezet=nul,
        vrijlating=_kolommen(uit, "vrijlating", n),
    )


@dataclass
class Sommen:
    """Optelbare tussenuitkomsten: naam -> array. Twee Sommen optellen = de delen samenvoegen."""

    waarden: dict[str, np.ndarray] = field(default_factory=dict)

    def tel(self, naam: str, waarde) -> None:
        w = np.asarray(waarde)
        self.waarden[naam] = self.waarden[naam] + w if naam in self.waarden else w.copy()

    def __add__(self, ander: "Sommen") -> "Sommen":
        uit = Sommen({k: v.copy() for k, v in self.waarden.items()})
        for k, v in ander.waarden.items():
            uit.tel(k, v)
        return uit

    def __getitem__(self, naam: str) -> np.ndarray:
        return self.waarden[naam]


def reken_deel(
    deel, varianten: list[Variant], methode: str | None, verzamel: Callable[[object, dict[str, Reeksen], str], Sommen]
) -> Sommen:
    # Met meer varianten delen ze feiten en norm per maand (zolang hun parameters daarvoor gelijk zijn).
    gedeeld = _Gedeeld(deel, geheugen=len(varianten) > 1)
    reeksen = {v.naam: reken_variant(deel, v.boom, v.methode or methode, gedeeld) for v in varianten}
    return verzamel(deel, reeksen, varianten[0].naam)


def reken_numpy(
    delen: Iterable[tuple[int, int]],
    maak_deel: Callable,
    varianten: list[Variant],
    methode: str | None,
    verzamel,
    voortgang: Callable[[int], None] | None = None,
) -> Sommen:
    """Deel na deel in dit proces; het geheugen is dat van één deel."""
    totaal = Sommen()
    for start, eind in delen:
        totaal = totaal + reken_deel(maak_deel(start, eind), varianten, methode, verzamel)
        if voortgang:
            voortgang(eind - start)
    return totaal


WERKER_OMGEVING = {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1}


def _taak(
    maak_deel: Callable, start: int, eind: int, varianten: list[Variant], methode: str | None, verzamel
) -> Sommen:
    return reken_deel(maak_deel(start, eind), varianten, methode, verzamel)


def reken_dask(
    delen: list[tuple[int, int]],
    maak_deel: Callable,
    varianten: list[Variant],
    methode: str | None,
    verzamel,
    scheduler: str | None = None,
    werkers: int = 2,
    geheugen_per_werker: str = "2GB",
    voortgang: Callable[[int], None] | None = None,
) -> Sommen:
    """Delen tegelijk op Dask-werkers; optellen in de volgorde van de delen, dus gelijk aan reken_numpy.

    Zonder scheduler-adres start een LocalCluster op deze machine (één draad per werker: numpy
    rekent al vectorieel, en zo blijft het geheugen per werker voorspelbaar).
    """
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # Dask zet standaard MALLOC_TRIM_THRESHOLD_ in elke werker. Dan geeft glibc elke grote numpy-array
        # meteen terug aan het OS en kost elke tijdelijke array paginafouten: 3,5 x trager (gemeten).
        # Het geheugen blijft begrensd door de blokgrootte. Zet dit ook op werkers van een eigen cluster.
        with dask.config.set({"distributed.nanny.pre-spawn-environ": WERKER_OMGEVING}):
            cluster = LocalCluster(
                n_workers=werkers,
                threads_per_worker=1,
                memory_limit=geheugen_per_werker,
                processes=True,
                dashboard_address=None,
            )
        client = Client(cluster)
    try:
        [maak_f, var_f] = client.scatter([maak_deel, varianten], broadcast=True)
        futures = [
            client.submit(_taak, maak_f, start, eind, var_f, methode, verzamel, pure=False) for start, eind in delen
        ]
        volgorde = {f.key: i for i, f in enumerate(futures)}
        delen_uit: dict[int, Sommen] = {}
        for f in as_completed(futures):
            i = volgorde[f.key]
            delen_uit[i] = f.result()
            f.release()
            if voortgang:
                voortgang(delen[i][1] - delen[i][0])
        totaal = Sommen()
        for i in range(len(delen)):
            totaal = totaal + delen_uit.pop(i)
        return totaal
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
