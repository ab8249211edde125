# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Eén module per artikel (of lid). Elke regel werkt in beide standen (zie rekenen/context.py)."""
