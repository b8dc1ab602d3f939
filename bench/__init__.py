"""Benchmarks of the TKSK dashboard: ``python -m bench --help``."""
