"""`dondoc demo`: the whole product offline, with a local chat page or as a scripted tour."""

from __future__ import annotations

import asyncio
import logging
import signal
import tempfile
import webbrowser
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import configure_logging
from bot.cli.output import console, fail


async def _serve(db: Path, port: int, open_browser: bool, days: int, temporary: bool) -> None:
    from bot.demo.script import day_heading, render
    from bot.demo.world import DemoWorld

    world = DemoWorld(db, port=port)
    try:
        await world.start()
    except OSError as exc:
        await world.stop()
        fail(f"Không mở được cổng {port} ({exc.strerror}); thử --port khác.")
    try:
        with console.status("Đang thiết lập tổ chức mẫu, mời từng người và nhập thông báo mẫu…"):
            await world.ensure_setup()
        world.mark_seen()

        def show_day(day: date) -> None:
            console.print(f"\n[bold]=== {day_heading(day)} ===[/bold]")
            render(world.new_deliveries(), console.print)

        if days:
            await world.advance(days, on_day=show_day)
        # Ctrl+C stops the demo from here on, even the moment the line below appears.
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        console.print(f"\n[bold green]dondoc demo[/bold green] đang chạy tại [link={world.url}]{world.url}[/link]")
        where = "tạm, xóa khi dừng (dùng --db TỆP để giữ)" if temporary else str(db)
        console.print(f"Cơ sở dữ liệu: {where}  ·  Ngày mô phỏng: {world.today():%d/%m/%Y}  ·  Ctrl+C để dừng.")
        if open_browser:
            webbrowser.open(world.url)
        await stop.wait()
    finally:
        await world.stop()


async def _script(db: Path, days: int) -> None:
    from bot.demo.script import run_tour
    from bot.demo.world import DemoWorld

    world = DemoWorld(db, port=0)
    await world.start()
    try:
        await run_tour(world, days, echo=lambda line: print(line, flush=True))
    finally:
        await world.stop()


def demo_command(
    db: Annotated[Path | None, typer.Option("--db", help="Tệp SQLite để giữ dữ liệu demo (mặc định: thư mục tạm, xóa khi thoát).")] = None,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Cổng của trang chat.")] = 8765,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Không tự mở trình duyệt.")] = False,
    days: Annotated[int, typer.Option("--days", min=0, max=366, help="Cho thời gian mô phỏng chạy trước N ngày.")] = 0,
    script: Annotated[bool, typer.Option("--script", help="Chạy kịch bản mẫu trong terminal rồi thoát.")] = False,
) -> None:
    """Chạy thử toàn bộ dondoc trên máy, không cần mạng hay token."""
    configure_logging("WARNING")
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    with ExitStack() as cleanup:
        if db is None:
            # Nobody asked to keep it: the database lives in a directory removed on every way out
            # (the tour's end, Ctrl+C, a start that failed); `--db FILE` keeps it.
            tmp = cleanup.enter_context(tempfile.TemporaryDirectory(prefix="dondoc-demo-", ignore_cleanup_errors=True))
            db, temporary = Path(tmp) / "demo.db", True
        else:
            temporary = False
        if script:
            asyncio.run(_script(db, days or 21))
        else:
            asyncio.run(_serve(db, port, not no_browser, days, temporary))


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main app."""
    app.command("demo")(demo_command)
