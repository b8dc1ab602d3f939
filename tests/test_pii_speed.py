"""The masker's speed on a large import, without a different word stored: how notes are looked at and read, and the
budget of a column's close reading (counts of notes, never seconds)."""

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tksk import pii
from tksk.logs import parse

# A note for each pattern of ``pii.ANY`` and a few with none.
NOTES = ["NIK 1610 0123 4567 8901 blm terdaftar", "hub 0812-3456-7890", "wa 08 1234 5678 90", "81234567890 nomor lama",
         "telp kantor (0711) 580-123", "siti.aminah99@gmail.com", "Bertemu Ibu Siti Aminah", "rumah siti rusak",
         "Nurmala, 68 th, sakit", "no rek BRI 0123-01-045678-50-3", "TTL Palembang, 12 Mei 1950",
         "Tgl lahir berbeda: KTP 12-05-1950", "motor BG 5521 AK", "KIP 5K9H7Q belum cair", "PIN KKS 123456",
         "Indralaya, 12-05-1950", "juleha123 at gmail dot com", "Untung suami KPM sakit", "Kemarin hujan. Untung, anaknya, sakit.",
         "hub 08l234567890 ya", "Jalan desa terendam banjir", "blm cair tahap 2", "rapat di balai desa jam 09.00", "",
         "1610-08-2025-0001"]


def test_a_column_of_notes_is_looked_at_one_pattern_at_a_time():
    """Arrow's first look at a column of notes: ``ANY`` and ``LOOKALIKE`` as one alternation is more than RE2's
    automaton keeps in memory, and it read 100.000 notes in 4,5 s; a pattern at a time, 0,4 s. Same answer."""
    assert pii.ANY == "|".join(f"(?:{p})" for p in pii.ANY_PARTS)
    cells = pa.array(NOTES + [None])
    whole = pc.match_substring_regex(cells, parse._NOTES_LOOK).fill_null(False).to_numpy(zero_copy_only=False)
    assert whole.sum() >= 20 and not whole.all()
    assert pii.holds_any(cells, pii.LOOKALIKE).tolist() == whole.tolist()
    assert parse._personal(pd.Series(NOTES + [None]), notes=True).tolist() == whole.tolist()
    assert parse._personal(pd.Series(["3", "12", None]), notes=True).tolist() == [False, False, False]
    assert isinstance(pii.holds_any(pa.array([], pa.string())), np.ndarray)


# Texts that hold what each pattern looks for, and its near misses: cut from the notes above and joined to the words
# and numbers each test of ``pii._CAN`` reads (a marker, "@", "bin", a year, sixteen digits …).
PIECES = NOTES + ["[telepon disamarkan] 0711 580123 4", "KK 1610 0123 [telepon disamarkan]", "ttl Palembang 12-05-1950",
                  "Siti binti Ahmad", "SITI BIN AHMAD", "a.n. rudi", "A/N Rudi", "an. Sarmini", "atas nama joko",
                  "Nur'aini", "nur'aini", "'Siti", "Siti'", "M.Siti", "bu.nurjanah", "Ayu", "AYU", "ayu", "jln. merdeka no 12",
                  "RT 02/RW 03", "Perum Griya Indah Blok C2 No. 5", "rumah no 23", "lahir 1950", "PIN KKS 123456",
                  "akta lahir 1610-LT-12052019-0034", "1610012345678901", "0812345678", "6281234567890", "nik=1610",
                  "E-MAIL: ROSLINA.SARI@GMAIL.COM", "juleha123 at gmail dot com", "Tksk-Idl-01", "Anti-Narkoba",
                  "Bu Nur-Aini blm cair", "hp 08-123-456-789", "ibu\tWarsini", "Rp 8500000000", "Kemarin hujan. Untung, anaknya, sakit."]


def _spliced():
    out = []
    for i, a in enumerate(PIECES):
        for j, b in enumerate(PIECES):
            if (i * 7 + j) % 5 == 0:
                out += [a + " " + b, a + b, (a + ", " + b).upper(), (a + " " + b).lower()]
    return [pii.normalise(t) for t in out]


