"""Configuration from the environment and a `.env` file (pydantic-settings).

Every entry point loads settings through `load_settings()`, which turns a bad value into one clear
line naming the setting (`SettingsError`) instead of a traceback, and never echoes the bot token.
"""

from __future__ import annotations

import re
from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TELEGRAM_DEFAULT_API = "https://api.telegram.org"
ZALO_DEFAULT_API = "https://bot-api.zaloplatforms.com"
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_LOG_LEVELS = {"CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"}


def redact_url(url: str) -> str:
    """A database URL with its password replaced by `***` (as SQLAlchemy renders it)."""
    return re.sub(r"^([a-z0-9+]+://[^:/@]*):[^@]*@", r"\1:***@", url, flags=re.IGNORECASE)


class SettingsError(Exception):
    """A setting has a value dondoc cannot use; the message names the setting."""


class Settings(BaseSettings):
    """All runtime settings; names match the environment variables documented in `.env.example`."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(default="sqlite:///dondoc.db")
    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = TELEGRAM_DEFAULT_API
    telegram_bot_username: str | None = None
    zalo_bot_token: SecretStr | None = None
    zalo_api_base_url: str = ZALO_DEFAULT_API
    zalo_webhook_url: str | None = None
    zalo_webhook_secret: SecretStr | None = None
    zalo_webhook_port: int = Field(default=8444, ge=1, le=65535)
    zalo_monthly_quota: int = Field(default=3000, ge=0)
    timezone: str = "Asia/Ho_Chi_Minh"
    daily_check_at: str = "07:30"
    log_level: str = "INFO"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    dispatch_rate_per_second: float = Field(default=25.0, gt=0, le=30)

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        if not re.match(r"^(sqlite|postgresql)(\+\w+)?://", value):
            raise ValueError("phải bắt đầu bằng sqlite:/// hoặc postgresql+psycopg:// (must be sqlite or postgresql)")
        return value

    @field_validator("zalo_webhook_secret")
    @classmethod
    def _check_zalo_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value() and not 8 <= len(value.get_secret_value()) <= 256:
            raise ValueError("Zalo yêu cầu khóa bí mật từ 8 đến 256 ký tự (the platform wants 8 to 256 characters)")
        return value

    @field_validator("telegram_api_base_url", "webhook_url", "zalo_api_base_url", "zalo_webhook_url")
    @classmethod
    def _check_http_url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None if value == "" else value
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("không phải địa chỉ http(s) hợp lệ (not a valid http(s) URL)")
        return value.rstrip("/")

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"múi giờ không tồn tại: {value!r} (unknown timezone)") from None
        return value

    @field_validator("daily_check_at")
    @classmethod
    def _check_time(cls, value: str) -> str:
        if not _TIME.match(value.strip()):
            raise ValueError(f"giờ phải có dạng HH:MM, ví dụ 07:30 (malformed time {value!r})")
        return value.strip()

    @field_validator("log_level")
    @classmethod
    def _check_log_level(cls, value: str) -> str:
        if value.upper() not in _LOG_LEVELS:
            raise ValueError(f"phải là một trong {', '.join(sorted(_LOG_LEVELS))}")
        return value.upper()

    def __repr_args__(self):  # type: ignore[no-untyped-def]
        """`repr` (logs, tracebacks with locals) shows the database URL without its password."""
        for name, value in super().__repr_args__():
            yield name, (redact_url(value) if name == "database_url" and isinstance(value, str) else value)

    @property
    def zone(self) -> ZoneInfo:
        """The configured timezone as a ZoneInfo."""
        return ZoneInfo(self.timezone)

    @property
    def daily_check_time(self) -> time:
        """DAILY_CHECK_AT as a `datetime.time`."""
        hour, minute = self.daily_check_at.split(":")
        return time(int(hour), int(minute))

    @property
    def token(self) -> str | None:
        """The bot token in clear, for the one place that needs it (building the bot)."""
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None

    @property
    def zalo_token(self) -> str | None:
        """The Zalo bot token in clear, for building the Zalo client (and the log redaction filter)."""
        return self.zalo_bot_token.get_secret_value() if self.zalo_bot_token else None


def load_settings(**overrides: object) -> Settings:
    """Load settings, turning validation errors into one `SettingsError` line naming the setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first.get("loc") else "?"
        message = str(first.get("msg", "giá trị không hợp lệ")).removeprefix("Value error, ")
        # Never include the input value: it could be the token.
        raise SettingsError(f"Cấu hình {name} không hợp lệ: {message}") from None
