"""Layouts of the petitions windows (no logic: the controllers in ui/windows/petitions decide)."""
