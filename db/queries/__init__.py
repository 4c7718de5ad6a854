"""select() builders and small data-access helpers. They take a Session and never commit."""
