"""One text table: every key used exists in both languages with the same placeholders, no key is unused, and no
code outside the text package picks a language by hand."""

import re
import string

import pytest

from helpers import ROOT
from tksk import text, vocab

APP = [p for d in ("tksk", "ui", "views", "etl") for p in (ROOT / d).rglob("*.py")] + [ROOT / "dashboard.py"]
TEXT_DIR = ROOT / "tksk" / "text"
CODE = {p: p.read_text(encoding="utf-8") for p in APP if TEXT_DIR not in p.parents}
# A literal key passed to t(...) (text.t, ui.state.t, or the alias every module imports).
USED = re.compile(r"""\bt\(\s*f?["']([A-Za-z0-9_]+(?::[A-Za-z0-9_]+)?)["']""")


def placeholders(s: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(s) if name}


def test_plain_keys_are_unique_across_the_page_tables():
    seen: dict[str, str] = {}
    for module in text.MODULES:
        for key in module.TEXT:
            assert key not in seen, f"{key} in {module.__name__} and {seen[key]}"
            seen[key] = module.__name__


@pytest.mark.parametrize("key", sorted(text.TEXT))
def test_both_languages_with_the_same_placeholders(key):
    id_, en = text.TEXT[key]
    assert id_.strip() and en.strip()
    assert placeholders(id_) == placeholders(en), key


def test_every_key_used_exists():
    used = {k for src in CODE.values() for k in USED.findall(src)}
    assert len(used) > 150  # the pattern really finds the calls
    missing = []
    for key in used:
        try:
            text.pair(key)
        except KeyError:
            missing.append(key)
    assert not missing


def test_no_plain_key_is_unused():
    literals = set(re.findall(r"""["']([A-Za-z0-9_]+)["']""", "\n".join(CODE.values())))
    unused = sorted(set(text.TEXT) - literals)
    assert not unused


def test_every_code_has_both_labels():
    for namespace, table in (("activity", vocab.ACTIVITIES), ("ppks", vocab.PPKS), ("function", vocab.FUNCTIONS),
                             ("programme", vocab.PROGRAMMES), ("outcome", vocab.OUTCOMES),
                             ("post_status", vocab.POST_STATUS), ("partner", vocab.PARTNERS)):
        for c, labels in table.items():
            assert text.t(f"{namespace}:{c}", "id") == labels[0] and labels[0].strip()
            assert text.t(f"{namespace}:{c}", "en") == labels[1] and labels[1].strip()


def test_an_unknown_key_of_our_own_definitions_is_an_error_but_a_typed_code_reads_as_itself():
    with pytest.raises(KeyError):
        text.t("metric:no_such_metric")
    assert text.t("activity:kode_lain") == "kode_lain"
    assert text.code("activity", None) == ""


def test_no_language_is_picked_by_hand_outside_the_text_package():
    by_hand = re.compile(r"""lang(\(\))?\s*==\s*["'](id|en)["']|\bif en\b""")
    # The formatter, the citation column and a widget key follow the language: that is their job.
    allowed = {ROOT / "tksk" / "fmt.py", ROOT / "tksk" / "provenance.py", ROOT / "ui" / "widgets.py",
               ROOT / "ui" / "upload.py"}
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p, src in CODE.items() if p not in allowed
                 for n, line in enumerate(src.splitlines(), 1) if by_hand.search(line)]
    assert not offenders


# Tables keyed by language that hold no words: a locale, number marks, the name of a field or a position.
_NOT_WORDS = {("tksk/fmt.py", "LOCALES"), ("tksk/fmt.py", "PLOTLY_SEPARATORS"), ("tksk/present/staff.py", "REASON"),
              ("tksk/present/staff.py", "_LANG")}



def test_no_words_are_kept_by_language_outside_the_text_package():
    """A table {"id": …, "en": …} indexed by the language picks words as surely as ``lang == "id"`` does, and the
    guard above did not see it (``_EMPTY`` in etl/importer.py; rev32 #7). Only tksk/text and the problem messages
    (tksk/problems.py, read through ``t("problem:…")``) hold words by language."""
    import ast

    found = set()
    for p, src in CODE.items():
        rel = p.relative_to(ROOT).as_posix()
        if rel == "tksk/problems.py":
            continue
        for node in ast.walk(ast.parse(src)):
            value = getattr(node, "value", None)
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(value, ast.Dict):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                name = ",".join(getattr(t, "id", "?") for t in targets)
            else:
                name = None
            for d in ([value] if name else []) + [n for n in ast.iter_child_nodes(node) if isinstance(n, ast.Dict)]:
                keys = {k.value for k in d.keys if isinstance(k, ast.Constant)}
                if {"id", "en"} <= keys:
                    found.add((rel, name if d is value else f"line {d.lineno}"))
            if isinstance(node, ast.Call) and {"id", "en"} <= {k.arg for k in node.keywords}:
                found.add((rel, f"line {node.lineno}"))
    assert found - _NOT_WORDS == set()


def test_no_number_box_speaks_streamlit_s_english():
    """Streamlit's number box refuses a number out of bounds in English ("outside the allowed range"): the pages
    use ``ui.widgets.whole_number`` or ``decimal_input``, which speak the reader's language."""
    boxes = [f"{p.relative_to(ROOT)}:{n}" for p, src in CODE.items() if p.parts[-2] in ("views", "ui")
             for n, line in enumerate(src.splitlines(), 1) if "number_input(" in line]
    assert not boxes


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_readings_of_need_against_log_are_short(lang):
    """ux31 #10: "belum terlayani atau tidak tercatat" took four or five lines in each row of Perencanaan › Kebutuhan
    vs log at 1024 pixels, where its column is about 75 pixels (some ten characters a line): each reading is at
    most three such lines, and the intro above the table still says the reading in full."""
    from tksk.text import t

    import re

    def lines(text: str, width: int = 11) -> int:  # breaks after a space or a slash, as the browser does
        out = [""]
        for piece in re.findall(r"[^ /]+[/ ]?", text):
            fits = len((out[-1] + piece).rstrip()) <= width
            out[-1:] = [out[-1] + piece] if fits or not out[-1] else [out[-1], piece]
        return len(out)

    for key in ("nvl_unmet", "nvl_more", "nvl_equal"):
        assert lines(t(key, lang)) <= 3, t(key, lang)
    intro = t("nvl_intro", lang)
    assert ("belum terlayani" in intro and "tidak tercatat" in intro) if lang == "id" else "not recorded" in intro
