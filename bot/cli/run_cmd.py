"""`dondoc run`: the bot and, in the same process, the daily check and the outbox dispatcher.
Long polling by default; a webhook when WEBHOOK_URL is set, verified with a secret token."""

from __future__ import annotations

import importlib.util
import logging
import secrets
from urllib.parse import urlparse

import typer
from telegram import Update

from bot.app import build_application, scheduler_factory
from bot.cli.common import configure_logging, engine_or_exit, settings_or_exit
from bot.cli.output import err_console, fail
from bot.services.base import Services
from storage.clock import SystemClock

log = logging.getLogger(__name__)

NO_TOKEN = """[bold red]Chưa có TELEGRAM_BOT_TOKEN[/bold red] / the bot token is not set.

Cách lấy token / how to get one:
  1. Mở Telegram, nhắn cho [bold]@BotFather[/bold] lệnh /newbot rồi làm theo hướng dẫn
     (open Telegram, send /newbot to @BotFather and follow the steps).
  2. Ghi token vào tệp .env: TELEGRAM_BOT_TOKEN=123456:ABC...  (or export it)
  3. Chạy lại / run again: dondoc run

Muốn thử ngay không cần Telegram / to try it offline: [bold]dondoc demo[/bold]"""


def run_command() -> None:
    """Chạy bot (long polling, hoặc webhook khi có WEBHOOK_URL) / run the bot."""
    settings = settings_or_exit()
    webhook_secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    configure_logging(settings.log_level, secrets=[settings.token or "", webhook_secret])
    if not settings.token:
        err_console.print(NO_TOKEN, highlight=False)
        raise typer.Exit(2)
    engine = engine_or_exit(settings)  # applies migrations
    clock = SystemClock()
    services = Services(engine=engine, clock=clock, scheduler_factory=scheduler_factory(engine, settings, clock))
    application = build_application(settings, services)
    if not settings.webhook_url:
        log.info("dondoc bot: long polling %s", settings.telegram_api_base_url)
        application.run_polling(allowed_updates=Update.ALL_TYPES)
        return
    if importlib.util.find_spec("tornado") is None:
        fail("Chế độ webhook cần gói python-telegram-bot[webhooks] (webhook mode needs python-telegram-bot[webhooks]).")
    # Telegram sends this secret in X-Telegram-Bot-Api-Secret-Token; PTB refuses requests without it.
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
    log.info("dondoc bot: webhook %s", settings.webhook_url)
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=urlparse(settings.webhook_url).path.lstrip("/"),
        webhook_url=settings.webhook_url,
        secret_token=secret,
        allowed_updates=Update.ALL_TYPES,
    )


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main app."""
    app.command("run")(run_command)
