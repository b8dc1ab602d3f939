"""Domain package for the TKSK dashboard: vocabulary, schemas, readers, store access and metrics.

Nothing here imports streamlit, so the ETL, the tests and the pages share it.
"""

import warnings

# Where PySpark is installed (requirements-spark.txt), pandera imports its pandas API on every start, which warns
# that it does not support pandas 3. Nothing here uses the pandas API on Spark; the Spark engine writes Parquet.
warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
