"""Storage operations on a real database (SQLite file or PostgreSQL schema)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, inspect, text
from sqlmodel import select

from conclusions.model import Deadline, TaskDraft, UnitRef
from storage import tasks as ops
from storage.access import Actor
from storage.db import current_revision, session_scope
from storage.errors import (
    AlreadyExists,
    DuplicateImport,
    InvalidInput,
    InvalidState,
    InviteError,
    NotFound,
    PermissionDenied,
)
from storage.imports import import_draft
from storage.invites import create_invite, redeem_invite
from storage.models import Chat, Conclusion, Occurrence, Task, TaskEvent, Unit
from storage.organizations import add_unit, create_organization, get_unit, list_units, rename_unit
from tests.storage.helpers import make_draft

NOW = datetime(2025, 2, 1, 2, 0, tzinfo=UTC)


def _org(engine, name="Đảng ủy xã A", level="xa"):
    with session_scope(engine) as s:
        org = create_organization(s, name=name, level=level)
        return org.id


def _join(engine, org_id, role, unit_key=None, user="100", chat=None, kind="private", now=NOW):
    with session_scope(engine) as s:
        unit_id = get_unit(s, org_id=org_id, ref=unit_key).id if unit_key else None
        code = create_invite(s, actor=Actor.system(org_id), role=role, unit_ref=unit_id, now=now).code
    with session_scope(engine) as s:
        m = redeem_invite(s, code=code, platform_user_id=user, display_name=f"User {user}", chat_id=chat or user, chat_kind=kind, now=now)
        return Actor.of(m.member)


def _import(engine, org_id, draft=None):
    with session_scope(engine) as s:
        result = import_draft(s, actor=Actor.system(org_id), draft=draft or make_draft(), now=NOW)
        return [t.number for t in result.tasks]


def test_migrations_create_every_table_and_reach_head(engine):
    names = set(inspect(engine).get_table_names())
    assert {"organizations", "units", "members", "chats", "invites", "conclusions", "tasks", "occurrences",
            "task_events", "outbox", "check_runs", "extension_requests", "import_drafts", "alembic_version"} <= names
    assert current_revision(engine) is not None


def test_sqlite_runs_in_wal_mode_with_foreign_keys(engine):
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas only")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_models_and_migrations_agree(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), SQLModel.metadata)
    assert diff == []


@pytest.mark.parametrize("level,expected", [("xa", "Hội Nông dân xã"), ("huyen", "Liên đoàn Lao động huyện"), ("tinh", "Tỉnh đoàn")])
def test_create_organization_seeds_catalog_for_level(engine, level, expected):
    org_id = _org(engine, level=level)
    with session_scope(engine) as s:
        names = [u.name for u in list_units(s, org_id=org_id)]
        assert expected in names
        assert s.exec(select(TaskEvent).where(TaskEvent.kind == "org_created")).one()


def test_duplicate_organization_and_bad_level_are_refused(engine):
    _org(engine)
    with pytest.raises(AlreadyExists):
        _org(engine)
    with pytest.raises(InvalidInput):
        _org(engine, name="Khác", level="quan")


def test_add_and_rename_unit_keeps_old_name_as_alias(engine):
    org_id = _org(engine)
    with session_scope(engine) as s:
        add_unit(s, actor=Actor.system(org_id), name="Hội Người cao tuổi xã")
    with pytest.raises(AlreadyExists):
        with session_scope(engine) as s:
            add_unit(s, actor=Actor.system(org_id), name="Hội Người cao tuổi xã")
    with session_scope(engine) as s:
        unit = rename_unit(s, actor=Actor.system(org_id), ref="hoi_nguoi_cao_tuoi_xa", new_name="Hội NCT xã")
        assert unit.name == "Hội NCT xã" and "Hội Người cao tuổi xã" in unit.aliases
        assert s.exec(select(TaskEvent).where(TaskEvent.kind == "unit_renamed")).one()


def test_invite_redeem_registers_member_and_chat(engine):
    org_id = _org(engine)
    actor = _join(engine, org_id, "leader", "nong_dan", user="11")
    assert actor.role == "leader"
    with session_scope(engine) as s:
        chat = s.exec(select(Chat).where(Chat.chat_id == "11")).one()
        assert chat.kind == "private" and chat.unit_id == actor.unit_id


def test_group_invite_registers_group_for_unit(engine):
    org_id = _org(engine)
    actor = _join(engine, org_id, "member", "phu_nu", user="12", chat="-500", kind="group")
    with session_scope(engine) as s:
        chat = s.exec(select(Chat).where(Chat.chat_id == "-500")).one()
        assert chat.kind == "group" and chat.unit_id == actor.unit_id and chat.member_id is None


def test_invite_only_stores_hash_and_is_single_use(engine):
    org_id = _org(engine)
    with session_scope(engine) as s:
        new = create_invite(s, actor=Actor.system(org_id), role="monitor", now=NOW)
        assert new.code not in new.invite.code_hash
    with session_scope(engine) as s:
        redeem_invite(s, code=new.code, platform_user_id="1", display_name="A", chat_id="1", chat_kind="private", now=NOW)
    with pytest.raises(InviteError, match="đã được sử dụng"):
        with session_scope(engine) as s:
            redeem_invite(s, code=new.code, platform_user_id="2", display_name="B", chat_id="2", chat_kind="private", now=NOW)


def test_expired_and_unknown_invites_are_refused(engine):
    org_id = _org(engine)
    with session_scope(engine) as s:
        code = create_invite(s, actor=Actor.system(org_id), role="monitor", ttl=timedelta(hours=1), now=NOW).code
    with pytest.raises(InviteError, match="hết hạn"):
        with session_scope(engine) as s:
            redeem_invite(s, code=code, platform_user_id="1", display_name="A", chat_id="1", chat_kind="private", now=NOW + timedelta(hours=2))
    with pytest.raises(InviteError, match="không đúng"):
        with session_scope(engine) as s:
            redeem_invite(s, code="nope", platform_user_id="1", display_name="A", chat_id="1", chat_kind="private", now=NOW)


def test_invite_for_leader_needs_unit_and_role_must_be_known(engine):
    org_id = _org(engine)
    with pytest.raises(InvalidInput):
        with session_scope(engine) as s:
            create_invite(s, actor=Actor.system(org_id), role="leader")
    with pytest.raises(InvalidInput):
        with session_scope(engine) as s:
            create_invite(s, actor=Actor.system(org_id), role="boss", unit_ref="nong_dan")


def test_import_creates_one_task_per_unit_with_events(engine):
    org_id = _org(engine)
    numbers = _import(engine, org_id)
    assert numbers == [1, 2, 3, 4]
    with session_scope(engine) as s:
        tasks = s.exec(select(Task).order_by(Task.number)).all()
        assert [t.recurrence for t in tasks] == [None, None, None, "monthly"]
        assert tasks[1].clause_key == tasks[2].clause_key and tasks[1].unit_id != tasks[2].unit_id
        assert tasks[0].strict_before and tasks[0].due == date(2025, 3, 15)
        assert s.exec(select(func.count()).select_from(TaskEvent).where(TaskEvent.kind == "created")).one() == 4


def test_same_document_twice_is_refused_with_clear_message(engine):
    org_id = _org(engine)
    _import(engine, org_id)
    with pytest.raises(DuplicateImport, match="đã được nhập"):
        _import(engine, org_id)
    with session_scope(engine) as s:
        assert s.exec(select(func.count()).select_from(Conclusion)).one() == 1


def test_import_is_all_or_nothing(engine):
    org_id = _org(engine)
    draft = make_draft("another")
    with pytest.raises(RuntimeError, match="simulated crash"):
        with session_scope(engine) as s:
            import_draft(s, actor=Actor.system(org_id), draft=draft, now=NOW)
            # Fail in the middle, after rows were flushed: nothing may survive the rollback.
            s.flush()
            raise RuntimeError("simulated crash after the tasks were written")
    with session_scope(engine) as s:
        assert s.exec(select(func.count()).select_from(Task)).one() == 0
        assert s.exec(select(func.count()).select_from(Conclusion)).one() == 0
        assert s.exec(select(func.count()).select_from(TaskEvent).where(TaskEvent.kind == "created")).one() == 0
    assert _import(engine, org_id) == [1, 2, 3, 4]  # numbering did not leak either


def test_import_with_an_invalid_recurrence_saves_nothing(engine):
    org_id = _org(engine)
    bad = TaskDraft("9", "Họp giao ban", [UnitRef("nong_dan", "Hội Nông dân xã")], [], Deadline("hàng ngày", None, False, "daily"))
    with pytest.raises(InvalidInput, match="Chu kỳ"):
        with session_scope(engine) as s:
            import_draft(s, actor=Actor.system(org_id), draft=make_draft("x", tasks=[*make_draft().tasks, bad]), now=NOW)
    with session_scope(engine) as s:
        assert s.exec(select(func.count()).select_from(Conclusion)).one() == 0
        assert s.exec(select(func.count()).select_from(Task)).one() == 0


def test_unknown_unit_is_created_as_written(engine):
    org_id = _org(engine)
    draft = make_draft("x", tasks=[TaskDraft("1", "Làm việc", [UnitRef(None, "Hội Sinh viên xã")], [], Deadline())])
    _import(engine, org_id, draft)
    with session_scope(engine) as s:
        unit = s.exec(select(Unit).where(Unit.name == "Hội Sinh viên xã")).one()
        assert unit.org_id == org_id and unit.key.startswith("moi_")


def test_leader_marks_done_and_member_cannot(engine):
    org_id = _org(engine)
    _import(engine, org_id)
    leader = _join(engine, org_id, "leader", "nong_dan", user="21")
    member = _join(engine, org_id, "member", "nong_dan", user="22")
    with pytest.raises(PermissionDenied):
        with session_scope(engine) as s:
            ops.mark_done(s, actor=member, number=1, now=NOW)
    with session_scope(engine) as s:
        ops.mark_done(s, actor=leader, number=1, note="  Đã xong   kế hoạch ", now=NOW)
    with session_scope(engine) as s:
        task = ops.get_task(s, actor=leader, number=1)
        assert task.status == "done" and task.result_note == "Đã xong kế hoạch" and task.done_by == "User 21"
        assert [e.kind for e in ops.task_history(s, actor=leader, number=1)] == ["created", "done"]
    with pytest.raises(InvalidState):
        with session_scope(engine) as s:
            ops.mark_done(s, actor=leader, number=1, now=NOW)


def test_leader_cannot_touch_another_units_task(engine):
    org_id = _org(engine)
    _import(engine, org_id)
    leader = _join(engine, org_id, "leader", "nong_dan", user="21")
    with pytest.raises(PermissionDenied):
        with session_scope(engine) as s:
            ops.mark_done(s, actor=leader, number=2, now=NOW)  # Hội Cựu chiến binh's task


def test_undo_within_a_day_then_only_monitor_reopens(engine):
    org_id = _org(engine)
    _import(engine, org_id)
    leader = _join(engine, org_id, "leader", "nong_dan", user="21")
    monitor = _join(engine, org_id, "monitor", "dan_van", user="23")
    with session_scope(engine) as s:
        ops.mark_done(s, actor=leader, number=1, now=NOW)
    with session_scope(engine) as s:
        ops.reopen_task(s, actor=leader, number=1, now=NOW + timedelta(hours=3))
    with session_scope(engine) as s:
        ops.mark_done(s, actor=leader, number=1, now=NOW)
    with pytest.raises(PermissionDenied, match="quá 1 ngày"):
        with session_scope(engine) as s:
            ops.reopen_task(s, actor=leader, number=1, now=NOW + timedelta(days=2))
    with session_scope(engine) as s:
        assert ops.reopen_task(s, actor=monitor, number=1, now=NOW + timedelta(days=2)).status == "open"


def test_recurring_task_done_closes_only_the_current_period(engine):
    org_id = _org(engine)
    _import(engine, org_id)
    leader = _join(engine, org_id, "leader", "nong_dan", user="21")
    with session_scope(engine) as s:
        result = ops.mark_done(s, actor=leader, number=4, now=NOW)
        assert result.occurrence is not None and result.occurrence.due == date(2025, 2, 28)
    with session_scope(engine) as s:
        assert ops.get_task(s, actor=leader, number=4).status == "open"
        assert s.exec(select(Occurrence)).one().status == "done"
    with session_scope(engine) as s:  # next month is a new period
        ops.mark_done(s, actor=leader, number=4, now=NOW + timedelta(days=30))
        assert len(s.exec(select(Occurrence)).all()) == 2


def test_cancel_and_extend_need_oversight(engine):
    org_id = _org(engine)
    _import(engine, org_id)
    leader = _join(engine, org_id, "leader", "nong_dan", user="21")
    monitor = _join(engine, org_id, "monitor", "dan_van", user="23")
    with pytest.raises(PermissionDenied):
        with session_scope(engine) as s:
            ops.cancel_task(s, actor=leader, number=1)
    with session_scope(engine) as s:
        ops.extend_deadline(s, actor=monitor, number=1, new_due=date(2025, 4, 30), deadline_text="30/4/2025", reason="Chờ hướng dẫn")
    with session_scope(engine) as s:
        task = ops.get_task(s, actor=monitor, number=1)
        assert task.due == date(2025, 4, 30) and not task.strict_before
        ops.cancel_task(s, actor=monitor, number=3, reason="Trùng")
    with session_scope(engine) as s:
        assert ops.get_task(s, actor=monitor, number=3).status == "cancelled"


def test_extension_request_approved_moves_deadline(engine):
    org_id = _org(engine)
    _import(engine, org_id)
    leader = _join(engine, org_id, "leader", "nong_dan", user="21")
    monitor = _join(engine, org_id, "monitor", "dan_van", user="23")
    with session_scope(engine) as s:
        req = ops.request_extension(s, actor=leader, number=1, new_due=date(2025, 3, 31), deadline_text="31/3", reason="Đợi số liệu", now=NOW)
    with pytest.raises(InvalidState):
        with session_scope(engine) as s:
            ops.request_extension(s, actor=leader, number=1, new_due=date(2025, 3, 31), deadline_text="31/3", reason="lần 2", now=NOW)
    with pytest.raises(PermissionDenied):
        with session_scope(engine) as s:
            ops.decide_extension(s, actor=leader, request_id=req.id, approve=True, now=NOW)
    with session_scope(engine) as s:
        _, task = ops.decide_extension(s, actor=monitor, request_id=req.id, approve=True, now=NOW)
        assert task.due == date(2025, 3, 31)
    with pytest.raises(InvalidState):
        with session_scope(engine) as s:
            ops.decide_extension(s, actor=monitor, request_id=req.id, approve=False, now=NOW)


def test_list_tasks_views_and_order(engine):
    org_id = _org(engine)
    _import(engine, org_id)
    admin = Actor.system(org_id)
    with session_scope(engine) as s:
        today = date(2025, 3, 20)
        assert [t.number for t in ops.list_tasks(s, actor=admin, view="overdue", today=today)] == [1]
        assert [t.number for t in ops.list_tasks(s, actor=admin, view="open", today=today)] == [1, 2, 3, 4]
        assert [t.number for t in ops.list_tasks(s, actor=admin, view="soon", today=date(2025, 3, 10))] == [1]
    with pytest.raises(InvalidInput):
        with session_scope(engine) as s:
            ops.list_tasks(s, actor=admin, view="weird")


def test_organizations_are_isolated(engine):
    org_a = _org(engine, "Đảng ủy xã A")
    org_b = _org(engine, "Đảng ủy xã B")
    _import(engine, org_a)
    _import(engine, org_b, make_draft("same tasks, other org"))
    leader_b = _join(engine, org_b, "leader", "nong_dan", user="31")
    monitor_b = _join(engine, org_b, "monitor", "dan_van", user="32")
    admin_b = Actor.system(org_b)
    with session_scope(engine) as s:
        # Numbers are per organization: B's task 1 is B's own, never A's.
        task = ops.get_task(s, actor=leader_b, number=1)
        assert task.org_id == org_b
        assert all(t.org_id == org_b for t in ops.list_tasks(s, actor=monitor_b, view="all"))
        unit_a = get_unit(s, org_id=org_a, ref="nong_dan")
        with pytest.raises(NotFound):
            get_unit(s, org_id=org_b, ref=unit_a.id)
        with pytest.raises(PermissionDenied):
            ops.list_tasks(s, actor=leader_b, unit_id=unit_a.id)
    with pytest.raises(NotFound):
        with session_scope(engine) as s:
            create_invite(s, actor=admin_b, role="leader", unit_ref=unit_a.id)
    with session_scope(engine) as s:
        ops.mark_done(s, actor=leader_b, number=1, now=NOW)
    with session_scope(engine) as s:
        a_task = s.exec(select(Task).where(Task.org_id == org_a, Task.number == 1)).one()
        assert a_task.status == "open"
    # A member of B cannot join A with A's invite: one organization per account.
    with session_scope(engine) as s:
        code = create_invite(s, actor=Actor.system(org_a), role="monitor").code
    with pytest.raises(InviteError, match="đã là thành viên"):
        with session_scope(engine) as s:
            redeem_invite(s, code=code, platform_user_id="31", display_name="X", chat_id="31", chat_kind="private")


def test_actor_of_another_org_is_refused_on_foreign_task(engine):
    org_a = _org(engine, "Đảng ủy xã A")
    org_b = _org(engine, "Đảng ủy xã B")
    _import(engine, org_a)
    with session_scope(engine) as s:
        task_a = s.exec(select(Task).where(Task.org_id == org_a)).first()
        from storage.access import require_view_task

        with pytest.raises(PermissionDenied):
            require_view_task(Actor.system(org_b), task_a)


def test_group_invite_does_not_change_an_existing_members_role(engine):
    org_id = _org(engine)
    leader = _join(engine, org_id, "leader", "nong_dan", user="41")
    _join(engine, org_id, "member", "nong_dan", user="41", chat="-700", kind="group")
    with session_scope(engine) as s:
        from storage.invites import find_member

        member = find_member(s, platform_user_id="41")
        assert member.role == "leader" and member.unit_id == leader.unit_id
        assert s.exec(select(Chat).where(Chat.chat_id == "-700")).one().unit_id == leader.unit_id
