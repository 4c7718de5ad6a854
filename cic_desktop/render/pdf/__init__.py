"""PDF documents (ReportLab), always with the embedded DejaVu fonts so diacritics print."""
