"""One service per area; each public method is one unit of work (one session)."""
