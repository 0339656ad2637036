"""`dondoc check-deadlines` and `dondoc dispatch`: the daily check and the dispatcher by hand."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from typing import Annotated

import typer
from sqlmodel import Session

from bot.cli.common import engine_or_exit, parse_iso_day, settings_or_exit, user_errors
from bot.cli.output import JSON_OPTION_HELP, console, emit_json, fail
from scheduler import queries
from scheduler.daily import CheckReport, run_daily_check
from scheduler.dispatcher import DatabaseUnavailable, DispatchCounts, Dispatcher, Limits
from storage.clock import SystemClock, local_today
from storage.organizations import get_organization
from storage.settings import TELEGRAM_DEFAULT_API, Settings

KIND_NAMES = {
    "reminder": "nhắc việc đơn vị",
    "overdue_digest": "tổng hợp quá hạn",
    "weekly_digest": "tổng hợp tuần",
}


def _print_report(report: CheckReport) -> None:
    day = report.day.strftime("%d/%m/%Y")
    if report.status == "already_checked" and not report.enqueued:
        console.print(f"{report.org_name}: ngày {day} đã được kiểm tra trước đó, không gửi lại.")
        return
    verb = "sẽ xếp hàng (chạy thử)" if report.status != "ran" else "đã xếp hàng"
    parts = ", ".join(f"{n} {KIND_NAMES.get(k, k)}" for k, n in sorted(report.enqueued.items()) if n) or "không có tin nào"
    console.print(f"{report.org_name} — ngày {day}: {verb} {parts}.", highlight=False)
    if report.unreachable_units:
        console.print(f"  Đơn vị chưa có ai nhận tin: {', '.join(report.unreachable_units)}.", highlight=False)
    if report.no_monitor:
        console.print("  Chưa có Ban theo dõi nào đăng ký nhận tổng hợp.", highlight=False)


def _refuse_future_day(day: date, todays: list[date]) -> None:
    """A real check of a day still to come would send that day's reminders now and mark the day
    checked, so the real check that morning would find it done and send nothing: only a dry run may."""
    if any(day > today for today in todays):
        fail(
            f"Ngày {day:%d/%m/%Y} chưa đến: kiểm tra thật sẽ gửi nhắc việc của ngày đó ngay bây giờ và bỏ qua "
            "lần kiểm tra đúng ngày. Thêm --dry-run để xem trước."
        )


def check_deadlines(
    day: Annotated[str | None, typer.Option("--date", metavar="NGÀY", help="Kiểm tra như thể hôm nay là ngày này (YYYY-MM-DD); ngày chưa đến chỉ được dùng với --dry-run. Mặc định: hôm nay theo giờ của tổ chức.")] = None,
    org: Annotated[str | None, typer.Option("--org", metavar="TỔ_CHỨC", help="Chỉ kiểm tra một tổ chức (mã số hoặc tên, có dấu hay không dấu).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Chỉ tính toán, không ghi sổ và không xếp tin vào hàng đợi.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help=JSON_OPTION_HELP)] = False,
) -> None:
    """Kiểm tra hạn nhiệm vụ và xếp tin nhắc việc vào hàng đợi."""
    settings = settings_or_exit()
    engine = engine_or_exit(settings)
    chosen_day = parse_iso_day(day, "--date")
    now = SystemClock().now()
    with user_errors():
        with Session(engine) as session:
            if org is not None:
                found = get_organization(session, org)
                targets = [(found.id, found.timezone)]
            else:
                targets = [(org_id, tz) for org_id, tz, _ in queries.all_orgs(session)]
        if chosen_day is not None and not dry_run:
            _refuse_future_day(chosen_day, [local_today(now, tz) for _, tz in targets])
        reports = [
            run_daily_check(engine, org_id=org_id, day=chosen_day or local_today(now, tz), now=now, dry_run=dry_run)  # type: ignore[arg-type]
            for org_id, tz in targets
        ]
    if json_out:
        emit_json({"dry_run": dry_run, "organizations": [r.to_dict() for r in reports]})
        return
    if not reports:
        console.print("Chưa có tổ chức nào.")
    for report in reports:
        _print_report(report)


def _api_base(settings: Settings) -> str:
    return (settings.telegram_api_base_url or TELEGRAM_DEFAULT_API).rstrip("/")


async def _dispatch_once(engine, settings: Settings) -> DispatchCounts:  # type: ignore[no-untyped-def]
    from telegram import Bot
    from telegram.request import HTTPXRequest

    from bot.transports.startup import wait_for_bot_api
    from bot.transports.telegram import TelegramNotifier

    base = _api_base(settings)
    await wait_for_bot_api(settings.token or "", base)  # a refused token or address: one line
    limits = Limits(per_second=settings.dispatch_rate_per_second)
    # A connection per concurrent send, as the worker has: with PTB's default single connection, paced
    # sends would queue inside the HTTP client and leave it together, above the rate.
    request = HTTPXRequest(connection_pool_size=max(8, limits.concurrency * 2), read_timeout=10.0)
    bot = Bot(settings.token or "", base_url=f"{base}/bot", base_file_url=f"{base}/file/bot", request=request)
    async with bot:
        # Waits out a 429's retry_after and short retries, so what is waiting is sent before it returns.
        return await Dispatcher(engine, TelegramNotifier(bot), limits=limits).drain()


def dispatch(
    once: Annotated[bool, typer.Option("--once", help="Gửi hết tin đang đến lượt rồi dừng (bắt buộc; chế độ chạy liên tục nằm trong `dondoc run`).")] = False,
    json_out: Annotated[bool, typer.Option("--json", help=JSON_OPTION_HELP)] = False,
) -> None:
    """Gửi các tin đang chờ trong hàng đợi."""
    if not once:
        fail("Hãy dùng `dondoc dispatch --once`; gửi liên tục được thực hiện trong `dondoc run`.")
    settings = settings_or_exit()
    if not settings.token:
        fail("Chưa cấu hình TELEGRAM_BOT_TOKEN nên không gửi được tin.")
    engine = engine_or_exit(settings)
    started = datetime.now()
    from bot.transports.startup import BotApiRefused

    try:
        counts = asyncio.run(_dispatch_once(engine, settings))
    except BotApiRefused as refused:  # a wrong token or address; never the token itself
        fail(str(refused))
    except DatabaseUnavailable as error:
        fail(f"Mất kết nối cơ sở dữ liệu DATABASE_URL khi đang gửi ({error}); chạy lại lệnh khi cơ sở dữ liệu hoạt động.")
    except Exception as exc:  # anything else: one line, without the token (PTB puts it in some messages)
        detail = (str(exc).splitlines() or [""])[0].replace(settings.token or "\0", "<token>")
        fail(f"Không gửi được qua Telegram Bot API ({_api_base(settings)}): {type(exc).__name__}: {detail}")
    if json_out:
        emit_json(counts.to_dict())
        return
    seconds = (datetime.now() - started).total_seconds()
    console.print(
        f"Đã gửi {counts.sent} tin, hẹn gửi lại {counts.retried}, thất bại {counts.failed}, "
        f"bị chặn {counts.blocked}, bỏ qua {counts.skipped} ({seconds:.1f} giây).",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main app."""
    app.command("check-deadlines")(check_deadlines)
    app.command("dispatch")(dispatch)
