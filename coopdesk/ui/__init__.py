"""Qt Widgets user interface: thin widgets that call services."""
