"""Import drafts left unsaved expire at a stated time — the organization's daily check, a few days
after the import — and the admin who imported one is told, by the check that expires it."""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from scheduler.outbox import enqueue
from storage.models import Chat, ImportDraft

#: Days an unsaved draft is kept; it expires at the daily check of the last day.
DRAFT_DAYS = 3
DRAFT_EXPIRED = "draft_expired"


def draft_expiry(created: datetime, *, tz: str, check_at: time, days: int = DRAFT_DAYS) -> datetime:
    """When a draft made at `created` expires: the daily check time, `days` local days later."""
    zone = ZoneInfo(tz)
    day = created.astimezone(zone).date() + timedelta(days=days)
    return datetime.combine(day, check_at, zone)


def draft_expired_text(title: str, created: datetime, expired: datetime, tz: str) -> str:
    """To the admin: the draft was not saved and is gone."""
    zone = ZoneInfo(tz)
    return (
        f"⌛ Bản nháp “{html.escape(title[:150], quote=False)}” (nhập lúc {created.astimezone(zone):%d/%m/%Y %H:%M}) "
        f"đã hết hạn lúc {expired.astimezone(zone):%d/%m/%Y %H:%M} mà chưa được lưu; chưa giao nhiệm vụ nào. "
        "Gõ /import để nhập lại văn bản nếu vẫn cần."
    )


def expire_drafts(session: Session, *, org_id: int, day: date, now: datetime, tz: str) -> int:
    """Mark the organization's pending drafts whose time is up as expired and queue one message
    to the private chat of the admin who imported each; returns the messages queued."""
    rows = session.exec(select(ImportDraft).where(
        ImportDraft.org_id == org_id, ImportDraft.status == "pending",
        ImportDraft.expires_at.is_not(None), ImportDraft.expires_at <= now,  # type: ignore[union-attr,operator]
    )).all()
    queued = 0
    for row in rows:
        row.status = "expired"
        session.add(row)
        if row.member_id is None:
            continue
        title = ((row.data or {}).get("document") or {}).get("title") or row.filename or "Thông báo kết luận"
        text = draft_expired_text(title, row.created_at, row.expires_at or now, tz)
        chats = session.exec(select(Chat).where(Chat.member_id == row.member_id, Chat.kind == "private", Chat.active == True)).all()  # noqa: E712
        for chat in chats:
            queued += enqueue(session, org_id=org_id, chat_id=chat.id, kind=DRAFT_EXPIRED, subject=f"draft:{row.id}",  # type: ignore[arg-type]
                              for_date=day, text=text, now=now)
    return queued
