"""Windows and dialogs of the Legea 544/2001 screens (requests for public information)."""
