# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""`balans beleid RUN.yaml`: de run lezen, doorrekenen met een voortgangsbalk, het rapport schrijven."""

from __future__ import annotations

import sys

from balans.beleid.run import RunFout, laad

FOUT_INVOER = 2


def _miljoen(centen: int) -> str:
    return f"{centen / 100 / 1e6:+,.1f}".replace(",", "_").replace(".", ",").replace("_", ".")


def samenvatting(u) -> str:
    ind = u.indicatoren
    aantal = f"{ind.huishoudens:,}".replace(",", ".")
    tijd = f"{u.rekentijd_s:.1f}".replace(".", ",")
    regels = [
        f"{u.naam}",
        (
            f"{aantal} huishoudens, {u.van:%Y-%m} t/m {u.tot_en_met:%Y-%m}, basis {u.basis}; "
            f"rekentijd {tijd} s ({u.backend})."
        ),
        "",
    ]
    if u.stroom:
        st = u.stroom
        regels.insert(
            2,
            f"In- en uitstroom: {st['instroom']:,} erin, {st['uitstroom']:,} eruit, {st['aow']:,} naar de AOW; "
            f"stand {st['stand_begin']:,} -> {st['stand_eind']:,} (bedragen alleen over de maanden in de "
            "bijstand).".replace(",", "."),
        )
    if u.met_gedrag:
        regels.insert(
            2, "Met gedragsreactie: de varianten (niet de basis) rekenen met aangepaste uren en werk; zie het rapport."
        )
    regels.append(
        f"{'variant':34} {'kosten per jaar':>18} {'verschil':>14} {'erop vooruit':>13} {'erop achteruit':>15}"
    )
    for v in ind.varianten:
        k = ind.kosten[v]
        w = ind.winnaars.get(v)
        voor = achter = ""
        if w:
            n = max(1, sum(w["totaal"]))
            voor = f"{100 * (w['totaal'][3] + w['totaal'][4]) / n:.1f}%".replace(".", ",")
            achter = f"{100 * (w['totaal'][0] + w['totaal'][1]) / n:.1f}%".replace(".", ",")
        naam = v if v == u.basis or not u.met_gedrag else f"{v} (met gedrag)"
        regels.append(
            f"{naam:34} {'€ ' + _miljoen(k['per_jaar']).lstrip('+') + ' mln':>18} "
            f"{'' if v == u.basis else '€ ' + _miljoen(k['verschil_per_jaar']) + ' mln':>14} {voor:>13} {achter:>15}"
        )
    regels.append("")
    regels.append("Toetsingskader (++ + 0 - --; n.v.t. = niet te meten in deze run):")
    for s in u.toets:
        regels.append(
            f"  {s.doel.code:>3}. {s.doel.doel}: "
            + ", ".join(f"{v} {s.scores[v]}" for v in ind.varianten if v != u.basis)
        )
    return "\n".join(regels)


def opdracht_beleid(args) -> int:
    overschrijf = {}
    huishoudens = None
    try:
        run = laad(args.run)
    except RunFout as e:
        for f in e.fouten:
            print(f, file=sys.stderr)
        return FOUT_INVOER
    if args.huishoudens is not None:
        if not 1 <= args.huishoudens <= 10_000_000:
            print("--huishoudens: kies 1 tot en met 10.000.000.", file=sys.stderr)
            return FOUT_INVOER
        huishoudens = args.huishoudens
    if args.backend:
        overschrijf["rekenen"] = {
            "backend": args.backend,
            "werkers": run.werkers,
            **({"scheduler": run.scheduler} if run.scheduler else {}),
        }
    if args.uitvoer:
        overschrijf["uitvoer"] = {"map": args.uitvoer, "pdf": run.pdf}
    if overschrijf:
        try:
            run = laad(args.run, overschrijf)
        except RunFout as e:
            for f in e.fouten:
                print(f, file=sys.stderr)
            return FOUT_INVOER
    if huishoudens is not None:
        # Alleen het aantal: de aannames en de in- en uitstroom uit het runbestand blijven staan.
        import dataclasses

        run = dataclasses.replace(run, populatie=dataclasses.replace(run.populatie, n=huishoudens))
    from tqdm import tqdm

    from balans.beleid.draai import draai

    balk = tqdm(
        total=run.populatie.n,
        unit=" huishoudens",
        unit_scale=True,
        desc="doorrekenen",
        disable=args.stil or run.populatie.n < 100_000,
        file=sys.stderr,
    )
    try:
        u = draai(
            run.naam,
            run.van,
            run.tot_en_met,
            run.populatie,
            run.basis,
            list(run.varianten),
            run.info,
            run.verrekenmethode,
            run.backend,
            run.scheduler,
            run.werkers,
            run.gedrag,
            run.aannames(),
            voortgang=balk.update,
            netto_uurloon=run.netto_uurloon,
        )
    finally:
        balk.close()
    print(samenvatting(u))
    try:
        from balans.beleid.rapport import schrijf_rapport
    except ImportError:
        schrijf_rapport = None
    if schrijf_rapport is not None:
        paden = schrijf_rapport(u, run.map, pdf=run.pdf and not args.geen_pdf)
        print("Rapport: " + ", ".join(str(p) for p in paden))
    return 0
