"""Layouts of the Legea 544/2001 screens."""
