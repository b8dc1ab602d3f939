"""Personal data in text: what is recognised, how it is masked, and how a header is named by its kind.

What is caught (in every free-text column, every problem message, the last-import record and the audit log):

* NIK and KK numbers: 16 digits, written together or with spaces, dots, dashes or slashes between digits, alone or
  with a space either side (``1610012345678901``, ``1610 0123 4567 8901``, ``16.1001.2345.678901``,
  ``1610 - 0123 - 4567 - 8901``, ``1610/0123/4567/8901``);
* mobile numbers in the ``+62``, ``62`` and ``0`` forms, with or without spaces, dots, dashes or a bracketed
  prefix (``+62 812-3456-7890``, ``0812 3456 7890``, ``0812 - 3456 - 7890``, ``(0812) 3456789``,
  ``+62 (812) 3456-7890``);
* e-mail addresses;
* a name written after a form of address or "atas nama": ``Bapak``/``Bpk``/``Bp``/``Pak``, ``Ibu``/``Bu``,
  ``Sdr``/``Sdri``/``Saudara``/``Saudari``, ``Tn``/``Ny``/``Nn``, ``Mbak``/``Mas``, ``Kak``, ``Mbah``,
  ``Nenek``/``Kakek``, ``H``/``Hj`` (haji), ``Almarhum``/``Alm``, followed by a space, a dot or a colon
  (``Bpk.Joko``, ``Ibu: Siti``); up to three following words that start with a capital letter (``Ibu Siti
  Aminah``), and after ``a.n.``, ``a.n``, ``a/n``, ``an.`` or ``atas nama`` up to three words in any case.

Any Unicode space (a no-break space pasted from the web or a chat) counts as a space and zero-width characters are
dropped before anything is looked for (``normalise``), in the masker and in the column check alike.

What is not caught: a name without such a word before it ("Budi minta bantuan"), a name after a form of address
typed in lower case ("ibu siti"), addresses, landline numbers and NIKs with a digit missing. Free text should not
hold personal data at all; the template says so. The patterns stay within RE2 syntax so Arrow can run the same
detection over whole columns.
"""

from __future__ import annotations

import re

# Between two digits of a number: nothing, one space, dot, dash or slash, or such a mark with a space either side.
_SEP = r"(?:[ .\-/]| ?[.\-/] ?|  )?"
NIK = (r"(^|^[ .\-/]|[^0-9 .\-/]|[^0-9][ .\-/])([0-9](?:" + _SEP + r"[0-9]){15})"
       r"($|[^0-9 .\-/]|[ .\-/]$|[ .\-/][^0-9])")
# The mobile prefix 8xx is required (in brackets after +62 too): without it any 0 and six digits would be a phone.
PHONE = (r"(^|[^0-9+])((?:\+62 ?\(8[0-9]{1,2}\)|(?:\+62|62|\(\+?62\)|\(0|0)" + _SEP + r"\(?8[0-9]{1,2}\)?)"
         r"(?:" + _SEP + r"[0-9]){6,10})"
         r"($|[^0-9 .\-/]|[ .\-/]$|[ .\-/][^0-9])")
EMAIL = r"()([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)()"
_TITLES = (r"bapak|bpk|bp|pak|ibu|bu|sdri?|saudara|saudari|tn|ny|nn|nyonya|tuan|mbak|mas|kak|mbah|"
           r"nenek|kakek|almarhumah|almarhum|alm|hj|h")
_CAP_WORD = r"[A-Z][A-Za-z'.\-]*"
NAME = (r"(^|[^A-Za-z])((?i:" + _TITLES + r")(?:\s+|\s*[.:]\s*))(" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,2})"
        r"|(^|[^A-Za-z])((?i:a\.\s?n\.?|a/n|an\.|atas\s+nama)\s*:?\s*)([A-Za-z][A-Za-z'.\-]*(?:\s+[A-Za-z][A-Za-z'.\-]*){0,2})")
# Any one of the three: for a vectorised "does this cell hold personal data" over a column.
ANY = "|".join(f"(?:{p})" for p in (NIK, PHONE, EMAIL, NAME))

NIK_MASK = "[NIK/KK disamarkan]"
PHONE_MASK = "[telepon disamarkan]"
NAME_MASK = "[nama disamarkan]"
EMAIL_MASK = "[surel disamarkan]"

# Unicode spaces read as a space, zero-width characters as nothing: "Ibu\u00a0Siti" is "Ibu Siti".
_SPACES = {**dict.fromkeys([0x00A0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000], " "),
           **dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD], None)}
