"""Text tables as Excel and clerks write them: CSV with commas or semicolons, tab-separated text, Excel's
UTF-16 "Unicode text", a ``sep=;`` first line, old-Mac line endings, title rows above the header.

Everything is turned into UTF-8 with ``\\n`` line ends once, then Arrow reads the rows after the header on every
core. Row numbers stay spreadsheet rows when blank lines sit between records.
"""

from __future__ import annotations

import codecs
import csv
import functools
import itertools
import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from tksk import pii
from tksk.logs import limits
from tksk.logs.raw import RawTable, cell_types, find_header, header_score, raw_table
from tksk.problems import InputRejected, problem

# A quote never closed makes one field of the rest of the file; Python's csv module (used to find the row it opened
# in) stops at 128 KB with an error of its own, so its limit is the largest text a file may hold.
csv.field_size_limit(max(csv.field_size_limit(), 4 * limits.MAX_BYTES))

SEPARATORS = {",": ("koma", "comma"), ";": ("titik koma", "semicolon"), "\t": ("tab", "tab")}
_FILLED = re.compile(rb"\S")
_SEP_LINE = re.compile(rb"^sep=(.)[ \t]*(?:\r\n|\n|\r|$)")
# A well-formed UTF-8 sequence of two to four bytes: Windows-1252 text all but never holds one.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                            rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                            rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def _recognised(name: str, what: str, what_en: str):
    return problem(name, "recognised", what=what, what_en=what_en)


_CONTROL = re.compile(rb"[\x01-\x08\x0b\x0c\x0e-\x1f]")


