"""A magistrate judge's standing order as data: everything is in pack.toml."""
