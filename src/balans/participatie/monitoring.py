# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Monitoring voor de gemeente: alleen totalen, nooit een persoon, naam of zaak-id.

Wat gemeenten volgen (bron 004, Maastricht/Limburg, §2.2-2.3): het bestand, instroom en uitstroom (met
reden), de duur, deeltijdwerk, de inzet van instrumenten, ontheffingen en maatregelen, naar leeftijd
(<27, 27-45, 45+) en huishouden. Alles komt uit kolommen en het feit 'huishouden'; de regelkern
rekenen we hier niet (dat kost seconden over 1.000 zaken en is voor tellen niet nodig).

Cellen van 1 tot en met 4 tonen we niet (KLEINSTE_GROEP, zoals zaak/overzicht.py). Staat in een rij of
een groep kolommen maar één verborgen cel, dan verbergen we er nog een, zodat niemand de verborgen
cel uit het totaal kan terugrekenen.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.zaak.overzicht import KLEINSTE_GROEP
from balans.zaak.schema import Activiteit, Feit, MaatregelZaak, Ontheffing, Zaak

log = logging.getLogger(__name__)

LEEFTIJDEN = (("jonger_dan_27", "jonger dan 27"), ("27_tot_45", "27 tot 45"), ("45_en_ouder", "45 en ouder"))
HUISHOUDENS = (
    ("alleenstaand", "alleenstaand"),
    ("alleenstaande_ouder", "alleenstaande ouder"),
    ("paar", "paar"),
    ("met_kostendelers", "met kostendelers"),
)
KOLOMMEN = (("totaal", "totaal"),) + LEEFTIJDEN + HUISHOUDENS
GROEPEN = ([k for k, _ in LEEFTIJDEN], [k for k, _ in HUISHOUDENS])
DUUR = (
    ("korter_dan_1_jaar", "korter dan 1 jaar"),
    ("1_tot_2_jaar", "1 tot 2 jaar"),
    ("2_tot_5_jaar", "2 tot 5 jaar"),
    ("5_jaar_of_langer", "5 jaar of langer"),
)
EINDE_REDENEN = {
    "werk": "werk",
    "aow": "AOW-leeftijd",
    "verhuisd": "verhuisd",
    "overig": "andere reden",
    None: "onbekend",
}
MAATREGEL_STATUS = {
    "signaal": "signaal, nog niet gehoord",
    "gehoord": "gehoord",
    "gewaarschuwd": "waarschuwing",
    "opgelegd": "verlaging opgelegd",
    "afgezien": "afgezien",
    "herzien": "herzien",
}
ONTHEFFING_SOORT = {
    "tijdelijk": "tijdelijk (art. 9 lid 2)",
    "duurzaam": "duurzaam (art. 9 lid 5)",
    "alleenstaande_ouder": "alleenstaande ouder, kind tot 5 (art. 9a)",
}
MAANDEN_TERUG = 24


def _labels(module: str, naam: str) -> dict:
    """B1-labels uit de gedeelde modules als die er zijn; anders de code leesbaar gemaakt."""
    try:
        mod = __import__(f"balans.participatie.{module}", fromlist=[naam])
        return dict(getattr(mod, naam))
    except Exception:
        return {}


def _leesbaar(code: str | None, labels: dict) -> str:
    if code is None:
        return "onbekend"
    return str(labels.get(code, code.replace("_", " ")))


def _maand(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, 1)


def _volgende(m: dt.date) -> dt.date:
    return dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)


def _leeftijd(geboren: dt.date, op: dt.date) -> int:
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def leeftijdsband(geboren: dt.date | None, op: dt.date) -> str | None:
    if geboren is None:
        return None
    jaren = _leeftijd(geboren, op)
    return "jonger_dan_27" if jaren < 27 else "27_tot_45" if jaren < 45 else "45_en_ouder"


def huishoudtype(hh: dict | None) -> str | None:
    if not hh:
        return None
    if hh.get("medebewoners"):
        return "met_kostendelers"
    if hh.get("partner"):
        return "paar"
    return "alleenstaande_ouder" if hh.get("kinderen") else "alleenstaand"


def duurband(van: dt.date, op: dt.date) -> str:
    jaren = _leeftijd(van, op)  # hele jaren, zoals een leeftijd
    return DUUR[0][0] if jaren < 1 else DUUR[1][0] if jaren < 2 else DUUR[2][0] if jaren < 5 else DUUR[3][0]


