# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Loonkostensubsidie (Pw art. 10d lid 4, tekst 2026-07-01): een zuivere functie in centen, met uitleg.

Lid 4: de subsidie is het verschil tussen
  het wettelijk minimumloon (WML) plus vakantiebijslag (art. 15 Wml: 8%) en
  de loonwaarde plus de vakantiebijslag naar rato van de loonwaarde,
maar hoogstens 70% van WML plus vakantiebijslag, vermeerderd met een vergoeding voor werkgeverslasten
(bij ministeriële regeling). Naar evenredigheid bij een arbeidsduur korter of langer dan 36 uur per week,
hoogstens de gewone voltijdse arbeidsduur in de sector.
Lid 7: de subsidie wordt elk jaar per 1 januari opnieuw vastgesteld naar de ontwikkeling van het WML.
Daarom rekenen we binnen een jaar met het WML van 1 januari (of van de eerste dag van de dienstbetrekking,
als die later in dat jaar begint).

Keuzes (uitleg staat ook in de stappen):
- Sinds 2024 is het WML een uurloon. Het maandbedrag bij 36 uur is uurloon x 36 x 52 / 12 = uurloon x 156.
  (De 'referentiemaandloon' van SZW, € 2.294,40 per 1-1-2026, is een ander getal voor koppelingen.)
- Werkgeverslasten: Regeling loonkostensubsidie Participatiewet art. 1: 23,5% van de loonkosten waarover
  subsidie wordt verstrekt (Stcrt. 2017, 68248, vanaf 1 januari 2018). Dat dit percentage in 2026 nog
  geldt, is NIET GECONTROLEERD in de geconsolideerde regeling; daarom is het een parameter.
- Er wordt één keer afgerond, aan het eind, half naar boven op hele centen (balans.geld.deel_half_omhoog).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from balans.geld import als_euro, deel_half_omhoog

# WML per uur, 21 jaar en ouder, in centen, met bron. Per 1 juli 2026: nog niet gevonden.
WML_UUR: dict[dt.date, tuple[int, str]] = {
    dt.date(2024, 1, 1): (
        1327,
        "https://www.rd.nl/artikel/1037632-minimumloon-vooral-omhoog-voor-wie-40-uur-per-week-werkt",
    ),
    dt.date(2024, 7, 1): (
        1368,
        "https://www.slagers.nl/artikelen/2023/openbaar/cs/wijziging-minimumloon-per-1-juli-2024/20240627094044",
    ),
    dt.date(2025, 1, 1): (1406, "Metro, januari 2025 (domeinnotities §1.6)"),
    dt.date(2025, 7, 1): (
        1440,
        "https://www.metronieuws.nl/geld-carriere/arbeidsmarkt/2025/04/minimumloon-per-1-juli-geld-erbij/",
    ),
    dt.date(2026, 1, 1): (
        1471,
        "Regeling SZW van 9 oktober 2025, nr. 2025-0000213859 (indexering minimumloon per "
        "1 januari 2026); https://www.grootheddeaccountants.nl/wettelijk-minimumloon-per-1-"
        "januari-2026",
    ),
}
BEKEND_TOT = dt.date(2026, 6, 30)  # daarna is het WML (1 juli 2026) nog niet bekend

VAKANTIEBIJSLAG = Fraction(8, 100)  # art. 15 lid 1 Wml
MAXIMUM = Fraction(70, 100)  # art. 10d lid 4
NORMUREN = 36  # art. 10d lid 4, tweede zin
WEKEN_PER_MAAND = Fraction(52, 12)
WERKGEVERSLASTEN_BP = 2350  # Regeling loonkostensubsidie Participatiewet art. 1 (23,5%); zie boven
WERKGEVERSLASTEN_BRON = (
    "Regeling loonkostensubsidie Participatiewet art. 1 (Stcrt. 2017, 68248: 23,5% vanaf "
    "1 januari 2018); voor 2026 niet gecontroleerd"
)
ART = "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel10d"
WML_ART15 = "https://wetten.overheid.nl/BWBR0002638#Artikel15"


