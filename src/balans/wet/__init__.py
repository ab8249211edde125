"""De wet: parameters (YAML per artikel, gedateerd en met bron) en regels (één module per artikel)."""
