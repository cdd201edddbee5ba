"""Allow `python -m desktop_app` to behave exactly like the `neutrohold` command."""

import sys

from desktop_app.cli import main

sys.exit(main())