SPACE_TABLE = str.maketrans(_SPACES)
# The same characters as an RE2 class, so that a column is looked at in Arrow and only its few cells holding one are
# normalised in Python (a million ids translated one by one took half a second of an import).
UNUSUAL_SPACE = "[" + "".join(f"\\x{{{c:04X}}}" for c in sorted(_SPACES)) + "]"

_NIK_RE = re.compile(NIK)
_PHONE_RE = re.compile(PHONE)
_NAME_RE = re.compile(NAME)
_EMAIL_RE = re.compile(EMAIL)
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


def normalise(text: str) -> str:
    """Unicode spaces as spaces, zero-width characters dropped (what the patterns expect)."""
    return text.translate(SPACE_TABLE)


def normalise_column(values):
    """A pandas Series of text with ``normalise`` applied to the cells that need it (found by Arrow, at C speed)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not len(values):
        return values
    hits = pc.match_substring_regex(pa.array(values.array), UNUSUAL_SPACE).fill_null(False).to_numpy(zero_copy_only=False)
    if not hits.any():
        return values
    out = values.copy()
    out[hits] = [normalise(v) for v in values[hits]]
    return out


def mask(text):
    """``text`` with every NIK/KK number, mobile number, e-mail address and name (as above) replaced by a marker."""
    if not isinstance(text, str) or not text:
        return text
    out = normalise(text)
    if not _ANY_RE.search(out):
        return text
    out = _sub_all(_EMAIL_RE, lambda m: EMAIL_MASK, out)
    out = _sub_all(_NIK_RE, lambda m: f"{m.group(1)}{NIK_MASK}{m.group(3)}", out)
    out = _sub_all(_PHONE_RE, lambda m: f"{m.group(1)}{PHONE_MASK}{m.group(3)}", out)
    return _sub_all(_NAME_RE, _name_sub, out)


def mask_file_name(name):
    """A file's name as it may be shown or kept: its words are often joined by underscores
    ("laporan_Ibu_Siti_Aminah.csv"), which no pattern reads as spaces."""
    if not isinstance(name, str):
        return name
    spaced = name.replace("_", " ")
    masked = mask(spaced)
    return mask(name) if masked == spaced else masked


def looks_personal(text) -> bool:
    return isinstance(text, str) and bool(_ANY_RE.search(normalise(text)))


# Keys of our own records whose values we make (batch and build names, digests): never personal data, and a batch
# name's time and random tail can read as a spaced NIK ("...065747615053-1234e602"), which masking mangled.
OWN_KEYS = frozenset({"id", "batch", "build", "previous_build", "undone_build", "sha256", "set_aside"})


def mask_any(value):
    """A value as it may be shown or kept: strings masked, containers masked item by item (values under
    ``OWN_KEYS`` kept)."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {k: v if k in OWN_KEYS and isinstance(v, str) else mask_any(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_any(v) for v in value]
    return value


# Header words that mean personal data of a beneficiary or worker, by kind (Indonesian, English).
HEADER_KINDS = [
    # N.I.K and N I K normalise to n_i_k; card and account numbers (KKS, KIS, KIP, BPJS, NPWP, rekening) identify too.
    # A card or account named alone may be a count ("Jumlah KIS"): only its number is personal.
    (re.compile(r"(^|_)(nik|n_i_k|nkk|no_?kk|nomor_?kk|kartu_?keluarga|ktp|no_?ktp|nomor_?induk|npwp|paspor|passport"
                r"|no_?rek|norek|nisn|(no|nomor|nmr)_?(kks|kis|kip|bpjs|rekening|identitas))($|_)"),
     ("nomor identitas", "identity number")),
    (re.compile(r"(^|_)(telepon|telp|tlp|phone|hp|no_?hp|wa|whatsapp|ponsel|handphone|kontak|contact)($|_)"),
     ("nomor telepon", "phone number")),
    (re.compile(r"(^|_)(email|e_mail|surel)($|_)"), ("alamat surel", "email address")),
    (re.compile(r"(^|_)(alamat|address|rt_?rw|dusun|domisili|tempat_?tinggal)($|_)"), ("alamat", "address")),
    # TTL: tempat, tanggal lahir
    (re.compile(r"(^|_)(tanggal_?lahir|tgl_?lahir|lahir|birth|dob|ttl|umur|usia)($|_)"), ("tanggal lahir", "date of birth")),
    (re.compile(r"(^|_)(nama|name)($|_)"), ("nama", "name")),
]


def header_kind(normalised: str) -> tuple[str, str] | None:
    """The kind of personal data a normalised header names, or None."""
    for pattern, kind in HEADER_KINDS:
        if pattern.search(normalised):
            return kind
    return None