def test_a_pattern_is_run_only_where_what_it_needs_is_there():
    """Each pass of a pattern over a note is skipped when the note lacks what the pattern needs (a word, a number of
    digits): a test that is true of every text the pattern matches in, so that nothing masked before is left."""
    import re

    patterns = {"NIK": pii._NIK_RE, "PHONE": pii._PHONE_RE, "PHONE_GROUPED": pii._PHONE_GROUPED_RE,
                "PHONE_BARE": pii._PHONE_BARE_RE, "LANDLINE": pii._LANDLINE_RE, "ACCOUNT": pii._ACCOUNT_RE,
                "CARD": pii._CARD_RE, "EMAIL": pii._EMAIL_RE, "EMAIL_SPELLED": pii._EMAIL_SPELLED_RE,
                "BIRTH": pii._BIRTH_RE, "BIRTH_LATER": pii._BIRTH_LATER_RE, "PIN": pii._PIN_RE,
                "OLD_DATE": pii._OLD_DATE_RE, "CARD_LEFTOVER": pii._CARD_LEFTOVER, "CARD_CODE": pii._CARD_CODE_RE,
                "GIVEN": pii._GIVEN_RE, "ADDRESS": pii._ADDRESS_RE}
    patterns |= {n: re.compile(p, re.ASCII) for n, p in zip(pii._ANY_PART_NAMES, pii.ANY_PARTS) if n in pii._CAN}
    assert set(patterns) == set(pii._CAN)
    texts = _spliced()
    matched = {n: 0 for n in patterns}
    for t in texts:
        for n, p in patterns.items():
            if p.search(t):
                matched[n] += 1
                assert pii._CAN[n](t), (n, t)
        assert pii._any_found(t) == (pii._ANY_RE.search(t) is not None), t
        assert pii._words_found(t) == (pii._WORDS_RE.search(t) is not None), t
        assert pii._name_pattern(t).sub(pii._name_sub, t) == pii._NAME_RE.sub(pii._name_sub, t), t
    assert all(matched.values()), [n for n, k in matched.items() if not k]  # every pattern was tried where it matches


def test_the_faster_readings_read_as_before():
    """Shortcuts of the masker's reading: a note in ASCII without a tab or a control character is its own normal
    form; words and tokens of an ASCII note are found by ASCII patterns, the same ones."""
    for t in _spliced() + ["a\tb", "x\x00y", "\x7f", "Ibu\u00a0Siti", "\u200bSiti", "José Muñoz", "１６１０"]:
        assert pii.normalise(t) == t.translate(pii.SPACE_TABLE), t
        if t.isascii():
            assert [m.span() for m in pii._WORD_ASCII_RE.finditer(t)] == [m.span() for m in pii._WORD_RE.finditer(t)], t
            assert [m.span() for m in pii._TOKEN_ASCII.finditer(t)] == [m.span() for m in pii._TOKEN.finditer(t)], t


# ---- the budget of a column's close reading (counts of notes, never seconds)
def _needing(n: int) -> list[str]:
    """``n`` different notes of 24 characters, each with a name to read closely."""
    return [f"Bu Warsini {i:04d} blm cair" for i in range(n)]


def test_a_column_s_close_reading_stops_after_its_characters(monkeypatch):
    """Notes are read closely until ``NOTE_CHARS`` characters have been read (the note that passes it is still read):
    the rest are masked whole, unread."""
    notes = _needing(10)
    assert {len(n) for n in notes} == {24}
    monkeypatch.setattr(pii, "NOTE_CHARS", 24 * 4)
    out = pii.mask_notes(notes, [True] * len(notes))
    assert out[:5] == [f"Bu [nama disamarkan] {i:04d} blm cair" for i in range(5)]
    assert out[5:] == [pii.UNREAD_MASK] * 5
    # Notes with nothing to read closely cost nothing and stay as written; past the bound a note without a word is
    # masked by the patterns alone.
    plain = ["jalan rusak", "sinyal susah", "hujan deras"]
    out = pii.mask_notes(plain + notes, [False] * 3 + [True] * 10)
    assert out[:3] == plain and out[3:8] == [f"Bu [nama disamarkan] {i:04d} blm cair" for i in range(5)]
    assert out[8:] == [pii.UNREAD_MASK] * 5
    out = pii.mask_notes(notes + ["0812 3456 7890", "12", None], [True] * 11 + [False, False])
    assert out[-3:] == ["[telepon disamarkan]", "12", None]


def test_a_column_s_close_reading_stops_after_its_seconds(monkeypatch):
    """``NOTE_SECONDS`` of the reading thread's CPU bound the reading whatever a note costs: a clock that moves a
    second at each look stops it after the notes read within the bound."""
    ticks = iter(range(1000))
    monkeypatch.setattr(pii, "_clock", lambda: next(ticks))
    monkeypatch.setattr(pii, "NOTE_SECONDS", 3)
    out = pii.mask_notes(_needing(8), [True] * 8)
    # Started at 0; looked at before notes 0 to 2 at 1, 2 and 3 (within), before note 3 at 4 (past).
    assert sum(o == pii.UNREAD_MASK for o in out) == 5 and out[2] == "Bu [nama disamarkan] 0002 blm cair"


def test_the_bounds_hold_a_large_import_of_real_notes():
    """100.000 rows, each with a different note of two sentences as the corpora of clerks' notes write them (pii25):
    7,9 million characters to read closely and 12.500 new words. The bounds hold them with room to spare (62.000 of
    them were stored unread at 3 million characters); past them, a minute of CPU at most."""
    assert pii.NOTE_CHARS >= 10_000_000 and pii.FRESH_WORDS >= 40_000
    assert pii.NOTE_SECONDS <= 30
