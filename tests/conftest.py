"""Shared fixtures. The database fixtures run on SQLite by default and on PostgreSQL when
TEST_DATABASE_URL points at one: each test then gets its own schema, dropped afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from storage.db import make_engine, normalize_url, upgrade

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"


def _postgres_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    return normalize_url(url) if url.startswith("postgres") else None


def pytest_report_header(config: pytest.Config) -> str:
    url = _postgres_url()
    return f"database: {'PostgreSQL ' + url.rsplit('@', 1)[-1] if url else 'SQLite (per-test file)'}"


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database for one test (SQLite file, or a PostgreSQL schema)."""
    pg = _postgres_url()
    if pg is None:
        yield f"sqlite:///{tmp_path / 'dondoc.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(pg)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # pragma: no cover - depends on the machine
        pytest.fail(f"TEST_DATABASE_URL is set but PostgreSQL is unreachable: {exc}")
    separator = "&" if "?" in pg else "?"
    yield f"{pg}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a migrated, empty database."""
    eng = make_engine(database_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def is_postgres_run() -> bool:
    """True on the PostgreSQL leg of the suite."""
    return _postgres_url() is not None


@pytest.fixture
def seeds_dir() -> Path:
    """The real seed documents beside the repository (skipped where absent, as on a user's machine)."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS_DIR} (they live in ../shared/seeds beside the repo)")
    return SEEDS_DIR
