"""A store built by an earlier version of the rules says so, and the code that makes a store cannot change without
a decision on its format (tksk.store.STORE_FORMAT)."""

from __future__ import annotations

import ast
import hashlib
import json
import shutil

import pytest

from etl.__main__ import main as etl_main
from helpers import ROOT
from tksk.store import STORE_FORMAT, Store, current_build

# The modules whose code decides a build's figures: the aggregates and posts by month, the assembly of a build, the
# estimates, the demo log, every reference source's reader, and the codes, rules and standards the aggregates' SQL
# is written from (tksk.vocab, tksk.schema, tksk.wisn.STANDARDS); and the facts transcribed into the repo.
STORE_CODE = sorted(["etl/aggregate.py", "etl/assemble.py", "etl/build.py", "etl/estimate.py", "etl/demo.py",
                     "tksk/vocab.py", "tksk/schema.py", "tksk/wisn.py",
                     *(p.relative_to(ROOT).as_posix() for p in (ROOT / "etl" / "sources").glob("*.py"))])
STORE_FILES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "data" / "reference").glob("*.csv"))
# The fingerprint of that code when STORE_FORMAT was last decided. See the failure message below.
FINGERPRINT = "2a86c81a5f186a95"


def _shape(node) -> str:
    """A node as text without positions, comments or docstrings, the same under every Python version: empty fields
    are left out (3.12 added an empty ``type_params`` to every function, and ast.dump drops empty fields since
    3.13)."""
    if isinstance(node, ast.AST):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            node.body = body[1:]  # a docstring says why, not what is computed
        fields = [(f, getattr(node, f, None)) for f in node._fields]
        return type(node).__name__ + "(" + ",".join(f"{f}={_shape(v)}" for f, v in fields if v not in (None, [])) + ")"
    if isinstance(node, list):
        return "[" + ",".join(_shape(x) for x in node) + "]"
    return repr(node)


