"""Layouts of the „Siguranța datelor” screens (backups, restore wizard, year locks)."""
