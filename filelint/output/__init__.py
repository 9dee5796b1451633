"""Output formats. Each module renders a finished report; none computes findings."""
