"""Views of the section „Persoane”."""
