"""Renderers: ReportLab PDFs and openpyxl workbooks built from the core's plain data."""
