"""balans: de bijstand (Participatiewet) als open, exacte en uitgelegde regels."""

__version__ = "0.1.0"
