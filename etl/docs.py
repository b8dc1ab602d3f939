"""Generate the README's column tables from tksk.schema (one place for each fact)."""

from __future__ import annotations

from pathlib import Path

from tksk import schema

BEGIN = "<!-- columns:begin (python -m etl docs) -->"
END = "<!-- columns:end -->"
FILES = {"log": ("Log kegiatan (templat) / activity log template", schema.LogRow),
         "roster": ("Daftar pos TKSK (templat) / post roster template", schema.RosterRow)}


def table_markdown(model) -> str:
    lines = ["| kolom | label | English | isi | wajib |", "|---|---|---|---|---|"]
    for name, c in schema.columns(model).items():
        req = "ya" if c.metadata.get("required_in_file") or (not c.nullable and model not in (schema.LogRow, schema.RosterRow)) else ""
        desc = (c.description or "").replace("|", "\\|")
        lines.append(f"| `{name}` | {c.title} | {c.metadata['en']} | {desc} | {req} |")
    return "\n".join(lines)


def columns_section() -> str:
    parts = [BEGIN]
    for title, model in FILES.values():
        parts += [f"\n#### {title}\n", table_markdown(model)]
    for name, model in schema.STORE_TABLES.items():
        if model in (schema.LogRow,):
            continue
        parts += [f"\n#### `{name}.parquet` — {(model.__doc__ or '').strip()}\n", table_markdown(model)]
    parts.append(END)
    return "\n".join(parts)


def update_readme(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    new = text[:start] + columns_section() + text[end:]
    if new != text:
        path.write_text(new, encoding="utf-8")
        return True
    return False
