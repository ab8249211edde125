# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een casus lezen en controleren, met Nederlandse foutmeldingen die veld en regel noemen."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from balans.casus import grenzen, loon_controle
from balans.casus.model import Casus, Dagen
from balans.kalender import leeftijd
from balans.yamlregels import YamlFout, lees, regel_van
from balans.inkomen.invoer import controleer_woning, netto_uit_bruto
from balans.wet.parameters import EERSTE_DATUM, VARIANT_MAP, beschikbare_overlays


@dataclass(frozen=True)
class Fout:
    bericht: str
    veld: str = ""
    regel: int | None = None

    def __str__(self) -> str:
        plek = []
        if self.regel:
            plek.append(f"regel {self.regel}")
        if self.veld:
            plek.append(f"veld '{self.veld}'")
        return (", ".join(plek) + ": " if plek else "") + self.bericht


class CasusFout(ValueError):
    def __init__(self, bestand: str, fouten: list[Fout]):
        self.bestand = bestand
        self.totaal = len(fouten)
        self.fouten = grenzen.beperk(fouten, Fout)  # 3.000 overlappende loonstroken: niet 3.000 meldingen
        super().__init__("\n".join(f"{bestand}: {f}" for f in fouten))


def _veldnaam(pad: tuple) -> str:
    delen = []
    for d in pad:
        if isinstance(d, int):
            delen.append(f"[{d + 1}]")
        else:
            delen.append(("." if delen else "") + str(d))
    return "".join(delen)


_ZINNEN = {
    "missing": "Dit veld ontbreekt, maar is verplicht.",
    "extra_forbidden": "Dit veld ken ik niet. Controleer de spelling (zie casus.md voor de velden).",
    "unexpected_keyword_argument": "Dit veld ken ik niet. Controleer de spelling (zie casus.md voor de velden).",
    "dataclass_type": "Verwacht velden met een naam en een waarde (naam: waarde).",
    "dataclass_args_type": "Verwacht velden met een naam en een waarde (naam: waarde).",
    "bool_parsing": "Verwacht true of false.",
    "bool_type": "Verwacht true of false.",
    "int_parsing": "Verwacht een heel getal.",
    "int_type": "Verwacht een heel getal.",
    "int_from_float": "Verwacht een heel getal.",
    "decimal_parsing": "Verwacht een getal.",
    "decimal_type": "Verwacht een getal.",
    "string_type": "Verwacht tekst.",
    "string_too_short": "Dit veld mag niet leeg zijn.",
    "dict_type": "Verwacht velden met een naam en een waarde (naam: waarde).",
    "model_type": "Verwacht velden met een naam en een waarde (naam: waarde).",
    "model_attributes_type": "Verwacht velden met een naam en een waarde (naam: waarde).",
    "list_type": "Verwacht een lijst (regels die met '-' beginnen).",
}


def _alle_veldnamen() -> set[str]:
    import balans.casus.model as m

    namen: set[str] = set(f.name for f in dataclasses.fields(m.Bijstandsduur))
    for obj in vars(m).values():
        if isinstance(obj, type) and issubclass(obj, m._Streng):
            namen |= set(obj.model_fields)
    return namen


def _zin(fout: Mapping[str, Any]) -> str:
    soort = fout["type"]
    if soort in ("extra_forbidden", "unexpected_keyword_argument"):
        naam = str(fout["loc"][-1])
        dichtbij = difflib.get_close_matches(naam, _alle_veldnamen(), n=1, cutoff=0.75)
        if dichtbij:
            return f"Dit veld ken ik niet. Bedoelt u '{dichtbij[0]}'?"
    if soort == "value_error":
        tekst = str(fout.get("ctx", {}).get("error", fout["msg"]))
        return tekst.split(": ", 1)[1] if ": " in tekst else tekst
    if soort == "literal_error":
        verwacht = fout.get("ctx", {}).get("expected", "")
        return f"'{fout.get('input')}' is hier niet toegestaan. Kies uit: {verwacht.replace(' or ', ', ')}."
    if soort in ("greater_than_equal", "greater_than"):
        return f"Dit getal moet minstens {fout['ctx'].get('ge', fout['ctx'].get('gt'))} zijn."
    if soort in ("less_than_equal", "less_than"):
        return f"Dit getal mag hoogstens {fout['ctx'].get('le', fout['ctx'].get('lt'))} zijn."
    return _ZINNEN.get(soort, "Deze waarde klopt niet.")


