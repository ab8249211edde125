# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het betrouwbaarheidsniveau uit de inlogdienst (Pw art. 17 lid 3: ten minste 'substantieel').

Een DigiD-makelaar geeft soms de SAML-klasse van DigiD zelf door in plaats van een eIDAS- of eToegang-waarde.
Bron: Logius, Koppelvlakspecificatie DigiD SAML Authenticatie 3.5 (Basis = PasswordProtectedTransport,
Midden = MobileTwoFactorContract, Substantieel = Smartcard, Hoog = SmartcardPKI)."""

import pytest

from balans.participatie.aanvraag import NIVEAUS_SUBSTANTIEEL

SAML = "urn:oasis:names:tc:SAML:2.0:ac:classes:"


@pytest.mark.parametrize(
    "acr",
    [
        SAML + "Smartcard",
        SAML + "SmartcardPKI",
        "http://eidas.europa.eu/LoA/high",
        "urn:etoegang:core:assurance-class:loa3",
    ],
)
def test_substantieel_of_hoger(acr):
    assert acr in NIVEAUS_SUBSTANTIEEL


@pytest.mark.parametrize(
    "acr",
    [
        SAML + "PasswordProtectedTransport",
        SAML + "MobileTwoFactorContract",
        "http://eidas.europa.eu/LoA/low",
        "urn:etoegang:core:assurance-class:loa2",
        None,
    ],
)
def test_lager_dan_substantieel(acr):
    assert acr not in NIVEAUS_SUBSTANTIEEL
