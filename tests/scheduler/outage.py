"""A database outage we can switch on and off, on either database, without touching the server:
PostgreSQL is reached through a TCP proxy that cuts every connection and refuses new ones; SQLite
gets an exclusive lock held by another connection (writes fail with "database is locked")."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

from storage.db import make_engine


class _Proxy:
    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.down = False
        self.writers: set[asyncio.StreamWriter] = set()
        self.server: asyncio.AbstractServer | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.down:
            writer.close()
            return
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        self.writers |= {writer, up_writer}
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))
        self.writers -= {writer, up_writer}

    def cut(self) -> None:
        self.down = True
        for writer in list(self.writers):
            writer.close()

    async def stop(self) -> None:
        self.cut()
        if self.server is not None:
            self.server.close()


class Outage:
    """`engine` is what the code under test uses; `cut()` takes the database away, `restore()` back."""

    def __init__(self, database_url: str) -> None:
        self.url = make_url(database_url)
        self.engine: Engine
        self._proxy: _Proxy | None = None
        self._lock: sqlite3.Connection | None = None

    async def start(self) -> Outage:
        if self.url.get_backend_name() == "postgresql":
            self._proxy = _Proxy(self.url.host or "127.0.0.1", self.url.port or 5432)
            port = await self._proxy.start()
            self.engine = make_engine(self.url.set(host="127.0.0.1", port=port).render_as_string(hide_password=False))
        else:
            self.engine = make_engine(self.url.render_as_string(hide_password=False))

            @event.listens_for(self.engine, "connect")
            def _short_wait(connection, _record) -> None:  # type: ignore[no-untyped-def]
                connection.execute("PRAGMA busy_timeout=100")  # fail fast instead of waiting 10 s

        return self

    def cut(self) -> None:
        if self._proxy is not None:
            self._proxy.cut()
        else:
            self._lock = sqlite3.connect(self.url.database or "", timeout=10, isolation_level=None)
            self._lock.execute("BEGIN EXCLUSIVE")

    def restore(self) -> None:
        if self._proxy is not None:
            self._proxy.down = False
        elif self._lock is not None:
            self._lock.execute("ROLLBACK")
            self._lock.close()
            self._lock = None

    async def stop(self) -> None:
        self.restore()
        self.engine.dispose()
        if self._proxy is not None:
            await self._proxy.stop()


@contextlib.asynccontextmanager
async def outage_for(database_url: str) -> AsyncIterator[Outage]:
    """An `Outage` for the test's database, cleaned up afterwards."""
    outage = await Outage(database_url).start()
    try:
        yield outage
    finally:
        await outage.stop()
