"""The start-of-day agenda: what is due, late or waiting, across every register (issue #6)."""