def onderdruk(rij: dict[str, int]) -> dict[str, int | None]:
    """Cellen 1-4 worden None; bij precies één verborgen cel in een groep ook de kleinste andere (niet 0)."""
    uit: dict[str, int | None] = {k: (None if 0 < v < KLEINSTE_GROEP else v) for k, v in rij.items()}
    for groep in GROEPEN:
        verborgen = [k for k in groep if k in uit and uit[k] is None]
        if len(verborgen) == 1:
            kandidaten = [k for k in groep if k in uit and uit[k]]
            if kandidaten:
                uit[min(kandidaten, key=lambda k: (uit[k], k))] = None
    if "totaal" in uit and uit["totaal"] is None:  # een klein totaal: dan de hele rij verbergen
        uit = {k: (None if v else v) for k, v in uit.items()}
    return uit


class _Tabel:
    def __init__(self, code: str, titel: str, uitleg: str = ""):
        self.code, self.titel, self.uitleg = code, titel, uitleg
        self.rijen: dict[str, Counter] = {}
        self.volgorde: list[tuple[str, str]] = []

    def rij(self, code: str, label: str) -> Counter:
        if code not in self.rijen:
            self.rijen[code] = Counter()
            self.volgorde.append((code, label))
        return self.rijen[code]

    def tel(self, code: str, label: str, band: str | None, hh: str | None) -> None:
        c = self.rij(code, label)
        c["totaal"] += 1
        if band:
            c[band] += 1
        if hh:
            c[hh] += 1

    def als_dict(self) -> dict:
        return {
            "code": self.code,
            "titel": self.titel,
            "uitleg": self.uitleg,
            "rijen": [
                {
                    "code": code,
                    "label": label,
                    "waarden": onderdruk({k: self.rijen[code].get(k, 0) for k, _ in KOLOMMEN}),
                }
                for code, label in self.volgorde
            ],
        }


def _huishoudens(s: Session) -> dict[str, dict]:
    """Per zaak het laatst vastgelegde feit 'huishouden' (één query, geen regelkern)."""
    uit: dict[str, dict] = {}
    q = select(Feit.zaak_id, Feit.waarde).where(Feit.sleutel == "huishouden").order_by(Feit.vastgelegd_op, Feit.id)
    for zaak_id, waarde in s.execute(q):
        uit[zaak_id] = waarde
    return uit


def _met_werk(s: Session, maand: dt.date) -> set[str]:
    """Zaken met inkomen uit werk in deze maand: de maand zelf, een loonstrook erover of een verwachting."""
    sleutel = f"maand/{maand:%Y-%m}"
    laatste: dict[tuple[str, str], object] = {}
    q = (
        select(Feit.zaak_id, Feit.sleutel, Feit.waarde, Feit.geldig_van, Feit.geldig_tot)
        .where((Feit.sleutel == sleutel) | Feit.sleutel.like("loonstrook/%") | (Feit.sleutel == "verwachting"))
        .order_by(Feit.vastgelegd_op, Feit.id)
    )
    einde = _volgende(maand) - dt.timedelta(days=1)
    for zaak_id, sl, waarde, van, tot in s.execute(q):
        laatste[(zaak_id, sl)] = (waarde, van, tot)
    uit = set()
    for (zaak_id, sl), (waarde, van, tot) in laatste.items():
        if waarde is None:
            continue
        if sl == sleutel:
            if any(i.get("soort") == "arbeid" for i in (waarde.get("inkomsten") or [])):
                uit.add(zaak_id)
        elif sl == "verwachting":
            if van is None or van <= einde:
                uit.add(zaak_id)
        elif van is not None and van <= einde and (tot is None or tot >= maand):
            uit.add(zaak_id)
    return uit


