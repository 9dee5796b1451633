"""filelint's own file-level checks: files that cannot be read, and rule failures."""
