# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De rekenmachine: één regeldefinitie, twee standen (met uitleg per huishouden, of gevectoriseerd)."""
