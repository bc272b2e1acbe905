"""`python -m farsi_press` runs the `farsi-press` command."""

import sys

from farsi_press.cli import main

if __name__ == "__main__":
    sys.exit(main())
