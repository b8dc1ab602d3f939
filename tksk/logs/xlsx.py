"""XLSX files: guards on the zip and on the sheet before any reader touches the cells, then a bounded read.

An XLSX is a zip of XML parts, and python-calamine allocates the whole rectangle from A1 to the farthest cell
(one cell at XFD1048576 asks for 512 GB). So, in order:

1. the zip directory: the number of parts (from the end record, before the directory itself is parsed), their
   unpacked total and each part's compression ratio;
2. every XML part a reader could open is streamed once (which also proves its stated size and checksum); the
   sheet to read is chosen by the header in the first rows of each visible sheet (read from the start of each,
   those rows only); every worksheet's XML is scanned: its declared dimension's rows, every row and every cell
   holding something must lie within the row and column limits (a cell only formatted, which Excel writes for a
   header coloured beyond the table, holds nothing a reader keeps); formulas without a stored value, cells holding an error value (a
   failed formula's #N/A, which a reader gives as an empty cell), numbers in cells formatted as percent (2.5
   typed there is stored as 0.025), dates shown without their day and text crossed out are noted on the sheet
   read, from the styles part (read as it is streamed; one that cannot be read refuses the file) and the strings;
3. only then calamine reads that one sheet, and rows are turned into Arrow text columns a block at a time.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from xml.etree import ElementTree
from xml.parsers import expat

import pyarrow as pa

from tksk import schema
from tksk.logs import limits
from tksk.logs.limits import column_letters
from tksk.logs.raw import (KIND_LABELS, KINDS, KNOWN_HEADERS, TEXT, RawTable, find_header, header_aliases,
                           header_score, norm_header, raw_table)
from tksk.problems import InputRejected, known_title, problem

_P = rb"(?:[A-Za-z_][\w.\-]*:)?"  # an optional namespace prefix: readers ignore it, so must the guards
_CHUNK = 1 << 20
_BLOCK = 4096
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_STRICT_NS = "{http://purl.oclc.org/ooxml/spreadsheetml/main}"


def column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def _gt_letters(n: int) -> bytes:
    """A regex for a column name beyond column ``n``."""
    s = column_letters(n)
    alts = [f"[A-Z]{{{len(s) + 1},}}"]
    alts += [s[:i] + f"[{chr(ord(c) + 1)}-Z]" + "[A-Z]" * (len(s) - i - 1) for i, c in enumerate(s) if c != "Z"]
    return ("(?:" + "|".join(alts) + ")").encode()


def row_limit() -> int:
    """Highest spreadsheet row a sheet may use: the data rows, a header and title rows above them."""
    return limits.MAX_ROWS + limits.HEADER_SEARCH_ROWS


# ------------------------------------------------------------------------------------------- the zip
def entry_count(path, name: str) -> int:
    """Parts in the zip, from its end record: read before ``zipfile`` parses (and allocates for) the directory."""
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 65557))
        tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        raise InputRejected([problem(name, "unreadable", detail="zip rusak / broken zip")])
    _, _, _, total, cd_size, _ = struct.unpack("<HHHHII", tail[at + 4:at + 20])
    if total == 0xFFFF or cd_size == 0xFFFFFFFF:  # ZIP64: never needed by a workbook within the byte limit
        raise InputRejected([problem(name, "xlsx_members", n="ZIP64", limit=limits.XLSX_MAX_MEMBERS)])
    return total


def open_zip(path, name: str) -> zipfile.ZipFile:
    n = entry_count(path, name)
    if n > limits.XLSX_MAX_MEMBERS:
        raise InputRejected([problem(name, "xlsx_members", n=limits.number(n), limit=limits.XLSX_MAX_MEMBERS)])
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise InputRejected([problem(name, "unreadable", detail=type(exc).__name__)]) from None
    if len(infos) > limits.XLSX_MAX_MEMBERS:
        raise InputRejected([problem(name, "xlsx_members", n=limits.number(len(infos)), limit=limits.XLSX_MAX_MEMBERS)])
    total = sum(i.file_size for i in infos)
    if total > limits.XLSX_MAX_UNPACKED:
        raise InputRejected([problem(name, "xlsx_unpacked", limit=limits.mb(limits.XLSX_MAX_UNPACKED))])
    for i in infos:
        if i.flag_bits & 0x1:
            raise InputRejected([problem(name, "encrypted")])
        _check_ratio(i.file_size, i.compress_size, name)
    return zf


# A start tag's attributes to the tag's end, quoted values read whole (XML allows ">" inside a value, never "<");
# linear: each alternative starts with a different character, and none runs past the next "<".
_ATTRIBUTES = rb"(?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*"
_SST_TAG = re.compile(rb"<" + _P + rb"sst\b" + _ATTRIBUTES + rb">")
_UNIQUE_COUNT = re.compile(rb"\suniqueCount\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def check_declared_strings(zf: zipfile.ZipFile, part: str | None, name: str) -> None:
    """A reader reserves memory for the number of shared strings the part declares before reading one: 2 billion
    declared in a 6 KB file asked for 48 GB, and the process was killed, not an error raised. A declared number
    the part's own size cannot hold (each string takes at least the five bytes of ``<si/>``) is refused."""
    for candidate in {part, "xl/sharedStrings.xml"} - {None}:
        try:
            info = zf.getinfo(candidate)
            with zf.open(info) as fh:
                head = fh.read(_HEAD_CHUNK)
        except (KeyError, zipfile.BadZipFile, EOFError, OSError, NotImplementedError, zlib.error):
            continue
        tag = _SST_TAG.search(head)
        if tag is None and info.file_size > len(head):  # Excel writes it in the first hundred bytes
            raise InputRejected([problem(name, "unreadable", detail=candidate)])
        m = _UNIQUE_COUNT.search(tag.group()) if tag else None
        if m is None:
            continue
        declared = (m.group(1) if m.group(1) is not None else m.group(2)).strip()
        if not declared.isdigit() or not declared.isascii():  # "+2e9", an entity: no writer's, and a reader's guess
            raise InputRejected([problem(name, "unreadable", detail=candidate)])
        if int(declared) > info.file_size // 5 + 1:
            raise InputRejected([problem(name, "xlsx_strings", n=limits.number(int(declared)),
                                         size=limits.number(info.file_size))])


