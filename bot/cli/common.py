"""What every CLI command shares: settings, a migrated engine, and errors mapped to one line + exit 2."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from bot.cli.output import fail
from storage.db import make_engine, upgrade
from storage.errors import DondocError
from storage.settings import Settings, SettingsError, load_settings

_engine_cache: dict[str, Engine] = {}


class RedactSecrets(logging.Filter):
    """Replace secrets (the bot token) in every log line, whoever logs it: Bot API URLs contain it."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, "<token>")
            record.msg, record.args = message, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if any(secret in text for secret in self.secrets):
                for secret in self.secrets:
                    text = text.replace(secret, "<token>")
                record.msg, record.args = f"{record.getMessage()}\n{text}", None
                record.exc_info, record.exc_text = None, None
        return True


def configure_logging(level: str, *, secrets: list[str] | None = None) -> None:
    """Configure logging once, at the entry point (never at import); secrets never reach the log."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    redactor = RedactSecrets(list(secrets or []))
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
    # httpx logs every request URL at INFO, and a Bot API URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def settings_or_exit(**overrides: object) -> Settings:
    """Load settings or stop with one clear line naming the bad setting."""
    try:
        return load_settings(**overrides)
    except SettingsError as exc:
        fail(str(exc))


def engine_or_exit(settings: Settings) -> Engine:
    """A migrated engine for the configured database, or one clear line if it cannot be reached."""
    url = settings.database_url
    if url in _engine_cache:
        return _engine_cache[url]
    try:
        engine = make_engine(url)
        upgrade(engine)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "không kết nối được"
        fail(f"Không mở được cơ sở dữ liệu DATABASE_URL ({engine_safe_url(url)}): {reason}")
    _engine_cache[url] = engine
    return engine


def engine_safe_url(url: str) -> str:
    """The database URL with any password hidden, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn domain errors into one Vietnamese line and exit code 2."""
    try:
        yield
    except DondocError as exc:
        fail(exc.message)


def parse_iso_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value as a date, or one clear line and exit 2."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} phải có dạng YYYY-MM-DD, ví dụ 2025-03-15 (nhận được “{value}”).")
