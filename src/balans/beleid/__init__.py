"""Beleidsdoorrekening (spoor 2): varianten over een synthetische populatie, getoetst aan de zes doelen."""
