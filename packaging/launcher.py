"""Entry point of the frozen application: the same `neutrohold` command as the installed package."""

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # printing lays pages out in a spawned child of this executable
    sys.exit(main())
