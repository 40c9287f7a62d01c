"""The laptop's windows, pages and view models (the only package that imports Qt)."""
