"""Magistrate Judge Joseph C. Spero's order re discovery procedures (data only: see pack.toml)."""
