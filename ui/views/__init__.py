"""Views lay out widgets and expose them as public attributes; controllers fill and wire them."""
