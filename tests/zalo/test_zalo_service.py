"""Starting and stopping Zalo in a process: a refused token is one line naming the setting; polling
and webhook mode answer a user through the emulator."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from bot.cli.main import app as cli
from bot.emulator.zalo import ZaloEmulator
from bot.services.base import Services
from bot.transports.zalo_service import ZaloRefused, ZaloService
from storage.clock import FixedClock

from ..bot.helpers import START, make_world


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_refused_token_names_the_setting_and_hides_the_token(engine: Engine):
    async with ZaloEmulator() as emulator:
        service = ZaloService(Services(engine=engine), token="1:sai-token-bi-mat", base_url=emulator.api_base_url)
        with pytest.raises(ZaloRefused) as info:
            await service.start()
        await service.stop()
    assert "ZALO_BOT_TOKEN" in str(info.value) and "sai-token-bi-mat" not in str(info.value)


async def test_a_wrong_address_names_zalo_api_base_url(engine: Engine):
    async with ZaloEmulator() as emulator:
        service = ZaloService(Services(engine=engine), token=emulator.token, base_url=f"{emulator.api_base_url}/khong-phai")
        with pytest.raises(ZaloRefused) as info:
            await service.start()
        await service.stop()
    assert "ZALO_API_BASE_URL" in str(info.value)


@pytest.mark.parametrize("webhook", [False, True])
async def test_a_started_service_answers_a_new_leader(engine: Engine, webhook: bool):
    world = make_world(engine)
    services = Services(engine=engine, clock=FixedClock(START), zalo_quota=3000)
    async with ZaloEmulator(repeat_served=True) as emulator:
        port = free_port()
        service = ZaloService(
            services, token=emulator.token, base_url=emulator.api_base_url, poll_timeout=1,
            webhook_url=f"http://127.0.0.1:{port}/zalo-hook" if webhook else None,
            webhook_secret="bi-mat-webhook-16" if webhook else None, listen="127.0.0.1", port=port,
        )
        await service.start()
        try:
            await emulator.user_says("u-leader", f"batdau {world.codes['leader']}", name="Nguyễn Văn An")
            [welcome] = (await emulator.wait_for_texts("u-leader", 1))[:1]
            assert "Hội Nông dân" in welcome
            assert bool(emulator.webhook_url) is webhook
        finally:
            await service.stop()


def test_dondoc_run_with_a_refused_zalo_token_prints_one_line_and_exits_2(tmp_path, monkeypatch, database_url):
    port = free_port()
    emulator = subprocess.Popen([sys.executable, "-m", "bot.emulator.zalo", "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{port}/_zalo/messages", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        monkeypatch.chdir(tmp_path)
        monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
        monkeypatch.setenv("DATABASE_URL", database_url)
        monkeypatch.setenv("ZALO_BOT_TOKEN", "1:token-sai-bi-mat")
        monkeypatch.setenv("ZALO_API_BASE_URL", f"http://127.0.0.1:{port}")
        result = CliRunner().invoke(cli, ["run"])
    finally:
        emulator.terminate()
        emulator.wait(10)
    assert result.exit_code == 2
    assert "ZALO_BOT_TOKEN" in result.output and "token-sai-bi-mat" not in result.output
