"""Shared fixtures: every store and the demo log are built once per session; tests that write get a copy."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import synthetic  # noqa: E402
from etl import demo  # noqa: E402
from etl.build import build  # noqa: E402
from etl.sources import DEFAULT_SOURCE  # noqa: E402
from tksk.store import Store  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def no_real_accounts(tmp_path_factory):
    """Tests never read the staff accounts of the person running them: TKSK_USERS points at an empty place
    unless a test sets its own."""
    patch = pytest.MonkeyPatch()
    patch.setenv("TKSK_USERS", str(tmp_path_factory.mktemp("no_accounts") / "users.yaml"))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def source_dir() -> Path:
    if not DEFAULT_SOURCE.is_dir():
        pytest.fail(f"reference folder missing: {DEFAULT_SOURCE}")
    return DEFAULT_SOURCE


@pytest.fixture(scope="session")
def demo_store_root(tmp_path_factory, source_dir) -> Path:
    root = tmp_path_factory.mktemp("demo_store")
    build(source_dir, root, demo_mode=True, quiet=True)
    return root


@pytest.fixture(scope="session")
def demo_store(demo_store_root) -> Store:
    return Store(demo_store_root)


@pytest.fixture(scope="session")
def demo_log(demo_store):
    """The demo log as etl.demo makes it, once per session; tests must not change it."""
    return demo.make_log(demo_store.read("kecamatan"), demo_store.read("desa"), demo_store.read("roster"))


@pytest.fixture
def store_copy(demo_store_root, tmp_path) -> Path:
    """A private copy of the demo store, for tests that import or rebuild."""
    dest = tmp_path / "store"
    shutil.copytree(demo_store_root, dest)
    return dest


@pytest.fixture(scope="session")
def empty_store_root(tmp_path_factory, source_dir) -> Path:
    root = tmp_path_factory.mktemp("real_store")
    build(source_dir, root, demo_mode=False, quiet=True)
    return root


@pytest.fixture
def empty_store(empty_store_root, tmp_path) -> Path:
    """A private store with the reference data and no logs (the real-log path)."""
    dest = tmp_path / "real_store"
    shutil.copytree(empty_store_root, dest)
    return dest


@pytest.fixture(scope="session")
def two_regency_store(tmp_path_factory):
    """A demo store over the synthetic two-regency reference folder, and what that folder holds."""
    src = tmp_path_factory.mktemp("synthetic_source")
    info = synthetic.write(src)
    root = tmp_path_factory.mktemp("two_regencies")
    build(src, root, demo_mode=True, quiet=True)
    return root, info


def pytest_terminal_summary(terminalreporter):
    """The Spark engine's and the browser's tests by name and outcome, so a CI log shows they ran (the summary
    line alone would not tell them from the others; in CI they fail rather than skip)."""
    for path, title in (("tests/test_spark.py", "Spark engine"), ("tests/test_browser.py", "Browser (Chromium)")):
        reports = [r for outcome in ("passed", "failed", "skipped", "error") for r in terminalreporter.stats.get(outcome, [])
                   if getattr(r, "nodeid", "").startswith(path) and (r.when == "call" or not r.passed)]
        if reports:
            terminalreporter.write_sep("-", f"{title} ({path})")
            for r in reports:
                reason = f" ({r.longrepr[2]})" if r.skipped and isinstance(r.longrepr, tuple) else ""
                terminalreporter.write_line(f"{r.outcome.upper()} {r.nodeid}{reason}")
