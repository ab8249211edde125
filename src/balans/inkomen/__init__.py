# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het hele inkomen rond de bijstand: inkomstenbelasting box 1, loonheffing, zorgtoeslag, kinderbijslag en
kindgebonden budget. Dezelfde regels draaien met uitleg (Scalair) en gevectoriseerd (Vector), zoals de bijstand.
Zie docs/inkomen.md."""
