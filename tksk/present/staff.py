"""What staff see on the data page: checked and imported files, their problems, the last import, the audit
trail and what a rollback would do.

Every value that came from a file or a person (a file name, a sheet name, a user name) goes into a table cell
or a plain-text line, never into Markdown: the view shows these frames with ``st.dataframe`` and ``st.text``.
"""

from __future__ import annotations

import pandas as pd

from tksk import fmt, pii
from tksk.logs import KIND_LABELS
from tksk.problems import HIDDEN
from tksk.text import t

REASON = {"id": "reason_id", "en": "reason_en"}
_LANG = {"id": 0, "en": 1}
ACTIONS = {"build": "action_build", "import": "action_import", "rollback": "action_rollback",
           "refresh": "action_refresh", "reconcile": "action_reconcile"}
RESULTS = {"ok": "result_ok", "partial": "result_partial", "rejected": "result_rejected", "failed": "result_failed"}
PROBLEM_COLUMNS = ("col_file", "col_row", "col_column", "col_value", "col_reason")


def kind_label(kind: str | None, lang: str) -> str:
    return KIND_LABELS[kind][_LANG[lang]] if kind in KIND_LABELS else ""


# The tokens masking or hiding personal data, by their text key: read in the reader's language.
MASKS = {pii.NAME_MASK: "mask_name", pii.NIK_MASK: "mask_nik", pii.NUMBER_MASK: "mask_number",
         pii.BIRTH_MASK: "mask_birth", pii.PHONE_MASK: "mask_phone", pii.EMAIL_MASK: "mask_email",
         pii.ADDRESS_MASK: "mask_address", pii.PLATE_MASK: "mask_plate", HIDDEN: "mask_hidden"}


def in_words_of(value, lang: str):
    """A value from a file with its masks in ``lang``: "log [nama disamarkan].csv" on an English page read as an
    untranslated word (walk-through of 2026-12-06)."""
    if not isinstance(value, str) or "[" not in value:
        return value
    for token, key in MASKS.items():
        value = value.replace(token, t(key, lang))
    return value


def problems_frame(problems: list[dict], lang: str) -> pd.DataFrame:
    """Problems (``Problem.as_dict()``) as a table: file, spreadsheet row, column, value, reason in ``lang``."""
    w = lambda v: in_words_of(v, lang)  # noqa: E731
    rows = [{t("col_file", lang): w(p.get("file")), t("col_row", lang): p.get("row"),
             t("col_column", lang): w(p.get("column")), t("col_value", lang): w(p.get("value")),
             t("col_reason", lang): w(p.get(REASON[lang]))} for p in problems]
    frame = pd.DataFrame(rows, columns=[t(k, lang) for k in PROBLEM_COLUMNS])
    return frame.astype({t("col_row", lang): "Int64"})


def file_block(outcome, lang: str) -> dict:
    """One checked file: its status line, the problems of the whole file (plain lines) and those of its rows
    (a table)."""
    res = outcome.result
    errors = len(res.errors)
    notes = len(res.problems) - errors
    status = (t("file_ok", lang, rows=fmt.number(len(res.rows), lang=lang), kind=kind_label(res.kind, lang))
              if outcome.accepted else
              t("file_bad", lang, n=fmt.number(errors, lang=lang),
                notes=t("file_bad_notes", lang, k=fmt.number(notes, lang=lang)) if notes else ""))
    whole = [p for p in res.problems if p.row is None]
    lines = [" · ".join(x for x in (p.column, p.value, p.as_dict()[REASON[lang]]) if x) for p in whole]
    rows = [p.as_dict() for p in res.problems if p.row is not None]
    return {"name": pii.mask_file_name(outcome.name), "ok": outcome.accepted, "status": status, "lines": lines,
            "table": problems_frame(rows, lang) if rows else None}


def environment_reason(outcomes, lang: str) -> str | None:
    """The machine's problem (a busy store, a full disk...) once, when it stopped every file."""
    env = [p for o in outcomes for p in o.result.problems if p.is_environment]
    return env[0].as_dict()[REASON[lang]] if env else None


