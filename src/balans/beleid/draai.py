# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een beleidsrun van begin tot eind: populatie, varianten, indicatoren, armoedeval, toetsingskader."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, fields
from fractions import Fraction

import numpy as np

from balans import kalender
from balans import ontvangstbewijs as O
from balans.beleid import armoedeval as A
from balans.beleid import indicatoren as I
from balans.beleid import marginale_druk as M
from balans.beleid import toetsingskader as T
from balans.beleid.doorrekenen import (
    Reeksen,
    Sommen,
    Variant,
    reken_dask,
    reken_numpy,
    reken_variant,
)
from balans.beleid.gedrag import Gedrag, reageer
from balans.beleid.populatie import Aannames, PopulatieSpec, blokken, maak_deel
from balans.beleid.uitkomst import Aanname, Parameterverschil, Uitkomst, VariantInfo
from balans.geld import als_euro
from balans.wet.parameters import ParameterBoom

# Netto uurloon voor de armoedeval: het bruto minimumloon per uur van 1-1-2026 (€ 14,71;
# wet-en-parameters.md §1.6). Aanname: bij een kleine deeltijdbaan is de loonheffing na de
# heffingskortingen bijna nul, dus netto ≈ bruto. balans rekent geen bruto-netto.
NETTO_UURLOON = 14_71


@dataclass(frozen=True)
class Maker:
    """Maakt een deel van de populatie; klein en picklebaar, zodat Dask-werkers het zelf doen."""

    spec: PopulatieSpec
    maanden: tuple[dt.date, ...]

    def __call__(self, start: int, eind: int):
        return maak_deel(self.spec, start, eind, list(self.maanden))


def _masker(r: Reeksen, aanwezig: np.ndarray) -> Reeksen:
    """Alleen de maanden waarin het huishouden in de bijstand is, tellen mee: de rest wordt 0 (of nee)."""
    uit = {}
    for f in fields(Reeksen):
        x = getattr(r, f.name)
        uit[f.name] = None if x is None else np.where(aanwezig, x, np.zeros((), np.asarray(x).dtype))
    return Reeksen(**uit)


def _bijstand(deel, boom) -> np.ndarray:
    """Het recht volgens de regelkern (zonder verrekenmethode) voor een deel: voor de gedragsreactie."""
    return reken_variant(deel, boom).bijstand


@dataclass(frozen=True)
class Verzamelaar:
    """Wat reken_deel na de varianten aanroept (klein en picklebaar, ook voor Dask-werkers).

    Met een gedragsreactie rekent hij elke variant (niet de basis) opnieuw met het loonpad na de reactie,
    met dezelfde regelkern; met in- en uitstroom tellen alleen de maanden waarin een huishouden in de
    bijstand is. Daarna de gewone indicatoren (indicatoren.verzamel), plus tellingen van beide."""

    varianten: tuple[Variant, ...]  # de basis eerst, zoals reken_deel ze krijgt
    methode: str | None
    gedrag: Gedrag
    aannames: Aannames
    zaadje: int

    def __call__(self, deel, reeksen: dict[str, Reeksen], basis: str) -> Sommen:
        reeksen = dict(reeksen)
        extra = Sommen()
        if self.gedrag.aan:
            b = self.varianten[0]
            cache: dict = {}
            for v in self.varianten[1:]:
                r = reageer(
                    deel,
                    _bijstand,
                    b.boom,
                    v.boom,
                    self.gedrag,
                    self.aannames,
                    self.zaadje,
                    cache,
                    bijstand_basis=reeksen[b.naam].bijstand,
                    bijstand_variant=reeksen[v.naam].bijstand,
                )
                reeksen[v.naam] = reken_variant(r.deel, v.boom, v.methode or self.methode)
                werkte = r.uren_voor > 0
                voor = np.rint(r.uren_voor[werkte] * 100).astype(np.int64)
                na = np.rint(r.uren_na[werkte] * 100).astype(np.int64)
                extra.tel(
                    f"{v.naam}:gedrag",
                    np.array(
                        [
                            int(werkte.sum()),
                            int(voor.sum()),
                            int(na.sum()),
                            int((na > voor).sum()),
                            int((na < voor).sum()),
                            int(r.begint.sum()),
                            int(np.rint(r.uren_na[r.begint] * 100).astype(np.int64).sum()),
                        ],
                        np.int64,
                    ),
                )
        if deel.aanwezig is not None:
            reeksen = {k: _masker(r, deel.aanwezig) for k, r in reeksen.items()}
        s = I.verzamel(deel, reeksen, basis)
        if deel.aanwezig is not None:
            k = deel.kenmerken
            m = len(deel.maanden)
            g = I.groep(deel)
            s.waarden["huishoudmaanden"] = np.bincount(g, deel.aanwezig.sum(axis=1), minlength=I.GROEPEN).astype(
                np.int64
            )
            uit_ = (k["uitstroom_maand"] < m) & (k["uitstroom_maand"] < k["aow_maand"])
            s.tel(
                "stroom",
                np.array(
                    [
                        int((k["instroom_maand"] > 0).sum()),
                        int(uit_.sum()),
                        int((k["aow_maand"] < np.minimum(k["uitstroom_maand"], m)).sum()),
                        int(deel.aanwezig[:, 0].sum()),
                        int(deel.aanwezig[:, -1].sum()),
                    ],
                    np.int64,
                ),
            )
        for naam, w in extra.waarden.items():
            s.tel(naam, w)
        return s


