# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het ontvangstbewijs van een uitkomst: waarmee is dit berekend, zodat het later precies na te rekenen is.

Elke uitkomst (berekening, maandstaat, berekening van een zaak, beschikking, beleidsrapport) draagt een blok
`ontvangstbewijs` met de versie van balans, een hash van de parameters waarmee gerekend is (wet, gemeente,
beleidsvariant, de inkomensregelingen), de wetsversies in de periode, `bekendOp`, de invoer zelf en een hash
van de invoer en van de uitkomst. `balans herbereken` en POST /v1/herberekeningen rekenen het na
(balans.zaak.herberekenen). Zie docs/ontvangstbewijs.md voor de keuzes.

Laag: boven wet en inkomen.parameters (die hij leest), onder zaak, beleid en brieven (die hem gebruiken).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from fractions import Fraction
from functools import cache
from importlib import metadata

from balans.wet import parameters as W

FORMAAT = 1  # de versie van de vorm van het ontvangstbewijs zelf
SOORTEN = ("berekening", "maandstaat", "zaakberekening", "zaakmaandstaat", "beleidsrapport")
BWB_PARTICIPATIEWET = "BWBR0015703"


# --- canonieke JSON en hashes ------------------------------------------------------------------------


def _gewoon(w):
    """Een waarde als gewone JSON: breuken als 'teller/noemer', datums als ISO, tuples als lijsten."""
    if isinstance(w, bool) or w is None or isinstance(w, (int, str)):
        return w
    if isinstance(w, Fraction):
        return f"{w.numerator}/{w.denominator}"
    if isinstance(w, (dt.date, dt.datetime)):
        return w.isoformat()
    if isinstance(w, dict):
        return {str(k): _gewoon(v) for k, v in w.items()}
    if isinstance(w, (list, tuple)):
        return [_gewoon(v) for v in w]
    if isinstance(w, float):
        return repr(w)  # geen geld (dat is int); een float uit een tabel als vaste tekst
    raise TypeError(f"geen JSON-waarde: {type(w).__name__}")


