"""Every column of every schema is documented in the README, as generated from the schema."""

from etl.docs import BEGIN, END, columns_section
from helpers import ROOT
from tksk import schema


def test_readme_column_tables_are_current():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(BEGIN): text.index(END) + len(END)]
    assert section == columns_section(), "run `python -m etl docs`"


def test_every_column_is_documented():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, model in {**schema.STORE_TABLES, "log": schema.LogRow}.items():
        for col, c in schema.columns(model).items():
            assert f"| `{col}` | {c.title} |" in text, (name, col)
            assert c.description and c.metadata["en"], (name, col)
