# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De rekenstand voor de regelingen: dezelfde Ctx als de bijstand, maar een stap linkt naar de eigen wet.

Een regel hier geeft als 'artikel_nr' de volledige bron (de URL van de gebruikte parameter, per datum),
want het gaat om andere wetten dan de Participatiewet.
"""

from __future__ import annotations

import datetime as dt

from balans.inkomen.parameters import parameters_voor
from balans.wet.context import Ctx, Scalair, Vector


class InkomenCtx(Ctx):
    __slots__ = ()

    def url(self, artikel_nr: str) -> str:
        return artikel_nr


def ctx_voor(maand: dt.date, uitleg: bool = True, vector: bool = False, boom=None) -> InkomenCtx:
    """boom: de parameterboom van een beleidsvariant; heeft die toeslaglagen (inkomen.parameters.met_toeslagen),
    dan gelden die hier."""
    return InkomenCtx(Vector if vector else Scalair, maand, parameters_voor(maand, boom), uitleg and not vector)
