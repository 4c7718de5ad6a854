"""Statutory reports built from the registers as plain frozen dataclasses."""
