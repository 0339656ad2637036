"""The Zalo client against scripted platform answers: shapes, empty polls, retries, redaction.

The platform is played by an `httpx.MockTransport` answering as the Zalo Bot API does (the
emulator tests in this folder exercise the same client over real HTTP)."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from bot.cli.common import RedactSecrets
from bot.transports.zalo_api import (
    RetryPolicy,
    ZaloClient,
    ZaloForbidden,
    ZaloNetworkError,
    ZaloServerError,
    ZaloUnauthorized,
    updates_from,
)

TOKEN = "1459232241454765289:zalo-very-secret"
MESSAGE = {
    "chat": {"id": "e4ea2cd5189df1c3a88c", "chat_type": "PRIVATE"},
    "text": "xong 12",
    "message_id": "16f6366b3f02645a3d15",
    "date": 1766619597466,
    "from": {"id": "e4ea2cd5189df1c3a88c", "display_name": "Nguyễn Văn Bình"},
}


class Platform:
    """Answers queued per method; records every call (path and JSON body)."""

    def __init__(self) -> None:
        self.answers: dict[str, list[httpx.Response | Exception]] = {}
        self.calls: list[tuple[str, dict]] = []

    def queue(self, method: str, *answers: httpx.Response | Exception) -> None:
        self.answers.setdefault(method, []).extend(answers)

    def handler(self, request: httpx.Request) -> httpx.Response:
        method = request.url.path.rsplit("/", 1)[-1]
        self.calls.append((request.url.path, json.loads(request.content or b"{}")))
        queued = self.answers.get(method) or [httpx.Response(200, json={"ok": True, "result": {}})]
        answer = queued.pop(0) if len(queued) > 1 else queued[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


async def no_sleep(_seconds: float) -> None:
    return None


@pytest.fixture
def platform() -> Platform:
    return Platform()


@pytest.fixture
async def zalo(platform: Platform):
    http = httpx.AsyncClient(transport=httpx.MockTransport(platform.handler))
    client = ZaloClient(TOKEN, base_url="https://zalo.test/", http=http, sleep=no_sleep, retry=RetryPolicy(attempts=3))
    yield client
    await http.aclose()


async def test_token_goes_in_the_path_and_get_me_reads_the_documented_fields(zalo, platform):
    platform.queue("getMe", httpx.Response(200, json={"ok": True, "result": {
        "id": "1459232241454765289", "account_name": "bot.VDKyGxQvc", "account_type": "BASIC", "can_join_groups": False}}))
    me = await zalo.get_me()
    assert me.account_name == "bot.VDKyGxQvc" and me.account_type == "BASIC" and not me.can_join_groups
    assert platform.calls[0][0] == f"/bot{TOKEN}/getMe"


async def test_get_updates_reads_one_update_object_with_string_ids(zalo, platform):
    platform.queue("getUpdates", httpx.Response(200, json={"ok": True, "result": {"event_name": "message.text.received", "message": MESSAGE}}))
    [update] = await zalo.get_updates(timeout=25)
    assert update.event_name == "message.text.received"
    assert update.message.text == "xong 12" and update.message.message_id == "16f6366b3f02645a3d15"
    assert update.message.sender.display_name == "Nguyễn Văn Bình" and update.message.chat.private
    assert platform.calls[0][1] == {"timeout": "25"}  # a string, as the reference says


@pytest.mark.parametrize("answer", [
    httpx.Response(408, json={"ok": False, "error_code": 408, "description": "Request timeout"}),
    httpx.Response(200, json={"ok": False, "error_code": 408, "description": "Request timeout"}),
    httpx.Response(408, text=""),
])
async def test_an_idle_poll_is_no_update_not_an_error(zalo, platform, answer):
    platform.queue("getUpdates", answer)
    assert await zalo.get_updates(timeout=1) == []
    assert len(platform.calls) == 1  # not retried either


def test_webhook_bodies_are_read_bare_or_wrapped_and_without_event_name():
    bare = {"event_name": "message.text.received", "message": MESSAGE}
    assert updates_from(bare)[0].message.text == "xong 12"
    assert updates_from({"ok": True, "result": bare})[0].event_name == "message.text.received"
    # The reference's own sample has no event name: a message with text is a text message.
    assert updates_from({"ok": True, "result": {"message": MESSAGE}})[0].event_name == "message.text.received"
    assert updates_from({"ok": True, "result": [bare, bare]})[1].message.chat.id == "e4ea2cd5189df1c3a88c"


async def test_429_and_5xx_are_retried_with_backoff_then_succeed(platform):
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    platform.queue(
        "getMe",
        httpx.Response(429, json={"ok": False, "error_code": 429, "description": "Too Many Requests", "parameters": {"retry_after": 2}}),
        httpx.Response(502, text="bad gateway"),
        httpx.Response(200, json={"ok": True, "result": {"id": "1", "account_name": "bot.x"}}),
    )
    async with httpx.AsyncClient(transport=httpx.MockTransport(platform.handler)) as http:
        client = ZaloClient(TOKEN, base_url="https://zalo.test", http=http, sleep=record, retry=RetryPolicy(attempts=4, base=0.5))
        assert (await client.get_me()).account_name == "bot.x"
    assert waits == [2.0, 1.0]  # the platform's retry_after, then exponential backoff


async def test_send_is_not_repeated_after_a_5xx_or_a_read_timeout_but_is_after_a_refused_connection(zalo, platform):
    platform.queue("sendMessage", httpx.Response(500, text="oops"))
    with pytest.raises(ZaloServerError):
        await zalo.send_message("c1", "Chào anh")
    assert len(platform.calls) == 1
    platform.calls.clear()
    platform.answers["sendMessage"] = [httpx.ReadTimeout("slow")]
    with pytest.raises(ZaloNetworkError) as info:
        await zalo.send_message("c1", "Chào anh")
    assert info.value.reached and len(platform.calls) == 1
    platform.calls.clear()
    platform.answers["sendMessage"] = [
        httpx.ConnectError("refused"),
        httpx.Response(200, json={"ok": True, "result": {"message_id": "82599fa32f56d00e8941", "date": 1749632637199}}),
    ]
    sent = await zalo.send_message("c1", "Chào anh")
    assert sent.message_id == "82599fa32f56d00e8941" and len(platform.calls) == 2


async def test_blocked_and_bad_token_are_typed_errors(zalo, platform):
    platform.queue("sendMessage", httpx.Response(403, json={"ok": False, "error_code": 403, "description": "User blocked the bot"}))
    with pytest.raises(ZaloForbidden):
        await zalo.send_message("c1", "Chào anh")
    platform.queue("getMe", httpx.Response(401, json={"ok": False, "error_code": 401, "description": "Unauthorized"}))
    with pytest.raises(ZaloUnauthorized):
        await zalo.get_me()


async def test_webhook_methods_and_the_404_when_none_is_set(zalo, platform):
    platform.queue("getWebhookInfo", httpx.Response(404, json={"ok": False, "error_code": 404, "description": "Not Found"}))
    assert await zalo.get_webhook_info() is None
    platform.queue("setWebhook", httpx.Response(200, json={"ok": True, "result": {"url": "https://x.vn/zalo", "updated_at": 1}}))
    info = await zalo.set_webhook("https://x.vn/zalo", "a-secret-of-16ch")
    assert info.url == "https://x.vn/zalo"
    assert platform.calls[-1][1] == {"url": "https://x.vn/zalo", "secret_token": "a-secret-of-16ch"}
    with pytest.raises(ValueError):
        await zalo.set_webhook("https://x.vn/zalo", "short")


async def test_texts_longer_than_2000_characters_are_refused_before_sending(zalo, platform):
    with pytest.raises(ValueError):
        await zalo.send_message("c1", "x" * 2001)
    assert platform.calls == []


async def test_no_log_line_or_error_carries_the_token(platform, caplog, capsys):
    platform.queue("getMe", httpx.Response(500, json={"ok": False, "description": f"boom at /bot{TOKEN}/getMe"}))
    handler = logging.StreamHandler()
    handler.addFilter(RedactSecrets([TOKEN]))
    root = logging.getLogger()
    root.addHandler(handler)
    previous = root.level
    root.setLevel(logging.DEBUG)
    try:
        async with httpx.AsyncClient(transport=httpx.MockTransport(platform.handler)) as http:
            client = ZaloClient(TOKEN, base_url="https://zalo.test", http=http, sleep=no_sleep, retry=RetryPolicy(attempts=2))
            with pytest.raises(ZaloServerError) as info:
                await client.get_me()
            logging.getLogger("dondoc.test").exception("getMe failed: %s", info.value)
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
    assert TOKEN not in str(info.value)
    assert TOKEN not in capsys.readouterr().err
    assert all(TOKEN not in record.getMessage() for record in caplog.records if record.name.startswith("bot."))