def _per_aanwezige_maand(ind, sommen: Sommen, maanden: int) -> None:
    """Met in- en uitstroom: gemiddelden per huishouden per maand over de maanden in de bijstand (in plaats van
    alle huishoudens x alle maanden, zoals indicatoren.bereken ze maakt)."""
    hm = sommen["huishoudmaanden"]
    totaal = max(1, int(hm.sum()))
    oud = max(1, ind.huishoudens * maanden)
    for v in ind.varianten:
        p = f"{v}:"
        ind.kosten[v]["per_huishouden_per_maand"] = int(sommen[p + "bijstand_exact"][0]) // totaal
        z = ind.zekerheid[v]
        z["gemiddeld_inkomen_per_maand"] = int(sommen[p + "inkomen"][0]) // totaal
        z["onder_norm_per_1000"] = 1000 * int(sommen[p + "onder_norm"].sum()) / totaal
        z["buffer_maanden_per_1000"] = 1000 * int(sommen[p + "buffer"][1]) / totaal
        z["wisselingen_per_huishouden_per_jaar"] = z["wisselingen_per_huishouden_per_jaar"] * oud / totaal
        w = ind.winnaars.get(v)
        if w:
            w["gemiddeld_per_maand"] = int(sommen[p + "verschil"].sum()) // totaal
            for rij in w["groepen"]:
                i = [I._groepnaam(j) for j in range(I.GROEPEN)].index(rij["groep"])
                rij["gemiddeld_per_maand"] = int(sommen[p + "verschil"][i]) // max(1, int(hm[i]))


def _tekst(w) -> str:
    if w is None:
        return "geen (geldt niet)"
    if isinstance(w, bool):
        return "ja" if w else "nee"
    if isinstance(w, Fraction):
        return f"{float(w * 100):g}%".replace(".", ",")
    if isinstance(w, int):
        return str(w)
    return str(w)


def parameterverschillen(basis: Variant, variant: Variant, maanden: list[dt.date]) -> list[Parameterverschil]:
    """Elke parameter die in de periode anders is dan in de basis, met de eerste maand van het verschil."""
    uit: dict[tuple[str, str], Parameterverschil] = {}
    for m in maanden:
        pb, pv = basis.boom.op(m), variant.boom.op(m)
        for sleutel, wb in pb._gekozen.items():
            wv = pv._gekozen.get(sleutel)
            a, b = (wb.waarde if wb else None), (wv.waarde if wv else None)
            if a != b and sleutel not in uit:
                meta = pb.meta(*sleutel)
                eenheid_geld = meta.eenheid in ("bedrag", "centen", "euro")
                uit[sleutel] = Parameterverschil(
                    variant=variant.naam,
                    parameter=f"{sleutel[0]}.{sleutel[1]}",
                    artikel=meta.artikel,
                    omschrijving=meta.omschrijving,
                    basis=als_euro(a) if eenheid_geld and isinstance(a, int) else _tekst(a),
                    waarde=als_euro(b) if eenheid_geld and isinstance(b, int) else _tekst(b),
                    vanaf=m,
                )
    return list(uit.values())


