"""ETL for the TKSK dashboard: reference sources, activity logs and the Parquet store."""

import tksk  # noqa: F401  (first: its warning filter must be set before any module here imports pandera)
