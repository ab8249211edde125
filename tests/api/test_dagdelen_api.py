"""De API neemt de datums van casus.md 'Changes within the periode' aan, en weigert foute met 400."""

from __future__ import annotations

import json


def test_api_rekent_met_datums_en_weigert_tot_voor_van(client):
    casus = {"naam": "api", "periode": {"van": "2026-03", "tot": "2026-03"},
             "bijstand": {"van": "2026-03-12"},
             "huishouden": {"aanvrager": {"geboortedatum": "1991-05-01"}}}
    r = client.post("/v1/berekeningen", content=json.dumps(casus), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    # 12 t/m 31 maart: 20 dagen; 1.401,50 x 20 / 31 = 904,193 -> 904,19
    assert r.json()["maanden"][0]["norm"] == "904.19"
    casus["bijstand"] = {"van": "2026-03-12", "tot": "2026-03-01"}
    r = client.post("/v1/berekeningen", content=json.dumps(casus), headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert "bijstand.tot" in r.text
