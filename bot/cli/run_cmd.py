"""`dondoc run`: the bot and, in the same process, the daily check and the outbox dispatcher.
Long polling by default; a webhook when WEBHOOK_URL is set, verified with a secret token."""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import secrets
from urllib.parse import urlparse

import typer
from rich.markup import escape
from telegram import Update
from telegram.error import TelegramError

from bot.app import build_application, scheduler_factory
from bot.cli.common import configure_logging, engine_or_exit, settings_or_exit
from bot.cli.output import err_console, fail
from bot.cli.zalo_run import beside_telegram, build_zalo, check_zalo, serve_alone
from bot.services.base import Services
from bot.transports.startup import BotApiRefused, refusal_text, wait_for_bot_api
from bot.transports.zalo_service import ZaloRefused
from storage.clock import SystemClock

log = logging.getLogger(__name__)

NO_TOKEN = """[bold red]Chưa có TELEGRAM_BOT_TOKEN[/bold red]: bot chưa có mã truy cập (token).

Cách lấy token:
  1. Mở Telegram, nhắn cho [bold]@BotFather[/bold] lệnh /newbot rồi làm theo hướng dẫn.
  2. Ghi token vào tệp .env: TELEGRAM_BOT_TOKEN=123456:ABC... (hoặc đặt biến môi trường cùng tên).
  3. Chạy lại: dondoc run
  Dùng Zalo: ZALO_BOT_TOKEN=<id>:<bí mật>, lấy ở https://bot.zaloplatforms.com (xem README).

Muốn thử ngay không cần Telegram: [bold]dondoc demo[/bold]"""


def run_command() -> None:
    """Chạy bot (long polling, hoặc webhook khi có WEBHOOK_URL) và việc kiểm tra hạn hằng ngày."""
    settings = settings_or_exit()
    webhook_secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    zalo_secret = settings.zalo_webhook_secret.get_secret_value() if settings.zalo_webhook_secret else ""
    configure_logging(settings.log_level, secrets=[settings.token or "", settings.zalo_token or "", webhook_secret, zalo_secret])
    if not settings.token and not settings.zalo_token:
        err_console.print(NO_TOKEN, highlight=False)
        raise typer.Exit(2)
    engine = engine_or_exit(settings)  # applies migrations
    if settings.zalo_token:
        _check_zalo(settings)
    if not settings.token:  # Zalo only
        _serve_zalo_alone(settings, engine)
        return
    try:  # a refused token or a wrong address: one line; a network outage: waited out, logged
        asyncio.run(wait_for_bot_api(settings.token, settings.telegram_api_base_url))
    except BotApiRefused as refused:
        fail(escape(str(refused)))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    clock = SystemClock()
    services = Services(engine=engine, clock=clock, scheduler_factory=scheduler_factory(engine, settings, clock))
    application = build_application(settings, services)
    zalo = build_zalo(settings, services)
    if zalo is not None:  # Zalo in the same process and event loop, one dispatcher for both
        beside_telegram(application, settings, services, zalo, clock)
    try:
        _serve(application, settings)
    except TelegramError as error:  # the Bot API changed its answer between the check and the start
        fail(escape(refusal_text(error, settings.telegram_api_base_url)
                    or f"Không kết nối được Telegram Bot API ({type(error).__name__}): kiểm tra mạng và TELEGRAM_API_BASE_URL."))
    except typer.Exit:
        raise
    except Exception as error:  # never a traceback with settings in it: one line, the rest at DEBUG
        log.debug("dondoc run stopped", exc_info=True)  # the log filter hides the token there
        first = (str(error).splitlines() or [""])[0][:300]
        for secret in (settings.token or "", settings.zalo_token or "", webhook_secret, zalo_secret):
            first = first.replace(secret, "<token>") if secret else first
        fail(escape(f"dondoc run dừng vì lỗi {type(error).__name__}: {first}"), code=1)


def _serve(application, settings) -> None:  # type: ignore[no-untyped-def]
    """Poll, or serve the webhook, until a stop signal."""
    if not settings.webhook_url:
        log.info("dondoc bot: long polling %s", settings.telegram_api_base_url)
        application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=5)
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
        bootstrap_retries=5,
    )


def _check_zalo(settings) -> None:  # type: ignore[no-untyped-def]
    """A token or address Zalo refuses: one line naming the setting; an outage: waited out."""
    try:
        asyncio.run(check_zalo(settings))
    except ZaloRefused as refused:
        fail(escape(str(refused)))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


def _serve_zalo_alone(settings, engine) -> None:  # type: ignore[no-untyped-def]
    """No Telegram token: the Zalo bot, the daily check and the dispatcher until a stop signal."""
    clock = SystemClock()
    services = Services(engine=engine, clock=clock)
    zalo = build_zalo(settings, services)
    assert zalo is not None
    try:
        asyncio.run(serve_alone(settings, services, zalo, clock))
    except ZaloRefused as refused:
        fail(escape(str(refused)))
    except KeyboardInterrupt:
        pass
    except Exception as error:  # one line, never the token (a webhook port in use, the database gone…)
        log.debug("dondoc run stopped", exc_info=True)
        first = (str(error).splitlines() or [""])[0][:300]
        first = first.replace(settings.zalo_token, "<token>") if settings.zalo_token else first
        fail(escape(f"dondoc run dừng vì lỗi {type(error).__name__}: {first}"), code=1)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main app."""
    app.command("run")(run_command)
