"""Allow `python -m desktop_app` to behave exactly like the `neutrohold` command."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":  # a spawned child process (printing) imports this module without running the app
    sys.exit(main())
