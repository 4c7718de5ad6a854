"""Dialogs of the section „Persoane”."""
