"""Configuration: defaults, .env, and bad values stopping start-up with one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from storage.settings import SettingsError, load_settings

DONDOC = [sys.executable, "-m", "bot.cli.main"]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    for name in list(os.environ):
        if name.startswith(("DATABASE_URL", "TELEGRAM_", "TIMEZONE", "DAILY_CHECK_AT", "LOG_LEVEL", "WEBHOOK_", "ZALO_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_defaults_are_offline_sqlite_and_vietnam_time():
    settings = load_settings()
    assert settings.database_url == "sqlite:///dondoc.db"
    assert settings.timezone == "Asia/Ho_Chi_Minh"
    assert settings.daily_check_time.hour == 7 and settings.daily_check_time.minute == 30
    assert settings.token is None
    assert settings.telegram_api_base_url == "https://api.telegram.org"


def test_dotenv_file_is_read(tmp_path):
    (tmp_path / ".env").write_text("DAILY_CHECK_AT=06:15\nLOG_LEVEL=debug\n", encoding="utf-8")
    settings = load_settings()
    assert settings.daily_check_at == "06:15" and settings.log_level == "DEBUG"


@pytest.mark.parametrize(
    "name,value",
    [("TIMEZONE", "Asia/Hanoi_Nowhere"), ("DAILY_CHECK_AT", "7h30"), ("DAILY_CHECK_AT", "25:00"),
     ("TELEGRAM_API_BASE_URL", "not a url"), ("DATABASE_URL", "mysql://x"), ("LOG_LEVEL", "LOUD")],
)
def test_bad_value_names_the_setting(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert name in str(info.value) and "\n" not in str(info.value)


def test_cli_start_up_with_bad_setting_prints_one_line_and_exit_2(tmp_path):
    env = {**os.environ, "TIMEZONE": "Mars/Olympus", "PYTHONPATH": str(REPO)}
    proc = subprocess.run([*DONDOC, "org", "list"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert proc.returncode == 2
    assert "TIMEZONE" in proc.stderr and "Traceback" not in proc.stderr + proc.stdout


def test_token_never_appears_in_errors(monkeypatch):
    secret = "123456:ABCDEF-secret-token-value"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", secret)
    monkeypatch.setenv("WEBHOOK_PORT", "not-a-port")
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert secret not in str(info.value)
    settings_repr = repr(load_settings(webhook_port=8443))
    assert secret not in settings_repr


def test_log_lines_never_contain_the_token(capsys):
    import logging

    from bot.cli.common import RedactSecrets

    secret = "123456:ABCDEF-secret-token-value"
    handler = logging.StreamHandler()
    handler.addFilter(RedactSecrets([secret]))
    logger = logging.getLogger("dondoc.test.redact")
    logger.addHandler(handler)
    try:
        logger.warning("POST https://api.telegram.org/bot%s/getUpdates failed", secret)
        try:
            raise RuntimeError(f"network error for https://api.telegram.org/bot{secret}/sendMessage")
        except RuntimeError:
            logger.exception("send failed")
    finally:
        logger.removeHandler(handler)
    err = capsys.readouterr().err
    assert secret not in err and err.count("<token>") >= 2


def test_env_example_documents_every_setting_and_nothing_else():
    from storage.settings import Settings

    text = (REPO / ".env.example").read_text(encoding="utf-8")
    documented = {line.split("=", 1)[0].strip() for line in text.splitlines() if line and not line.startswith("#") and "=" in line}
    assert documented == {name.upper() for name in Settings.model_fields}


def test_repr_of_settings_shows_no_secret() -> None:
    from storage.settings import load_settings

    settings = load_settings(database_url="postgresql+psycopg://dondoc:hunter2@db.example/dondoc",
                             telegram_bot_token="123456:AAH-very-secret", webhook_secret="hook-secret", _env_file=None)
    for text in (repr(settings), str(settings)):
        assert "hunter2" not in text and "AAH-very-secret" not in text and "hook-secret" not in text
        assert "db.example" in text
