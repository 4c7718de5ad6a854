"""Importing registers kept elsewhere (spreadsheets of earlier years) into the database."""
