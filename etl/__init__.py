"""ETL for the TKSK dashboard: reference sources, activity logs and the Parquet store."""
