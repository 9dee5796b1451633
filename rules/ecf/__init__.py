"""CM/ECF technical requirements for PDFs filed electronically."""
