"""The pending question of a chat (storage/pending.py) on a real database: ask, replace, take once,
expiry with an explicit `now`, scoping by person, chat and organization, two transactions
racing to take the same question, and whether a question is still the latest thing on screen."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from storage.db import session_scope
from storage.models import Chat, Member, Outbox, PendingInput
from storage.organizations import create_organization
from storage.pending import (
    PENDING_TTL,
    clear_pending,
    delivered_count,
    get_pending,
    is_fresh,
    set_pending,
    still_on_screen,
    take_pending,
)

NOW = datetime(2025, 3, 10, 1, 0, tzinfo=UTC)


def _member(engine, user: str = "503", org_name: str = "Đảng ủy xã A") -> Member:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        org = create_organization(session, name=org_name, level="xa")
        member = Member(org_id=org.id, platform_user_id=user, display_name=f"User {user}", role="leader")  # type: ignore[arg-type]
        session.add(member)
        session.flush()
        return member


def _ask(engine, member: Member, kind: str = "done_note", chat: str = "503", now: datetime = NOW, **payload) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        set_pending(session, member=member, chat_id=chat, kind=kind, payload=payload, now=now)


def _rows(engine) -> list[PendingInput]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return list(session.exec(select(PendingInput)))


def test_a_question_is_kept_with_its_payload_and_expiry(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _ask(engine, member, number=12, list=[0, "open", 1], message_id=7)
    with session_scope(engine) as session:
        pending = get_pending(session, member=member, chat_id="503", now=NOW)
    assert pending is not None
    assert (pending.kind, pending.payload) == ("done_note", {"number": 12, "list": [0, "open", 1], "message_id": 7})
    assert (pending.org_id, pending.platform, pending.platform_user_id) == (member.org_id, "telegram", "503")
    assert pending.expires_at == NOW + PENDING_TTL == NOW + timedelta(minutes=30)


def test_a_newer_question_replaces_the_older_one(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _ask(engine, member, "done_note", number=1)
    later = NOW + timedelta(minutes=20)
    _ask(engine, member, "extension", now=later, number=2)
    [row] = _rows(engine)
    assert (row.kind, row.payload, row.expires_at) == ("extension", {"number": 2}, later + PENDING_TTL)
    with session_scope(engine) as session:  # still fresh 40 minutes after the first question
        assert get_pending(session, member=member, chat_id="503", now=NOW + timedelta(minutes=40)) is not None


def test_a_question_is_taken_once(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _ask(engine, member, number=5)
    with session_scope(engine) as session:
        taken = take_pending(session, member=member, chat_id="503", now=NOW, kind="done_note")
        again = take_pending(session, member=member, chat_id="503", now=NOW)
    assert taken is not None and (taken.kind, taken.payload["number"]) == ("done_note", 5)
    assert again is None and _rows(engine) == []


def test_taking_another_kind_leaves_the_question_in_place(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _ask(engine, member, "extension", number=5)
    with session_scope(engine) as session:
        assert take_pending(session, member=member, chat_id="503", now=NOW, kind="done_note") is None
    assert [r.kind for r in _rows(engine)] == ["extension"]


def test_an_answer_that_fails_leaves_the_question_in_place(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _ask(engine, member, number=5)
    try:
        with session_scope(engine) as session:
            assert take_pending(session, member=member, chat_id="503", now=NOW) is not None
            raise ValueError("the deadline could not be read")
    except ValueError:
        pass
    assert len(_rows(engine)) == 1


def test_an_expired_question_is_neither_seen_nor_taken_and_is_removed(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _ask(engine, member, number=5)
    expiry = NOW + PENDING_TTL
    [row] = _rows(engine)
    assert is_fresh(row, now=expiry - timedelta(seconds=1)) and not is_fresh(row, now=expiry)
    with session_scope(engine) as session:
        assert get_pending(session, member=member, chat_id="503", now=expiry) is None
        assert take_pending(session, member=member, chat_id="503", now=expiry) is None
    assert _rows(engine) == []


def test_clear_says_whether_a_fresh_question_was_waiting(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    with session_scope(engine) as session:
        assert clear_pending(session, member=member, chat_id="503", now=NOW) is False
    _ask(engine, member)
    with session_scope(engine) as session:
        assert clear_pending(session, member=member, chat_id="503", now=NOW) is True
        assert clear_pending(session, member=member, chat_id="503", now=NOW) is False
    _ask(engine, member)
    with session_scope(engine) as session:
        assert clear_pending(session, member=member, chat_id="503", now=NOW + PENDING_TTL) is False
    assert _rows(engine) == []


def test_questions_are_kept_per_person_and_chat(engine) -> None:  # type: ignore[no-untyped-def]
    leader = _member(engine)
    with session_scope(engine) as session:
        other = Member(org_id=leader.org_id, platform_user_id="505", role="leader")
        session.add(other)
        session.flush()
    _ask(engine, leader, "done_note", chat="503", number=1)
    _ask(engine, leader, "explanation", chat="-7001", number=2)
    _ask(engine, other, "extension", chat="-7001", number=3)
    with session_scope(engine) as session:
        found = {
            (who, chat): (p.kind if (p := get_pending(session, member=m, chat_id=chat, now=NOW)) else None)
            for who, m in (("leader", leader), ("other", other)) for chat in ("503", "-7001")
        }
    assert found == {
        ("leader", "503"): "done_note", ("leader", "-7001"): "explanation",
        ("other", "503"): None, ("other", "-7001"): "extension",
    }


def test_a_question_is_bound_to_the_members_organization(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _ask(engine, member, number=5)
    other_org = _member(engine, user="900", org_name="Đảng ủy xã B").org_id
    # The same account as another organization would know it: never shown the first one's question.
    elsewhere = Member(org_id=other_org, platform_user_id="503", role="leader")
    with session_scope(engine) as session:
        assert get_pending(session, member=elsewhere, chat_id="503", now=NOW) is None
        assert take_pending(session, member=elsewhere, chat_id="503", now=NOW) is None
    assert len(_rows(engine)) == 1


def test_two_transactions_cannot_both_take_the_question(engine) -> None:  # type: ignore[no-untyped-def]
    """As two instances answering at once: the second waits for the first, then finds nothing."""
    member = _member(engine)
    _ask(engine, member, number=5)
    results: dict[str, PendingInput | None] = {}

    def second() -> None:
        with session_scope(engine) as session:
            results["second"] = take_pending(session, member=member, chat_id="503", now=NOW)

    with Session(engine) as first:
        results["first"] = take_pending(first, member=member, chat_id="503", now=NOW)
        racer = threading.Thread(target=second)
        racer.start()
        racer.join(0.5)
        assert racer.is_alive()  # blocked on the first transaction's delete
        first.commit()
    racer.join(15)
    assert not racer.is_alive()
    assert results["first"] is not None and results["second"] is None


def test_the_question_survives_for_the_other_transaction_if_the_first_rolls_back(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _ask(engine, member, number=5)
    results: dict[str, PendingInput | None] = {}

    def second() -> None:
        with session_scope(engine) as session:
            results["second"] = take_pending(session, member=member, chat_id="503", now=NOW)

    with Session(engine) as first:
        assert take_pending(first, member=member, chat_id="503", now=NOW) is not None
        racer = threading.Thread(target=second)
        racer.start()
        racer.join(0.5)
        first.rollback()
    racer.join(15)
    assert results["second"] is not None and results["second"].payload == {"number": 5}


def _outbox(engine, member: Member, status: str, chat: str = "503") -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        row = session.exec(select(Chat).where(Chat.chat_id == chat)).first()
        if row is None:
            row = Chat(org_id=member.org_id, member_id=member.id, chat_id=chat, kind="private")
            session.add(row)
            session.flush()
        session.add(Outbox(org_id=member.org_id, chat_id=row.id, kind="assigned", subject=f"task:{status}", text="Nhiệm vụ mới",  # type: ignore[arg-type]
                           for_date=NOW.date(), status=status))


def _asked_with_count(engine, member: Member) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        delivered = delivered_count(session, platform="telegram", chat_id="503")
    _ask(engine, member, number=1, delivered=delivered)


def _on_screen(engine, member: Member) -> bool:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        pending = get_pending(session, member=member, chat_id="503", now=NOW)
        assert pending is not None
        return still_on_screen(session, pending=pending, now=NOW)


def test_a_question_stays_on_screen_while_nothing_is_delivered_below_it(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _outbox(engine, member, "sent")  # before the question: above it
    _asked_with_count(engine, member)
    _outbox(engine, member, "pending")  # queued, not on anyone's screen yet
    assert _on_screen(engine, member)


def test_a_message_being_sent_below_the_question_pushes_it_off_screen(engine) -> None:  # type: ignore[no-untyped-def]
    # The person may see the message, and answer below it, before the dispatcher has marked it sent.
    member = _member(engine)
    _asked_with_count(engine, member)
    _outbox(engine, member, "sending")
    assert not _on_screen(engine, member)


def test_a_message_in_flight_when_the_question_was_asked_lands_below_it(engine) -> None:  # type: ignore[no-untyped-def]
    member = _member(engine)
    _outbox(engine, member, "sending")
    _asked_with_count(engine, member)
    assert not _on_screen(engine, member)
