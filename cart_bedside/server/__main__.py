"""``python -m cart_bedside.server init|run|enroll-code|…`` (see ``commands``)."""

import sys

from .commands import main

sys.exit(main())
