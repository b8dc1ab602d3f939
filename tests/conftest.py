"""Shared fixtures: the demo store is built once per session; tests that write get their own copy."""

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