def import_result(outcomes, lang: str) -> dict:
    """After an import: a line of totals and one row per file (name, kind, result, new rows)."""
    frame = pd.DataFrame({
        t("col_file", lang): [pii.mask_file_name(o.name) for o in outcomes],
        t("col_kind", lang): [kind_label(o.result.kind, lang) for o in outcomes],
        t("col_result", lang): [t("result_imported" if o.accepted else "result_refused", lang) for o in outcomes],
        t("col_new_rows", lang): pd.array([o.new_rows if o.accepted else None for o in outcomes], dtype="Int64"),
    })
    fixed = sum(o.corrected for o in outcomes if o.accepted)
    if fixed:
        frame[t("col_corrected", lang)] = pd.array([o.corrected if o.accepted else None for o in outcomes], dtype="Int64")
    done = sum(o.accepted for o in outcomes)
    return {"ok": done == len(outcomes), "summary": t("import_summary", lang, done=done, refused=len(outcomes) - done,
                                                     rows=fmt.number(sum(o.new_rows for o in outcomes), lang=lang),
                                                     fixed=t("import_summary_fixed", lang, n=fmt.number(fixed, lang=lang))
                                                     if fixed else ""),
            "table": frame, "environment": environment_reason(outcomes, lang),
            "problems": problems_frame([p.as_dict() for o in outcomes for p in o.result.problems], lang)}


def _result(code: str | None, lang: str) -> str:
    return t(RESULTS[code], lang) if code in RESULTS else (code or "")


def _action(code: str | None, lang: str) -> str:
    return t(ACTIONS[code], lang) if code in ACTIONS else (code or "?")


def last_import(last: dict | None, lang: str) -> dict | None:
    """The last import record (``last_import.json``): who and when, its files and its problems."""
    if not last:
        return None
    files = last.get("files") or []
    frame = pd.DataFrame({
        t("col_file", lang): [f.get("name") for f in files],
        t("col_kind", lang): [kind_label(f.get("kind"), lang) for f in files],
        t("col_result", lang): [t("result_imported" if f.get("accepted") else "result_refused", lang) for f in files],
        t("col_new_rows", lang): pd.array([f.get("new_rows") for f in files], dtype="Int64"),
        "SHA-256": [f.get("sha256") for f in files],
    })
    if any(f.get("corrected") for f in files):
        frame.insert(4, t("col_corrected", lang), pd.array([f.get("corrected") or None for f in files], dtype="Int64"))
    parts = [fmt_time(last.get("at")), str(last.get("user") or "?"), _result(last.get("result"), lang)]
    if undone := last.get("undone"):
        parts.append(t("import_undone", lang, at=fmt_time(undone.get("at")), user=str(undone.get("user") or "?")))
    line = " · ".join(parts)
    return {"line": line, "files": frame, "problems": problems_frame(last.get("problems") or [], lang)}


def fmt_time(iso: str | None) -> str:
    """An audit time as the reader writes it, in Ogan Ilir's time: 2026-11-24 10:05 WIB (one recorded without a zone
    as written)."""
    if not iso:
        return ""
    try:
        ts = pd.Timestamp(iso)
    except ValueError:
        return str(iso)
    if ts.tzinfo is None:
        return ts.strftime("%Y-%m-%d %H:%M")
    return ts.tz_convert(fmt.LOCAL_ZONE).strftime("%Y-%m-%d %H:%M") + " WIB"


def audit_table(records: list[dict], lang: str) -> pd.DataFrame:
    """The audit trail, newest first: one row per file of an import (a build or rollback has one row)."""
    rows = []
    for r in records:
        base = {t("col_when", lang): fmt_time(r.get("at")), t("col_who", lang): r.get("user"),
                t("col_action", lang): _action(r.get("action"), lang),
                t("col_result", lang): _result(r.get("result"), lang)}
        files = r.get("files") or [{}]
        for f in files:
            rows.append({**base, t("col_file", lang): f.get("name"), "SHA-256": f.get("sha256"),
                         t("col_new_rows", lang): f.get("new_rows", r.get("rows_added") if len(files) == 1 else None),
                         t("col_build", lang): r.get("build") or r.get("undone_build")})
    # The checksum last: it is long, and the columns a reader scans first stay in view.
    columns = [t(k, lang) for k in ("col_when", "col_who", "col_action", "col_file", "col_new_rows", "col_result",
                                    "col_build")] + ["SHA-256"]
    frame = pd.DataFrame(rows, columns=columns)
    text = [c for c in columns if c != t("col_new_rows", lang)]
    frame[text] = frame[text].fillna("")  # a build has no file: an empty cell, not "None"
    return frame.astype({t("col_new_rows", lang): "Int64"})


def rollback_info(manifest: dict, lang: str) -> str | None:
    """What a rollback would do to the current build, or None when there is no build before it."""
    previous = manifest.get("previous")
    if not previous:
        return None
    return t("rollback_explain", lang, current=manifest.get("build_id") or "?", previous=previous,
             action=_action(manifest.get("action"), lang), at=fmt_time(manifest.get("built_at")))
