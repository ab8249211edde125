# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Zaken: opslag van casussen als bitemporele feiten, maatwerk, gebruikers en het verwerkingenlog."""
