# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Beleidsdoorrekening (spoor 2): varianten over een synthetische populatie, getoetst aan de zes doelen."""
