"""Zaken: opslag van casussen als bitemporele feiten, maatwerk, gebruikers en het verwerkingenlog."""
