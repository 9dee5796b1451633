"""Allow ``python -m filelint``."""

from filelint.cli import main

if __name__ == "__main__":
    main()
