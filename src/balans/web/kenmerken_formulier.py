# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het formulier 'Kenmerken met een datum' op de zaakpagina (issue 15): POST /zaken/{id}/kenmerken.

Los van web/kenmerken.py, omdat dit formulier bij een fout de zaakpagina van web/routes opnieuw toont en
routes de gegevens uit web/kenmerken.py leest: zo hoeft geen van beide een import in een functie."""

from __future__ import annotations

import copy
import datetime as dt

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from balans.api.afhankelijk import Wie, db, rol, spoor, zaak_of_404
from balans.casus.laden import CasusFout
from balans.web.kenmerken import KENMERKEN, PERSONEN, STANDEN, _datum
from balans.web.routes import VERSIE_CONFLICT, _versie_uit_form, _zaakpagina
from balans.zaak import repository as R
from balans.zaak import verwerkingen as V
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)


@router.post("/zaken/{zaak_id}/kenmerken", response_class=HTMLResponse)
def kenmerk(
    request: Request,
    zaak_id: str,
    persoon: str = Form("", alias="km_persoon"),
    naam: str = Form("", alias="km_kenmerk"),
    stand: str = Form("datum", alias="km_stand"),
    van: str = Form("", alias="km_van"),
    tot: str = Form("", alias="km_tot"),
    reden: str = Form("", alias="km_reden"),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"persoon": persoon, "kenmerk": naam, "stand": stand, "van": van, "tot": tot, "reden": reden}
    fout: dict[str, str] = {}
    data = R.casus_data(s, z)
    h = copy.deepcopy(data.get("huishouden") or {})
    if persoon not in PERSONEN:
        fout["km_persoon"] = "Kies voor wie het kenmerk geldt."
    elif persoon == "partner" and not h.get("partner"):
        fout["km_persoon"] = "Deze zaak heeft geen partner. Kies de aanvrager."
    if naam not in KENMERKEN:
        fout["km_kenmerk"] = "Kies het kenmerk."
    elif persoon in PERSONEN and persoon not in KENMERKEN[naam][1]:
        fout["km_kenmerk"] = f"Dit kenmerk kan alleen gelden voor de {KENMERKEN[naam][1][0]}."
    if stand not in STANDEN:
        fout["km_stand"] = "Kies of het kenmerk geldt."
    d_van, d_tot = _datum(van), _datum(tot)
    if stand == "datum":
        if d_van == "fout":
            fout["km_van"] = "Vul de eerste dag in als datum, bijvoorbeeld 2026-04-10."
        if d_tot == "fout":
            fout["km_tot"] = "Vul de laatste dag in als datum, bijvoorbeeld 2026-06-30."
        if d_van is None and d_tot is None:
            fout["km_van"] = "Vul de eerste dag in, de laatste dag, of allebei."
    if not fout:
        waarde: object = {"ja": True, "nee": False}.get(stand)
        if stand == "datum":
            waarde = {
                **({"van": d_van.isoformat()} if isinstance(d_van, dt.date) else {}),
                **({"tot": d_tot.isoformat()} if isinstance(d_tot, dt.date) else {}),
            }
        h[persoon] = {**h[persoon], naam: waarde}
        try:
            R.wijzig_feit(
                s,
                z,
                "huishouden",
                h,
                versie=_versie_uit_form(versie),
                door=wie.gebruiker.id,
                reden=reden.strip() or f"kenmerk {naam} gewijzigd",
            )
            V.log(
                s,
                spoor=sp,
                gebruiker=wie.gebruiker,
                naam="zaak.kenmerk",
                handeling="wijzigen",
                zaak_id=z.id,
                activiteit="zaak-behandelen",
                gegevens=f"kenmerk {naam} ({persoon})",
            )
            s.commit()
            return RedirectResponse(f"/zaken/{z.id}?opgeslagen=kenmerk#kenmerken", status_code=303)
        except CasusFout as e:
            s.rollback()
            f = e.fouten[0]
            fout["km_tot" if f.veld.endswith(".tot") else "km_van"] = f.bericht
        except R.VersieConflict:
            s.rollback()
            s.refresh(z)
            fout["versie"] = VERSIE_CONFLICT
    return _zaakpagina(request, s, wie, z, sp, 409 if "versie" in fout else 400, km_fout=fout, km_waarden=waarden)