class LksFout(ValueError):
    def __init__(self, veld: str, bericht: str):
        super().__init__(bericht)
        self.veld, self.bericht = veld, bericht


@dataclass(frozen=True)
class Stap:
    tekst: str  # B1
    artikel: str
    bron: str
    bedrag: int | None = None  # centen, afgerond voor het lezen; de berekening zelf rekent exact


@dataclass(frozen=True)
class Uitkomst:
    per_maand: int  # centen
    per_uur: int  # centen, per gewerkt uur
    wml_uur: int
    wml_datum: dt.date
    loonwaarde_bp: int
    uren: Fraction
    gemaximeerd: bool
    stappen: list[Stap] = field(default_factory=list)

    def als_json(self) -> dict:
        from balans.geld import als_tekst

        return {
            "perMaand": als_tekst(self.per_maand),
            "perUur": als_tekst(self.per_uur),
            "wmlPerUur": als_tekst(self.wml_uur),
            "wmlDatum": self.wml_datum.isoformat(),
            "loonwaardeBp": self.loonwaarde_bp,
            "urenPerWeek": _uren_tekst(self.uren),
            "gemaximeerd": self.gemaximeerd,
            "uitleg": [
                {
                    "tekst": s.tekst,
                    "artikel": s.artikel,
                    "bron": s.bron,
                    "bedrag": None if s.bedrag is None else als_tekst(s.bedrag),
                }
                for s in self.stappen
            ],
        }


def _uren_tekst(u: Fraction) -> str:
    return str(u.numerator) if u.denominator == 1 else f"{float(u):.2f}".rstrip("0").replace(".", ",")


def _cent(x: Fraction) -> int:
    return deel_half_omhoog(x.numerator, x.denominator)


def wml_op(datum: dt.date) -> tuple[dt.date, int, str]:
    """Het WML per uur dat op deze datum gold: (ingangsdatum, centen, bron)."""
    if datum > BEKEND_TOT:
        raise LksFout("datum", "Het minimumloon na 30 juni 2026 is nog niet bekend in balans. Kies een eerdere datum.")
    eerder = [d for d in WML_UUR if d <= datum]
    if not eerder:
        raise LksFout("datum", "Het minimumloon vóór 2024 staat niet in balans. Kies 2024 of later.")
    d = max(eerder)
    return d, *WML_UUR[d]


def peildatum(maand: dt.date, ingang: dt.date | None = None) -> dt.date:
    """Art. 10d lid 7: per 1 januari opnieuw vastgesteld. Begon de dienstbetrekking later in het jaar, dan het WML
    van die dag."""
    jan = dt.date(maand.year, 1, 1)
    return max(jan, ingang) if ingang is not None and ingang <= maand else jan


