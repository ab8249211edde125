"""De rekenmachine: één regeldefinitie, twee standen (met uitleg per huishouden, of gevectoriseerd)."""
