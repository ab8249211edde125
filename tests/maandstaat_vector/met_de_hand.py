# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een casus die met de hand is uitgerekend, in beide grootboeken: eerst het grootboek van één huishouden, dan
het gevectoriseerde met dezelfde loonstroken als arrays. `verwacht` per methode: de betalingen (datum, bedrag
op de rekening) en per kalendermaand wat betaald (zonder doorbetaald loon), verrekend en doorbetaald is."""

from __future__ import annotations

import datetime as dt

from balans.maandstaat.grootboek import Grootboek, Staat
from balans.maandstaat.uitvoer import sluitend
from balans.maandstaat.vector import verreken

from .test_vector import ProefDeel, _scalair


def toets_beide_grootboeken(
    c,
    boom,
    maanden: list[dt.date],
    methode: str,
    verwacht: dict,
    recht: list[int],
    gereserveerd: int,
    schatting: int,
    vakantiegeld,
) -> Staat:
    s = Grootboek(c, boom).staat(methode)
    assert sluitend(s)
    assert list(s.recht.values()) == recht
    # elke betaling die niet nul is (zoals verwacht_betalingen)
    assert [(b.datum, b.bedrag) for b in s.betalingen if b.bedrag] == verwacht["betalingen"]
    assert s.vakantietoeslag_gereserveerd == gereserveerd
    assert (s.nog_na_te_betalen, s.nog_te_verrekenen, s.vordering, s.buffer_totaal) == (0, 0, 0, 0)
    _, per_maand = _scalair(Grootboek(c, boom), methode, maanden)
    for k in ("betaald", "verrekend", "loon_doorbetaald"):
        assert per_maand[k] == verwacht[k] + [0], k

    deel = ProefDeel([c], boom, maanden, [[2] * len(maanden)])
    v = verreken(boom, deel, methode, schatting=schatting if methode == "schatten" else None, vakantiegeld=vakantiegeld)
    assert list(v.recht[0]) == recht
    for k in ("betaald", "verrekend", "loon_doorbetaald"):
        assert list(getattr(v, k)[0]) == verwacht[k], k
    assert v.vakantietoeslag_gereserveerd[0] == gereserveerd
    assert not v.buffer_ingezet.any() and not v.vordering_nieuw.any()
    assert v.sluitend().all()
    return s