def _maand(m: dt.date) -> str:
    return f"{m.year:04d}-{m.month:02d}"


def uit_tekst(tekst: str, bestand: str = "<casus>") -> Casus:
    try:
        data, regels = lees(tekst)
    except YamlFout as e:
        raise CasusFout(bestand, [Fout(e.bericht, "", e.regel)]) from None
    if not isinstance(data, dict):
        raise CasusFout(bestand, [Fout("Een casus begint met velden als 'naam:', 'periode:' en 'huishouden:'.", "", 1)])
    return uit_data(data, bestand, regels)


def uit_data(data: dict, bestand: str = "<casus>", regels: dict | None = None) -> Casus:
    regels = regels or {}
    vorm = grenzen.controleer_vorm(data)  # vóór pydantic: grootte, diepte, lijsten, jaartallen, getallen
    if vorm:
        raise CasusFout(bestand, [Fout(b, _veldnaam(p), regel_van(regels, p)) for b, p in vorm])
    try:
        casus = Casus.model_validate(data)
    except ValidationError as e:
        fouten = []
        for f in e.errors():
            if "bool" in f["loc"] and isinstance(f.get("input"), dict):
                continue  # een kenmerk met {van, tot}: alleen de fout in die vorm telt (model.Vlag)
            pad = tuple(d for d in f["loc"] if d not in ("[key]", "bool", "Dagen"))
            fouten.append(Fout(_zin(f), _veldnaam(pad), regel_van(regels, pad)))
        raise CasusFout(bestand, fouten) from None
    fouten = _samenhang(casus, data, regels)
    if fouten:
        raise CasusFout(bestand, fouten)
    return _het_hele_inkomen(casus, bestand, regels)


def _het_hele_inkomen(casus: Casus, bestand: str, regels: dict) -> Casus:
    """Het hele inkomen (docs/inkomen.md): bruto loon wordt netto, en de jaren moeten bekend zijn."""
    fouten: list[Fout] = []

    def fout(bericht: str, pad: tuple) -> None:
        fouten.append(Fout(bericht, _veldnaam(pad), regel_van(regels, pad)))

    controleer_woning(casus, fout)
    casus = netto_uit_bruto(casus, fout)
    if fouten:
        raise CasusFout(bestand, fouten)
    return casus


def _gemeente(naam: str, regel: int | None) -> list[Fout]:
    """De gemeente moet bestaan (in het pakket of in BALANS_GEMEENTEN_DIR) en haar overlay moet kloppen."""
    from balans.wet.gemeente_overlay import OMGEVING, beschikbaar, eigen_map, gecontroleerd, vind

    eigen = eigen_map()
    if eigen is not None and not eigen.is_dir():
        return [
            Fout(
                f"{OMGEVING} noemt de map {eigen}, maar die bestaat niet. Maak de map, of zet {OMGEVING} uit.",
                "gemeente",
                regel,
            )
        ]
    o = vind(naam)
    if o is None:
        keuzes = ", ".join(beschikbaar()) or "(geen)"
        return [Fout(f"Voor gemeente '{naam}' heeft balans geen regels. Bekend: {keuzes}.", "gemeente", regel)]
    _, fouten = gecontroleerd(o)
    return [
        Fout(
            f"De regels van gemeente '{naam}' kloppen niet: {o.pad}: "
            + (f"regel {r}, " if r else "")
            + (f"veld '{v}': " if v else "")
            + b,
            "gemeente",
            regel,
        )
        for b, v, r in fouten
    ]


