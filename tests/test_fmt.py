"""Numbers as the reader writes them: Indonesian (1.234,5) or English, never "-0", and typed numbers read the
only way they can be (or refused)."""

import pandas as pd
import pytest

from tksk import fmt


@pytest.mark.parametrize("x, decimals, lang, shown", [
    (1234.5, 1, "id", "1.234,5"), (1234.5, 1, "en", "1,234.5"), (0.6149, 2, "id", "0,61"),
    (-0.04, 1, "id", "0,0"), (-0.4, 0, "en", "0"), (-0.0, 0, "id", "0"), (-1.5, 1, "id", "-1,5"),
    (float("nan"), 1, "id", "tidak ada data"), (None, 0, "en", "no data"),
])
def test_numbers_in_the_readers_format_and_never_minus_zero(x, decimals, lang, shown):
    assert fmt.number(x, decimals, lang) == shown


@pytest.mark.parametrize("text, lang, value", [
    ("6,5", "id", 6.5), ("6.5", "id", 6.5), ("25.000", "id", 25000.0), ("1.234,5", "id", 1234.5),
    ("92.75", "id", 92.75), ("6.5", "en", 6.5), ("25,000", "en", 25000.0), (" 1 234 ", "id", 1234.0),
])
def test_typed_numbers_are_read_the_only_way_they_can_be(text, lang, value):
    assert fmt.parse_number(text, lang) == value


@pytest.mark.parametrize("text", ["abc", "", " ", "6,5,5", "1.23.4", "٣", "1e12", "inf", "nan", "6,"])
def test_anything_else_is_refused(text):
    with pytest.raises(fmt.NotANumber):
        fmt.parse_number(text, "id")


def test_a_period_of_one_month_is_said_as_that_month():
    """ "January 2023 – January 2023" read as a slip; the same month once, a range otherwise."""
    jan, mar = "2023-01-01", "2023-03-01"
    assert fmt.months(jan, jan, "en") == "January 2023"
    assert fmt.months(jan, mar, "id") == "Januari 2023 – Maret 2023"
    assert fmt.months(jan, mar, "en", short=True) == "Jan 2023 – Mar 2023"
    from tksk.present.common import Settings, period_label

    assert period_label(Settings(lang="id", start=pd.Timestamp(jan), end=pd.Timestamp(jan))) == "Januari 2023"


def test_a_time_with_its_zone_is_shown_in_ogan_ilir_s_time():
    """A server in UTC printed a clerk's import at 10.24 WIB as "03.24" (consistency review of 2026-12-05)."""
    assert fmt.timestamp("2026-12-05T03:24:36+00:00") == "5 Desember 2026 10.24 WIB"
    assert fmt.timestamp("2026-12-05T10:24:36+07:00", "en") == "5 December 2026 10:24 WIB"
    assert fmt.timestamp("2026-12-05T03:24:36") == "5 Desember 2026 03.24"  # no zone recorded: as written
