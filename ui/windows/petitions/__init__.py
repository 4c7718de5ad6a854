"""Petitions (OG 27/2002): registration, the case file and its actions, printing and export."""
