"""Domain package for the TKSK dashboard: vocabulary, schemas, readers, store access and metrics.

Nothing here imports streamlit, so the ETL, the tests and the pages share it.
"""
