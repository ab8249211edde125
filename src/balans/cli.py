# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De opdrachtregel: `balans bereken`, `balans toets`, `balans herbereken` (zie ../shared/casus.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from balans.casus.laden import CasusFout, uit_bestand
from balans.geld import als_euro
from balans.maandstaat.grootboek import METHODEN, Grootboek
from balans.maandstaat.toets import verschillen as betalingen_verschillen
from balans.rekenen.casus import bereken
from balans.uitvoer import als_tabel, maand_tekst

FOUT_INVOER = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse zegt het in het Engels; wij in het Nederlands
        vertaling = {
            "the following arguments are required": "deze argumenten ontbreken",
            "invalid choice": "onbekende keuze",
            "unrecognized arguments": "onbekende argumenten",
            "expected one argument": "hier hoort één waarde bij",
        }
        for en, nl in vertaling.items():
            message = message.replace(en, nl)
        self.print_usage(sys.stderr)
        print(f"balans: fout: {message}", file=sys.stderr)
        sys.exit(FOUT_INVOER)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="balans", description="Bijstand (Participatiewet) berekenen, exact en uitgelegd.")
    p._positionals.title = "opdrachten"
    p._optionals.title = "opties"
    from balans import __version__

    p.add_argument("--version", action="version", version=f"balans {__version__}", help="toon de versie en stop")
    sub = p.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=_Parser)
    sub.required = True
    b = sub.add_parser("bereken", help="bereken de bijstand van een casus, per maand, met uitleg")
    b.add_argument("casus", metavar="CASUS.yaml", help="het casusbestand")
    b.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    t = sub.add_parser("toets", help="controleer casussen met 'verwacht' of 'verwacht_betalingen' tegen de berekening")
    t.add_argument("paden", metavar="PAD", nargs="+", help="casusbestanden of mappen")
    m = sub.add_parser("maandstaat", help="wat u wanneer krijgt, per maand, per verrekenmethode, met de reden")
    m.add_argument("casus", metavar="CASUS.yaml", help="het casusbestand (met loonstroken of een verwachting)")
    m.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    m.add_argument(
        "--methode",
        choices=list(METHODEN) + ["alle"],
        default=None,
        help="verrekenmethode; standaard die van de casus of de gemeente",
    )
    m.add_argument("--grafiek", metavar="BESTAND", help="teken de grafiek naar een .svg- of .png-bestand")
    sv = sub.add_parser("serve", help="start de website en de API (standaard op http://127.0.0.1:8000)")
    sv.add_argument("--host", default="127.0.0.1", help="adres om op te luisteren (standaard 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="poort (standaard 8000)")
    sv.add_argument(
        "--database", metavar="URL", help="database-URL; standaard BALANS_DATABASE_URL of SQLite in de datamap"
    )
    sv.add_argument(
        "--data-dir",
        metavar="MAP",
        help="map voor de SQLite-database; standaard BALANS_DATA_DIR, in een checkout data/, anders de datamap van het platform",
    )
    sv.add_argument("--workers", type=int, default=None, help="aantal processen (standaard één per core, hoogstens 4)")
    sv.add_argument(
        "--demo",
        action="store_true",
        help="demo-gebruikers (met het bekende wachtwoord uit de README) en -zaken in een lege database",
    )
    sv.add_argument("--geen-demo", action="store_true", help="geen demo-gegevens (dit is de standaard)")
    sv.add_argument(
        "--forwarded-allow-ips",
        metavar="ADRESSEN",
        default=None,
        help="vertrouw X-Forwarded-For alleen van deze proxy-adressen (komma's ertussen); standaard van niemand",
    )
    bl = sub.add_parser(
        "beleid", help="reken beleidsvarianten door over een synthetische populatie (rapport in HTML en PDF)"
    )
    bl.add_argument("run", metavar="RUN.yaml", help="het runbestand (zie src/balans/voorbeelden/beleid-2027.yaml)")
    bl.add_argument("--huishoudens", type=int, help="overschrijft populatie.huishoudens (1 tot en met 10 miljoen)")
    bl.add_argument("--backend", choices=("numpy", "dask"), help="overschrijft rekenen.backend")
    bl.add_argument("--uitvoer", metavar="MAP", help="overschrijft uitvoer.map")
    bl.add_argument("--geen-pdf", action="store_true", help="alleen HTML en JSON")
    bl.add_argument("--stil", action="store_true", help="geen voortgangsbalk")
    ar = sub.add_parser(
        "algoritmeregister", help="de beschrijving voor het Algoritmeregister als JSON voor de aanlever-API 1.0"
    )
    h = sub.add_parser("herbereken", help="reken een uitkomst opnieuw uit haar ontvangstbewijs en zeg of ze gelijk is")
    h.add_argument(
        "bewijs",
        metavar="BEWIJS.json",
        help="een uitkomst van balans met 'ontvangstbewijs' erin (of alleen het ontvangstbewijs)",
    )
    h.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    for s in (b, t, m, sv, bl, ar, h):
        s._positionals.title = "argumenten"
        s._optionals.title = "opties"
    return p


def _meld(fout: CasusFout) -> None:
    for f in fout.fouten:
        print(f"{fout.bestand}: {f}", file=sys.stderr)


def _laad(pad: str):
    """De casus, of None na een Nederlandse melding op stderr."""
    try:
        return uit_bestand(pad)
    except CasusFout as e:
        _meld(e)
        return None


def opdracht_bereken(args) -> int:
    casus = _laad(args.casus)
    if casus is None:
        return FOUT_INVOER
    if args.json:
        from balans.zaak.diensten import berekening  # met het hele inkomen (met een woning) en het ontvangstbewijs

        json.dump(berekening(casus), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(als_tabel(casus.naam, bereken(casus)))
    return 0


def opdracht_herbereken(args) -> int:
    """0: dezelfde uitkomst; 1: een andere uitkomst; 2: het bestand is geen bruikbaar ontvangstbewijs."""
    from balans.zaak.herberekenen import OngeldigBewijs, herbereken

    pad = Path(args.bewijs)
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except FileNotFoundError:
        print(f"{pad}: dit bestand bestaat niet.", file=sys.stderr)
        return FOUT_INVOER
    except (OSError, UnicodeDecodeError) as e:
        print(f"{pad}: dit bestand kan ik niet lezen ({getattr(e, 'strerror', None) or e}).", file=sys.stderr)
        return FOUT_INVOER
    except json.JSONDecodeError as e:
        print(f"{pad}, regel {e.lineno}: dit is geen geldige JSON ({e.msg}).", file=sys.stderr)
        return FOUT_INVOER
    try:
        h = herbereken(data)
    except OngeldigBewijs as e:
        print(f"{pad}: {e.veld}: {e.melding}", file=sys.stderr)
        return FOUT_INVOER
    if args.json:
        json.dump(h.als_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(h.melding())
    return 0 if h.identiek else 1


def _casusbestanden(paden: list[str]) -> list[Path] | str:
    uit = []
    for pad in map(Path, paden):
        if pad.is_dir():
            uit += sorted(list(pad.rglob("*.yaml")) + list(pad.rglob("*.yml")))
        elif pad.exists():
            uit.append(pad)
        else:
            return f"{pad}: dit bestand of deze map bestaat niet."
    return uit


VELDEN = ("recht", "norm", "vrijlating", "middelen", "verlaging", "bijstand", "geldlening")


def opdracht_toets(args) -> int:
    bestanden = _casusbestanden(args.paden)
    if isinstance(bestanden, str):
        print(bestanden, file=sys.stderr)
        return FOUT_INVOER
    fout_invoer = verschillen = getoetst = 0
    for pad in bestanden:
        try:
            casus = uit_bestand(pad)
        except CasusFout as e:
            _meld(e)
            fout_invoer += 1
            continue
        if not casus.verwacht and not casus.verwacht_betalingen:
            continue
        getoetst += 1
        per_maand = {r.maand: r.uitkomst for r in bereken(casus, uitleg=False)} if casus.verwacht else {}
        fouten = []
        for maand, verwacht in sorted(casus.verwacht.items()):
            u = per_maand[maand]
            for veld in VELDEN:
                v = getattr(verwacht, veld)
                if v is None:
                    continue
                w = bool(u.recht) if veld == "recht" else int(getattr(u, veld))
                if v != w:
                    fmt = (lambda x: "ja" if x else "nee") if veld == "recht" else als_euro
                    fouten.append(f"  {maand_tekst(maand)} {veld}: verwacht {fmt(v)}, berekend {fmt(w)}")
        try:
            fouten += [f"  {zin}" for zin in betalingen_verschillen(casus)]  # verwacht_betalingen
        except (ValueError, LookupError) as e:  # bv. een gemeente-overlay die na het laden veranderde
            print(f"{pad}: de maandstaat kan ik niet maken: {e}", file=sys.stderr)
            fout_invoer += 1
            continue
        if fouten:
            verschillen += 1
            print(f"VERSCHIL  {pad}\n" + "\n".join(fouten))
        else:
            print(f"goed      {pad}")
    print(
        f"\n{getoetst} casussen getoetst: {getoetst - verschillen} goed, {verschillen} met verschil"
        + (f", {fout_invoer} onleesbaar" if fout_invoer else "")
        + "."
    )
    if fout_invoer:
        return FOUT_INVOER
    return 1 if verschillen else 0


def opdracht_maandstaat(args) -> int:
    from balans.maandstaat.grafiek import SOORTEN, teken
    from balans.maandstaat.uitvoer import als_json as staat_als_json
    from balans.maandstaat.uitvoer import als_tekst_staat, watals_json
    from balans.maandstaat.watals import curve, hele_inkomen, kan_hele_inkomen

    if args.grafiek and Path(args.grafiek).suffix.lower() not in SOORTEN:
        print(f"--grafiek: '{args.grafiek}' moet eindigen op .svg of .png.", file=sys.stderr)
        return FOUT_INVOER
    casus = _laad(args.casus)
    if casus is None:
        return FOUT_INVOER
    g = Grootboek(casus, uitleg=True)  # met de berekening: het recht wordt één keer gerekend
    methoden = METHODEN if args.methode == "alle" else [args.methode or g.methode_standaard()]
    staten = [g.staat(m) for m in methoden]
    resultaten = g.berekening
    assert resultaten is not None
    uurloon = casus.verwachting.netto_uurloon if casus.verwachting else None
    punten = curve(casus, uurloon) if uurloon is not None else None
    hele = hele_inkomen(casus, punten) if punten is not None and kan_hele_inkomen(casus) else None
    if args.grafiek:
        pad = Path(args.grafiek)
        try:
            teken(g, [g.staat(m) for m in METHODEN], punten, pad)
        except OSError as e:
            print(f"--grafiek: {pad} kan ik niet schrijven ({e.strerror}).", file=sys.stderr)
            return FOUT_INVOER
    if args.json:
        wat_als = watals_json(punten, uurloon, hele) if punten is not None else None
        from balans import ontvangstbewijs as O

        staat = O.bij_casus(
            "maandstaat",
            casus,
            staat_als_json(g, resultaten, staten, wat_als),
            invoer={"casus": O.casus_invoer(casus), "methode": args.methode},
        )
        json.dump(staat, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(als_tekst_staat(g, resultaten, staten, punten, uurloon, hele))
        if args.grafiek:
            print(f"\nGrafiek: {args.grafiek}")
    return 0


def opdracht_serve(args) -> int:
    import os

    from sqlalchemy.exc import SQLAlchemyError

    from balans.app import create_app
    from balans.server import controleer_vrij, serveer, standaard_workers
    from balans.settings import Settings
    from balans.zaak.beheerder import eerste_beheerder
    from balans.zaak.db import DatabaseFout

    if args.database:
        os.environ["BALANS_DATABASE_URL"] = args.database
    if args.data_dir:
        os.environ["BALANS_DATA_DIR"] = str(Path(args.data_dir).expanduser().resolve())
    if args.demo and args.geen_demo:
        print("--demo en --geen-demo: kies er één.", file=sys.stderr)
        return FOUT_INVOER
    if args.demo or args.geen_demo:
        os.environ["BALANS_DEMO"] = "ja" if args.demo else "nee"
    if not 1 <= args.port <= 65535:
        print("--port: kies een poort van 1 tot en met 65535.", file=sys.stderr)
        return FOUT_INVOER
    workers = standaard_workers() if args.workers is None else args.workers
    if not 1 <= workers <= 64:
        print("--workers: kies 1 tot en met 64 processen.", file=sys.stderr)
        return FOUT_INVOER
    settings = Settings.uit_omgeving()
    if settings.oidc_aan and not settings.oidc_redirect_uri:
        print(
            "BALANS_OIDC_REDIRECT_URI ontbreekt: met OIDC aan is dit het vaste, publieke adres van "
            "/inloggen/oidc/terug (bijvoorbeeld https://balans.gemeente.nl/inloggen/oidc/terug).",
            file=sys.stderr,
        )
        return FOUT_INVOER
    if fout := settings.thema_fout():
        print(fout, file=sys.stderr)
        return FOUT_INVOER
    try:
        app = create_app(settings)  # migreert en vult de demo nu al: fouten hier, niet in een werkproces
    except (DatabaseFout, SQLAlchemyError) as e:
        print(f"database: {getattr(e, 'orig', None) or e}", file=sys.stderr)
        return FOUT_INVOER
    eerste = None if settings.demo else eerste_beheerder(app.state.sessies)
    try:
        controleer_vrij(args.host, args.port)
    except OSError as e:
        print(
            f"--port: {args.host}:{args.port} is niet te gebruiken ({e.strerror}). Kies een andere poort.",
            file=sys.stderr,
        )
        return FOUT_INVOER
    print(
        f"balans draait op http://{args.host}:{args.port}  (database: {_zonder_wachtwoord(settings.database_url)}, "
        f"{workers} {'proces' if workers == 1 else 'processen'})"
    )
    print(
        "Demo-accounts (wachtwoord demo-wachtwoord-2026): inwoner.ferd, km.jansen, km.bakker, beleid.de.vries, "
        "beheer.admin"
        if settings.demo
        else "Zonder demo-gegevens."
    )
    if eerste:  # alleen hier, één keer, op de terminal: nooit in een logbestand
        print(
            f"Eerste start: beheerder '{eerste[0]}' aangemaakt met wachtwoord {eerste[1]}\n"
            "Bewaar dit wachtwoord nu; het wordt niet nog eens getoond.",
            flush=True,
        )
    serveer(app, args.host, args.port, workers, forwarded_allow_ips=args.forwarded_allow_ips)
    return 0


def _zonder_wachtwoord(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.opdracht == "serve":
            return opdracht_serve(args)
        if args.opdracht == "bereken":
            return opdracht_bereken(args)
        if args.opdracht == "maandstaat":
            return opdracht_maandstaat(args)
        if args.opdracht == "herbereken":
            return opdracht_herbereken(args)
        if args.opdracht == "beleid":
            from balans.beleid.cli import opdracht_beleid

            return opdracht_beleid(args)
        if args.opdracht == "algoritmeregister":
            from balans.algoritmeregister.aanlevering import aanlevering

            print(json.dumps(aanlevering(), ensure_ascii=False, indent=2))
            return 0
        return opdracht_toets(args)
    except BrokenPipeError:
        return 0


def hoofd() -> None:
    sys.exit(main())


if __name__ == "__main__":
    hoofd()
