"""Streamlit glue, and nothing else: session state and filters (``state``), cached store access (``store``),
the frame's sidebar and badge (``frame``), tables and downloads (``show``), widgets (``widgets``), and the
settings panels of the planner and the upload.

What a page shows is decided by its presenter (``tksk.present``); the views in ``views/`` lay it out with
these helpers.
"""
