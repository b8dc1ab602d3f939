"""The schemas are declared without pandera (so a small import need not load it); the pandera schema built from
them holds the same columns and checks, and the import's own evaluation of a check agrees with pandera's."""

import numpy as np
import pandas as pd
import pytest

from tksk import schema

MODELS = {**schema.STORE_TABLES, "log": schema.LogRow}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_the_pandera_schema_holds_what_the_model_declares(name):
    model = MODELS[name]
    built = model.to_schema()
    assert list(built.columns) == list(schema.columns(model))
    for col_name, col in schema.columns(model).items():
        pa_col = built.columns[col_name]
        # pandas 3 stores text as its string dtype; every other type keeps its name
        assert str(pa_col.dtype) == col.dtype or (col.dtype == "str" and str(pa_col.dtype).startswith("string"))
        assert (pa_col.nullable, pa_col.required, pa_col.unique) == (col.nullable, col.required, col.unique)
        assert (pa_col.title, pa_col.metadata["en"]) == (col.title, col.metadata["en"])
        assert [c.name for c in pa_col.checks] == [c.name for c in col.checks]
    assert built.unique == model.unique


def _around(check) -> pd.Series:
    """Values at, just inside and just outside every bound of ``check``, and text that does and does not match."""
    st = check.statistics
    if check.name == "isin":
        return pd.Series([*st["allowed_values"], "", "x", "FASILITASI", " P24"], dtype=object)
    if check.name == "str_matches":
        return pd.Series(["", "x", "16.10.04", "16.10.04.2005", "16.1.04", "16.10.044", "2024-13", "2024-03",
                          "2024-3", " 16.10.04"], dtype=object)
    if check.name == "str_length":
        lengths = {0, 1} | {n + d for n in (st["min_value"], st["max_value"]) if n is not None for d in (-1, 0, 1) if n + d >= 0}
        return pd.Series(["y" * n for n in sorted(lengths)], dtype=object)
    bounds = [v for k, v in st.items() if k.endswith("_value") and v is not None]
    return pd.Series(sorted({float(b) + d for b in bounds for d in (-1, -0.5, 0, 0.5, 1)}))


@pytest.mark.parametrize("model_name,col_name,check", [
    (m, c, k) for m, model in sorted(MODELS.items()) for c, col in schema.columns(model).items()
    for k in col.checks])
def test_each_check_passes_and_fails_exactly_where_pandera_does(model_name, col_name, check):
    values = _around(check)
    ours = check.passes(values)
    theirs = check.to_pandera()(values).check_output.to_numpy(dtype=bool)
    assert ours.any() and not ours.all(), (col_name, check, values.tolist())
    np.testing.assert_array_equal(ours, theirs)


def test_a_model_refuses_an_annotation_or_check_it_does_not_know():
    with pytest.raises(TypeError, match="unknown annotation"):
        type("Bad", (schema.Table,), {"__annotations__": {"a": "Series[complex]"}, "a": schema.col("A", "A", "a")})
    with pytest.raises(TypeError, match="unknown checks"):
        type("Bad", (schema.Table,), {"__annotations__": {"a": "Series[str]"}, "a": schema.col("A", "A", "a", lt=3)})
    with pytest.raises(TypeError, match="does not inherit"):
        type("Wider", (schema.LogRow,), {"__annotations__": {"a": "Series[str]"}, "a": schema.col("A", "A", "a")})
