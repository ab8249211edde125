# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De wet: parameters (YAML per artikel, gedateerd en met bron) en regels (één module per artikel)."""
