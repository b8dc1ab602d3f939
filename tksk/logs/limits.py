"""Limits on what an import reads, all checked before any reader touches the cells.

They agree with each other: a typical log row takes about 110 bytes of CSV, so 100,000 rows make about 11 MB
(22 MB as Excel's UTF-16 "Unicode text"), under the byte limit; a row limit that the byte limit reached first
could never apply. Within these limits a file is read and checked in under 500 MB of memory (the figure
measured for the worst files is in the README).
"""

MAX_BYTES = 25 * 1024 * 1024
MAX_ROWS = 100_000
# Columns A to Z: the template has 16, which leaves room for a clerk's own columns (dropped on import).
MAX_COLUMNS = 26
# Columns of a text file counting the untitled ones after the last title (Excel writes a used range wider than the
# table as empty cells): a bound on what Arrow parses, far above any sheet's stray formatting.
MAX_TEXT_COLUMNS = 256
# A header is looked for in the first rows: a title row or two above it is common in office files, and a
# letterhead (government, office, address, report title, kecamatan, month, blank lines) takes ten lines or more.
HEADER_SEARCH_ROWS = 30
# Where no header is among them, a header further down (up to this row) is named in the refusal.
DEEP_HEADER_ROWS = 1000
# A cell longer than any column allows (500 characters at most) is cut here when read; it is still too long.
MAX_CELL_CHARS = 501
# Problems listed per file; the rest are counted in one more line.
MAX_PROBLEMS = 1000

# XLSX is a zip of XML parts: each limit below is checked from the zip directory before anything is unpacked,
# then again while the parts a reader will open are streamed (a directory can lie about sizes).
XLSX_MAX_MEMBERS = 1000
XLSX_MAX_UNPACKED = 64 * 1024 * 1024
XLSX_MAX_RATIO = 100
# Parts smaller than this are not judged by their ratio (a tiny XML part often packs 20:1).
XLSX_RATIO_FLOOR = 1024 * 1024


def mb(n: int) -> int:
    return n // (1024 * 1024)


def number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def cut(text: str) -> str:
    """A cell's text cut to ``MAX_CELL_CHARS`` when longer, still too long once stripped as every cell is: a cut
    that ended on a space ("… banjir besar" cut after "banjir ") lost a character to the strip and was accepted at
    500, where the same note in a CSV file was refused."""
    if len(text) <= MAX_CELL_CHARS:
        return text
    text = text.lstrip()
    if len(text) <= MAX_CELL_CHARS:
        return text
    text = text[:MAX_CELL_CHARS]
    return text if not text[-1].isspace() else text[:-1] + "…"


def column_letters(n: int) -> str:
    """A spreadsheet's name of column ``n``: 1 -> A, 26 -> Z, 27 -> AA."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
