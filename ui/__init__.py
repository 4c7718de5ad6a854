"""PySide6 GUI of CIC Desktop: windows, dialogs, Qt models. The only package that imports Qt."""
