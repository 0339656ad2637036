"""Messages sent per platform and calendar month, against a monthly quota (Zalo's free plan)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from storage.models import PlatformUsage

#: Zalo is a Vietnamese platform: its monthly quota follows Vietnam's calendar month, not UTC's.
QUOTA_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


def month_of(moment: datetime) -> str:
    """"2026-11": the calendar month (Vietnam time) a send is counted in; a naive moment is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(QUOTA_ZONE).strftime("%Y-%m")


#: Percent of the quota at which the admins are warned, once each per month.
WARNING_LEVELS = (80, 95, 100)


@dataclass(frozen=True)
class Usage:
    """How much of a month's quota is used."""

    platform: str
    month: str
    sent: int
    quota: int

    @property
    def percent(self) -> int:
        """Share of the quota used, in whole percent (0 without a quota)."""
        return self.sent * 100 // self.quota if self.quota > 0 else 0

    @property
    def left(self) -> int:
        """Messages left this month (never below 0)."""
        return max(0, self.quota - self.sent)


def count_sent(session: Session, *, platform: str, month: str, count: int = 1) -> int:
    """Add `count` sent messages to the month's total; returns the new total."""
    table = PlatformUsage.__table__
    values = dict(platform=platform, month=month, sent=count, warned_level=0)
    insert = pg_insert(table) if session.get_bind().dialect.name == "postgresql" else sqlite_insert(table)
    statement = insert.values(**values).on_conflict_do_update(
        index_elements=["platform", "month"], set_={"sent": table.c.sent + count},  # type: ignore[attr-defined]
    ).returning(table.c.sent)  # type: ignore[attr-defined]
    return int(session.execute(statement).scalar_one())


def usage(session: Session, *, platform: str, month: str, quota: int) -> Usage:
    """The month's usage so far."""
    row = session.get(PlatformUsage, (platform, month))
    return Usage(platform=platform, month=month, sent=row.sent if row else 0, quota=quota)


def warning_due(session: Session, *, platform: str, month: str, quota: int) -> int | None:
    """The warning level (percent) newly reached this month, recorded so it is given once; else None."""
    if quota <= 0:
        return None
    row = session.exec(
        select(PlatformUsage).where(PlatformUsage.platform == platform, PlatformUsage.month == month).with_for_update()
    ).first()
    if row is None:
        return None
    percent = row.sent * 100 // quota
    reached = [level for level in WARNING_LEVELS if level <= percent and level > row.warned_level]
    if not reached:
        return None
    row.warned_level = reached[-1]
    session.add(row)
    return reached[-1]
