# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Brieven in B1 met een juridische bijlage: HTML en PDF (WeasyPrint)."""

from balans.brieven.beschikking import Afwijking, Afzender, beschikking_html, beschikking_pdf
from balans.brieven.leesbaarheid import controleer

__all__ = ["Afwijking", "Afzender", "beschikking_html", "beschikking_pdf", "controleer"]
