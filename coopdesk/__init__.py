"""coopdesk: offline case management for social economy support centres."""

__version__ = "0.1.0"