def _samenhang(c: Casus, data: dict, regels: dict) -> list[Fout]:
    """Wat pydantic per veld niet kan zien: velden die samen moeten kloppen."""
    fouten: list[Fout] = []
    van, tot = c.periode.van, c.periode.tot
    bereik = f"{_maand(van)} t/m {_maand(tot)}"
    if van < EERSTE_DATUM:
        fouten.append(
            Fout(
                f"balans rekent vanaf 2024-01; {_maand(van)} is te vroeg.",
                "periode.van",
                regel_van(regels, ("periode", "van")),
            )
        )
    for veld in ("maanden", "verwacht"):
        for sleutel in data.get(veld) or {}:
            m = dt.date(int(str(sleutel)[:4]), int(str(sleutel)[5:7]), 1)
            if not van <= m <= tot:
                fouten.append(
                    Fout(
                        f"De maand {_maand(m)} ligt buiten de periode ({bereik}).",
                        f"{veld}.{sleutel}",
                        regel_van(regels, (veld, str(sleutel))),
                    )
                )
    if c.regime != "wet" and c.regime not in beschikbare_overlays(VARIANT_MAP):
        keuzes = ", ".join(["wet"] + beschikbare_overlays(VARIANT_MAP))
        fouten.append(
            Fout(f"Het regime '{c.regime}' ken ik niet. Kies uit: {keuzes}.", "regime", regel_van(regels, ("regime",)))
        )
    if c.gemeente:
        fouten += _gemeente(c.gemeente, regel_van(regels, ("gemeente",)))
    personen: list[tuple[str, dt.date, tuple]] = [
        ("huishouden.aanvrager", c.huishouden.aanvrager.geboortedatum, ("huishouden", "aanvrager", "geboortedatum"))
    ]
    if c.huishouden.partner:
        personen.append(
            ("huishouden.partner", c.huishouden.partner.geboortedatum, ("huishouden", "partner", "geboortedatum"))
        )
    for naam, geb, pad in personen:
        if geb > tot:
            fouten.append(
                Fout(
                    "Deze geboortedatum ligt na het einde van de periode.",
                    naam + ".geboortedatum",
                    regel_van(regels, pad),
                )
            )
    if not c.huishouden.partner:
        for m, mi in c.maanden.items():
            for i, ink in enumerate(mi.inkomsten if mi else []):
                if ink.van == "partner":
                    pad = ("maanden", _maand(m), "inkomsten", i, "van")
                    fouten.append(
                        Fout(
                            "Dit inkomen is van de partner, maar het huishouden heeft geen partner.",
                            _veldnaam(pad),
                            regel_van(regels, pad),
                        )
                    )
    fouten += _dagen(c, regels)

    def loonfout(bericht: str, pad: tuple) -> None:
        fouten.append(Fout(bericht, _veldnaam(pad), regel_van(regels, pad)))

    loon_controle.controleer(c, loonfout)
    return fouten


def _dag(d: dt.date) -> str:
    return d.isoformat()


def _zes_maanden_na(d: dt.date) -> dt.date:
    """De dag zes maanden na d (Pw art. 28); bestaat die dag niet, dan de laatste dag van die maand."""
    j, m = divmod(d.month - 1 + 6, 12)
    jaar, mnd = d.year + j, m + 1
    return dt.date(jaar, mnd, min(d.day, calendar.monthrange(jaar, mnd)[1]))


