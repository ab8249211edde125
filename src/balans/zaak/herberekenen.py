# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een uitkomst opnieuw berekenen uit haar ontvangstbewijs en zeggen of ze precies gelijk is.

`balans herbereken BESTAND.json` en POST /v1/herberekeningen gebruiken dit. Het bestand is een hele uitkomst
(met `ontvangstbewijs` erin) of alleen het ontvangstbewijs. Een zaak rekent zonder database: de tijdlijn
(casus, duur, maatwerk) staat in het bewijs. Zie docs/ontvangstbewijs.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace

from balans import ontvangstbewijs as O
from balans.casus.laden import CasusFout, uit_data
from balans.casus.model import Bijstandsduur
from balans.geld import naar_centen

NA_TE_REKENEN = ("berekening", "maandstaat", "zaakberekening", "zaakmaandstaat")
METHODEN = (None, "op_de_maand", "achteraf", "schatten", "vast_bedrag", "alle")
MAX_VERSCHILLEN = 10


class OngeldigBewijs(ValueError):
    """Het bestand is geen bruikbaar ontvangstbewijs; `veld` zegt waar (voor de API en de foutmelding)."""

    def __init__(self, melding: str, veld: str = "ontvangstbewijs"):
        super().__init__(melding)
        self.melding = melding
        self.veld = veld


@dataclass
class Herberekening:
    soort: str
    identiek: bool
    toen: dict  # het ontvangstbewijs uit het bestand
    nu: dict  # het ontvangstbewijs van de nieuwe berekening
    verschillen: list[str] = field(default_factory=list)  # alleen als de hele uitkomst in het bestand stond
    met_uitkomst: bool = False

    @property
    def parameters_anders(self) -> list[str]:
        oud, nieuw = self.toen["parameters"].get("onderdelen", {}), self.nu["parameters"]["onderdelen"]
        return sorted(k for k in set(oud) | set(nieuw) if oud.get(k) != nieuw.get(k))

    def melding(self) -> str:
        """Wat de herberekening zegt, in gewone taal (B1)."""
        regels = [
            (
                "Dezelfde uitkomst: de nieuwe berekening is precies gelijk aan die van het ontvangstbewijs."
                if self.identiek
                else "Een andere uitkomst: de nieuwe berekening is niet gelijk aan die van het ontvangstbewijs."
            )
        ]
        v_toen, v_nu = self.toen.get("software", {}).get("versie", "onbekend"), self.nu["software"]["versie"]
        regels.append(f"Versie van balans: toen {v_toen}, nu {v_nu}" + (" (gelijk)." if v_toen == v_nu else "."))
        anders = self.parameters_anders
        regels.append(
            "Parameters (wet, gemeente, variant, inkomen): gelijk."
            if not anders
            else "Parameters: anders in " + ", ".join(anders) + "."
        )
        regels.append(
            "Wetsversies: gelijk."
            if self.toen.get("wetsversies") == self.nu["wetsversies"]
            else "Wetsversies: anders dan toen."
        )
        regels.append(f"Bekend op: {self.toen.get('bekendOp')}.")
        if self.verschillen:
            regels.append("Wat is er anders (toen → nu):")
            regels += [f"  {v}" for v in self.verschillen]
        elif not self.identiek and not self.met_uitkomst:
            regels.append(
                "In het bestand staat alleen het ontvangstbewijs. Geef het hele bestand met de uitkomst "
                "om te zien wat er anders is."
            )
        return "\n".join(regels)

    def als_json(self) -> dict:
        return {
            "identiek": self.identiek,
            "soort": self.soort,
            "melding": self.melding(),
            "uitkomstHash": {"toen": self.toen["uitkomstHash"], "nu": self.nu["uitkomstHash"]},
            "software": {"toen": self.toen.get("software"), "nu": self.nu["software"]},
            "parametersAnders": self.parameters_anders,
            "verschillen": self.verschillen,
            "ontvangstbewijs": self.nu,
        }


