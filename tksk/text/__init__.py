"""Every string a user reads, in Bahasa Indonesia (default) and English, through one function: ``t``.

Plain keys (``t("map_title")``) come from the per-page tables in this package. A key with a namespace
(``t("activity:rujukan")``, ``t("metric:penduduk_per_tksk")``) reads a domain table where its labels are
defined beside the thing they name: the coded vocabularies, problem messages, metrics, indicators, WISN
standards and presets, defaults with their sources, and the store's column labels (from the schemas).
Each entry is a pair (Indonesian, English); ``tests/test_text.py`` checks that every key used exists in
both languages with the same placeholders, and that no plain key is unused.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from tksk.text import common, coverage, data, indicators, need, planner, poverty, workload

LANGS = {"id": "Bahasa Indonesia", "en": "English"}
MODULES = (common, coverage, data, indicators, need, planner, poverty, workload)
TEXT: dict[str, tuple[str, str]] = {k: v for m in MODULES for k, v in m.TEXT.items()}


def _pairs(table: dict, first: int = 0) -> Callable[[str], tuple[str, str] | None]:
    return lambda code: None if code not in table else (table[code][first], table[code][first + 1])


def _attrs(registry: Callable[[], dict], id_attr: str, en_attr: str) -> Callable[[str], tuple[str, str] | None]:
    def pair(code):
        item = registry().get(code)
        return None if item is None else (getattr(item, id_attr), getattr(item, en_attr))
    return pair


def _metrics():
    from tksk.metrics import ALL_METRICS
    return ALL_METRICS


def _indicators():
    from tksk.indicators import INDICATORS
    return INDICATORS


def _standards():
    from tksk.wisn import STANDARDS
    return STANDARDS


def _defaults():
    from tksk import assumptions
    return assumptions.DEFAULTS


def _column(name: str) -> tuple[str, str] | None:
    from tksk import schema
    from tksk.text.columns import COLUMNS
    return schema.labels_of_column(name) or COLUMNS.get(name)


def _namespaces() -> dict[str, Callable[[str], tuple[str, str] | None]]:
    from tksk import poverty as poverty_figures, problems, vocab, wisn

    return {
        "function": _pairs(vocab.FUNCTIONS), "activity": _pairs(vocab.ACTIVITIES), "programme": _pairs(vocab.PROGRAMMES),
        "ppks": _pairs(vocab.PPKS), "outcome": _pairs(vocab.OUTCOMES), "post_status": _pairs(vocab.POST_STATUS),
        "partner": _pairs(vocab.PARTNERS), "problem": _pairs(problems.MESSAGES),
        "metric": _attrs(_metrics, "label_id", "label_en"), "metric_explain": _attrs(_metrics, "explain_id", "explain_en"),
        "indicator": _attrs(_indicators, "label_id", "label_en"),
        "indicator_formula": _attrs(_indicators, "formula_id", "formula_en"),
        "indicator_why": _attrs(_indicators, "why_id", "why_en"),
        "standard": _attrs(_standards, "label_id", "label_en"), "standard_why": _attrs(_standards, "why_id", "why_en"),
        "preset": _pairs(wisn.PRESETS, 1), "pressure": _pairs(wisn.PRESSURE_LABELS),
        "pressure_short": _pairs(wisn.PRESSURE_SHORT), "awt": _pairs(wisn.AWT_FIELDS),
        "default_source": _attrs(_defaults, "source_id", "source_en"), "column": _column,
        "cas": _pairs(planner.CAS_NAMES), "precision": _pairs(poverty_figures.PRECISION),
    }


_NAMESPACES: dict[str, Callable[[str], tuple[str, str] | None]] = {}

# Codes without an entry of their own read as themselves (a code typed in a log is never hidden), except
# in the namespaces of our own definitions, where a missing key is a bug.
_OPEN = frozenset({"function", "activity", "programme", "ppks", "outcome", "post_status", "partner", "cas"})


def pair(key: str) -> tuple[str, str]:
    """The (Indonesian, English) pair of a key; KeyError for a key that does not exist."""
    if ":" not in key:
        return TEXT[key]
    ns, code = key.split(":", 1)
    if not _NAMESPACES:
        _NAMESPACES.update(_namespaces())
    found = _NAMESPACES[ns](code)
    if found is None:
        if ns in _OPEN:
            return code, code
        raise KeyError(key)
    return found


def t(key: str, lang: str = "id", **fmt) -> str:
    """The text of ``key`` in ``lang`` ("id" or "en"), with ``fmt`` filled into its placeholders."""
    text = pair(key)[1 if lang == "en" else 0]
    return text.format(**fmt) if fmt else text


def code(namespace: str, value, lang: str = "id") -> str:
    """The reader's label of a coded value (``code("activity", "rujukan")``); an empty cell is an empty string."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return t(f"{namespace}:{value}", lang)