def _dagen(c: Casus, regels: dict) -> list[Fout]:
    """Datums binnen de periode (casus.md 'Changes within the periode'): van vóór tot, binnen de periode,
    en één persoon niet twee keer tegelijk in het huishouden (ook niet als partner én medebewoner)."""
    fouten: list[Fout] = []
    begin = c.periode.van
    eind = dt.date(
        c.periode.tot.year, c.periode.tot.month, calendar.monthrange(c.periode.tot.year, c.periode.tot.month)[1]
    )

    def fout(bericht: str, pad: tuple) -> None:
        fouten.append(Fout(bericht, _veldnaam(pad), regel_van(regels, pad)))

    def van_tot(van, tot, pad: tuple, wat: str) -> bool:
        goed = True
        for naam, d in (("van", van), ("tot", tot)):
            if d is not None and not begin <= d <= eind:
                fout(
                    f"De datum {_dag(d)} ligt buiten de periode ({_dag(begin)} t/m {_dag(eind)}). Kies een dag in de "
                    f"periode, of laat '{naam}' weg als {wat} er {'vanaf het begin' if naam == 'van' else 'tot het einde'} "
                    f"van de periode bij hoort.",
                    pad + (naam,),
                )
                goed = False
        if van is not None and tot is not None and tot < van:
            fout(f"'tot' ({_dag(tot)}) ligt vóór 'van' ({_dag(van)}).", pad + ("tot",))
            goed = False
        return goed

    if c.bijstand is not None:
        van_tot(c.bijstand.van, c.bijstand.tot, ("bijstand",), "de bijstand")
    h = c.huishouden
    # Persoonskenmerken met dagen (issue 15): {van, tot} binnen de periode, tot niet vóór van.
    kenmerken: list[tuple[str, Any, tuple[str, ...]]] = [
        (
            "aanvrager",
            h.aanvrager,
            (
                "medisch_urenbeperkt",
                "doelgroep_loonkostensubsidie",
                "beroep_op_ouders_mogelijk",
                "tijdelijk_elders_voor_mantelzorg",
                "inrichting",
            ),
        )
    ]
    if h.partner is not None:
        kenmerken.append(
            (
                "partner",
                h.partner,
                (
                    "medisch_urenbeperkt",
                    "doelgroep_loonkostensubsidie",
                    "beroep_op_ouders_mogelijk",
                    "rechthebbend",
                    "inrichting",
                ),
            )
        )
    for wie, persoon, velden in kenmerken:
        for veld in velden:
            w = getattr(persoon, veld)
            if isinstance(w, Dagen):
                van_tot(w.van, w.tot, ("huishouden", wie, veld), "dit kenmerk")
    for m, mi in c.maanden.items():
        ln = mi.lagere_norm if mi is not None else None
        if ln is None or ln.studie_beeindigd is None:
            continue
        pad: tuple = ("maanden", _maand(m), "lagere_norm", "studie_beeindigd")
        laatste = dt.date(m.year, m.month, calendar.monthrange(m.year, m.month)[1])
        if ln.studie_beeindigd > laatste:
            fout(
                f"De studie stopte op {_dag(ln.studie_beeindigd)}, na deze maand. Artikel 28 geldt pas na het einde "
                f"van de studie.",
                pad,
            )
        elif m > _zes_maanden_na(ln.studie_beeindigd):
            fout(
                f"De studie stopte op {_dag(ln.studie_beeindigd)}. Artikel 28 geldt hoogstens zes maanden daarna "
                f"(tot {_dag(_zes_maanden_na(ln.studie_beeindigd))}); {_maand(m)} valt daarbuiten.",
                pad,
            )
    leden: list[tuple[tuple, str, dt.date, dt.date | None, dt.date | None]] = []  # (pad, wie, geboortedatum, van, tot)
    if h.partner is not None and van_tot(h.partner.van, h.partner.tot, ("huishouden", "partner"), "de partner"):
        leden.append((("huishouden", "partner"), "de partner", h.partner.geboortedatum, h.partner.van, h.partner.tot))
    for lijst, wie in (("kinderen", "het kind"), ("medebewoners", "de medebewoner")):
        for i, p in enumerate(getattr(h, lijst)):
            pad = ("huishouden", lijst, i)
            if van_tot(p.van, p.tot, pad, wie):
                leden.append((pad, f"{wie} op plaats {i + 1}", p.geboortedatum, p.van, p.tot))

    def overlap(a, b) -> bool:
        return (a[3] or begin) <= (b[4] or eind) and (b[3] or begin) <= (a[4] or eind)

    # Zonder naam herkennen we één persoon aan de geboortedatum; twee kinderen met dezelfde datum (een
    # tweeling) zijn gewoon twee kinderen, dus alleen tussen verschillende lijsten of met dezelfde naam.
    for i, a in enumerate(leden):
        for b in leden[i + 1 :]:
            zelfde_lijst = a[0][:2] == b[0][:2]
            if zelfde_lijst or a[2] != b[2] or not overlap(a, b):
                continue
            partner_mb = a[0][1] == "partner" and b[0][1] == "medebewoners"
            if not partner_mb and all(x[3] is None and x[4] is None for x in (a, b)):
                continue  # zonder datums: zoals vóór issue 15 (een kind en een huisgenoot kunnen een tweeling zijn)
            if partner_mb:
                bericht = (
                    "Deze medebewoner heeft dezelfde geboortedatum als de partner en woont er in dezelfde tijd. "
                    "Een partner is nooit ook medebewoner (Pw art. 19a lid 1 onder a): zet hem alleen bij 'partner'."
                )
            else:
                bericht = (
                    f"Dit lijkt dezelfde persoon als {a[1]} (zelfde geboortedatum), in dezelfde tijd. Eén persoon "
                    f"hoort maar één keer tegelijk bij het huishouden; laat de dagen aansluiten ('tot' en 'van')."
                )
            fout(bericht, b[0] + ("geboortedatum",))
    # Dezelfde persoon twee keer in één lijst (weg en terug): dat mag, maar niet over dezelfde dagen.
    for lijst in ("medebewoners", "kinderen"):
        per_datum: dict = {}
        for a in leden:
            if a[0][1] == lijst:
                per_datum.setdefault(a[2], []).append(a)
        for groep in per_datum.values():
            gedateerd = [a for a in groep if a[3] is not None or a[4] is not None]
            for i, a in enumerate(gedateerd):
                for b in gedateerd[i + 1 :]:
                    if overlap(a, b):
                        fout(
                            f"Deze periode overlapt met {a[1]} (zelfde geboortedatum). Staat één persoon er twee "
                            f"keer in (weg en weer terug), laat de perioden dan niet overlappen.",
                            b[0] + ("van",),
                        )
    for m, mi in c.maanden.items():
        if h.partner is None or mi is None:
            continue
        laatste = dt.date(m.year, m.month, calendar.monthrange(m.year, m.month)[1])
        if (h.partner.van or begin) > laatste or (h.partner.tot or eind) < m:
            for i, ink in enumerate(mi.inkomsten):
                if ink.van == "partner":
                    pad = ("maanden", _maand(m), "inkomsten", i, "van")
                    fout(
                        f"Dit inkomen is van de partner, maar de partner hoort in {_maand(m)} niet bij het huishouden.",
                        pad,
                    )
    # Een toeslagpartner die niet de partner is, staat op hetzelfde adres ingeschreven (Awir art. 3 lid 2): dan
    # woont hij hier, en staat hij bij de medebewoners. Zonder volwassen medebewoner is de vlag een tikfout, of
    # een gehuwde partner die elders woont (Awir art. 3 lid 1), en die kan balans nog niet rekenen.
    if h.aanvrager.toeslagpartner and h.partner is None:

        def volwassen(mb) -> bool:
            laatste = min(mb.tot or eind, eind)
            return laatste >= (mb.van or begin) and leeftijd(mb.geboortedatum, laatste) >= 18

        if not any(volwassen(mb) for mb in h.medebewoners):
            fout(
                "U noemt een toeslagpartner, maar in het huishouden woont in deze periode niemand van 18 jaar of ouder "
                "naast u. Een toeslagpartner die niet uw partner is, woont op hetzelfde adres (Awir art. 3 lid 2): zet "
                "hem bij 'medebewoners' (met 'uitzondering: commerciele_huur' als hij bij u huurt). Een gehuwde partner "
                "die elders woont, kan balans nog niet rekenen.",
                ("huishouden", "aanvrager", "toeslagpartner"),
            )
    return fouten


def uit_bestand(pad: str | Path) -> Casus:
    pad = Path(pad)
    try:
        with pad.open("rb") as f:  # hoogstens MAX_BYTES lezen: een bestand van 200 MB kost anders minuten
            ruw = f.read(grenzen.MAX_BYTES + 1)
        if len(ruw) > grenzen.MAX_BYTES:
            raise CasusFout(
                str(pad),
                [Fout(f"Dit bestand is groter dan {grenzen.MAX_BYTES // 1_000_000} MB; zo groot is geen casus.")],
            )
        tekst = ruw.decode("utf-8")
    except FileNotFoundError:
        raise CasusFout(str(pad), [Fout("Dit bestand bestaat niet.")]) from None
    except UnicodeDecodeError:
        raise CasusFout(str(pad), [Fout("Dit bestand is geen tekst (UTF-8).")]) from None
    except OSError as e:
        raise CasusFout(str(pad), [Fout(f"Dit bestand kan ik niet lezen ({e.strerror}).")]) from None
    return uit_tekst(tekst, str(pad))
