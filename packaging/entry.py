"""The PyInstaller entry script: the same as the ``cart-bedside`` console script."""

import sys

from cart_bedside.cli import main

if __name__ == "__main__":
    sys.exit(main())
