"""Een beleidsrun van begin tot eind: populatie, varianten, indicatoren, armoedeval, toetsingskader."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from balans import kalender
from balans.beleid import armoedeval as A
from balans.beleid import indicatoren as I
from balans.beleid import toetsingskader as T
from balans.beleid.doorrekenen import Variant, reken_dask, reken_numpy
from balans.beleid.populatie import PopulatieSpec, blokken, maak_deel
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
                    variant=variant.naam, parameter=f"{sleutel[0]}.{sleutel[1]}", artikel=meta.artikel,
                    omschrijving=meta.omschrijving,
                    basis=als_euro(a) if eenheid_geld and isinstance(a, int) else _tekst(a),
                    waarde=als_euro(b) if eenheid_geld and isinstance(b, int) else _tekst(b), vanaf=m)
    return list(uit.values())


def draai(naam: str, van: dt.date, tot_en_met: dt.date, spec: PopulatieSpec, basis: Variant, varianten: list[Variant],
          omschrijvingen: dict[str, VariantInfo] | None = None, verrekenmethode: str | None = None,
          backend: str = "numpy", scheduler: str | None = None, werkers: int = 2, gedrag: dict | None = None,
          aannames: list[Aanname] | None = None, voortgang: Callable[[int], None] | None = None,
          netto_uurloon: int = NETTO_UURLOON) -> Uitkomst:
    t0 = time.perf_counter()
    maanden = kalender.maanden(van, tot_en_met)
    alle = [basis] + [v for v in varianten if v.naam != basis.naam]
    if verrekenmethode is None and any(v.methode for v in alle):
        # Eén variant verrekent (bv. Surplus): dan verrekenen de andere ook, anders vergelijken we
        # uitbetaling met recht. 'op de maand' is dan de vergelijking (wachten op de loonstrook).
        verrekenmethode = "op_de_maand"
    delen = blokken(spec)
    maker = Maker(spec, tuple(maanden))
    if backend == "dask":
        sommen = reken_dask(delen, maker, alle, verrekenmethode, I.verzamel, scheduler=scheduler, werkers=werkers,
                            voortgang=voortgang)
    else:
        sommen = reken_numpy(delen, maker, alle, verrekenmethode, I.verzamel, voortgang=voortgang)
    ind = I.bereken(sommen, [v.naam for v in alle], basis.naam, len(maanden))
    av = {v.naam: A.bereken(v.boom, maanden, netto_uurloon) for v in alle}
    bomen: dict[str, ParameterBoom] = {v.naam: v.boom for v in alle}
    w = T.waarden(ind, av, bomen, maanden[len(maanden) // 2], met_verrekening=bool(verrekenmethode))
    toets = T.scoor(ind, w)
    verschillen = [d for v in alle[1:] for d in parameterverschillen(basis, v, maanden)]
    info = omschrijvingen or {}
    return Uitkomst(
        naam=naam, van=van, tot_en_met=tot_en_met, huishoudens=spec.n, zaadje=spec.zaadje, backend=backend,
        verrekenmethode=verrekenmethode, basis=basis.naam,
        varianten=[info.get(v.naam) or VariantInfo(v.naam, v.omschrijving) for v in alle],
        indicatoren=ind, armoedeval=av, toets=toets, verschillen=verschillen, aannames=aannames or [],
        gedrag={k: str(v) for k, v in (gedrag or {}).items()} or {"gedragsreacties": "uit"},
        rekentijd_s=time.perf_counter() - t0, gemaakt_op=dt.datetime.now().astimezone())
