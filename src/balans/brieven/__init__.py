"""Brieven in B1 met een juridische bijlage: HTML en PDF (WeasyPrint)."""
