"""Windows and dialogs: they wire views to the core and hold the decisions."""
