"""NeutroHold: offline decision support for withholding and resuming anakinra in neutropenia."""

__version__ = "0.1.0"
