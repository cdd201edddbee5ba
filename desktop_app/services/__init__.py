"""Use cases the CLI and the GUI call: evaluate, record, reopen, print, export."""
