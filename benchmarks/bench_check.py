"""Benchmark: the daily deadline check over many organizations.

    python benchmarks/bench_check.py                       # 1,000,000 tasks in 10,000 orgs, SQLite
    python benchmarks/bench_check.py --tasks 100000 --orgs 1000
    python benchmarks/bench_check.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench

Seeds a fresh database in a child process (so seeding does not count towards peak memory), then
runs `run_all_due_checks` for a Monday 08:00 (reminders, overdue digests and weekly digests) in a
second child process and reports seconds, peak RSS and rows enqueued. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from storage.db import is_postgres, make_engine, upgrade  # noqa: E402
from storage.models import Chat, Member, Organization, Outbox, Task, Unit  # noqa: E402

CHECK_DAY = date(2025, 3, 10)  # a Monday: the weekly digest runs too
NOW = datetime(2025, 3, 10, 1, 0, tzinfo=UTC)  # 08:00 in Hanoi
UNITS_PER_ORG = 10
CHUNK = 20_000


def _bulk(conn, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    for start in range(0, len(rows), CHUNK):
        conn.execute(insert(table), rows[start : start + CHUNK])


def seed(url: str, orgs: int, tasks: int, seed_value: int = 7) -> None:
    """Create `orgs` organizations with units, a leader chat per unit, a monitor, and `tasks` tasks."""
    rng = random.Random(seed_value)
    engine = make_engine(url)
    upgrade(engine)
    created = datetime(2025, 1, 2, tzinfo=UTC)
    per_org = tasks // orgs
    with engine.begin() as conn:
        _bulk(conn, Organization.__table__, [
            dict(id=o, name=f"Đảng ủy xã {o}", level="xa", timezone="Asia/Ho_Chi_Minh", policy={}, next_task_number=per_org + 1,
                 created_at=created) for o in range(1, orgs + 1)
        ])
        units, members, chats = [], [], []
        for o in range(1, orgs + 1):
            for u in range(UNITS_PER_ORG):
                uid = (o - 1) * UNITS_PER_ORG + u + 1
                units.append(dict(id=uid, org_id=o, key=f"unit_{u}", name=f"Đơn vị {u}", aliases=[], tags=[], active=True, created_at=created))
                # Nine units of ten have a leader registered; the tenth is "nobody reachable".
                if u < UNITS_PER_ORG - 1:
                    members.append(dict(id=uid, org_id=o, unit_id=uid, platform="telegram", platform_user_id=str(uid),
                                        display_name=f"Lãnh đạo {uid}", role="leader", active=True, joined_at=created))
                    chats.append(dict(org_id=o, unit_id=uid, member_id=uid, platform="telegram", chat_id=str(uid), kind="private",
                                      title="", active=True, created_at=created))
            mid = 10_000_000 + o
            members.append(dict(id=mid, org_id=o, unit_id=None, platform="telegram", platform_user_id=str(mid),
                                display_name="Ban theo dõi", role="monitor", active=True, joined_at=created))
            chats.append(dict(org_id=o, unit_id=None, member_id=mid, platform="telegram", chat_id=str(mid), kind="private",
                              title="", active=True, created_at=created))
        _bulk(conn, Unit.__table__, units)
        _bulk(conn, Member.__table__, members)
        _bulk(conn, Chat.__table__, chats)
        batch: list[dict] = []
        for o in range(1, orgs + 1):
            for n in range(1, per_org + 1):
                roll = rng.random()
                recurrence = "monthly" if roll < 0.05 else None
                due = None if recurrence or roll < 0.15 else CHECK_DAY + timedelta(days=rng.randint(-40, 80))
                done = rng.random() < 0.25
                batch.append(dict(
                    org_id=o, number=n, unit_id=(o - 1) * UNITS_PER_ORG + rng.randrange(UNITS_PER_ORG) + 1,
                    content=f"Nhiệm vụ số {n} của tổ chức {o}: triển khai, báo cáo kết quả thực hiện", coordinating_units=[],
                    due=due, strict_before=rng.random() < 0.1, recurrence=recurrence, status="done" if done else "open",
                    created_at=created, done_at=NOW - timedelta(days=rng.randint(1, 60)) if done else None, evidence=[],
                ))
                if len(batch) >= CHUNK:
                    conn.execute(insert(Task.__table__), batch)
                    batch = []
        if batch:
            conn.execute(insert(Task.__table__), batch)
    if is_postgres(engine):
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    engine.dispose()


def check(url: str) -> dict:
    """Run every organization's check once and measure it."""
    from scheduler.daily import run_all_due_checks

    engine = make_engine(url)
    started = time.perf_counter()
    reports = run_all_due_checks(engine, now=NOW)
    seconds = time.perf_counter() - started
    with Session(engine) as session:
        rows = session.execute(select(func.count()).select_from(Outbox)).scalar_one()
        tasks = session.execute(select(func.count()).select_from(Task)).scalar_one()
    kinds: dict[str, int] = {}
    for report in reports:
        for kind, n in report.enqueued.items():
            kinds[kind] = kinds.get(kind, 0) + n
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    again_started = time.perf_counter()
    again = run_all_due_checks(engine, now=NOW)
    return {
        "database": engine.dialect.name, "organizations": len(reports), "tasks": tasks, "seconds": round(seconds, 1),
        "orgs_per_second": round(len(reports) / seconds, 1), "peak_rss_mb": round(peak_mb, 1), "rows_enqueued": rows,
        "by_kind": kinds, "second_run_orgs": len(again), "second_run_seconds": round(time.perf_counter() - again_started, 2),
    }


def main() -> None:
    """Seed, then check, each in its own process."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file in a temp directory")
    parser.add_argument("--orgs", type=int, default=10_000)
    parser.add_argument("--tasks", type=int, default=1_000_000)
    parser.add_argument("--phase", choices=("all", "seed", "check"), default="all", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "seed":
        seed(args.database_url, args.orgs, args.tasks)
        return
    if args.phase == "check":
        print(json.dumps(check(args.database_url), ensure_ascii=False))
        return
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp(prefix='bench_check_')}/bench.db"
    me = [sys.executable, __file__, "--database-url", url, "--orgs", str(args.orgs), "--tasks", str(args.tasks)]
    started = time.perf_counter()
    subprocess.run([*me, "--phase", "seed"], check=True)
    seeded = time.perf_counter() - started
    result = subprocess.run([*me, "--phase", "check"], check=True, capture_output=True, text=True)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["seed_seconds"] = round(seeded, 1)
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
