"""Platform services on QtCore only: paths, preferences, logging."""
