"""The CLI through the installed Typer app on a real (per-test) database."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bot.cli import common
from bot.cli.main import app


@pytest.fixture
def cli(database_url, monkeypatch):
    """Run `dondoc …` in-process on this test's database; returns the click Result."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
    monkeypatch.setenv("COLUMNS", "200")
    common._engine_cache.clear()
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args), catch_exceptions=False)

    yield invoke
    for engine in common._engine_cache.values():
        engine.dispose()
    common._engine_cache.clear()
