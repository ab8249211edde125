"""De API (/v1, NLGov REST API Design Rules) en de server die ook de webpagina's levert."""