def _utf16_order(raw: bytes) -> str | None:
    """UTF-16 without a byte-order mark: every other byte of plain text is NUL."""
    head = raw[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


# The bytes of typographic quotes and dashes, which is what an Indonesian note holds beyond ASCII: in Mac Roman
# (Excel for Mac's "CSV (Macintosh)") and in Windows-1252. Read as Windows-1252, a Mac file's notes were stored as
# "JumÕat", "rusak Ð tidak", "ÒHarapanÓ". Not Mac Roman's ellipsis: it is Windows-1252's "É".
_MAC_PUNCTUATION = b"\xd0\xd1\xd2\xd3\xd4\xd5"
_WINDOWS_PUNCTUATION = b"\x85\x91\x92\x93\x94\x96\x97"


def _mac_roman(raw: bytes) -> bool:
    """Whether text that is not UTF-8 holds Mac Roman's punctuation and none of Windows-1252's."""
    return (any(raw.count(bytes([b])) for b in _MAC_PUNCTUATION)
            and not any(raw.count(bytes([b])) for b in _WINDOWS_PUNCTUATION))


def _zero_run(raw: bytes) -> int:
    """Where the first run of eight zero bytes starts, or -1. A single zero byte is looked for first (memchr): a
    search for the run itself took 70 ms over a file of a million rows that holds none."""
    first = raw.find(b"\x00")
    return first if first < 0 else raw.find(b"\x00" * 8, first)


def decode(raw: bytes, name: str) -> tuple[bytes, list, bool]:
    """The text as UTF-8 bytes with ``\\n`` line ends, what was recognised on the way, and whether it is UTF-8 with
    some bytes that are not (kept as escapes, see ``_not_utf8``)."""
    notices, mixed = [], False
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # Before UTF-16: UTF-32's little-endian mark begins with UTF-16's, and its text read so was "a stray quote".
        try:
            raw = raw.decode("utf-32").encode("utf-8")
        except UnicodeError:
            raise InputRejected([problem(name, "encoding")]) from None
        notices.append(_recognised(name, "teks Unicode (UTF-32)", "Unicode text (UTF-32)"))
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_order(raw):
        enc = "utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else _utf16_order(raw)
        try:
            raw = raw.decode(enc).encode("utf-8")
        except UnicodeError:
            raise InputRejected([problem(name, "encoding")]) from None
        notices.append(_recognised(name, "teks Unicode (UTF-16) dari Excel", "Unicode text (UTF-16) from Excel"))
    elif (nul := _zero_run(raw)) >= 0 and _CONTROL.search(raw, 0, nul) is None and b"\n" in raw[:nul]:
        # Text up to a run of zero bytes is a copy cut short or a damaged disk (a USB stick pulled out), not a file
        # of another kind: said with the row where the zeros start. (A single NUL in a note is a stray character,
        # stored as a space.)
        ends = not raw[nul:].strip(b"\x00")
        raise InputRejected([problem(name, "zero_bytes_end" if ends else "zero_bytes", row=raw.count(b"\n", 0, nul) + 1)])
    elif b"\x00" in raw[:4096]:
        raise InputRejected([problem(name, "not_table", what="berkas biner", what_en="a binary file")])
    else:
        bom = raw.startswith(codecs.BOM_UTF8)
        if bom:
            raw = raw[3:]
        if not raw.isascii():
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                if bom or _UTF8_SEQUENCE.search(raw):
                    # UTF-8 but for a few bytes (a row typed or pasted in Windows-1252): read whole as Windows-1252,
                    # every UTF-8 letter would be garbled ("—" as "â€”"). The bytes are kept as escapes for
                    # read_text to name their rows once it knows the layout.
                    raw, mixed = raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogatepass"), True
                elif _mac_roman(raw):
                    raw = raw.decode("mac_roman").encode("utf-8")
                    notices.append(_recognised(name, "teks Macintosh (Mac Roman)", "Macintosh (Mac Roman) text"))
                else:
                    try:
                        raw = raw.decode("cp1252").encode("utf-8")
                    except UnicodeDecodeError:
                        raise InputRejected([problem(name, "encoding")]) from None
                    notices.append(_recognised(name, "teks Windows-1252", "Windows-1252 text"))
    # Ctrl-Z (0x1A) at the very end is the DOS end-of-file mark `copy maret.csv+april.csv gabung.csv` adds when it
    # joins two months' files: the end of the text, not a last row "with 1 cell" (red-team round 9). Looked for in the
    # last bytes only (no copy of a large file otherwise).
    if b"\x1a" in raw[-8:]:
        cut = len(raw)
        while cut and raw[cut - 1] in b"\r\n\x1a":
            cut -= 1
        raw = raw[:cut] + b"\n"
    # Lines ended by CR alone (old Mac), a line feed typed inside a quoted cell or not: more CRs than LFs and no CRLF
    # (a file of a few such cells was read as one line and refused as having no header).
    if b"\r" in raw and b"\r\n" not in raw and raw.count(b"\r") > raw.count(b"\n"):
        raw = raw.replace(b"\r", b"\n")
        notices.append(_recognised(name, "akhir baris Mac lama (CR)", "old Mac line ends (CR)"))
    return raw, notices, mixed


def _first_lines(text: bytes, n: int) -> list[bytes]:
    lines = text[:1 << 16].split(b"\n")[:n]
    return [ln.rstrip(b"\r") for ln in lines]


def _split(line: bytes, sep: str) -> list[str]:
    try:
        return next(csv.reader([line.decode("utf-8", "replace")], delimiter=sep), [])
    except csv.Error:
        return []


def _first_records(text: bytes, sep: str, n: int) -> list[tuple[list[str], int]]:
    """The first ``n`` records read with ``sep``, quotes honoured, each with the offset where the next one starts:
    Excel saves a header cell typed with Alt+Enter as a quoted cell holding a line break."""
    lines = text[:1 << 16].split(b"\n")
    ends = list(itertools.accumulate(len(ln) + 1 for ln in lines))
    out = []
    reader = csv.reader((ln.decode("utf-8", "replace") + "\n" for ln in lines), delimiter=sep)
    try:
        for rec in reader:
            out.append((rec, min(ends[reader.line_num - 1], len(text))))
            if len(out) == n:
                break
    except csv.Error:
        pass
    return out


def _line_records(text: bytes, sep: str, n: int) -> list[tuple[list[str], int]]:
    """The first ``n`` lines each read as a record: a stray quote in a title row cannot run on into the header."""
    out, at = [], 0
    for ln in text[:1 << 16].split(b"\n")[:n]:
        at = min(at + len(ln) + 1, len(text))
        out.append((_split(ln.rstrip(b"\r"), sep), at))
    return out


def _refuse_a_header_further_down(records: list[list], name: str) -> None:
    """No header among the first rows: when one is further down (a long letterhead, blank lines), the file is
    refused with that row named, not read with its first line as the header (one message per data row followed,
    "this row has 16 cells, the header 1")."""
    at = next((i for i, r in enumerate(records) if i >= limits.HEADER_SEARCH_ROWS and header_score(r) >= 2), None)
    if at is not None:
        raise InputRejected([problem(name, "header_too_low", row=at + 1)])


def _layout(text: bytes, sep_hint: str | None) -> tuple[str, int, list[str], int]:
    """The separator, the index of the header record among the first ones (its spreadsheet row less one), its
    cells, and the offset where the rows under it start."""
    n = limits.HEADER_SEARCH_ROWS
    best = (-1, ",", [])
    # Records (a header cell may hold a line break); lines only when no record is a header (a quote opened in a
    # title row and never closed runs on over the header).
    for read in (_first_records, _line_records):
        for sep in [sep_hint] if sep_hint else list(SEPARATORS):
            records = read(text, sep, n)
            score = header_score(records[find_header([r for r, _ in records])][0]) if records else 0
            if score > best[0]:
                best = (score, sep, records)
        if best[0] >= 2:
            break
    score, sep, records = best
    if score < 2 and not sep_hint:
        first = _first_lines(text, 1)
        sep = max(SEPARATORS, key=lambda s: (first[0] if first else b"").count(s.encode()))
        records = _first_records(text, sep, 1) or _line_records(text, sep, 1)
        i = 0
    else:
        i = find_header([r for r, _ in records])
    header, body_start = records[i] if records else ([], len(text))
    return sep, i, header, body_start


def _not_utf8(text: bytes, sep: str, header_at: int, header: list[str], name: str) -> list:
    """Each cell holding a byte that is not UTF-8 (``decode`` kept it as an escape), at its spreadsheet row and
    column, with the letter it is in Windows-1252."""
    out = []
    lines = text.decode("utf-8", "surrogatepass").split("\n")
    reader = csv.reader((ln + "\n" for ln in lines), delimiter=sep)
    for i, rec in enumerate(reader):
        for j, cell in enumerate(rec):
            bad = [c for c in cell if "\udc80" <= c <= "\udcff"]
            if not bad or len(out) >= limits.MAX_PROBLEMS:
                continue
            byte = ord(bad[0]) - 0xDC00
            letter = bytes([byte]).decode("cp1252", "replace")
            shown = "".join(bytes([ord(c) - 0xDC00]).decode("cp1252", "replace") if c in bad else c for c in cell)
            column = header[j] if i > header_at and j < len(header) else None
            where = ("kepala tabel", "the header") if i == header_at else ("baris judul", "a title row") \
                if i < header_at else (f"kolom {column}", f"column {column}") if column else ("", "")
            out.append(problem(name, "not_utf8", row=i + 1, column=column, value=shown, at=i + 1,
                               where=where[0], where_en=where[1], byte=f"0x{byte:02X}", letter=letter))
    return out


def _lines(text: bytes, start: int) -> tuple[int, int]:
    """Where the text ends but for its last line breaks, and how many lines it has from ``start`` to there."""
    end = len(text)
    while end > start and text[end - 1] in b"\r\n":
        end -= 1
    return end, text.count(b"\n", start, end) + 1


@functools.lru_cache(maxsize=8)
def _record_pattern(sep: str) -> re.Pattern:
    """One record as the csv module reads it (``strict`` off, quotes doubled inside a quoted cell), and the line
    break that ends it: a quote opens a cell only at its start, is literal inside a cell that did not start with one,
    and a quote never closed runs on to the end of the text."""
    s = re.escape(sep.encode("utf-8"))
    field = rb'(?:"[^"]*+(?:""[^"]*+)*+"?)?+[^' + s + rb'\r\n]*+'
    # A line without quotes is one record, passed over whole (cell by cell, a line of 24 million commas took 0,5 s).
    plain = rb'[^"\r\n]*+(?=[\r\n]|\Z)'
    return re.compile(rb"(" + plain + rb"|" + field + rb"(?:" + s + field + rb")*+)(?:\r\n|\r|\n|\Z)")


def _records(body: bytes, sep: str):
    """Where each record of ``body`` starts and ends, its line break aside; a blank line is an empty record, as the
    csv module reads it (which row numbers follow). Found by one regular expression in place: the csv module built
    every cell, and a quote never closed made one cell of the rest of the file (24 MB of text held four times over,
    as a ``StringIO`` and as the reader's buffer)."""
    for m in _record_pattern(sep).finditer(body):
        if m.start() == len(body):  # the empty match after the text's last line break
            break
        yield m.start(), m.end(1)


def _record_rows(text: bytes, start: int, end: int, lines: int, sep: str, first_row: int,
                 records: int) -> np.ndarray | None:
    """Spreadsheet row of each record from ``start`` on when blank lines sit between records (Arrow skips them),
    else None (as many lines as records: none was blank)."""
    if records == 0 or records >= lines:
        return None
    body = text[start:end]
    if b'"' not in body:
        lines = body.split(b"\n")
        filled = np.array([bool(ln.strip(b"\r")) for ln in lines])
        return np.flatnonzero(filled).astype(np.int64) + first_row
    # A spreadsheet shows a quoted cell's line breaks inside one row: rows are records (a blank line is a blank
    # record, and a row), not the text's lines.
    rows = [first_row + i for i, (a, b) in enumerate(_records(body, sep)) if b > a]
    return np.array(rows, dtype=np.int64)


def _runs_to_end(text: bytes, value: bytes, sep: str) -> bool:
    """Whether ``value`` (a cell's UTF-8 text) is a cell whose quote was opened and never closed before the end of
    the text: Arrow reads such a cell to the end, and the text then ends with the cell as written, right after its
    opening quote."""
    written = value.replace(b'"', b'""')
    at = len(text) - len(written) - 1
    return (at >= 0 and text.endswith(written) and text[at:at + 1] == b'"'
            and (at == 0 or text[at - 1:at] in (sep.encode(), b"\n")))


@functools.lru_cache(maxsize=32)
def _row_inside(sep: str, separators: int, binary: bool) -> re.Pattern:
    """A line break, then a line holding at least ``separators`` separators (possessive: a long line without them
    is passed over once)."""
    s = re.escape(sep)
    pattern = rf"\n(?:[^\n{s}]*+{s}){{{separators}}}"
    return re.compile(pattern.encode("utf-8") if binary else pattern)


def _holds_rows(value: str | bytes, sep: str, width: int) -> bool:
    """Whether a cell's text holds, after a line break, a line with as many separators as the header: the rows
    after a quote that was never closed. Searched in place, stopping at the first such line: split into lines, the
    rest of a 24 MB file took 8 million strings."""
    return _row_inside(sep, max(width - 1, 2), isinstance(value, (bytes, bytearray))).search(value) is not None


def _cell(col: pa.ChunkedArray, k: int) -> bytes | None:
    """Cell ``k`` of a text column as UTF-8 bytes, copied once from Arrow's buffer (as a Python string, a cell
    holding the rest of the file was decoded, then copied again to be escaped and encoded)."""
    value = col[k]
    if isinstance(value, pa.DictionaryScalar):
        value = value.value
    if value is None or not value.is_valid:
        return None
    return value.as_buffer().to_pybytes()


def _line_breaks(value: str | bytes) -> int:
    """The line breaks in a cell's text, not counting those it ends with (stripped from its tail only: a cell holding
    the rest of the file ends with a line break, and stripping the cell copied all of it)."""
    ends, lf = ("\r\n", "\n") if isinstance(value, str) else (b"\r\n", b"\n")
    tail = value[-4096:]
    kept = len(tail.rstrip(ends))
    if not kept and len(tail) < len(value):
        return value.rstrip(ends).count(lf)
    return value.count(lf, 0, len(value) - len(tail) + kept)


def _with_line_breaks(col: pa.ChunkedArray) -> np.ndarray:
    """Positions of the cells holding a line break (looked for in each distinct value once)."""
    arr = col.combine_chunks()
    if pa.types.is_dictionary(arr.type):
        hit = np.flatnonzero(pc.match_substring(arr.dictionary, "\n").fill_null(False).to_numpy(zero_copy_only=False))
        if not len(hit):
            return hit
        rows = pc.is_in(arr.indices, value_set=pa.array(hit, arr.indices.type))
    else:
        rows = pc.match_substring(arr, "\n")
    return np.flatnonzero(rows.fill_null(False).to_numpy(zero_copy_only=False))


def _unclosed_quotes(table: pa.Table, text: bytes, sep: str, header: list[str], rows: np.ndarray, broken: bool,
                     name: str) -> list:
    """Each cell whose opening quote was never closed, so that the rows after it were read as its text (Arrow
    accepts a quote running on to the end, or to the next quote in the file). Only cells holding line breaks
    are looked at, and only when the text has more lines than records (``broken``); the last row always, since a
    quote left open there takes nothing but the file's last line break. Each cell is kept as its count of line
    breaks, not its text: one such cell may hold the rest of the file."""
    found = {}
    last = table.num_rows - 1
    for j in range(table.num_columns):
        value = _cell(table.column(j), last) if last >= 0 else None
        if value and _runs_to_end(text, value, sep):
            found[(last, j)] = _line_breaks(value)
        value = None
        if broken:
            for k in _with_line_breaks(table.column(j))[:limits.MAX_PROBLEMS]:
                value = _cell(table.column(j), int(k))
                if _holds_rows(value, sep, len(header)):
                    found[(int(k), j)] = _line_breaks(value)
                value = None
    return [_unclosed(name, int(rows[k]), header[j], n) for (k, j), n in sorted(found.items())[:limits.MAX_PROBLEMS]]


def _unclosed(name: str, row: int, column: str | None, n: int):
    """The quote opened in ``row``'s cell ``column`` and never closed, with the ``n`` rows read as its text."""
    if n:
        lost = f"; baris {row + 1} sampai {row + n} sesudahnya" if n > 1 else f"; baris {row + 1} sesudahnya"
        lost_en = f"; rows {row + 1} to {row + n} after it were" if n > 1 else f"; row {row + 1} after it was"
        lost, lost_en = lost + " terbaca sebagai teks sel ini", lost_en + " read as this cell's text"
    else:
        lost, lost_en = " sampai akhir berkas", " before the end of the file"
    return problem(name, "unclosed_quote", row=row, column=column, at=row, col=column or "?", lost=lost,
                   lost_en=lost_en)


def _cells(body: bytes, a: int, b: int, sep: str, errors: str = "strict") -> list[str]:
    """The cells of the record from ``a`` to ``b``, read by the csv module (quotes, doubled quotes, line breaks in a
    quoted cell)."""
    return next(csv.reader([body[a:b].decode("utf-8", errors)], delimiter=sep), [])


def _trailing_separator(body: bytes, sep: str, width: int) -> bool:
    """Whether every record has one cell more than the header and that cell is empty (each row ends on a separator).
    A record without quotes is judged by counting its separators: a line of 24 million commas made a list of as
    many cells."""
    seen, sep_bytes = False, sep.encode("utf-8")
    for a, b in _records(body, sep):
        if a == b:
            continue
        if body.find(b'"', a, b) < 0:
            last = body.rfind(sep_bytes, a, b)
            if body.count(sep_bytes, a, b) != width or body[last + 1:b].decode("utf-8", "replace").strip():
                return False
        else:
            rec = _cells(body, a, b, sep, "replace")
            if len(rec) != width + 1 or rec[-1].strip():
                return False
        seen = True
    return seen


def _ragged_rows(body: bytes, sep: str, header: list[str], first_row: int, name: str) -> list:
    """Each record whose cell count differs from the header's, at its spreadsheet row (read again exactly, since
    Arrow's parallel reader does not know row numbers); a record cut short by a quote never closed is named as
    that quote. A record without quotes has its cells counted, not built."""
    out, width, sep_bytes = [], len(header), sep.encode("utf-8")
    for i, (a, b) in enumerate(_records(body, sep)):
        if len(out) >= limits.MAX_PROBLEMS:
            break
        if a == b:
            continue
        if body.find(b'"', a, b) < 0:
            got = body.count(sep_bytes, a, b) + 1
            if got != width:
                out.append(problem(name, "ragged_row", row=first_row + i, got=got, expected=width))
            continue
        rec = _cells(body, a, b, sep)
        if len(rec) != width:
            swallowed = [j for j, cell in enumerate(rec) if "\n" in cell and _holds_rows(cell, sep, width)]
            if swallowed:
                j = swallowed[0]
                out.append(_unclosed(name, first_row + i, header[j] if j < width else None, _line_breaks(rec[j])))
            else:
                out.append(problem(name, "ragged_row", row=first_row + i, got=len(rec), expected=width))
    return out or [problem(name, "unreadable", detail="baris tidak rata / ragged rows")]


_BLANK = b",;\t \r\n"


def _content_end(text: bytes) -> int:
    """Where the text ends but for separators, spaces and line breaks, looked for from the end a block at a time
    (stripping the whole text copied all of it: 0,09 s for a million rows)."""
    end = len(text)
    while end:
        block = text[max(end - 65536, 0):end]
        kept = len(block.rstrip(_BLANK))
        if kept:
            return end - len(block) + kept
        end -= len(block)
    return 0


def read_text(raw: bytes, name: str) -> RawTable:
    text, notices, mixed = decode(raw, name)
    sep_hint = None
    m = _SEP_LINE.match(text)
    if m:
        sep_hint = m.group(1).decode("utf-8", "replace")
        text = text[m.end():]
        notices.append(_recognised(name, f"baris pertama \"sep={sep_hint}\" (pemisah {SEPARATORS.get(sep_hint, (sep_hint,))[0]})",
                                   f"first line \"sep={sep_hint}\" ({SEPARATORS.get(sep_hint, ('', sep_hint))[1]} separator)"))
    if _FILLED.search(text) is None:
        raise InputRejected([problem(name, "empty")])
    sep, header_at, header, start = _layout(text, sep_hint)
    if header_score(header) < 2:
        _refuse_a_header_further_down([r for r, _ in _line_records(text, sep, limits.DEEP_HEADER_ROWS)], name)
    if mixed:
        raise InputRejected(_not_utf8(text, sep, header_at, header, name))
    if sep == "\t" and not sep_hint:
        notices.append(_recognised(name, "teks dipisah tab", "tab-separated text"))
    if header_at:
        notices.append(_recognised(name, f"{header_at} baris judul di atas kepala tabel dilewati (kepala tabel di baris "
                                         f"{header_at + 1})", f"{header_at} title rows above the header skipped (header "
                                                              f"in row {header_at + 1})"))
    # Excel saves a used range wider than the table as empty cells after the last title (",,,,"): those columns are
    # not the clerk's, and only the titled ones count against the limit.
    titled = len(header)
    while titled and not header[titled - 1].strip():
        titled -= 1
    if titled > limits.MAX_COLUMNS:
        raise InputRejected([problem(name, "too_many_columns", limit=limits.MAX_COLUMNS)])
    if len(header) > limits.MAX_TEXT_COLUMNS:
        # The clerk sees 16 columns; "more than 26 columns" sent them looking for columns that are not there.
        raise InputRejected([problem(name, "empty_columns_after", n=str(len(header) - titled),
                                     col_last=limits.column_letters(titled),
                                     col_first=limits.column_letters(titled + 1),
                                     col_end=limits.column_letters(len(header)))])
    # Blank records below the table (Excel writes one per row of a used range that runs far below it) are no rows:
    # cut before the row limit counts them, at the end of the last line with content.
    last = text.find(b"\n", _content_end(text))
    if 0 <= last < len(text) - 1:
        text = text[:last + 1]
    body = memoryview(text)[start:]
    header_row = header_at + 1
    names = [f"c{i}" for i in range(len(header))]
    quoted = text.find(b'"', start) >= 0
    if _FILLED.search(text, start) is None:
        return raw_table([pa.array([], pa.string()) for _ in names], header, header_row=header_row,
                         decimal_comma=(sep == ";"), notices=notices)
    def arrow_read(block_size: int | None = None) -> pa.Table:
        return pacsv.read_csv(
            pa.BufferReader(pa.py_buffer(body)),
            read_options=pacsv.ReadOptions(column_names=names, **({"block_size": block_size} if block_size else {})),
            parse_options=pacsv.ParseOptions(delimiter=sep, newlines_in_values=quoted),
            convert_options=pacsv.ConvertOptions(column_types=dict(zip(names, cell_types(header))), strings_can_be_null=True,
                                                 null_values=[""], quoted_strings_can_be_null=True))

    try:
        try:
            table = arrow_read()
        except pa.ArrowInvalid as exc:
            # One record longer than Arrow's block (1 MB): a quote never closed, or a cell of megabytes. Read again
            # in one block, so that the record is found and named like any other.
            if "straddl" not in str(exc):
                raise
            table = arrow_read(len(body) + 1)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        if "Expected" in str(exc) and "columns" in str(exc):
            if _trailing_separator(bytes(body), sep, len(header)):
                # Every row ends on a separator the header lacks (a database's "INTO OUTFILE"): one more, empty,
                # untitled column, not every row refused as ragged.
                header, names = header + [""], names + [f"c{len(names)}"]
                table = arrow_read(len(body) + 1)
            else:
                raise InputRejected(_ragged_rows(bytes(body), sep, header, header_row + 1, name)) from None
        else:
            raise InputRejected([problem(name, "unreadable", detail=pii.mask(str(exc).splitlines()[0][:120]))]) from None
    if table.num_rows > limits.MAX_ROWS:
        raise InputRejected([problem(name, "too_many_rows", limit=limits.number(limits.MAX_ROWS))])
    table = table.unify_dictionaries().combine_chunks()
    end, lines = _lines(text, start)
    rows = _record_rows(text, start, end, lines, sep, header_row + 1, table.num_rows)
    if quoted:
        numbers = rows if rows is not None else np.arange(table.num_rows, dtype=np.int64) + header_row + 1
        unclosed = _unclosed_quotes(table, text, sep, header, numbers, table.num_rows < lines, name)
        if unclosed:
            raise InputRejected(unclosed)
    return raw_table([table.column(i) for i in range(table.num_columns)], header, header_row=header_row, rows=rows,
                     decimal_comma=(sep == ";"), notices=notices)
