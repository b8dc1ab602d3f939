"""Read and validate TKSK activity logs and post rosters from CSV, tab-separated text or XLSX.

* ``read``, ``text``, ``xlsx``: what kind of file it is, guards before parsing, every cell read as text (codes
  stay codes: "16.10" never becomes 16.1; an XLSX is read as stored values, a formula never evaluated);
* ``parse`` (cell rules) and ``rules`` (row rules, rules over the file): each rule written once;
* ``fast`` decides clean logs on distinct values, ``validate`` reports every problem of the others with file,
  spreadsheet row, column, value and a reason in Indonesian and English. Personal-data columns are dropped and
  named by their kind; personal data in free text is masked.
"""

from tksk.logs.limits import MAX_BYTES, MAX_COLUMNS, MAX_ROWS
from tksk.logs.raw import KIND_LABELS, KINDS, RawTable, detect_kind
from tksk.logs.read import read_raw
from tksk.logs.rules import RULES, Reference, Rule, row_hash
from tksk.logs.validate import ReadResult, read_file, validate_frame

__all__ = ["KINDS", "KIND_LABELS", "MAX_BYTES", "MAX_COLUMNS", "MAX_ROWS", "RULES", "RawTable", "ReadResult",
           "Reference", "Rule", "detect_kind", "read_file", "read_raw", "row_hash", "validate_frame"]
