"""Shared fixtures: the demo store and the two-regency store are built once per session; tests that write get
their own copy."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.build import build  # noqa: E402
from etl.sources import DEFAULT_SOURCE  # noqa: E402
from tksk.store import Store  # noqa: E402
import synthetic  # noqa: E402

TODAY = dt.date(2026, 11, 24)


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
def two_regency_store(tmp_path_factory):
    """A store built from the synthetic reference folder of two regencies (tests/synthetic.py), with the demo log."""
    src = tmp_path_factory.mktemp("synthetic_source")
    info = synthetic.write(src)
    root = tmp_path_factory.mktemp("two_regencies")
    build(src, root, demo_mode=True, quiet=True)
    return root, info


@pytest.fixture
def store_copy(demo_store_root, tmp_path) -> Path:
    """A private copy of the demo store, for tests that import or rebuild."""
    dest = tmp_path / "store"
    shutil.copytree(demo_store_root, dest)
    return dest


@pytest.fixture
def empty_store(tmp_path, source_dir) -> Path:
    """A store with the reference data and no logs (the real-log path)."""
    root = tmp_path / "real_store"
    build(source_dir, root, demo_mode=False, quiet=True)
    return root


def pytest_terminal_summary(terminalreporter):
    """The Spark engine's tests by name and outcome, so a CI log shows they ran (the summary line alone
    would not tell them from the others; in CI they fail rather than skip)."""
    reports = [r for outcome in ("passed", "failed", "skipped", "error") for r in terminalreporter.stats.get(outcome, [])
               if getattr(r, "nodeid", "").startswith("tests/test_spark.py") and (r.when == "call" or not r.passed)]
    if reports:
        terminalreporter.write_sep("-", "Spark engine (tests/test_spark.py)")
        for r in reports:
            reason = f" ({r.longrepr[2]})" if r.skipped and isinstance(r.longrepr, tuple) else ""
            terminalreporter.write_line(f"{r.outcome.upper()} {r.nodeid}{reason}")