def canoniek(w) -> bytes:
    """Gesorteerde sleutels, geen spaties, UTF-8: dezelfde inhoud geeft altijd dezelfde bytes."""
    return json.dumps(_gewoon(w), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def hash_van(w) -> str:
    return "sha256:" + hashlib.sha256(canoniek(w)).hexdigest()


def _laag(reeksen: dict) -> dict:
    """Een laag van de parameterboom ({(bestand, naam): [Waarde]}) als JSON: alles wat de regels lezen."""
    return {
        f"{b}.{n}": [
            {
                "vanaf": w.vanaf,
                "waarde": w.waarde,
                "bron": w.bron,
                "toelichting": w.toelichting,
                "niet_geindexeerd": w.niet_geindexeerd,
                "herkomst": w.herkomst,
            }
            for w in reeks
        ]
        for (b, n), reeks in reeksen.items()
    }


def _metas(metas: dict) -> dict:
    return {
        f"{b}.{n}": {"artikel": m.artikel, "omschrijving": m.omschrijving, "eenheid": m.eenheid}
        for (b, n), m in metas.items()
    }


@cache
def _hash_wet() -> str:
    metas, reeksen = W._lees_basis()
    return hash_van({"metas": _metas(metas), "waarden": _laag(reeksen)})


@cache
def _hash_overlay(soort: str, naam: str) -> str:
    omschrijving, wijzigingen = W._lees_overlay(soort, naam)
    return hash_van({"omschrijving": omschrijving, "waarden": _laag(wijzigingen)})


@cache
def _hash_inkomen() -> str:
    from balans.inkomen import parameters as I  # alleen de parameters (die alleen op wet leunen)

    metas, reeksen, wetten = I._lees()
    return hash_van({"metas": _metas(metas), "waarden": _laag(reeksen), "wetten": wetten})


def wis_cache() -> None:
    """Na het veranderen van een parameter in een test: de hashes opnieuw berekenen."""
    for f in (_hash_wet, _hash_overlay, _hash_inkomen):
        f.cache_clear()


def parameter_onderdelen(boom: W.ParameterBoom) -> dict[str, str]:
    """Per onderdeel van de parameters een hash: wet, variant, gemeente, lagen uit een beleidsrun, inkomen.

    De onderdelen wet, variant en gemeente komen uit de bestanden zoals gelezen (niet de bytes: commentaar en
    opmaak tellen niet); lagen die pas bij het rekenen ontstaan (een beleidsrun) tellen als 'lagen'."""
    uit = {"wet": _hash_wet(), "inkomen": _hash_inkomen()}
    vast = 1
    if boom.regime and boom.regime.split("+")[0].split("@")[0] != "wet":
        uit[f"variant:{boom.regime.split('+')[0].split('@')[0]}"] = _hash_overlay(
            "variant", boom.regime.split("+")[0].split("@")[0]
        )
        vast += 1
    if boom.gemeente:
        uit[f"gemeente:{boom.gemeente}"] = _hash_overlay("gemeente", boom.gemeente)
        vast += 1
    extra = boom._lagen[vast:]
    if extra:
        uit["lagen"] = hash_van([_laag(laag) for laag in extra])
    return uit


def parameters_blok(boom: W.ParameterBoom) -> dict:
    onderdelen = parameter_onderdelen(boom)
    return {"hash": hash_van(onderdelen), "regime": boom.regime, "gemeente": boom.gemeente, "onderdelen": onderdelen}


# --- de rest van het bewijs ---------------------------------------------------------------------


def software() -> dict:
    try:
        versie = metadata.version("balans")
    except metadata.PackageNotFoundError:  # een checkout zonder installatie
        versie = "onbekend"
    return {"naam": "balans", "versie": versie}


def wetsversies(van: dt.date, tot_en_met: dt.date) -> list[dict]:
    """De versies van de Participatiewet die in [van, tot_en_met] gelden: de versie op `van` en elke latere."""
    eerste = W.versie_op(van)
    uit = []
    for v in W.wijzigingsdata():
        if eerste <= v["datum"] <= tot_en_met:
            rij = {"datum": v["datum"].isoformat(), "wet": "Participatiewet", "bwb": BWB_PARTICIPATIEWET}
            if v.get("tekst"):
                rij["url"] = f"https://wetten.overheid.nl/{BWB_PARTICIPATIEWET}/{v['datum'].isoformat()}"
            uit.append(rij)
    return uit


def _laatste_dag(maand: dt.date) -> dt.date:
    volgende = dt.date(maand.year + maand.month // 12, maand.month % 12 + 1, 1)
    return volgende - dt.timedelta(days=1)


def tijdstip(t: dt.datetime | None = None) -> str:
    """Een tijdstip met tijdzone (RFC 3339); standaard nu, in UTC."""
    t = t or dt.datetime.now(dt.timezone.utc)
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.isoformat()  # met microseconden: een bekendOp op de seconde zou net gemaakte feiten missen


def zonder_bewijs(uitkomst: dict) -> dict:
    return {k: v for k, v in uitkomst.items() if k != "ontvangstbewijs"}


def maak(
    soort: str,
    *,
    boom: W.ParameterBoom,
    van: dt.date,
    tot_en_met: dt.date,
    invoer: dict,
    uitkomst: dict,
    bekend_op: dt.datetime | None = None,
) -> dict:
    """Het ontvangstbewijs bij `uitkomst` (zonder het bewijs zelf gehasht)."""
    if soort not in SOORTEN:
        raise ValueError(f"onbekende soort {soort!r}")
    return {
        "formaat": FORMAAT,
        "soort": soort,
        "software": software(),
        "parameters": parameters_blok(boom),
        "wetsversies": wetsversies(van, _laatste_dag(tot_en_met)),
        "bekendOp": tijdstip(bekend_op),
        "invoer": invoer,
        "invoerHash": hash_van(invoer),
        "uitkomstHash": hash_van(zonder_bewijs(uitkomst)),
    }


def casus_invoer(casus) -> dict:
    """De casus zoals gelezen en gecontroleerd, als JSON: precies terug te lezen met casus.laden.uit_data."""
    return casus.model_dump(mode="json")


def boom_van(casus) -> W.ParameterBoom:
    return W.ParameterBoom.voor(casus.regime or "wet", casus.gemeente)


def bij_casus(
    soort: str, casus, uitkomst: dict, invoer: dict | None = None, bekend_op: dt.datetime | None = None
) -> dict:
    """De uitkomst met het ontvangstbewijs erbij, voor een uitkomst uit één casus."""
    invoer = invoer if invoer is not None else {"casus": casus_invoer(casus)}
    bewijs = maak(
        soort,
        boom=boom_van(casus),
        van=casus.periode.van,
        tot_en_met=casus.periode.tot,
        invoer=invoer,
        uitkomst=uitkomst,
        bekend_op=bekend_op,
    )
    return {**uitkomst, "ontvangstbewijs": bewijs}


def voor_beleid(*, bomen: dict[str, W.ParameterBoom], van: dt.date, tot_en_met: dt.date, invoer: dict) -> dict:
    """Het ontvangstbewijs van een beleidsrun, nog zonder uitkomstHash (die zet rapport_json erbij).

    Per variant de parameters; de invoer is alles wat de run bepaalt (periode, populatie met zaadje, aannames,
    gedrag, verrekenmethode, rekenwijze). Opnieuw rekenen: `balans beleid` met hetzelfde runbestand."""
    varianten = {naam: parameters_blok(boom) for naam, boom in bomen.items()}
    invoer = _gewoon(invoer)
    return {
        "formaat": FORMAAT,
        "soort": "beleidsrapport",
        "software": software(),
        "parameters": {"hash": hash_van({n: v["hash"] for n, v in varianten.items()}), "varianten": varianten},
        "wetsversies": wetsversies(van, _laatste_dag(tot_en_met)),
        "bekendOp": tijdstip(),
        "invoer": invoer,
        "invoerHash": hash_van(invoer),
    }
