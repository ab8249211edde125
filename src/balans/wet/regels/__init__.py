"""Eén module per artikel (of lid). Elke regel werkt in beide standen (zie rekenen/context.py)."""
