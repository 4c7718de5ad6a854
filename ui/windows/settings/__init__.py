"""Controllers of the settings dialog's tabs."""
