"""Allow ``python -m filelint``."""

from filelint.entry import main

if __name__ == "__main__":
    main()
