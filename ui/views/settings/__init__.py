"""The tabs of the settings dialog."""