def draai(
    naam: str,
    van: dt.date,
    tot_en_met: dt.date,
    spec: PopulatieSpec,
    basis: Variant,
    varianten: list[Variant],
    omschrijvingen: dict[str, VariantInfo] | None = None,
    verrekenmethode: str | None = None,
    backend: str = "numpy",
    scheduler: str | None = None,
    werkers: int = 2,
    gedrag: dict | None = None,
    aannames: list[Aanname] | None = None,
    voortgang: Callable[[int], None] | None = None,
    netto_uurloon: int = NETTO_UURLOON,
) -> Uitkomst:
    t0 = time.perf_counter()
    maanden = kalender.maanden(van, tot_en_met)
    alle = [basis] + [v for v in varianten if v.naam != basis.naam]
    if verrekenmethode is None and any(v.methode for v in alle):
        # Eén variant verrekent (bv. Surplus): dan verrekenen de andere ook, anders vergelijken we
        # uitbetaling met recht. 'op de maand' is dan de vergelijking (wachten op de loonstrook).
        verrekenmethode = "op_de_maand"
    delen = blokken(spec)
    maker = Maker(spec, tuple(maanden))
    gedrag = gedrag if isinstance(gedrag, Gedrag) else Gedrag(**{k: float(w) for k, w in (gedrag or {}).items()})
    # Zonder gedrag en zonder stroom: de gewone verzamelfunctie, precies zoals vroeger.
    verzamel = (
        Verzamelaar(tuple(alle), verrekenmethode, gedrag, spec.aannames, spec.zaadje)
        if gedrag.aan or spec.stroom
        else I.verzamel
    )
    if backend == "dask":
        sommen = reken_dask(
            delen, maker, alle, verrekenmethode, verzamel, scheduler=scheduler, werkers=werkers, voortgang=voortgang
        )
    else:
        sommen = reken_numpy(delen, maker, alle, verrekenmethode, verzamel, voortgang=voortgang)
    ind = I.bereken(sommen, [v.naam for v in alle], basis.naam, len(maanden))
    if spec.stroom:
        _per_aanwezige_maand(ind, sommen, len(maanden))
    effect = {v.naam: gedragseffect(sommen[f"{v.naam}:gedrag"]) for v in alle[1:]} if gedrag.aan else {}
    stroom = None
    if spec.stroom:
        st = sommen["stroom"]
        stroom = {
            "instroom": int(st[0]),
            "uitstroom": int(st[1]),
            "aow": int(st[2]),
            "stand_begin": int(st[3]),
            "stand_eind": int(st[4]),
            "huishoudmaanden": int(sommen["huishoudmaanden"].sum()),
        }
    av = {v.naam: A.bereken(v.boom, maanden, netto_uurloon) for v in alle}
    md = {v.naam: M.bereken(v.boom, maanden) for v in alle} if _met_inkomen(maanden) else {}
    bomen: dict[str, ParameterBoom] = {v.naam: v.boom for v in alle}
    w = T.waarden(ind, av, bomen, maanden[len(maanden) // 2], met_verrekening=bool(verrekenmethode))
    toets = T.scoor(ind, w)
    verschillen = [d for v in alle[1:] for d in parameterverschillen(basis, v, maanden)]
    info = omschrijvingen or {}
    bewijs = O.voor_beleid(
        bomen=bomen,
        van=van,
        tot_en_met=tot_en_met,
        invoer={
            "naam": naam,
            "van": van,
            "tot_en_met": tot_en_met,
            "huishoudens": spec.n,
            "zaadje": spec.zaadje,
            "stroom": spec.stroom,
            "populatie_aannames": spec.aannames.sleutel(),
            "basis": basis.naam,
            "varianten": [v.naam for v in alle],
            "methoden": {v.naam: v.methode for v in alle},
            "verrekenmethode": verrekenmethode,
            "backend": backend,
            "gedrag": {k: repr(float(w)) for k, w, _, _ in gedrag.aannames()} if gedrag.aan else {},
            "netto_uurloon": netto_uurloon,
            "aannames": [[a.naam, str(a.waarde)] for a in (aannames or [])],
        },
    )
    return Uitkomst(
        naam=naam,
        van=van,
        tot_en_met=tot_en_met,
        huishoudens=spec.n,
        zaadje=spec.zaadje,
        backend=backend,
        verrekenmethode=verrekenmethode,
        basis=basis.naam,
        varianten=[info.get(v.naam) or VariantInfo(v.naam, v.omschrijving) for v in alle],
        indicatoren=ind,
        armoedeval=av,
        toets=toets,
        verschillen=verschillen,
        aannames=(aannames or []) + _gedrag_aannames(gedrag) + _stroom_aanname(spec),
        gedrag=({k: w for k, w, _, _ in gedrag.aannames()} if gedrag.aan else {"gedragsreacties": "uit"}),
        rekentijd_s=time.perf_counter() - t0,
        gemaakt_op=dt.datetime.now().astimezone(),
        met_gedrag=gedrag.aan,
        gedrag_effect=effect,
        stroom=stroom,
        marginale_druk=md,
        ontvangstbewijs=bewijs,
    )


def _met_inkomen(maanden: list[dt.date]) -> bool:
    """De toeslagen en de loonheffing kent balans in 2024-2027; daarbuiten geen tabel met het hele inkomen."""
    from balans.inkomen.parameters import EERSTE_JAAR, LAATSTE_JAAR

    return EERSTE_JAAR <= maanden[0].year and maanden[-1].year <= LAATSTE_JAAR


def gedragseffect(g: np.ndarray) -> dict:
    """Van de tellingen van de Verzamelaar naar wat het rapport toont (uren in honderdsten als int)."""
    werkers, voor, na, meer, minder, begint, uren_begint = (int(x) for x in g)
    return {
        "werkenden": werkers,
        "uren_voor": voor,
        "uren_na": na,
        "meer_uren": meer,
        "minder_uren": minder,
        "gaan_werken": begint,
        "uren_nieuw": uren_begint,
    }


def _gedrag_aannames(g: Gedrag) -> list[Aanname]:
    return [Aanname("gedrag." + naam, waarde, bron, tekst) for naam, waarde, bron, tekst in g.aannames()]


def _stroom_aanname(spec: PopulatieSpec) -> list[Aanname]:
    return [
        Aanname(
            "in_en_uitstroom",
            "aan" if spec.stroom else "uit",
            None,
            "Met in- en uitstroom komen huishoudens in de loop van de run in de bijstand en gaan ze eruit, ook "
            "naar de AOW (zie instroom, uitstroom en aow per kwartaal). Zonder: dezelfde huishoudens de hele "
            "run, en niemand haalt de AOW-leeftijd.",
        )
    ]