def _bewijs_uit(data) -> tuple[dict, dict | None]:
    if not isinstance(data, dict):
        raise OngeldigBewijs("Dit is geen ontvangstbewijs: verwacht een JSON-object.")
    if "ontvangstbewijs" in data:
        bewijs, uitkomst = data["ontvangstbewijs"], O.zonder_bewijs(data)
    else:
        bewijs, uitkomst = data, None
    if not isinstance(bewijs, dict):
        raise OngeldigBewijs("Het ontvangstbewijs moet een JSON-object zijn.")
    for veld in ("formaat", "soort", "invoer", "invoerHash", "uitkomstHash", "parameters"):
        if veld not in bewijs:
            raise OngeldigBewijs(f"In het ontvangstbewijs ontbreekt '{veld}'.", f"ontvangstbewijs.{veld}")
    if bewijs["formaat"] != O.FORMAAT:
        raise OngeldigBewijs(
            f"Dit ontvangstbewijs heeft formaat {bewijs['formaat']!r}; deze versie van balans "
            f"leest formaat {O.FORMAAT}.",
            "ontvangstbewijs.formaat",
        )
    if bewijs["soort"] not in NA_TE_REKENEN:
        if bewijs["soort"] == "beleidsrapport":
            raise OngeldigBewijs(
                "Een beleidsrapport rekent u na met 'balans beleid' en hetzelfde runbestand; "
                "vergelijk dan de uitkomstHash.",
                "ontvangstbewijs.soort",
            )
        raise OngeldigBewijs(
            f"Soort '{bewijs['soort']}' ken ik niet. Kies uit: {', '.join(NA_TE_REKENEN)}.", "ontvangstbewijs.soort"
        )
    invoer = bewijs["invoer"]
    if not isinstance(invoer, dict) or not isinstance(invoer.get("casus"), dict):
        raise OngeldigBewijs(
            "In het ontvangstbewijs ontbreekt de casus (invoer.casus).", "ontvangstbewijs.invoer.casus"
        )
    if O.hash_van(invoer) != bewijs["invoerHash"]:
        raise OngeldigBewijs(
            "De invoer past niet bij de invoerHash: het ontvangstbewijs is na het berekenen veranderd.",
            "ontvangstbewijs.invoerHash",
        )
    return bewijs, uitkomst


def _casus(invoer: dict):
    try:
        return uit_data(invoer["casus"], "ontvangstbewijs.invoer.casus")
    except CasusFout as e:
        eerste = e.fouten[0]
        veld = f"ontvangstbewijs.invoer.casus.{eerste.veld}" if eerste.veld else "ontvangstbewijs.invoer.casus"
        raise OngeldigBewijs(f"De casus in het ontvangstbewijs klopt niet: {eerste}", veld) from None


def _tijd(tekst, veld: str) -> dt.datetime | None:
    if tekst is None:
        return None
    try:
        t = dt.datetime.fromisoformat(str(tekst))
    except ValueError:
        raise OngeldigBewijs(f"'{tekst}' is geen tijdstip (RFC 3339, met tijdzone).", veld) from None
    if t.tzinfo is None:
        raise OngeldigBewijs(f"Bij '{tekst}' ontbreekt de tijdzone.", veld)
    return t


def _tijdlijn(bewijs: dict, casus):
    from balans.zaak.tijdlijn import Tijdlijn

    invoer = bewijs["invoer"]
    zaak = invoer.get("zaak") or {}
    maatwerk = {}
    for maand, mw in (invoer.get("maatwerk") or {}).items():
        veld = f"ontvangstbewijs.invoer.maatwerk.{maand}"
        try:
            m = dt.date.fromisoformat(f"{maand}-01")
            maatwerk[m] = SimpleNamespace(
                regel_bedrag=naar_centen(mw["regel_bedrag"]),
                vastgesteld=naar_centen(mw["vastgesteld"]),
                motivering=mw["motivering"],
                grondslag=mw["grondslag"],
                tijdstip=_tijd(mw["tijdstip"], veld),
            )
        except (KeyError, TypeError, ValueError, ArithmeticError):
            raise OngeldigBewijs("Dit maatwerk kan ik niet lezen.", veld) from None
    duur = invoer.get("duur")
    if duur is not None:
        try:
            casus = casus.model_copy(
                update={
                    "bijstand": Bijstandsduur(
                        van=dt.date.fromisoformat(duur["van"]) if duur.get("van") else None,
                        tot=dt.date.fromisoformat(duur["tot"]) if duur.get("tot") else None,
                    )
                }
            )
        except (AttributeError, TypeError, ValueError):
            raise OngeldigBewijs(
                "De duur van de bijstand kan ik niet lezen (van en tot als JJJJ-MM-DD).", "ontvangstbewijs.invoer.duur"
            ) from None
    return Tijdlijn(
        str(zaak.get("id", "")),
        int(zaak.get("versie", 0)),
        _tijd(bewijs.get("bekendOp"), "ontvangstbewijs.bekendOp"),
        {},
        casus,
        maatwerk,
        invoer.get("einde_reden"),
    )


