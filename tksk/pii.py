"""Personal data in text: what is recognised, how it is masked, and how a header is named by its kind.

What is caught (in every free-text column, every problem message, the last-import record and the audit log):

* NIK and KK numbers: 16 digits, written together or with single spaces, dots or dashes between digits
  (``1610012345678901``, ``1610 0123 4567 8901``, ``16.1001.2345.678901``, ``1610-0123-4567-8901``);
* mobile numbers in the ``+62``, ``62`` and ``0`` forms, with or without spaces, dots, dashes or a bracketed
  prefix (``+62 812-3456-7890``, ``0812 3456 7890``, ``0812.3456.789``, ``(0812) 3456789``);
* a name written after a form of address or "atas nama": ``Bapak``/``Bpk``/``Pak``, ``Ibu``/``Bu``, ``Sdr``/
  ``Sdri``/``Saudara``/``Saudari``, ``Tn``/``Ny``/``Nn``, ``Mbak``/``Mas``, ``Kak``, ``Nenek``/``Kakek``, ``Almarhum``/
  ``Alm``; up to three following words that start with a capital letter (``Ibu Siti Aminah``), and after ``a.n.``,
  ``an.`` or ``atas nama`` up to three words in any case.

What is not caught: a name without such a word before it ("Budi minta bantuan"), a name after a form of address
typed in lower case ("ibu siti"), addresses, landline numbers and NIKs with a digit missing. Free text should not
hold personal data at all; the template says so. The patterns stay within RE2 syntax so Arrow can run the same
detection over whole columns.
"""

from __future__ import annotations

import re

NIK = r"(^|^[ .\-]|[^0-9 .\-]|[^0-9][ .\-])([0-9](?:[ .\-]?[0-9]){15})($|[^0-9 .\-]|[ .\-]$|[ .\-][^0-9])"
PHONE = (r"(^|[^0-9+])((?:\+62|62|\(\+?62\)|\(0|0)[ .\-]?8[0-9]{1,2}\)?(?:[ .\-]?[0-9]){6,10})"
         r"($|[^0-9 .\-]|[ .\-]$|[ .\-][^0-9])")
_TITLES = (r"bapak|bpk\.?|pak|ibu|bu|sdri?\.?|saudara|saudari|tn\.?|ny\.?|nn\.?|nyonya|tuan|mbak|mas|kak|"
           r"nenek|kakek|almarhumah|almarhum|alm\.?")
_CAP_WORD = r"[A-Z][A-Za-z'.\-]*"
NAME = (r"(^|[^A-Za-z])((?i:" + _TITLES + r")\s+)(" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,2})"
        r"|(^|[^A-Za-z])((?i:a\.\s?n\.|an\.|atas\s+nama)\s*)([A-Za-z][A-Za-z'.\-]*(?:\s+[A-Za-z][A-Za-z'.\-]*){0,2})")
# Any one of the three: for a vectorised "does this cell hold personal data" over a column.
ANY = "|".join(f"(?:{p})" for p in (NIK, PHONE, NAME))

NIK_MASK = "[NIK/KK disamarkan]"
PHONE_MASK = "[telepon disamarkan]"
NAME_MASK = "[nama disamarkan]"

_NIK_RE = re.compile(NIK)
_PHONE_RE = re.compile(PHONE)
_NAME_RE = re.compile(NAME)
_ANY_RE = re.compile(ANY)


def _name_sub(m: re.Match) -> str:
    if m.group(3) is not None:
        return f"{m.group(1)}{m.group(2)}{NAME_MASK}"
    return f"{m.group(4)}{m.group(5)}{NAME_MASK}"


def _sub_all(pattern: re.Pattern, repl, text: str) -> str:
    # Matches share their edge characters with the next one ("…901, 0812…"), so repeat until nothing changes.
    while True:
        new = pattern.sub(repl, text)
        if new == text:
            return new
        text = new


def mask(text):
    """``text`` with every NIK/KK number, mobile number and name (as above) replaced by a marker."""
    if not isinstance(text, str) or not text:
        return text
    if not _ANY_RE.search(text):
        return text
    out = _sub_all(_NIK_RE, lambda m: f"{m.group(1)}{NIK_MASK}{m.group(3)}", text)
    out = _sub_all(_PHONE_RE, lambda m: f"{m.group(1)}{PHONE_MASK}{m.group(3)}", out)
    return _sub_all(_NAME_RE, _name_sub, out)


def looks_personal(text) -> bool:
    return isinstance(text, str) and bool(_ANY_RE.search(text))


def mask_any(value):
    """A value as it may be shown or kept: strings masked, containers masked item by item."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {k: mask_any(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_any(v) for v in value]
    return value


# Header words that mean personal data of a beneficiary or worker, by kind (Indonesian, English).
HEADER_KINDS = [
    (re.compile(r"(^|_)(nik|nkk|no_?kk|nomor_?kk|kartu_?keluarga|ktp|no_?ktp|nomor_?induk)($|_)"),
     ("nomor identitas", "identity number")),
    (re.compile(r"(^|_)(telepon|telp|tlp|phone|hp|no_?hp|wa|whatsapp|ponsel|handphone)($|_)"),
     ("nomor telepon", "phone number")),
    (re.compile(r"(^|_)(email|e_mail|surel)($|_)"), ("alamat surel", "email address")),
    (re.compile(r"(^|_)(alamat|address|rt_?rw|dusun)($|_)"), ("alamat", "address")),
    (re.compile(r"(^|_)(tanggal_?lahir|tgl_?lahir|lahir|birth|umur|usia)($|_)"), ("tanggal lahir", "date of birth")),
    (re.compile(r"(^|_)(nama|name)($|_)"), ("nama", "name")),
]


def header_kind(normalised: str) -> tuple[str, str] | None:
    """The kind of personal data a normalised header names, or None."""
    for pattern, kind in HEADER_KINDS:
        if pattern.search(normalised):
            return kind
    return None