def monitoring(s: Session, *, vandaag: dt.date | None = None, gemeente: str = "") -> dict:
    vandaag = vandaag or dt.date.today()
    peilmaand = _maand(vandaag)
    huishoudens = _huishoudens(s)
    zaken = list(
        s.execute(select(Zaak.id, Zaak.ingangsdatum, Zaak.einddatum, Zaak.einde_reden, Zaak.status, Zaak.aangemaakt))
    )
    kenmerk: dict[str, tuple[str | None, str | None]] = {}
    for z in zaken:
        hh = huishoudens.get(z.id) or {}
        geboren = (hh.get("aanvrager") or {}).get("geboortedatum")
        geboren = dt.date.fromisoformat(str(geboren)[:10]) if geboren else None
        kenmerk[z.id] = (leeftijdsband(geboren, vandaag), huishoudtype(hh))

    def ingang(z) -> dt.date:
        return z.ingangsdatum or z.aangemaakt.date()

    def lopend_op(z, d: dt.date) -> bool:
        eind = z.einddatum or (None if z.status != "beeindigd" else z.aangemaakt.date())
        return ingang(z) <= d and (eind is None or eind >= d)

    lopend = [z for z in zaken if lopend_op(z, vandaag)]
    lopend_ids = {z.id for z in lopend}

    maanden = []
    m = peilmaand
    for _ in range(MAANDEN_TERUG):
        maanden.append(m)
        m = dt.date(m.year - (m.month == 1), (m.month - 2) % 12 + 1, 1)
    maanden.reverse()

    # 'Zaak met recht in maand M': dezelfde definitie en dezelfde getallen als /beleid (zaak/overzicht.py).
    from balans.zaak.overzicht import samenvattingen

    per_zaak = samenvattingen(s)
    bestand = _Tabel(
        "bestand",
        "Zaken met recht op bijstand in de maand",
        "Zoals op /beleid: de zaak heeft in die maand recht op bijstand, met het begin en einde van de "
        "bijstand, de besloten maatregelen en maatwerk.",
    )
    instroom = _Tabel("instroom", "Instroom per maand", "Zaken met hun eerste dag bijstand in die maand.")
    uitstroom = _Tabel("uitstroom", "Uitstroom per maand", "Zaken met hun laatste dag bijstand in die maand.")
    for m in maanden:
        b, i, u = (t.rij(f"{m:%Y-%m}", f"{m:%Y-%m}") for t in (bestand, instroom, uitstroom))
        for z in zaken:
            band, hh = kenmerk[z.id]
            sv = per_zaak.get(z.id)
            for teller, geldt in (
                (b, sv is not None and sv.heeft_recht(m)),
                (i, _maand(ingang(z)) == m),
                (u, z.einddatum is not None and _maand(z.einddatum) == m),
            ):
                if geldt:
                    teller["totaal"] += 1
                    if band:
                        teller[band] += 1
                    if hh:
                        teller[hh] += 1

    reden = _Tabel("uitstroom_reden", "Uitstroom in de afgelopen 12 maanden, naar reden")
    grens = vandaag - dt.timedelta(days=365)
    for z in zaken:
        if z.einddatum is not None and grens < z.einddatum <= vandaag:
            reden.tel(
                z.einde_reden or "onbekend",
                EINDE_REDENEN.get(z.einde_reden, z.einde_reden or "onbekend"),
                *kenmerk[z.id],
            )

    duur = _Tabel("duur", "Lopende zaken naar duur van de bijstand")
    for code, label in DUUR:
        duur.rij(code, label)
    for z in lopend:
        code = duurband(ingang(z), vandaag)
        duur.tel(code, dict(DUUR)[code], *kenmerk[z.id])

    werk = _Tabel(
        "deeltijd", f"Lopende zaken met inkomen uit werk in {peilmaand:%Y-%m}", "Het aandeel staat bij de kerncijfers."
    )
    met_werk = _met_werk(s, peilmaand) & lopend_ids
    for zid in sorted(met_werk):
        werk.tel("met_werk", "met inkomen uit werk", *kenmerk[zid])
    werk.rij("met_werk", "met inkomen uit werk")

    instrumentnamen = {}
    from balans.participatie.catalogus import CatalogusFout, catalogus

    try:
        instrumentnamen = {k: i.naam for k, i in catalogus().items()}
    except CatalogusFout as e:  # de telling kan zonder namen; een kapotte catalogus wel melden
        log.warning("monitoring zonder instrumentnamen: %s", e)
    instr = _Tabel("instrumenten", "Instrumenten in gebruik (gepland of lopend)", "Eén persoon kan er meer hebben.")
    for zid, code in s.execute(
        select(Activiteit.zaak_id, Activiteit.instrument)
        .where(Activiteit.status.in_(("gepland", "lopend")))
        .order_by(Activiteit.instrument)
    ):
        if zid in lopend_ids:
            instr.tel(code, _leesbaar(code, instrumentnamen), *kenmerk[zid])

    redenen = _labels("plicht", "REDENEN")
    soorten = {**ONTHEFFING_SOORT, **_labels("plicht", "SOORTEN")}
    onth_soort = _Tabel("ontheffingen_soort", "Actieve ontheffingen naar soort")
    onth_reden = _Tabel("ontheffingen_reden", "Actieve ontheffingen naar reden")
    for zid, soort, rd in s.execute(
        select(Ontheffing.zaak_id, Ontheffing.soort, Ontheffing.reden)
        .where(Ontheffing.status == "actief")
        .order_by(Ontheffing.soort, Ontheffing.reden)
    ):
        if zid in lopend_ids:
            onth_soort.tel(soort, _leesbaar(soort, soorten), *kenmerk[zid])
            onth_reden.tel(rd, _leesbaar(rd, redenen), *kenmerk[zid])

    mr_status = _Tabel("maatregelen_status", "Maatregelen naar stand van de procedure (afgelopen 12 maanden)")
    mr_cat = _Tabel("maatregelen_categorie", "Maatregelen naar categorie van de verordening (afgelopen 12 maanden)")
    categorieen = {}
    from balans.wet.verordening import VerordeningFout, verordeningen

    try:
        categorieen = {
            f"{code}/{c}": f"{k.omschrijving} ({v.naam})"
            for code, v in verordeningen().items()
            for c, k in v.categorieen.items()
        }
    except VerordeningFout as e:  # zonder omschrijvingen tellen kan; een kapotte verordening wel melden
        log.warning("monitoring zonder omschrijvingen van de categorieën: %s", e)
    for zid, st, vo, cat in s.execute(
        select(MaatregelZaak.zaak_id, MaatregelZaak.status, MaatregelZaak.verordening, MaatregelZaak.categorie)
        .where(MaatregelZaak.signaal_datum > grens)
        .order_by(MaatregelZaak.status, MaatregelZaak.verordening, MaatregelZaak.categorie)
    ):
        band, hh = kenmerk.get(zid, (None, None))
        mr_status.tel(st, MAATREGEL_STATUS.get(st, st), band, hh)
        mr_cat.tel(f"{vo}/{cat}", categorieen.get(f"{vo}/{cat}", f"{vo}: {cat.replace('_', ' ')}"), band, hh)

    n = len(lopend)
    aandeel_werk = None
    if n >= KLEINSTE_GROEP and len(met_werk) >= KLEINSTE_GROEP:
        aandeel_werk = round(1000 * len(met_werk) / n) / 10
    vijf = duur.rijen["5_jaar_of_langer"]["totaal"]
    tabellen = [bestand, instroom, uitstroom, reden, duur, werk, instr, onth_soort, onth_reden, mr_status, mr_cat]
    return {
        "gemeente": gemeente,
        "peildatum": vandaag.isoformat(),
        "kleinsteGroep": KLEINSTE_GROEP,
        "toelichting": (
            f"Alleen totalen over alle zaken, geen personen. Aantallen van 1 tot en met "
            f"{KLEINSTE_GROEP - 1} tonen we niet, en soms nog een getal erbij, zodat niemand ze kan "
            "terugrekenen. Leeftijd en huishouden zijn die van de aanvrager op de peildatum."
        ),
        "kerncijfers": {
            "lopend": n if n >= KLEINSTE_GROEP or n == 0 else None,
            "aandeelMetWerkProcent": aandeel_werk,
            "aandeel5JaarOfLangerProcent": round(1000 * vijf / n) / 10
            if n >= KLEINSTE_GROEP and vijf >= KLEINSTE_GROEP
            else None,
        },
        "kolommen": [{"code": k, "label": v} for k, v in KOLOMMEN],
        "tabellen": [t.als_dict() for t in tabellen],
    }