def bereken_opnieuw(bewijs: dict) -> dict:
    """De uitkomst (met een nieuw ontvangstbewijs) uit de invoer van `bewijs`."""
    from balans.zaak import diensten

    invoer, soort = bewijs["invoer"], bewijs["soort"]
    casus = _casus(invoer)
    uitleg = invoer.get("uitleg", True)
    if not isinstance(uitleg, bool):
        raise OngeldigBewijs("'uitleg' moet true of false zijn.", "ontvangstbewijs.invoer.uitleg")
    if soort == "berekening":
        return diensten.berekening(casus, uitleg=uitleg)
    if soort in ("maandstaat", "zaakmaandstaat") and invoer.get("methode") not in METHODEN:
        raise OngeldigBewijs(
            f"Verrekenmethode '{invoer.get('methode')}' ken ik niet.", "ontvangstbewijs.invoer.methode"
        )
    if soort == "maandstaat":
        return diensten.maandstaat(casus, invoer.get("methode"))
    if soort == "zaakmaandstaat":
        return diensten.maandstaat_zaak(_tijdlijn(bewijs, casus), invoer.get("methode"))
    return diensten.berekening_zaak(_tijdlijn(bewijs, casus), uitleg=uitleg)


def _verschillen(toen, nu, pad: str = "") -> list[str]:
    if isinstance(toen, dict) and isinstance(nu, dict):
        uit = []
        for k in list(toen) + [k for k in nu if k not in toen]:
            uit += _verschillen(toen.get(k), nu.get(k), f"{pad}.{k}" if pad else str(k))
        return uit
    if isinstance(toen, list) and isinstance(nu, list) and len(toen) == len(nu):
        uit = []
        for i, (a, b) in enumerate(zip(toen, nu)):
            naam = a.get("maand") if isinstance(a, dict) and a.get("maand") == (b or {}).get("maand") else None
            uit += _verschillen(a, b, f"{pad}[{naam or i}]")
        return uit
    if toen == nu:
        return []
    return [f"{pad}: {_kort(toen)} → {_kort(nu)}"]


def _kort(w) -> str:
    return (str(w)[:60] + "…") if len(str(w)) > 60 else str(w)


def herbereken(data) -> Herberekening:
    """Rekent na; OngeldigBewijs als het bestand geen bruikbaar ontvangstbewijs is."""
    bewijs, uitkomst = _bewijs_uit(data)
    if uitkomst is not None and O.hash_van(uitkomst) != bewijs["uitkomstHash"]:
        raise OngeldigBewijs(
            "De uitkomst in het bestand past niet bij de uitkomstHash: het bestand is na het berekenen veranderd.",
            "ontvangstbewijs.uitkomstHash",
        )
    nieuw = bereken_opnieuw(bewijs)
    nu = nieuw["ontvangstbewijs"]
    identiek = nu["uitkomstHash"] == bewijs["uitkomstHash"]
    verschillen = [] if identiek or uitkomst is None else _verschillen(uitkomst, O.zonder_bewijs(nieuw))
    if len(verschillen) > MAX_VERSCHILLEN:
        verschillen = verschillen[:MAX_VERSCHILLEN] + [f"… en nog {len(verschillen) - MAX_VERSCHILLEN} verschillen."]
    return Herberekening(bewijs["soort"], identiek, bewijs, nu, verschillen, uitkomst is not None)
