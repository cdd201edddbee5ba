"""Turn a recommendation into something to read: plain text, escaped HTML, PDF."""