def _check_ratio(unpacked: int, packed: int, name: str) -> None:
    if unpacked > limits.XLSX_RATIO_FLOOR and unpacked > limits.XLSX_MAX_RATIO * max(packed, 1):
        raise InputRejected([problem(name, "xlsx_ratio", ratio=limits.number(unpacked // max(packed, 1)))])


def _stream(zf: zipfile.ZipFile, part: str, name: str, budget: list[int]):
    """The unpacked bytes of one part, a chunk at a time, within what is left of the unpacked budget."""
    info = zf.getinfo(part)
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                budget[0] -= len(chunk)
                if budget[0] < 0:
                    raise InputRejected([problem(name, "xlsx_unpacked", limit=limits.mb(limits.XLSX_MAX_UNPACKED))])
                yield chunk
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as exc:
        raise InputRejected([problem(name, "unreadable", detail=type(exc).__name__)]) from None


def _read_part(zf, part, name, budget, cap=8 << 20) -> bytes:
    data = b"".join(_stream(zf, part, name, budget))
    if len(data) > cap:
        raise InputRejected([problem(name, "xlsx_unpacked", limit=limits.mb(cap))])
    return data


# ------------------------------------------------------------------------------------------- the sheets
_STYLE_VALUE = re.compile(rb'\ss\s*=\s*["\x27]([0-9]+)["\x27]')  # every cell style a chunk names
# Every element whose local name is "sheet" (not "sheets", "sheetView"), and the relation id as the reader takes it.
# Any prefix (an XML name may hold letters of any script: "é:sheet" passed an ASCII pattern; review 2026-12-06).
_SHEET_TAG = re.compile(rb"<(?:[^\s<>/!?:=\"']+:)?sheet(?=[\s/>])[^>]*>")
_LITERAL_ID = re.compile(rb"\s(?:r|relationships):id\s*=\s*[\"']([^\"']*)[\"']")


def _workbook(zf: zipfile.ZipFile, name: str, budget) -> tuple[list[tuple[str, str, bool]], dict[str, str]]:
    """(name, part, visible) of every worksheet, in workbook order; and the workbook's other parts by the end of
    their relation type ("sharedStrings", "styles")."""
    try:
        raw = _read_part(zf, "xl/workbook.xml", name, budget)
        book = ElementTree.fromstring(raw)
        rels = ElementTree.fromstring(_read_part(zf, "xl/_rels/workbook.xml.rels", name, budget))
    except (KeyError, ElementTree.ParseError):
        raise InputRejected([problem(name, "unreadable", detail="xl/workbook.xml")]) from None
    if book.tag.startswith(_STRICT_NS):
        # Excel's "Strict Open XML Spreadsheet": every part in other names; its sheets read as none ("no visible
        # worksheet") beside a sheet the clerk sees.
        raise InputRejected([problem(name, "xlsx_strict")])
    targets, others = {}, {}
    for r in rels.iter(f"{_PKG_REL_NS}Relationship"):
        t = r.get("Target", "")
        t = t.lstrip("/") if t.startswith("/") else "xl/" + t
        if r.get("Type", "").endswith("/worksheet"):
            targets[r.get("Id")] = t
        else:
            others.setdefault(r.get("Type", "").rsplit("/", 1)[-1], t)
    ids = [r.get("Id") for r in rels.iter(f"{_PKG_REL_NS}Relationship")]
    names = [s.get("name", "") for s in book.iter(f"{_MAIN_NS}sheet")]
    # Excel allows neither; a reader could resolve them otherwise than this guard does.
    if len(set(ids)) != len(ids) or len({n.lower() for n in names}) != len(names):
        raise InputRejected([problem(name, "unreadable", detail="lembar atau relasi ganda / duplicate sheets or relations")])
    # The reader (calamine) lists every element named "sheet" in any namespace and takes its relation from the
    # attribute written "r:id" (or "relationships:id") whatever that prefix is bound to: a sheet of another namespace
    # before the real one, or "r:" bound elsewhere beside the right id under another prefix, made it open a part this
    # guard never scanned, and a 3,8 KB upload with a cell at XFD1048576 there killed the server (red-team 2026-12-06).
    # Refused where the two readings could differ.
    tags = _SHEET_TAG.findall(raw)
    literal = [_LITERAL_ID.findall(tag) for tag in tags]
    resolved = [s.get(f"{_REL_NS}id") for s in book.iter(f"{_MAIN_NS}sheet")]
    if len(tags) != len(resolved) or any(len(ids) != 1 or ids[0].decode("utf-8", "replace") != rid
                                         for ids, rid in zip(literal, resolved)):
        raise InputRejected([problem(name, "unreadable", detail="lembar ganda atau berbeda nama ruang / sheets declared twice or in other namespaces")])
    out = []
    for s in book.iter(f"{_MAIN_NS}sheet"):
        part = targets.get(s.get(f"{_REL_NS}id"))
        if part:
            out.append((s.get("name", ""), part, s.get("state", "visible") == "visible"))
    return out, others


@dataclass(frozen=True)
class Table:
    """A table recognised by its header among a sheet's first rows."""

    kind: str
    header_row: int  # spreadsheet row
    share: float  # of the kind's required columns the header names
    named: int = 0  # how many of them: between equal shares, the fuller header (a log's six over a summary's two)


_ALIASES = {kind: header_aliases(model) for kind, model in KINDS.items()}
_REQUIRED = {kind: set(schema.required_in_file(model)) for kind, model in KINDS.items()}


def _titles_of(value_kind: str) -> set[str]:
    """Every normalised title of a column of that kind of value ("hours", "count"), in any kind of file."""
    return {alias for kind, aliases in _ALIASES.items() for alias, column in aliases.items()
            if schema.columns(KINDS[kind])[column].metadata.get("kind") == value_kind}


_HOURS, _COUNTS, _MONTHS = _titles_of("hours"), _titles_of("count"), _titles_of("month")
# An activity's days (tanggal, tanggal_hasil): a roster's period may start in a month as a whole.
_DAYS = {alias for alias, column in _ALIASES["log"].items()
         if schema.columns(KINDS["log"])[column].metadata.get("kind") == "date"}


def recognise(first_rows: list[list]) -> Table | None:
    """The table whose header is among ``first_rows`` (the sheet's rows from row 1): the header found as for the
    sheet read (``find_header``), and a kind when it names at least two of that kind's required columns and at
    least half of them. A summary sheet ('Rekap': kecamatan, people, hours) or the template's column guide (one
    column per row) names fewer and is no table."""
    if not first_rows:
        return None
    at = find_header(first_rows)
    if header_score(first_rows[at]) < 2:
        return None
    titles = {norm_header(c) for c in first_rows[at] if c is not None}
    best = None
    for kind, aliases in _ALIASES.items():
        named = {aliases[t] for t in titles if t in aliases} & _REQUIRED[kind]
        share = len(named) / len(_REQUIRED[kind])
        if len(named) >= 2 and share >= 0.5 and (best is None or share > best.share):
            best = Table(kind, at + 1, share, len(named))
    return best


def choose_sheet(sheets, kind_hint: str | None, name: str, tables: dict[str, Table] | None = None):
    """The sheet to read: a visible sheet named after the kind ('log'), else the visible sheet whose header is
    recognised best (the first of equals), else the first visible sheet."""
    visible = [s for s in sheets if s[2]]
    if not visible:
        raise InputRejected([problem(name, "no_sheet")])
    wanted = {kind_hint} if kind_hint else {"log", "roster", "kebutuhan"}
    named = next((s for s in visible if s[0].strip().lower() in wanted), None)
    if named:
        return named
    tables = tables or {}
    fitting = [s for s in visible if s[1] in tables and (kind_hint is None or tables[s[1]].kind == kind_hint)]
    return max(fitting, key=lambda s: (tables[s[1]].share, tables[s[1]].named)) if fitting else visible[0]


def other_tables(sheets, chosen, tables: dict[str, Table]) -> dict[str, Table]:
    """The other visible sheets holding a table of the chosen sheet's kind, by part: their rows would be lost."""
    kind = tables[chosen[1]].kind if chosen[1] in tables else chosen[0].strip().lower()
    return {p: tables[p] for _, p, visible in sheets
            if visible and p != chosen[1] and p in tables and tables[p].kind == kind}


# The first rows of a sheet are read from the start of its part: at most this much, wherever the rows end.
_HEAD_BYTES = 4 << 20
_HEAD_CHUNK = 64 << 10
# Every tag, or the text between two tags; attributes hold no "<", so a stray "<" costs one step, never a rescan.
_HEAD_TOKEN = re.compile(rb"<(/?)(?:[A-Za-z_][\w.\-]*:)?([A-Za-z]+)([^<>]*)>|([^<]+)")
_ROW_NUMBER = re.compile(rb"\br\s*=\s*[\"']([0-9]+)[\"']")
_CELL_TYPE = re.compile(rb"\bt=[\"']([A-Za-z]+)[\"']")
_ROW_OPENING = re.compile(rb"<" + _P + rb"row[\s/>]")


def head_rows(zf: zipfile.ZipFile, part: str, n: int) -> list[list]:
    """The cells of a sheet's first ``n`` rows as its XML holds them: text, or ("s", i) for shared string i.

    Only the start of the part is read, up to the row after them; a part cut short or broken gives what was read
    (the scan of the whole sheet names what is wrong with it)."""
    buf, begun, at = b"", 0, 0
    try:
        with zf.open(part) as fh:
            while len(buf) < _HEAD_BYTES:
                chunk = fh.read(_HEAD_CHUNK)
                if not chunk:
                    break
                buf += chunk
                # Past row n once n + 1 rows have begun (rows are in order, each numbered at least its place).
                for m in _ROW_OPENING.finditer(buf, at):
                    begun, at = begun + 1, m.end()
                at = max(at, len(buf) - 16)
                if begun > n or b"sheetData>" in buf[-len(chunk) - 16:]:
                    break
    except (KeyError, zipfile.BadZipFile, EOFError, OSError, NotImplementedError, zlib.error):
        pass
    grid: list[list] = [[] for _ in range(n)]
    row, cell, into, phonetic = 0, None, None, False
    for m in _HEAD_TOKEN.finditer(buf):
        text = m.group(4)
        if text is not None:
            if into is not None and cell is not None:
                cell[into] += text
            continue
        closing, tag, attrs = m.group(1), m.group(2), m.group(3)
        empty = attrs.endswith(b"/")
        if tag == b"row" and not closing:
            r = _ROW_NUMBER.search(attrs)
            row = int(r.group(1)) if r else row + 1
            if row > n:
                break
        elif tag == b"c":
            if not closing and not empty:
                t = _CELL_TYPE.search(attrs)
                cell = [t.group(1) if t else b"n", b"", b""]  # type, <v>, the <t> of an inline string
            elif closing and cell is not None:
                if 1 <= row <= n:
                    grid[row - 1].append(_head_value(cell))
                cell = None
        elif tag == b"v":
            into = 1 if not closing and not empty else None
        elif tag == b"t":
            into = 2 if not closing and not empty and not phonetic else None
        elif tag == b"rPh":
            phonetic = not closing and not empty
        elif tag == b"sheetData" and closing:
            break
    return grid


def _head_value(cell: list):
    kind, value, inline = cell
    if kind == b"s":
        v = value.strip()
        return ("s", int(v)) if v.isdigit() and len(v) < 10 else None
    raw = inline if kind == b"inlineStr" else value
    return limits.cut(html.unescape(raw[:limits.MAX_CELL_CHARS * 4].decode("utf-8", "replace"))) or None


_SI = re.compile(rb"<" + _P + rb"si[\s/>]")
_TEXT = re.compile(rb"<(/?)" + _P + rb"(t|rPh)\b([^<>]*)>")


def _strings(zf: zipfile.ZipFile, part: str, chunk_size: int):
    """Each shared string of the part as (its number, its <si> bytes), streamed: strings are found by where each
    <si> begins (no element is built: a log's ids and notes are most of the part). A string ends where the next
    begins; the last may go on in the next chunk, unless the part ended. Stops quietly at a string longer than any
    cell could be, or a part that cannot be read (the reader judges it)."""
    i, carry = -1, b""
    try:
        with zf.open(part) as fh:
            while True:
                chunk = fh.read(chunk_size)
                buf = carry + chunk
                last = None
                for m in _SI.finditer(buf):
                    if last is not None:
                        i += 1
                        yield i, buf[last:m.start()]
                    last = m.start()
                if not chunk:
                    if last is not None:
                        yield i + 1, buf[last:]
                    return
                carry = buf[last:] if last is not None else b""
                if len(carry) > _HEAD_BYTES:
                    return
    except (KeyError, zipfile.BadZipFile, EOFError, OSError, NotImplementedError, zlib.error):
        return


def shared_strings(zf: zipfile.ZipFile, part: str | None, wanted: set[int]) -> dict[int, str]:
    """The shared strings numbered in ``wanted``, read from the start of the part up to the last of them; a string
    is the text of its <t> elements, not of its phonetic reading (<rPh>)."""
    out: dict[int, str] = {}
    if not wanted or not part:
        return out
    top = max(wanted)
    for i, si in _strings(zf, part, _HEAD_CHUNK):
        if i in wanted:
            out[i] = _si_text(si)
        if i >= top:
            break
    return out


def _si_text(si: bytes) -> str:
    parts, into, phonetic = [], None, False
    for m in _TEXT.finditer(si):
        closing, tag, attrs = m.groups()
        if tag == b"rPh":
            phonetic = not closing and not attrs.endswith(b"/")
        elif not closing and not attrs.endswith(b"/") and not phonetic:
            into = m.end()
        elif closing and into is not None:
            parts.append(si[into:m.start()])
            into = None
    text = b"".join(parts)[:limits.MAX_CELL_CHARS * 4].decode("utf-8", "replace")
    return limits.cut(html.unescape(text))


_RUN_TAG = re.compile(rb"<(/?)" + _P + rb"(r|rPh|strike|t)\b(" + _ATTRIBUTES + rb")>")
_VAL = re.compile(rb"\sval\s*=\s*[\"']([^\"'<]*)[\"']")


def struck_text(xml: bytes) -> bool | None:
    """Whether the text of a string of runs (a shared string's <si>, an inline string's <is>) is crossed out: all of
    it (True), part of it (False) or none (None). Excel writes a strikethrough applied in the cell or the formula bar
    (text selected, Ctrl+5) as a run's property, not as the cell's font; blank runs count for neither."""
    if b"strike" not in xml:
        return None
    struck = plain = False
    run = None  # in a run: whether its properties cross it out
    phonetic, into = False, None
    for m in _RUN_TAG.finditer(xml):
        closing, tag, attrs = m.groups()
        empty = attrs.endswith(b"/")
        if tag == b"r":
            run = False if not closing and not empty else None
        elif tag == b"rPh":
            phonetic = not closing and not empty
        elif tag == b"strike":
            if run is not None and not closing:
                val = _VAL.search(attrs)
                run = val is None or val.group(1).strip().lower() not in (b"0", b"false")
        elif not phonetic:
            if not closing and not empty:
                into = m.end()
            elif closing and into is not None:
                if xml[into:m.start()].strip():
                    struck, plain = struck or bool(run), plain or not run
                into = None
    return (not plain) if struck else None


def struck_strings(zf: zipfile.ZipFile, part: str) -> dict[int, bool]:
    """The shared strings whose text is crossed out, by number: True when all of it is, False when part of it is
    (``struck_text``). Read only for a part the guard's stream saw "strike" in."""
    out: dict[int, bool] = {}
    for i, si in _strings(zf, part, _CHUNK):
        whole = struck_text(si)
        if whole is not None and len(out) < _MAX_STYLES:  # bounded as the styles are
            out[i] = whole
    return out


# A writer numbers strings as it meets them, and meets a header first: its titles are among the first strings.
# Those are read first; the rest only for a sheet they leave unrecognised (pandas writes a column at a time, so the
# data of rows 2 to 30 are strings all over the part).
_EARLY_STRINGS = 4096


def find_tables(zf: zipfile.ZipFile, sheets, strings_part: str | None) -> dict[str, Table]:
    """The table each visible sheet holds, by part, recognised from its first rows."""
    n = limits.HEADER_SEARCH_ROWS
    names = set(zf.namelist())
    heads = {part: head_rows(zf, part, n) for _, part, visible in sheets if visible and part in names}
    wanted = {part: {c[1] for r in grid for c in r if isinstance(c, tuple)} for part, grid in heads.items()}
    strings = shared_strings(zf, strings_part, {i for w in wanted.values() for i in w if i < _EARLY_STRINGS})

    def table(part):
        return recognise([[strings.get(c[1]) if isinstance(c, tuple) else c for c in r] for r in heads[part]])

    out = {part: table(part) for part in heads}
    later = {i for part, w in wanted.items() if out[part] is None for i in w if i not in strings}
    if later:
        strings.update(shared_strings(zf, strings_part, later))
        out.update({part: table(part) for part, t in out.items() if t is None})
    return {part: t for part, t in out.items() if t is not None}


_DIMENSION = re.compile(rb"<" + _P + rb"dimension\s+ref=\"\$?([A-Z]+)\$?([0-9]+)(?::\$?([A-Z]+)\$?([0-9]+))?\"")
# A cell's reference as python-calamine reads it: either quote, spaces around "=", letters in either case (a
# reference written r='xfd1048576' made it allocate 512 GB while the guard looked for r="XFD…" only).
_REF = re.compile(rb"\br\s*=\s*[\"']\$?([A-Za-z]+)\$?([0-9]+)[\"']")
_KIND = re.compile(rb"\st\s*=\s*[\"']([a-zA-Z]+)[\"']")
_FORMULA_NO_VALUE = re.compile(
    rb"<" + _P + rb"c\s([^<>]*+)>\s*<" + _P + rb"f\b[^<>/]*+(?:/>|>[^<]*+</" + _P + rb"f>)\s*(?:<" + _P + rb"v\s*/>|<" + _P
    + rb"v>\s*</" + _P + rb"v>)?\s*</" + _P + rb"c>")
_V_TAG = re.compile(rb"<" + _P + rb"v[\s/>]")
# A cell of type "e" holds an error value, after its formula if it has one: <c r="L3" t="e"><f>…</f><v>#N/A</v></c>.
# A merged range (Excel keeps the value in its first cell only; the others read as empty).
_MERGED = re.compile(rb'<' + _P + rb'mergeCell\b[^<>]*?\bref="([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)"')
_ERROR_CELL = re.compile(
    rb"<" + _P + rb"c\s(?=[^<>]*?\bt=[\"']e[\"'])([^<>]*+)>\s*(?:<" + _P + rb"f\b[^<>/]*+(?:/>|>[^<]*+</" + _P
    + rb"f>)\s*)?<"
    + _P + rb"v>([^<]*)</" + _P + rb"v>")
# Every pattern over a sheet's XML stops at the next "<" and gives nothing back (possessive): a chunk of tags left
# open ("<c s=\"1\"" repeated, no ">") took minutes with patterns that searched on to the next ">".
_TAGS = re.compile(rb"<" + _P + rb"(row|c)\b([^<>]*+)>")
# A row's opening, or a cell's value (<v>, or <is> for an inline string).
_ROW_OR_VALUE = re.compile(rb"<" + _P + rb"(?:row\b([^<>]*)|v|is)>")
# Number formats that show a value times 100 with "%": Excel's built-in 9 (0%) and 10 (0.00%), and any format code
# with a % outside quotes and escapes.
_PERCENT_FORMATS = {9, 10}
_MONTH_FORMATS = {17}  # Excel's built-in "mmm-yy"
# A part left open runs to the end of the code, in one match: a pattern needing the closing mark scanned the rest
# of the code again from each of 200,000 opening brackets (25 s).
_QUOTED = re.compile(r'"[^"]*(?:"|$)|\\.')
_LITERAL = re.compile(r'"[^"]*(?:"|$)|\\.|\[[^\]]*(?:\]|$)')  # quoted text, an escaped character, [colour], [$-421]


# A unit of time other than the hour written into a number format ('0" menit"', '0.0" hari"'): the clerk sees "20
# menit", the cell holds 20, and under an hours column 20 hours were stored.
_OTHER_UNIT = re.compile(r"(?<![a-z])(menit|mnt|min|mins|minutes?|detik|dtk|hari|days?|minggu|mgg|weeks?|bulan|"
                         r"bln|months?)(?![a-z])")
_HOUR_UNIT = re.compile(r"(?<![a-z])(jam|hr|hrs|hours?)(?![a-z])")


def _unit_shown(code: str) -> str | None:
    """The unit of time other than the hour a number format writes after its number, if any: '0.0" jam/hari"' and
    '0" hr"' say hours (refused, they were a clerk's right hours)."""
    literal = " ".join(m.group().strip('"\\') for m in _QUOTED.finditer(code)).lower()
    if _HOUR_UNIT.search(literal):
        return None
    unit = _OTHER_UNIT.search(literal)
    return unit.group(1) if unit else None


def _shows_month_only(code: str) -> bool:
    """Whether a number format shows a date's month and year and not its day ("mmmm yyyy", "mmm-yy")."""
    bare = _LITERAL.sub("", code).lower()
    return "y" in bare and "m" in bare and not any(c in bare for c in "dhs")


def _ascii_digits(text: str | None) -> bool:
    """A style's number as Excel writes it: "²".isdigit() is true, and int("²") fails."""
    return bool(text) and text.isascii() and text.isdigit()


# Excel keeps at most 64,000 cell formats; twice that of any one kind (number formats, fonts, cell formats) is no
# workbook's, and refusing more keeps what is noted of a styles part small, whatever the part holds.
_MAX_STYLES = 1 << 17
_MAIN = _MAIN_NS[1:-1]


def cell_styles(chunks, name: str) -> dict[str, set[int]]:
    """The cell styles (their index in cellXfs, a cell's s="…") that show a number as a percent ("percent"), those
    that show a date as its month and year only ("month"), and those whose font is crossed out ("strike"), read from
    the styles part's chunks (``_stream``) as they come.

    A workbook passed around for years holds tens of thousands of named styles ("Normal 2 3 …", 5 MB): read whole up
    to 4 MB, such a part gave no style at all, and 2.5 typed into a percent cell was stored as 0.025 hours without a
    word. Only numFmts, fonts and cellXfs are looked at, by expat's own callbacks: no element is built (an element
    tree of 52,000 fonts took five times as long, and memory with it). A part that cannot be read refuses the file,
    as the checks that depend on it cannot be made: broken XML, more styles than Excel keeps, or a DTD (Excel writes
    none, and its entities are how a few bytes expand into gigabytes)."""
    refused = InputRejected([problem(name, "xlsx_styles")])
    formats = {"percent": set(_PERCENT_FORMATS), "month": set(_MONTH_FORMATS)}
    struck_fonts: set[int] = set()
    xfs: list[tuple[int | None, int | None]] = []  # numFmtId and fontId of each cell format
    open_tags: list[str | None] = []  # local names of the open elements, from the root
    fonts = [-1]  # the index of the last font read
    done: set[str] = set()  # fonts and cellXfs are each read from their first list, as a reader does

    def start(tag: str, attrs: dict) -> None:
        ns, _, local = tag.rpartition(" ")
        local = local if ns == _MAIN else None
        parent = open_tags[-1] if open_tags else None
        if parent == "numFmts" and local == "numFmt":
            code, number = attrs.get("formatCode", ""), attrs.get("numFmtId")
            if _ascii_digits(number):
                if "%" in _QUOTED.sub("", code):
                    formats["percent"].add(int(number))
                elif _shows_month_only(code):
                    formats["month"].add(int(number))
                elif unit := _unit_shown(code):
                    formats.setdefault(f"unit:{unit}", set()).add(int(number))
        elif parent == "fonts" and local == "font" and "fonts" not in done:
            fonts[0] += 1
        elif (parent == "font" and local == "strike" and open_tags[-2:-1] == ["fonts"] and "fonts" not in done
              and attrs.get("val", "1").strip().lower() not in ("0", "false")):
            struck_fonts.add(fonts[0])
        elif parent == "cellXfs" and local == "xf" and "cellXfs" not in done:
            number, font = attrs.get("numFmtId"), attrs.get("fontId")
            xfs.append((int(number) if _ascii_digits(number) else None, int(font) if _ascii_digits(font) else None))
        if max(fonts[0], len(xfs), sum(len(ids) for ids in formats.values())) > _MAX_STYLES:
            raise refused
        open_tags.append(local)

    def end(tag: str) -> None:
        local = open_tags.pop()
        if local in ("fonts", "cellXfs"):
            done.add(local)

    def doctype(*_) -> None:
        raise refused

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = doctype
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError:
        raise refused from None
    found: dict[str, set[int]] = {"percent": set(), "month": set(), "strike": set()}
    found.update((kind, set()) for kind in formats if kind.startswith("unit:"))
    if "cellXfs" not in done:
        return found
    for i, (number, font) in enumerate(xfs):
        for kind, ids in formats.items():
            if number in ids:
                found[kind].add(i)
        if font in struck_fonts:
            found["strike"].add(i)
    return found


@dataclass
class SheetScan:
    """What the scan of a sheet's XML found besides its extent, each cell as (row, column, …), 1-based."""

    formulas: list[tuple[int, int]] = field(default_factory=list)  # a formula with no stored value
    errors: list[tuple[int, int, str]] = field(default_factory=list)  # an error value (#N/A) and its text
    percent: list[tuple[int, int, float]] = field(default_factory=list)  # a number in a cell formatted as percent
    unit: list[tuple[int, int, float, str]] = field(default_factory=list)  # a number shown with another unit of time
    month: list[tuple[int, int]] = field(default_factory=list)  # a date in a cell that shows its month and year only
    struck: list[tuple[int, int]] = field(default_factory=list)  # a cell holding a value in a crossed-out font
    struck_part: list[tuple[int, int]] = field(default_factory=list)  # a cell whose text is crossed out in part
    merged: list[tuple[int, int, int, int, str]] = field(default_factory=list)  # first row, column, last row, column, ref
    hidden: list[int] = field(default_factory=list)  # the first rows hidden (a filter, or hidden by hand)
    hidden_columns: set[int] = field(default_factory=set)  # columns hidden by hand (1-based)
    hidden_total: int = 0
    rows_with_values: int = 0  # below the row asked for, when asked


def _sheet_label(sheet: str, sheets: list | None = None) -> tuple[str, str]:
    """A sheet as a message names it: its name in quotes, or its place in the workbook when the name may be a
    person's (a sheet per KPM); without the list, that its name is not shown."""
    if known_title(sheet):
        return f"'{sheet}'", f"'{sheet}'"
    at = next((i for i, s in enumerate(sheets or []) if s[0] == sheet), None)
    if at is None:
        return "(nama tidak ditampilkan)", "(name not shown)"
    return f"ke-{at + 1}", f"no. {at + 1}"


# A row hidden, or set to no height (ht="0", as a row dragged shut is saved): not seen, and read all the same.
_HIDDEN_ROW = re.compile(rb'<row r="([0-9]+)"[^<>]*?\s(?:hidden="(?:1|true)"|ht="0(?:\.0*)?")')
# A column hidden by hand (<col min="12" max="12" hidden="1" …/>), in the attributes' usual order or not.
_COL_TAG = re.compile(rb'<' + _P + rb'col\s([^<>]*?)/?>')
_COL_MIN = re.compile(rb'\smin="([0-9]+)"')
_COL_MAX = re.compile(rb'\smax="([0-9]+)"')
_HIDDEN_ATTR = re.compile(rb'\s(?:hidden="(?:1|true)"|width="0(?:\.0*)?")')


def scan_sheet(zf, part: str, sheet: str, name: str, budget, count_below: int | None = None,
               styles: dict[str, set[int]] | None = None, strings: dict[int, bool] | None = None,
               strings_part: str | None = None) -> SheetScan:
    """Check that the sheet stays within the limits; returns the formulas with no stored value and the cells
    holding an error value; with ``count_below`` the number of rows below that row holding a value; with
    ``styles`` (``cell_styles``) the numbers in cells of a percent style and the cells of a month style; with
    ``strings`` (``struck_strings``, may be empty) the cells whose text is crossed out, shared or inline. A cell
    beyond the limits that holds only spaces is named as such (``strings_part`` to look its shared string up)."""
    max_rows, max_cols = row_limit(), limits.MAX_COLUMNS
    # Literal prefixes and no alternation, so the regex engine skips from candidate to candidate; references
    # with as many digits as the row limit are few and compared as numbers.
    # Letters in either case: python-calamine reads "xfd5" as XFD5 (a look for lower case in every chunk cost more).
    wide_cell = re.compile(rb"<c r=\"(?i:" + _gt_letters(max_cols) + rb")")
    digits = len(str(max_rows))
    far = [re.compile(rb"<c r=\"[A-Za-z]+([0-9]{%d,})\"" % digits), re.compile(rb"<row r=\"([0-9]{%d,})\"" % digits)]

    def too_big(area: str, text: bytes | None = None, start: int = 0):
        label, label_en = _sheet_label(sheet)
        if text is not None and _blank_text(text, start, zf, strings_part):
            # A space typed far below or beside the table: the clerk sees nothing there, and "clear whatever lies
            # outside the table" gave them nothing to find. It cannot be read as empty instead: python-calamine
            # (0.9.1) sizes the sheet to reach it whatever it holds (a space at B1048576 under 12 rows: 1.048.576
            # rows, 522 MB for 16 columns; measured, imp33).
            return InputRejected([problem(name, "sheet_far_blank_cell", sheet=label, sheet_en=label_en, cell=area,
                                          rows=limits.number(max_rows),
                                          cols=f"{max_cols} ({column_letters(max_cols)})")])
        return InputRejected([problem(name, "sheet_too_big", sheet=label, sheet_en=label_en, area=area,
                                      rows=limits.number(max_rows),
                                      cols=f"{max_cols} ({column_letters(max_cols)})")])

    found = SheetScan()
    formulas, errors = found.formulas, found.errors
    state = {"exact": None}
    at = {"row": 0, "counted": 0}
    # Numbers in cells of a percent or a month style, searched only in a chunk naming such a style, so a workbook
    # without such formats pays nothing.
    kinds = {b"%d" % i: kind for kind, ids in (styles or {}).items() if kind != "strike" for i in ids}
    # Crossed-out cells, whatever they hold (text above all), read tag by tag in a chunk naming such a style only.
    struck = {b"%d" % i for i in (styles or {}).get("strike", ())}
    # Which styles a chunk names, found in one pass and looked up in a set: a search per style of the workbook (or a
    # pattern alternating them all) made a 1 MB file of 131.072 unused percent styles run for hours (red-team
    # 2026-12-06).
    kind_ids, struck_ids = frozenset(kinds), frozenset(struck)
    # The usual cell (reference, then style) is found by its literal start; a chunk whose cells are written
    # otherwise is read tag by tag (a pattern with the style anywhere among the attributes took minutes on a chunk
    # of unclosed tags).
    # Other attributes may stand before or after the style (Excel 365's cm="1" on a dynamic-array formula, t="n"
    # first, a space before ">"): a type other than a number is never one (a shared string's index is no percent).
    attr = rb'(?:t="n"|(?!t=)[A-Za-z_:][\w:.\-]*="[^"<>]*")'
    in_styled = re.compile(
        rb'<c r="([A-Z]+)([0-9]+)"(?:\s+' + attr + rb')*\s+s="([0-9]+)"(?:\s+' + attr
        + rb')*\s*>\s*(?:<f\b[^<>]*(?:/>|>[^<]*</f>)\s*)?<v>([^<]*)</v>') if kinds else None

    def check(head: bytes) -> None:
        # The chunk's styles, read once for the three checks that ask (none when the workbook has no such style).
        named = set(_STYLE_VALUE.findall(head)) if kind_ids or struck_ids else set()
        kind_named, struck_named = not kind_ids.isdisjoint(named), not struck_ids.isdisjoint(named)
        # Rows and cells as Excel and every common writer put them: no namespace prefix, the reference first.
        # Anything else (a prefix, no reference, another attribute first) is counted tag by tag, as a reader would.
        if state["exact"] is None and _needs_exact(head):
            state["exact"] = [0, 0]
        if state["exact"] is not None:
            _count_positions(head, state["exact"], max_rows, max_cols, too_big)
        else:
            # The farthest such cell of the chunk, not the first: "sampai AA1" of a sheet filled out to XFD had the
            # clerk delete column AA and be refused again at AB (red-team round 10).
            widest = None
            for m in wide_cell.finditer(head):
                if not _empty_cell(head, m.start()):
                    ref = _REF.search(head, m.start())
                    if ref is None:
                        raise too_big("?")
                    cell = (column_number(ref.group(1).decode().upper()), ref.group(1).decode().upper() + ref.group(2).decode(),
                            m.start())
                    widest = cell if widest is None or cell[0] > widest[0] else widest
            if widest is not None:
                raise too_big(widest[1], head, widest[2])
            for k, pattern in enumerate(far):
                for m in pattern.finditer(head):
                    # A row or a cell only formatted holds nothing (Excel's formatting run down to row 1.048.576)
                    if int(m.group(1)) > max_rows and not (_empty_row if k == 1 else _empty_cell)(head, m.start()):
                        ref = _REF.search(head, m.start())
                        raise too_big(ref.group(1).decode().upper() + str(int(ref.group(2))) if ref
                                      else m.group(1).decode(), head if k == 0 else None, m.start())
        if state["exact"] is not None and (kind_named or struck_named or b"<f" in head
                                           or b't="e"' in head or b"t='e'" in head):
            # Each check below needs a cell's reference: a cell written without one (the format allows it) had its
            # percent hours, formula or #N/A stored unchecked (red-team of 2026-12-06).
            if any(m.group(1) == b"c" and not _REF.search(b" " + m.group(2)) and not _empty_cell(head, m.start())
                   for m in _TAGS.finditer(head)):
                label, label_en = _sheet_label(sheet)
                raise InputRejected([problem(name, "xlsx_unreferenced", sheet=label, sheet_en=label_en)])
        if b"<f" in head or state["exact"] is not None:
            for f in _FORMULA_NO_VALUE.finditer(head):
                kind = _KIND.search(b" " + f.group(1))
                if kind and kind.group(1) == b"str" and _V_TAG.search(f.group(0)):
                    continue  # a text result stored empty (=IF(A2="";"";…)): a value, the empty text
                ref = _REF.search(b" " + f.group(1))
                if ref and len(formulas) < limits.MAX_PROBLEMS:
                    formulas.append((int(ref.group(2)), column_number(ref.group(1).decode())))
        if count_below is not None:  # only for a sheet whose rows would be lost: the others cost nothing more
            for m in _ROW_OR_VALUE.finditer(head):
                if m.group(1) is not None:
                    r = _ROW_NUMBER.search(m.group(1))
                    at["row"] = int(r.group(1)) if r else at["row"] + 1
                elif at["row"] > count_below and at["row"] != at["counted"]:
                    found.rows_with_values += 1
                    at["counted"] = at["row"]
        if in_styled is not None and kind_named:
            cells = (((m.group(1), m.group(2), m.group(3), m.group(4)) for m in in_styled.finditer(head))
                     if state["exact"] is None else _styled_cells_any_order(head, set(kinds)))
            for col, row, style, raw in cells:
                if style not in kind_ids:
                    continue
                try:
                    value = float(raw)
                except ValueError:
                    continue
                if kinds[style] == "month":
                    found.month.append((int(row), column_number(col.decode())))
                elif kinds[style].startswith("unit:"):
                    if len(found.unit) < limits.MAX_PROBLEMS:
                        found.unit.append((int(row), column_number(col.decode()), value, kinds[style][5:]))
                elif len(found.percent) < limits.MAX_PROBLEMS:
                    found.percent.append((int(row), column_number(col.decode()), value))
        if struck_named:
            for tag in _CELL_TAG.finditer(head):
                if len(found.struck) >= limits.MAX_PROBLEMS:
                    break
                attrs = b" " + tag.group(1)
                style, ref = _STYLE.search(attrs), _REF.search(attrs)
                if style is not None and style.group(1) in struck and ref is not None and not _empty_cell(head, tag.start()):
                    found.struck.append((int(ref.group(2)), column_number(ref.group(1).decode())))
        if strings is not None and (b"strike" in head or strings and (b't="s"' in head or b"t='s'" in head)):
            for row, col, whole in _struck_text_cells(head, strings):
                if len(found.struck) + len(found.struck_part) >= limits.MAX_PROBLEMS:
                    break
                (found.struck if whole else found.struck_part).append((row, col))
        if (b'hidden="' in head or b'width="0' in head) and b"<col" in head \
                and len(found.hidden_columns) < limits.MAX_COLUMNS:
            for m in _COL_TAG.finditer(head):
                attrs = b" " + m.group(1)
                low, high = _COL_MIN.search(attrs), _COL_MAX.search(attrs)
                if low and high and _HIDDEN_ATTR.search(attrs):
                    low, high = int(low.group(1)), min(int(high.group(1)), limits.MAX_COLUMNS)
                    found.hidden_columns.update(range(low, high + 1))
        if b'hidden="' in head or b'ht="0' in head:
            for m in _HIDDEN_ROW.finditer(head):
                found.hidden_total += 1
                if len(found.hidden) < limits.MAX_PROBLEMS:
                    found.hidden.append(int(m.group(1)))
        if b"mergeCell" in head:
            for m in _MERGED.finditer(head):
                if len(found.merged) < limits.MAX_PROBLEMS:
                    c1, r1, c2, r2 = m.group(1).decode(), int(m.group(2)), m.group(3).decode(), int(m.group(4))
                    found.merged.append((r1, column_number(c1), r2, column_number(c2), f"{c1}{r1}:{c2}{r2}"))
        if b't="e"' in head or b"t='e'" in head:
            for e in _ERROR_CELL.finditer(head):
                ref = _REF.search(b" " + e.group(1))
                if ref and len(errors) < limits.MAX_PROBLEMS:
                    text = e.group(2).decode("utf-8", "replace").strip()[:20]
                    errors.append((int(ref.group(2)), column_number(ref.group(1).decode()), text))

    carry = b""
    for chunk in _stream(zf, part, name, budget):
        buf = carry + chunk
        # The declared dimension is not judged: Excel, LibreOffice and openpyxl stretch it over cells only formatted
        # (borders run down to row 1.048.576 give A1:P1048576), which hold nothing a reader keeps, and
        # python-calamine (0.9.1) sizes the sheet from its cells, not from it (A1:XFD1048576 over 13 rows: 13 × 16,
        # 10 MB; measured, red-team round 10). Every row and cell holding something is judged below.
        # Cut before the last row or cell, so that no tag (and no formula cell) is split between two chunks.
        cut = _last_opening(buf)
        head, carry = (buf[:cut], buf[cut:]) if cut > 0 else (buf, b"")
        check(head)
    check(carry)  # the sheet's last row and cell
    return found


_OPENING = re.compile(rb"<" + _P + rb"(?:c|row)[\s/>]")
# What may follow a tag's name: every cell and row opening however written (a tab or a line break before its
# reference, no attribute) is counted against the canonical '<c r="' to decide whether the fast patterns may be
# trusted; a prefix or a second reference in one tag (python-calamine reads the last) is read tag by tag too.
_TAG_ENDS = (b" ", b"\t", b"\n", b"\r", b">", b"/")


def _needs_exact(head: bytes) -> bool:
    """Whether a chunk of a sheet writes its cells or rows otherwise than '<c r="A1"' and '<row r="1"' (one
    reference, first, in capitals, no prefix), so that only reading it tag by tag finds how far it reaches."""
    cells, rows = head.count(b'<c r="'), head.count(b'<row r="')
    # Cheap counts first (every 1 MB chunk of a 100.000-row sheet pays them): "<c" also counts <col>, <cfRule>…,
    # which only the closer look below tells apart.
    if head.count(b"<c") != cells or head.count(b"<row") != rows or b":c" in head or b":row" in head:
        if (sum(head.count(b"<c" + e) for e in _TAG_ENDS) != cells
                or sum(head.count(b"<row" + e) for e in _TAG_ENDS) != rows
                or any(b":c" + e in head for e in _TAG_ENDS) or b":row" in head):
            return True
    # Attributes in single quotes or with spaces about "=" (no Excel writes them) are read tag by tag too: the fast
    # patterns look for s="…" and t="…" only.
    return (head.count(b" r=") != cells + rows or b"\tr" in head or b"\nr" in head or b"\rr" in head or b" r " in head
            or b"='" in head or b" =" in head or b"= " in head)


def _last_opening(buf: bytes) -> int:
    """Where to cut: before the last row that opens in the buffer's last 64 KB, whole rows staying together (a
    formatted empty row cut in two read as a row holding something, and an honest 3-row file formatted down the
    sheet was refused past row 100.030; red-team of 2026-12-06), or else before the last cell."""
    start = max(0, len(buf) - 65536)
    last = last_row = -1
    for m in _OPENING.finditer(buf, start):
        last = m.start()
        if buf[m.end() - 4:m.end() - 1].endswith(b"row"):
            last_row = m.start()
    return last_row if last_row > 0 else last


_CLOSING_CELL = re.compile(rb"\s*</" + _P + rb"c>")
_CLOSING_ROW = re.compile(rb"\s*</" + _P + rb"row>")
# A start tag to its end (`<c r="XFD3000" x="/>">` holds a value, it is not closed empty).
_START_TAG = re.compile(rb"<" + _ATTRIBUTES + rb">")


_CELL_TAG = re.compile(rb"<" + _P + rb"c\s(" + _ATTRIBUTES + rb")>")
_STYLE = _STYLE_VALUE  # in any quotes, with spaces about "=" (s='9' went past the percent check; review 2026-12-06)
_VALUE_AFTER = re.compile(rb"\s*(?:<" + _P + rb"f\b[^<>]*(?:/>|>[^<]*</" + _P + rb"f>)\s*)?<" + _P + rb"v>([^<]*)</" + _P
                          + rb"v>")


def _styled_cells_any_order(text: bytes, styles: set[bytes]):
    """(column letters, row, style, value) of each number in a cell of one of ``styles``, its attributes in any
    order and with any prefix: read tag by tag, in time linear in the text."""
    for tag in _CELL_TAG.finditer(text):
        attrs = b" " + tag.group(1)
        style, ref, kind = _STYLE.search(attrs), _REF.search(attrs), _KIND.search(attrs)
        if style is None or style.group(1) not in styles or ref is None or kind is not None and kind.group(1) != b"n":
            continue  # text, a boolean or an error in a percent cell is no number divided by 100
        value = _VALUE_AFTER.match(text, tag.end())
        if value:
            yield (ref.group(1), ref.group(2), style.group(1), value.group(1))


_ANY_KIND = re.compile(rb"\st\s*=\s*[\"']([A-Za-z]+)[\"']")


def _cells(text: bytes):
    """Each cell's start tag and what follows it up to the next cell's tag, in time linear in the text."""
    tags = _CELL_TAG.finditer(text)
    tag = next(tags, None)
    while tag is not None:
        following = next(tags, None)
        yield tag, text[tag.end():following.start() if following else len(text)]
        tag = following


def _struck_text_cells(text: bytes, strings: dict[int, bool]):
    """(row, column, all crossed out) of each cell holding a string crossed out in its runs: a shared string among
    ``strings``, or an inline string's runs."""
    for tag, content in _cells(text):
        attrs = b" " + tag.group(1)
        kind, ref = _ANY_KIND.search(attrs), _REF.search(attrs)
        whole = None
        if ref is not None and kind is not None:
            if kind.group(1) == b"s" and strings:
                value = _VALUE_AFTER.match(content)
                number = value.group(1).strip() if value else b""
                if number.isdigit() and len(number) < 10:
                    whole = strings.get(int(number))
            elif kind.group(1) == b"inlineStr":
                whole = struck_text(content)
        if whole is not None:
            yield int(ref.group(2)), column_number(ref.group(1).decode()), whole


def _empty_cell(text: bytes, start: int) -> bool:
    """Whether the cell whose tag opens at ``start`` holds nothing (``<c r="AF1" s="3"/>``, a cell only formatted):
    python-calamine (0.9.1) keeps no such cell, and allocates nothing for it (measured)."""
    tag = _START_TAG.match(text, start)
    if tag is None:
        return False
    end = tag.end() - 1
    return text[end - 1:end] == b"/" or _CLOSING_CELL.match(text, end + 1) is not None


_CELL_CLOSE = re.compile(rb"</" + _P + rb"c>")
_FORMULA_TAG = re.compile(rb"<" + _P + rb"f\b")
_VALUE = re.compile(rb"<" + _P + rb"v>([^<]*)</" + _P + rb"v>")


def _blank_text(text: bytes, start: int, zf, strings_part: str | None) -> bool:
    """Whether the cell whose tag opens at ``start`` holds text of spaces only, or no text (inline, shared or a
    string value; no formula): what a clerk typed there cannot be seen."""
    tag = _START_TAG.match(text, start)
    if tag is None or text[tag.end() - 2:tag.end() - 1] == b"/":
        return False
    close = _CELL_CLOSE.search(text, tag.end(), tag.end() + (1 << 16))
    if close is None:
        return False
    body = text[tag.end():close.start()]
    if _FORMULA_TAG.search(body):
        return False
    kind = _KIND.search(b" " + tag.group(0)[1:-1])
    kind = kind.group(1) if kind else b"n"
    if kind == b"inlineStr":
        return not _si_text(body).strip()
    value = _VALUE.search(body)
    if value is None:
        return False
    if kind == b"str":
        return not html.unescape(value.group(1).decode("utf-8", "replace")).strip()
    if kind == b"s" and value.group(1).strip().isdigit():
        i = int(value.group(1))
        found = shared_strings(zf, strings_part, {i})
        return i in found and not found[i].strip()
    return False


_CELL_START = re.compile(rb"<" + _P + rb"c[\s>/]")
_ROW_END = re.compile(rb"</" + _P + rb"row>")


def _empty_row(text: bytes, start: int) -> bool:
    """Whether the row whose tag opens at ``start`` holds no value: no cell (``<row r="500000" s="3"/>``) or cells
    only formatted (``<c r="A500000" s="3"/>``), as a format run down to the sheet's end leaves."""
    tag = _START_TAG.match(text, start)
    if tag is None:
        return False
    end = tag.end() - 1
    if text[end - 1:end] == b"/" or _CLOSING_ROW.match(text, end + 1) is not None:
        return True
    close = _ROW_END.search(text, end + 1, end + 1 + (1 << 16))  # a row of formatted cells is short
    return close is not None and all(_empty_cell(text, c.start())
                                     for c in _CELL_START.finditer(text, end + 1, close.start()))


def _count_positions(text: bytes, pos: list[int], max_rows: int, max_cols: int, too_big) -> None:
    for m in _TAGS.finditer(text):
        if m.group(1) == b"row":
            r = _ROW_NUMBER.search(b" " + m.group(2))
            pos[0] = int(r.group(1)) if r else pos[0] + 1
            pos[1] = 0
            if pos[0] > max_rows and (_empty_row(text, m.start())
                                      or _ROW_END.search(text, m.end(), m.end() + (1 << 16)) is not None):
                # A row only formatted, as the fast path judges it; or a row whose cells follow here: each is judged
                # below and named (a space typed at B1048576 is named as such, not as the row's "A1048576").
                continue
        else:
            refs = _REF.findall(b" " + m.group(2))  # python-calamine reads the last of two; the farthest is judged
            pos[1] = max(column_number(c.decode()) for c, _ in refs) if refs else pos[1] + 1
            if refs:
                pos[0] = max(pos[0], *(int(r) for _, r in refs))
            if _empty_cell(text, m.start()):
                continue
        if pos[0] > max_rows or pos[1] > max_cols:
            raise too_big(f"{column_letters(max(pos[1], 1))}{pos[0]}", text if m.group(1) == b"c" else None, m.start())


# ------------------------------------------------------------------------------------------- reading
def _cell(v):
    t = type(v)
    if t is str:
        return limits.cut(v) if v else None
    if v is None:
        return None
    if t is float:
        # A whole number as its digits, up to 17 of them: a NIK typed into a number cell (16 digits, Excel keeps
        # 15 exactly) must read as digits, which the personal-data check knows, not as "1.610012345678901e+15".
        # Other numbers to six decimals: a formula's result carries binary noise (=100/60 is 1.6666666666666667,
        # =50/60 0.8333333333333334, =0.1+0.2 0.30000000000000004) whose runs of digits read as a NIK, a card or a
        # phone number ("0.8333333333" as 0-833-…). A person's number typed into a number cell is a whole number.
        return str(int(v)) if v.is_integer() and abs(v) < 1e17 else format(round(v, 6), ".15g")
    if t is bool:
        return "TRUE" if v else "FALSE"
    if t is int:
        return str(v)
    if t is dt.datetime:
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if t in (dt.date, dt.time):
        return v.isoformat()
    if t is dt.timedelta:
        # A duration cell ([h]:mm) as hours and minutes, however many days: "26:00", not "1 day, 2:00:00".
        minutes = round(v.total_seconds() / 60)
        return f"{'-' if minutes < 0 else ''}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"
    return limits.cut(str(v))


def _counted(rows, name: str):
    """calamine's rows, with the sheet row of a cell it cannot turn into a Python value: a duration of 10^12 days
    raised a bare OverflowError ("file cannot be read") that sent the clerk to no row at all."""
    at = 0  # calamine (0.9.1) yields rows from the sheet's first row, empty ones above the table included
    while True:
        at += 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except (OverflowError, ValueError):
            raise InputRejected([problem(name, "cell_out_of_range", row=at)]) from None
        yield row


# A number as a reader parses a number cell's <v> (Rust's float syntax), spaces around it allowed.
_NUMBER_TEXT = re.compile(rb"\s*[+-]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|(?i:inf|infinity|nan))\s*")


def not_numbers(path, part: str, strings_part: str | None,
                header_row: int | None) -> tuple[list[tuple[int, int, str]], dict[int, str]]:
    """The number cells (t="n", or no type) whose value is no number, as (row, column, text), and the titles of
    ``header_row`` by column. Read only once a reader has failed on the sheet: no cost to a workbook it reads."""
    bad: list[tuple[int, int, str]] = []
    head: dict[int, str | int] = {}  # a title, or the number of its shared string

    def look(text: bytes) -> None:
        for tag, content in _cells(text):
            attrs = b" " + tag.group(1)
            ref, kind = _REF.search(attrs), _ANY_KIND.search(attrs)
            if ref is None:
                continue
            row, col = int(ref.group(2)), column_number(ref.group(1).decode())
            kind = kind.group(1) if kind else b"n"
            value = _VALUE_AFTER.match(content)
            if row == header_row:
                number = value.group(1).strip() if value else b""
                if kind == b"s" and number.isdigit() and len(number) < 10:
                    head[col] = int(number)
                elif kind == b"inlineStr":
                    head[col] = _si_text(content)
            if kind == b"n" and value and value.group(1) and not _NUMBER_TEXT.fullmatch(value.group(1)):
                if len(bad) < limits.MAX_PROBLEMS:
                    bad.append((row, col, limits.cut(html.unescape(value.group(1)[:200].decode("utf-8", "replace")))))

    try:
        with zipfile.ZipFile(path) as zf:
            carry = b""
            for chunk in _stream(zf, part, "", [limits.XLSX_MAX_UNPACKED]):
                buf = carry + chunk
                cut = _last_opening(buf)
                text, carry = (buf[:cut], buf[cut:]) if cut > 0 else (buf, b"")
                look(text)
            look(carry)
            strings = shared_strings(zf, strings_part, {v for v in head.values() if isinstance(v, int)})
    except (InputRejected, KeyError, zipfile.BadZipFile, OSError):
        return [], {}
    titles = {c: strings.get(v) if isinstance(v, int) else v for c, v in head.items()}
    return bad, {c: t for c, t in titles.items() if t}


def read_xlsx(path, name: str, kind_hint: str | None) -> RawTable:
    from python_calamine import CalamineWorkbook

    with open_zip(path, name) as zf:
        budget = [limits.XLSX_MAX_UNPACKED]
        sheets, book_parts = _workbook(zf, name, budget)
        parts = {p for _, p, _ in sheets}
        # The styles and the shared strings are read as they are streamed: no second pass over a part of megabytes.
        # (A reader opens both by these names when the workbook names none.)
        styles_part = book_parts.get("styles", "xl/styles.xml")
        strings_part = book_parts.get("sharedStrings", "xl/sharedStrings.xml")
        styles, strike_in_strings = {"percent": set(), "month": set(), "strike": set()}, False
        for info in zf.infolist():
            if info.filename in parts:
                continue
            if info.filename == styles_part:
                styles = cell_styles(_stream(zf, info.filename, name, budget), name)
            elif info.filename.endswith((".xml", ".rels")):
                tail = b""
                for chunk in _stream(zf, info.filename, name, budget):
                    if info.filename == strings_part and not strike_in_strings:
                        strike_in_strings = b"strike" in chunk or b"strike" in tail + chunk[:6]
                        tail = chunk[-6:]
        check_declared_strings(zf, book_parts.get("sharedStrings"), name)
        tables = find_tables(zf, sheets, book_parts.get("sharedStrings"))
        chosen = choose_sheet(sheets, kind_hint, name, tables)
        sheet, part, _ = chosen
        if part not in tables and any(not visible for _, _, visible in sheets):
            # Nothing visible holds a table, but a hidden sheet may: "empty file" would send the clerk looking in
            # the wrong place.
            hidden = find_tables(zf, [(s, p, True) for s, p, visible in sheets if not visible],
                                 book_parts.get("sharedStrings"))
            if hidden:
                label, label_en = _sheet_label(next(s for s, p, _ in sheets if p in hidden), sheets)
                raise InputRejected([problem(name, "table_on_hidden_sheet", sheet=label, sheet_en=label_en)])
        if part not in zf.namelist():
            raise InputRejected([problem(name, "unreadable", detail=part)])
        others = other_tables(sheets, chosen, tables)
        # Every sheet, not only the one chosen: whichever a reader opens stays within the limits.
        counted = {}
        for other, other_part, _ in sheets:
            if other_part != part and other_part in zf.namelist():
                scan = scan_sheet(zf, other_part, other, name, budget,
                                  others[other_part].header_row if other_part in others else None,
                                  strings_part=strings_part)
                if other_part in others and scan.rows_with_values:
                    counted[other] = scan.rows_with_values
        found = scan_sheet(zf, part, sheet, name, budget, styles=styles,
                           strings=struck_strings(zf, strings_part) if strike_in_strings else {},
                           strings_part=strings_part)
    if counted:
        # Only one sheet is read: the rows of the others would be lost without a word.
        kind = tables[part].kind if part in tables else sheet.strip().lower()
        listed = [(f"{_sheet_label(n, sheets)[0]} ({limits.number(k)} baris)",
                   f"{_sheet_label(n, sheets)[1]} ({limits.number(k)} rows)") for n, k in counted.items()]
        raise InputRejected([problem(name, "other_sheets", sheet=_sheet_label(sheet, sheets)[0],
                                     sheet_en=_sheet_label(sheet, sheets)[1], kind=KIND_LABELS[kind][0],
                                     kind_en=KIND_LABELS[kind][1], others=", ".join(i for i, _ in listed),
                                     others_en=", ".join(e for _, e in listed))])
    try:
        wb = CalamineWorkbook.from_path(str(path))
        ws = wb.get_sheet_by_name(sheet)
        end_row, end_col = ws.end or (-1, -1)
        rows = _counted(ws.iter_rows(), name)
        first = [[_cell(v) for v in r] for _, r in zip(range(limits.HEADER_SEARCH_ROWS), rows)]
        if not first:
            raise InputRejected([problem(name, "empty")])
        at = find_header(first)
        header = first[at]
        if header_score(header) < 2:  # none among the first rows: one further down is named (see ``text``)
            extra = []
            for r in rows:
                extra.append(r)
                if header_score([_cell(v) for v in r]) >= 2:
                    raise InputRejected([problem(name, "header_too_low", row=len(first) + len(extra))])
                if len(first) + len(extra) >= limits.DEEP_HEADER_ROWS:
                    break
            first += extra
        width = len(header)
        blocks: list[list] = [[] for _ in range(width)]
        pending = first[at + 1:]
        yielded = len(first)
        for r in rows:
            pending.append(r)
            yielded += 1
            if len(pending) >= _BLOCK:
                _flush(pending, blocks)
        _flush(pending, blocks)
        # Messages carry the sheet's own rows and columns. calamine (0.9.1) yields rows from row 1 but cells from
        # the first used column: what it left out above and to the left is told by where the used area ends, so
        # a table starting at B3 is not numbered two rows too far down.
        rows_above = end_row + 1 - yielded
        cols_left = end_col + 1 - width
        del ws, rows, pending  # calamine's copy of the sheet goes before the columns are put together
        wb.close()
    except InputRejected:
        raise
    except Exception as exc:  # calamine raises several types for broken workbooks
        # A number cell holding what is no number ("2,5", as some web exports write it) fails the whole sheet with
        # "CalamineError": the cells are named, or the clerk has nowhere to look.
        bad, titles = not_numbers(path, part, strings_part, tables[part].header_row if part in tables else None)
        if bad:
            raise InputRejected([problem(name, "cell_not_number", row=r, column=titles.get(c) or column_letters(c),
                                         value=text, cell=f"{column_letters(c)}{r}") for r, c, text in bad]) from None
        raise InputRejected([problem(name, "unreadable", detail=type(exc).__name__)]) from None
    header_row = rows_above + at + 1
    notices = []
    if len(sheets) > 1:
        hidden = any(not s[2] for s in sheets)
        label, label_en = _sheet_label(sheet, sheets)
        notices.append(problem(name, "recognised", what=f"lembar {label} dibaca" + (" (lembar tersembunyi diabaikan)" if hidden else ""),
                               what_en=f"sheet {label_en} read" + (" (hidden sheets ignored)" if hidden else "")))
    if at:
        notices.append(problem(name, "recognised", what=f"kepala tabel di baris {header_row}, baris judul di atasnya dilewati",
                               what_en=f"header in row {header_row}, the title rows above it skipped"))
    # Rows a filter hides are read like the others: the clerk who sees three rows must hear that six are imported.
    hidden = [r for r in found.hidden if r > header_row]
    if hidden:
        n = found.hidden_total - (len(found.hidden) - len(hidden))  # less the title rows hidden above the header
        notices.append(problem(name, "hidden_rows", row=hidden[0], n=limits.number(n)))
    # A column hidden by hand is read as the others: the clerk who does not see "Jam" must hear it is imported.
    shown_hidden = [_header_at(header, c, cols_left) for c in sorted(found.hidden_columns)
                    if 0 <= c - cols_left - 1 < len(header) and header[c - cols_left - 1] is not None
                    and norm_header(header[c - cols_left - 1]) in KNOWN_HEADERS]
    if shown_hidden:
        notices.append(problem(name, "hidden_columns", row=header_row, columns=", ".join(shown_hidden[:8])))
    # A failed formula is read as an empty cell: said, or the row would be kept without the value (or told that a
    # required value is missing from a cell that shows #N/A). Only under a known title: a clerk's own lookup
    # column (or row-number column, =ROW()-1) is dropped on import, its formulas with it; a formula under no title
    # is said (values under no title are refused: what it would hold is not known).
    known = {i for i, h in enumerate(header) if h is not None and norm_header(h) in KNOWN_HEADERS}
    known |= _area_titles_read(header, known)
    dropped = {i for i, h in enumerate(header) if h is not None and str(h).strip() and i not in known}
    errors = [problem(name, "formula_no_value", row=r, column=_header_at(header, c, cols_left))
              for r, c in found.formulas if r > header_row and c - cols_left - 1 not in dropped]
    errors += [problem(name, "formula_error", row=r, column=_header_at(header, c, cols_left), error=text)
               for r, c, text in found.errors if r > header_row and c - cols_left - 1 in known]
    # Hours or a count typed into a percent cell are stored divided by 100 (2.5 becomes 0.025 h, 100 people 1):
    # refused, never guessed.
    figures = {i: "hours_percent" if norm_header(h) in _HOURS else "count_percent" for i, h in enumerate(header)
               if h is not None and norm_header(h) in _HOURS | _COUNTS}
    errors += [problem(name, figures[c - cols_left - 1], row=r, column=_header_at(header, c, cols_left),
                       value=f"{v:.6g}", shown=f"{v * 100:.6g}%", stored=f"{v:.6g}")
               for r, c, v in found.percent if r > header_row and c - cols_left - 1 in figures]
    errors += [problem(name, "hours_other_unit", row=r, column=_header_at(header, c, cols_left), value=f"{v:.6g}",
                       shown=f"{v:.6g} {unit}", stored=f"{v:.6g}")
               for r, c, v, unit in found.unit if r > header_row and figures.get(c - cols_left - 1) == "hours_percent"]
    # Merged cells over the table's rows: all but the first read as empty, so a programme or a day merged over
    # three visits was stored for one of them, and a figure merged over rows is a total or each row's (not guessed).
    # Titles merged down over the row under the header (a header of two rows, "Jumlah dilayani" over "Orang" and
    # "KK"): one header in two rows, said once (each merge was a message of its own, asking to copy a title into
    # every row).
    # Only merges over a known column: a clerk's own column ("Minggu ke" merged over a week's rows) is dropped on
    # import, its merges with it.
    at_known = sorted(k + cols_left + 1 for k in known)  # their sheet columns
    merged = [(r1, next(c for c in at_known if c1 <= c <= c2), r2, ref)
              for r1, c1, r2, c2, ref in found.merged if any(c1 <= c <= c2 for c in at_known)]
    spanning = sorted((c1, r2, ref) for r1, c1, r2, ref in merged if r1 <= header_row < r2)
    if spanning:
        refs = [ref for _, _, ref in spanning]
        errors.append(problem(name, "header_rows_merged", row=header_row + 1, header=header_row,
                              last=max(r2 for _, r2, _ in spanning),
                              cells=", ".join(refs[:6]) + (" …" if len(refs) > 6 else "")))
    errors += [problem(name, "merged_cells", row=r1, column=_header_at(header, c1, cols_left),
                       value=ref, cells=ref) for r1, c1, r2, ref in merged if r1 > header_row]
    # A row crossed out is a clerk's way of cancelling it, which Excel stores as a font and no reader sees: imported,
    # it counts an activity the clerk took back; dropped, it would be a guess. Refused, the clerk decides.
    struck_rows: dict[int, int] = {}
    for r, c in found.struck:
        if r > header_row and c - cols_left - 1 in known:
            struck_rows.setdefault(r, c)
    errors += [problem(name, "struck_row", row=r, column=_header_at(header, c, cols_left))
               for r, c in sorted(struck_rows.items())]
    # A word crossed out inside a cell is an edit, not a row taken back ("Jalan ~~rusak~~ licin"): the row is not
    # called crossed out. But a reader reads crossed-out text as any other, so the value stored would hold the word
    # the clerk struck: refused with its own reason. All of a cell's text crossed out is a crossed-out cell (above).
    errors += [problem(name, "struck_text", row=r, column=_header_at(header, c, cols_left))
               for r, c in found.struck_part if r > header_row and c - cols_left - 1 in known and r not in struck_rows]
    columns = [pa.chunked_array(b, type=TEXT).unify_dictionaries() if b else pa.array([], pa.string()) for b in blocks]
    errors += _days_not_shown(name, columns, header, found.month, header_row, cols_left)
    errors.sort(key=lambda p: p.row)
    columns = _months_as_shown(columns, header, found.month, header_row, cols_left)
    return raw_table(columns, header, header_row=header_row, notices=notices, errors=errors, date_cells=True)


_DATE_READ = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?: [0-9:.]+)?")  # as ``_cell`` writes a date, with its time


def _months_as_shown(columns: list, header: list, cells: list[tuple[int, int]], header_row: int, cols_left: int) -> list:
    """A reported month's cells that hold a date and show only its month and year ("Februari 2024" of a cell
    holding 15 February) read as that month, as the clerk sees it: the day, which no one sees, is not a
    submission day to be refused (a date shown with its day still is)."""
    rows_by_column: dict[int, list[int]] = {}
    for r, c in cells:
        i = c - cols_left - 1
        if r > header_row and 0 <= i < len(header) and header[i] is not None and norm_header(header[i]) in _MONTHS:
            rows_by_column.setdefault(i, []).append(r - header_row - 1)
    for i, at in rows_by_column.items():
        values = columns[i].cast(pa.string()).to_pylist()
        for k in at:
            if k < len(values) and isinstance(values[k], str) and _DATE_READ.fullmatch(values[k]):
                values[k] = values[k][:7]
        columns[i] = pa.array(values, pa.string()).dictionary_encode()
    return columns


def _days_not_shown(name: str, columns: list, header: list, cells: list[tuple[int, int]], header_row: int,
                    cols_left: int) -> list:
    """An activity's date in a cell that shows its month and year only ("Maret 2024"): the cell holds a day no one
    sees (the 1st, when "Maret 2024" was typed), which would be stored as the activity's day. Refused, never
    guessed; a reported month's cells are read as the month they show (``_months_as_shown``)."""
    out, values = [], {}
    for r, c in cells:
        i = c - cols_left - 1
        if len(out) >= limits.MAX_PROBLEMS:
            break
        if r > header_row and 0 <= i < len(header) and header[i] is not None and norm_header(header[i]) in _DAYS:
            if i not in values:
                values[i] = columns[i].cast(pa.string()).to_pylist()
            k = r - header_row - 1
            stored = values[i][k] if k < len(values[i]) else None
            out.append(problem(name, "date_without_day", row=r, column=_header_at(header, c, cols_left),
                               value=stored, stored=stored or ""))
    return out


def _area_titles_read(header: list, known: set[int]) -> set[int]:
    """The positions of a form's "Desa", "Kecamatan" read as the code column the sheet has no title of its own for
    (``columns.match_headers``, the first such title of a column): a #N/A under "Desa" was stored as an empty
    kode_desa without a word, where under "kode_desa" it refuses the file."""
    from tksk.logs.columns import AREA_TITLES

    targets = {name for model in KINDS.values() for norm, name in header_aliases(model).items()
               if any(norm_header(header[i]) == norm for i in known)}
    out, taken = set(), set()
    for i, h in enumerate(header):
        column = AREA_TITLES.get(norm_header(h)) if h is not None and i not in known else None
        if column is not None and column not in targets and column not in taken:
            out.add(i)
            taken.add(column)
    return out


def _header_at(header: list, column: int, cols_left: int) -> str:
    """The title over sheet column ``column`` (1 = A), or its letters when it has none."""
    i = column - cols_left - 1
    return (header[i] or column_letters(column)) if 0 <= i < len(header) else column_letters(column)


def _flush(pending: list, blocks: list) -> None:
    """Turn a block of calamine rows into Arrow text, column by column; empties ``pending``."""
    if pending:
        for j, col in enumerate(zip(*pending)):
            if j < len(blocks):
                blocks[j].append(pa.array(list(map(_cell, col)), type=pa.string()).dictionary_encode())
        pending.clear()