def bereken(
    *,
    loonwaarde_bp: int,
    uren_per_week: Fraction | int | str,
    maand: dt.date,
    ingang: dt.date | None = None,
    voltijd_uren: int = NORMUREN,
    werkgeverslasten_bp: int = WERKGEVERSLASTEN_BP,
    wml_uur: int | None = None,
) -> Uitkomst:
    """De loonkostensubsidie per maand voor een loonwaarde (basispunten van het WML) en een arbeidsduur.

    wml_uur (centen) gaat voor de tabel; handig voor een bedrag dat de tabel nog niet heeft."""
    if isinstance(loonwaarde_bp, bool) or not isinstance(loonwaarde_bp, int) or not 0 < loonwaarde_bp < 10000:
        raise LksFout("loonwaarde", "De loonwaarde is een percentage groter dan 0 en kleiner dan 100.")
    try:
        uren = Fraction(str(uren_per_week).replace(",", "."))
    except (ValueError, ZeroDivisionError):
        raise LksFout("urenPerWeek", "Vul het aantal uren per week in, zoals 24 of 32,5.") from None
    if not 0 < uren <= 60:
        raise LksFout("urenPerWeek", "Vul een aantal uren per week in van meer dan 0 tot en met 60.")
    if not NORMUREN <= voltijd_uren <= 40:
        raise LksFout("voltijdUren", "De voltijdse arbeidsduur in de sector ligt tussen 36 en 40 uur per week.")
    if not 0 <= werkgeverslasten_bp <= 5000:
        raise LksFout("werkgeverslastenBp", "Het percentage werkgeverslasten ligt tussen 0 en 50.")
    peil = peildatum(maand, ingang)
    if wml_uur is None:
        wml_datum, wml_uur, wml_bron = wml_op(peil)
    else:
        wml_datum, wml_bron = peil, "opgegeven"
    lw = Fraction(loonwaarde_bp, 10000)
    wgl = Fraction(werkgeverslasten_bp, 10000)
    telt = min(uren, Fraction(voltijd_uren))

    wml_maand = wml_uur * NORMUREN * WEKEN_PER_MAAND  # bij 36 uur per week
    met_vb = wml_maand * (1 + VAKANTIEBIJSLAG)
    loonwaarde = met_vb * lw  # loonwaarde met vakantiebijslag naar rato
    verschil = met_vb - loonwaarde
    hoogst = met_vb * MAXIMUM
    subsidie = min(verschil, hoogst)
    met_wgl = subsidie * (1 + wgl)
    totaal = met_wgl * telt / NORMUREN
    per_maand = _cent(totaal)
    gewerkte_uren_maand = uren * WEKEN_PER_MAAND
    per_uur = _cent(totaal / gewerkte_uren_maand)

    pct = f"{loonwaarde_bp / 100:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    stappen = [
        Stap(
            f"Het minimumloon per uur op {wml_datum:%d-%m-%Y} is {als_euro(wml_uur)}. De subsidie wordt elk jaar op "
            "1 januari opnieuw vastgesteld.",
            "Pw art. 10d lid 7; Wml art. 8",
            wml_bron,
            wml_uur,
        ),
        Stap(
            "Minimumloon per maand bij 36 uur per week: uurloon x 36 x 52 weken / 12 maanden.",
            "Pw art. 10d lid 4",
            ART,
            _cent(wml_maand),
        ),
        Stap("Plus 8% vakantiebijslag.", "Pw art. 10d lid 4; Wml art. 15", WML_ART15, _cent(met_vb)),
        Stap(
            f"De loonwaarde is {pct}% daarvan: wat de werknemer zelf verdient, met vakantiebijslag.",
            "Pw art. 6 onder g en art. 10d lid 4",
            ART,
            _cent(loonwaarde),
        ),
        Stap("Het verschil tussen minimumloon en loonwaarde.", "Pw art. 10d lid 4", ART, _cent(verschil)),
        Stap(
            "De subsidie is hoogstens 70% van minimumloon met vakantiebijslag."
            + (" Het verschil is hoger, dus geldt dit maximum." if verschil > hoogst else " Het verschil is lager."),
            "Pw art. 10d lid 4",
            ART,
            _cent(subsidie),
        ),
        Stap(
            f"Plus {werkgeverslasten_bp / 100:.1f}% voor werkgeverslasten.".replace(".", ","),
            "Pw art. 10d lid 4; Regeling loonkostensubsidie Participatiewet art. 1",
            WERKGEVERSLASTEN_BRON,
            _cent(met_wgl),
        ),
        Stap(
            f"Naar rato van de uren: {_uren_tekst(telt)} van 36 uur per week"
            + (f" (hoogstens de voltijdse {voltijd_uren} uur in de sector)" if uren > voltijd_uren else "")
            + ".",
            "Pw art. 10d lid 4, tweede en derde zin",
            ART,
            per_maand,
        ),
    ]
    if peil > BEKEND_TOT and wml_bron == "opgegeven":
        stappen.append(Stap("Het minimumloon voor deze datum is zelf opgegeven.", "Wml art. 8", "opgegeven"))
    return Uitkomst(
        per_maand=per_maand,
        per_uur=per_uur,
        wml_uur=wml_uur,
        wml_datum=wml_datum,
        loonwaarde_bp=loonwaarde_bp,
        uren=uren,
        gemaximeerd=verschil > hoogst,
        stappen=stappen,
    )