def als_csv(m: dict) -> str:
    """Puntkomma's en Nederlandse koppen (opent zo in Excel); verborgen cellen als '<5'."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["tabel", "rij"] + [k["label"] for k in m["kolommen"]])
    teken = f"<{m['kleinsteGroep']}"
    for t in m["tabellen"]:
        for r in t["rijen"]:
            w.writerow(
                [t["titel"], r["label"]]
                + [teken if r["waarden"][k["code"]] is None else r["waarden"][k["code"]] for k in m["kolommen"]]
            )
    return buf.getvalue()


def staafgrafiek(tabel: dict, kolom: str = "totaal", breedte: int = 640, hoogte: int = 220) -> dict:
    """Gegevens voor een eenvoudige SVG-staafgrafiek (het sjabloon tekent hem); verborgen cellen tellen als 0."""
    rijen = tabel["rijen"]
    waarden = [(r["label"], r["waarden"].get(kolom)) for r in rijen]
    hoogste = max([w or 0 for _, w in waarden] + [1])
    n = max(1, len(waarden))
    stap = (breedte - 40) / n
    staven = []
    for i, (label, w) in enumerate(waarden):
        h = round((w or 0) / hoogste * (hoogte - 40))
        staven.append(
            {
                "x": round(30 + i * stap, 1),
                "y": hoogte - 20 - h,
                "b": round(max(1.0, stap * 0.7), 1),
                "h": h,
                "label": label,
                "waarde": w,
            }
        )
    return {
        "breedte": breedte,
        "hoogte": hoogte,
        "hoogste": hoogste,
        "staven": staven,
        "code": tabel["code"],
        "titel": tabel["titel"],
    }


def per_rij_gegroepeerd(m: dict) -> dict[str, dict]:
    return {t["code"]: t for t in m["tabellen"]}
