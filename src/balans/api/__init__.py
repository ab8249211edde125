# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De API (/v1, NLGov REST API Design Rules) en de server die ook de webpagina's levert."""