def fingerprint() -> str:
    h = hashlib.sha256()
    for path in STORE_CODE:
        h.update(path.encode() + b"\0" + _shape(ast.parse((ROOT / path).read_text(encoding="utf-8"))).encode())
    for path in STORE_FILES:
        h.update(path.encode() + b"\0" + (ROOT / path).read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()[:16]


def test_the_code_that_makes_a_store_is_the_code_its_format_was_decided_for():
    got = fingerprint()
    assert got == FINGERPRINT, (
        f"The code that makes a store changed (fingerprint {got}, recorded {FINGERPRINT}). If a build of the same "
        f"inputs now holds other figures, raise tksk.store.STORE_FORMAT (now {STORE_FORMAT}): stores built before "
        f"then say so and `make run` rebuilds them. Either way set FINGERPRINT in {__file__} to {got!r}.")


def test_the_fingerprint_ignores_comments_and_docstrings_but_not_code():
    src = 'def f(x):\n    """Why."""\n    return x + 1  # note\n'
    same = 'def f(x):\n    # other words\n    return x + 1\n'
    other = 'def f(x):\n    """Why."""\n    return x + 2\n'
    shape = lambda s: _shape(ast.parse(s))  # noqa: E731
    assert shape(src) == shape(same) != shape(other)


def _age(root, fmt: int | str | None, keep_key: bool = False) -> None:
    """The store as an earlier version left it: its manifest without this code's format (or with another)."""
    path = current_build(root) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.pop("format", None)
    if fmt is not None or keep_key:
        manifest["format"] = fmt
    path.write_text(json.dumps(manifest), encoding="utf-8")


def test_a_build_records_the_format_and_a_store_without_it_is_stale(demo_store_root, tmp_path):
    assert Store(demo_store_root).format == STORE_FORMAT and not Store(demo_store_root).is_stale
    root = tmp_path / "store"
    shutil.copytree(demo_store_root, root)
    _age(root, None)
    assert Store(root).format == 0 and Store(root).is_stale
    _age(root, STORE_FORMAT + 1)  # a newer version's store opened by this code
    assert Store(root).is_stale
    for edited in (None, "satu", [1], 1.9, True, float("inf")):  # a hand-edited manifest: read as older, so it is rebuilt, never a crash
        _age(root, edited, keep_key=True)
        assert Store(root).format == 0 and Store(root).is_stale


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_says_a_store_is_stale(demo_store_root, tmp_path, monkeypatch, lang):
    from streamlit.testing.v1 import AppTest

    root = tmp_path / "store"
    shutil.copytree(demo_store_root, root)
    _age(root, None)
    monkeypatch.setenv("TKSK_STORE", str(root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    if lang == "en":
        at.query_params["lang"] = "en"
    at.run()
    for page in ["views/beranda.py", "views/perencanaan.py"]:
        at.switch_page(page).run()
        assert not at.exception
        warned = [w.value for w in at.warning if "format 0" in w.value]
        assert warned and ("python -m etl build" in warned[0])
        assert ("versi lain" if lang == "id" else "another version") in warned[0]


def test_if_missing_rebuilds_a_stale_store_as_it_was(demo_store_root, tmp_path, capsys):
    root = tmp_path / "store"
    shutil.copytree(demo_store_root, root)
    _age(root, None)
    before = Store(root).version
    assert etl_main(["build", "--demo", "--if-missing", "--store", str(root), "--quiet"]) == 0
    after = Store(root)
    assert after.version != before and after.format == STORE_FORMAT and after.is_demo
    assert "format 0" in capsys.readouterr().err
    # Current now: nothing to do.
    assert etl_main(["build", "--demo", "--if-missing", "--store", str(root), "--quiet"]) == 0
    assert Store(root).version == after.version


def test_if_missing_never_turns_a_store_without_demo_logs_into_a_demo_one(tmp_path):
    root = tmp_path / "store"
    assert etl_main(["build", "--store", str(root), "--quiet"]) == 0
    assert Store(root).manifest["log_mode"] == "none"
    _age(root, None)
    assert etl_main(["build", "--demo", "--if-missing", "--store", str(root), "--quiet"]) == 0
    assert not Store(root).is_stale and Store(root).manifest["log_mode"] == "none"


def _stale_without_its_folder(demo_store_root, tmp_path):
    """A copy of the demo store as an earlier version left it, built from a folder that is gone."""
    root = tmp_path / "store"
    shutil.copytree(demo_store_root, root)
    path = current_build(root) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.pop("format")
    manifest["source_dir"] = str(tmp_path / "gone")
    path.write_text(json.dumps(manifest), encoding="utf-8")
    return root


def test_a_stale_store_that_cannot_be_rebuilt_is_kept_and_the_dashboard_still_starts(demo_store_root, tmp_path,
                                                                                       capsys):
    root = _stale_without_its_folder(demo_store_root, tmp_path)
    before = Store(root).version
    code = etl_main(["build", "--demo", "--if-missing", "--store", str(root), "--source", str(tmp_path / "gone"),
                     "--quiet"])
    assert code == 0 and Store(root).version == before and Store(root).is_stale
    assert "Store lama tetap dipakai" in capsys.readouterr().err


def test_a_stale_store_whose_folder_is_gone_or_a_newer_store_is_not_rebuilt(demo_store_root, tmp_path, capsys):
    """Rebuilt from the default folder, a store of another regency took Ogan Ilir's tables; a newer version's store
    was rebuilt by older rules (review of 2026-12-05)."""
    root = _stale_without_its_folder(demo_store_root, tmp_path)
    before = Store(root).version
    assert etl_main(["build", "--demo", "--if-missing", "--store", str(root), "--quiet"]) == 0
    assert Store(root).version == before and "folder sumbernya tidak ada" in capsys.readouterr().err
    _age(root, STORE_FORMAT + 1)
    assert etl_main(["build", "--demo", "--if-missing", "--store", str(root), "--quiet"]) == 0
    assert Store(root).version == before and "versi lebih baru" in capsys.readouterr().err
