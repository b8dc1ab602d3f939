"""The fast path for clean logs: every rule decided on distinct values, never row by row.

Most files a clerk sends are clean. Cell rules already ran on each column's distinct values; here each row
rule runs on the distinct combinations of the columns it reads, and the rules over the whole file are checked
on integer positions. Any value or combination that breaks a rule sends the whole file to the full path, which
finds and words every problem; so both paths accept exactly the same files and give the same rows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from tksk import schema
from tksk.logs.columns import Column, empty_column, spread, typed_frame
from tksk.logs.rules import Reference, Rule


def used(col: Column) -> np.ndarray:
    """Per distinct value: does any row hold it."""
    return np.bincount(col.rows[col.rows >= 0], minlength=len(col.parsed.values)) > 0


def combinations(cols: dict[str, Column], reads: tuple[str, ...], n: int) -> pd.DataFrame:
    """One row per distinct combination of the columns ``reads`` (typed, as the rule sees rows)."""
    if not reads:
        return pd.DataFrame()
    key, sizes = None, []
    for c in reads:
        size = len(cols[c].parsed.values) + 1
        key = cols[c].rows + 1 if key is None else key * size + (cols[c].rows + 1)
        sizes.append(size)
    room = int(np.prod(sizes, dtype=object))
    # Codes by codes, dates by dates: few possible keys, counted rather than hashed (half the time of the log's
    # rules on a million rows).
    uniq = np.flatnonzero(np.bincount(key, minlength=room)) if room <= 4 * n + (1 << 16) else pd.unique(key)
    out = {}
    for c, size in zip(reversed(reads), reversed(sizes)):
        uniq, pos = np.divmod(uniq, size)
        out[c] = spread(cols[c].parsed.values, pos - 1)
    return pd.DataFrame({c: out[c] for c in reads})


def clean_log(cols: dict[str, Column], n: int, ref: Reference, today: pd.Timestamp, rules: list[Rule]):
    """The clean log (``CleanLog``) when the file breaks no rule, else None (the full checks then run)."""
    model = schema.columns(schema.LogRow)
    for c in schema.required_in_file(schema.LogRow):
        if (cols[c].rows < 0).any():
            return None
    for col in cols.values():
        bad = col.bad_values()
        if len(bad) and used(col)[bad].any():
            return None
    ids = cols["id_log"].same_value_rows()
    if np.bincount(ids[ids >= 0]).max() > 1:
        return None
    # The template's example row is looked for only where its obstacle text is (a column of few distinct values).
    example = cols.get("kendala")
    if example is not None and (example.parsed.values == schema.example_row(schema.LogRow)["kendala"]).any():
        return None
    present = {c: cols[c] if c in cols else None for c in model}
    for rule in rules:
        missing = [c for c in rule.reads if present[c] is None]
        if missing:
            frame = pd.DataFrame({c: empty_column(model[c], 1) for c in missing})
            reads = tuple(c for c in rule.reads if c not in missing)
            if reads:
                combos = combinations(cols, reads, n)
                frame = pd.concat([combos, frame.loc[frame.index.repeat(len(combos))].reset_index(drop=True)], axis=1)
        else:
            frame = combinations(cols, rule.reads, n)
        if rule.broken(frame, ref, today).fillna(False).to_numpy(dtype=bool).any():
            return None
    return CleanLog(cols, n)


class CleanLog:
    """A clean log's rows, still as encoded columns: spread into a pandas frame, or into an Arrow table in the
    store's types, only when asked. An import of a large clean file writes it from Arrow and never builds the
    frame (half a second on a million rows)."""

    def __init__(self, cols: dict[str, Column], n: int):
        self.cols, self.n = cols, n

    def __len__(self) -> int:
        return self.n

    def frame(self) -> pd.DataFrame:
        return typed_frame(self.cols, schema.columns(schema.LogRow), self.n)

    def table(self) -> pa.Table:
        """Every column of the log in its stored Arrow type (tksk.schema.log_arrow), except that text stays
        dictionary-encoded: the distinct values and each row's position among them, no text copied per row.
        ``pa.Table.cast(schema.log_arrow())`` decodes it (after any sort, which then moves only positions)."""
        arrays, fields = [], []
        for field in schema.log_arrow():
            col = self.cols.get(field.name)
            if col is None or not len(col.parsed.values):
                arrays.append(pa.nulls(self.n, field.type))
                fields.append(field)
                continue
            missing = col.rows < 0
            if pa.types.is_timestamp(field.type) or pa.types.is_floating(field.type):
                values = col.parsed.values.to_numpy()[np.maximum(col.rows, 0)]
                arrays.append(pa.array(values, mask=missing if missing.any() else None).cast(field.type))
                fields.append(field)
            else:
                positions = pa.array(col.rows.astype(np.int32), mask=missing if missing.any() else None)
                arrays.append(pa.DictionaryArray.from_arrays(positions, pa.array(col.parsed.values.array, field.type)))
                fields.append(pa.field(field.name, arrays[-1].type))
        return pa.Table.from_arrays(arrays, schema=pa.schema(fields))
