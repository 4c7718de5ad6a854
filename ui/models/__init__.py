"""Qt item models over the core's frozen dataclasses."""
