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


@pytest.mark.parametrize("x, decimals, shown", [
    (72.5, 0, "73"), (73.5, 0, "74"), (-2.5, 0, "-3"), (2.675, 2, "2,68"), (1.005, 2, "1,01"), (0.125, 2, "0,13"),
    (80.05, 1, "80,1"), (79.95, 1, "80,0"), (0.45, 1, "0,5"),
    # just below a half, beyond what a reader writes, is below it (review of 2026-12-06: 72,4999996 read 73)
    (72.4999996, 0, "72"), (0.4999996, 0, "0"),
])
def test_halves_round_up_as_a_person_rounds_and_the_verdicts_read_the_same_figure(x, decimals, shown):
    """Python's round and numpy's gave 72 for 72,5 and disagreed with each other on 2,675: a band or a post read
    from the figure could differ from the figure shown beside it (review of 2026-12-06)."""
    import numpy as np

    from tksk import indicators, wisn
    from tksk.present.export import frame
    from tksk.present.common import Table

    assert fmt.number(x, decimals) == shown and fmt.is_gap(fmt.rounded(pd.NA))
    value = float(shown.replace(",", "."))
    assert fmt.rounded(x, decimals) == value
    assert list(fmt.rounded(np.array([x, np.nan]), decimals)[:1]) == [value]
    assert fmt.rounded(pd.Series([x], index=[7]), decimals).loc[7] == value
    # A download holds the figure the screen shows.
    assert frame(Table(pd.DataFrame({"v": [x]}), decimals={"v": decimals}), "id")["v"].iloc[0] == value
    if decimals == 2:  # a need as shown: its posts
        assert wisn.as_shown(x) == value and wisn.posts(x) == np.ceil(value)
    if decimals == 1:  # a composite as shown: its status
        assert indicators.traffic_light(x) == indicators.traffic_light(value)


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
