# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""balans: de bijstand (Participatiewet) als open, exacte en uitgelegde regels."""

__version__ = "0.1.0"
