# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

import datetime as dt

import pytest

from balans.inkomen.context import ctx_voor


@pytest.fixture
def ctx():
    """ctx(jaar, maand=1): een rekenstand met uitleg voor die maand."""
    return lambda jaar, maand=1: ctx_voor(dt.date(jaar, maand, 1))
