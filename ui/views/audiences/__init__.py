"""Layouts of the audiences section."""
