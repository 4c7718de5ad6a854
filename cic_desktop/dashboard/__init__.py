"""The dashboard (issue #6): registrations per month, share answered in term, open cases by
department, for every register. A new register plugs in with one more source in `sources.py`."""
