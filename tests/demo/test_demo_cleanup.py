"""`dondoc demo` removes the temporary database it made (after `--script`, after Ctrl+C, after a
start that failed on a busy port) and keeps the one `--db FILE` names. Run as a user runs it: the
real process, with TMPDIR pointing at a directory of the test's own."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, select

from storage.db import make_engine
from storage.models import Organization

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _sqlite_leg_only(is_postgres_run: bool) -> None:
    if is_postgres_run:
        pytest.skip("the demo runs on its own embedded SQLite file; covered by the SQLite leg")


@pytest.fixture
def tmpdir_env(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A private TMPDIR (where the demo makes its temporary directory) and the environment using it."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp)}
    env.pop("DATABASE_URL", None)
    return tmp, env


def _demo(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "demo", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )


def test_script_run_leaves_no_demo_directory(tmpdir_env: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    tmp, env = tmpdir_env
    proc = _demo("--script", "--days", "1", env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Kết thúc chuyến tham quan" in proc.stdout
    assert list(tmp.iterdir()) == []


def test_failed_start_on_a_busy_port_leaves_no_demo_directory(tmpdir_env: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    tmp, env = tmpdir_env
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = _demo("--no-browser", "--port", str(port), env=env, cwd=tmp_path)
    assert proc.returncode == 2
    assert f"Không mở được cổng {port}" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert list(tmp.iterdir()) == []


def test_stopping_the_page_demo_removes_its_temporary_database(tmpdir_env: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    tmp, env = tmpdir_env
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli.main", "demo", "--no-browser", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**env, "COLUMNS": "200"}, cwd=tmp_path,
    )
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if "Ctrl+C" in line:
                break
        assert any("đang chạy tại" in line for line in lines), "".join(lines) + (proc.stderr.read() if proc.poll() is not None else "")
        made = list(tmp.glob("dondoc-demo-*/demo.db"))
        assert len(made) == 1  # while it runs, the database is there
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in err
    assert list(tmp.iterdir()) == []


def test_db_option_keeps_the_database(tmpdir_env: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    tmp, env = tmpdir_env
    db = tmp_path / "kept" / "demo.db"
    db.parent.mkdir()
    proc = _demo("--script", "--days", "1", "--db", str(db), env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert db.is_file()
    engine = make_engine(f"sqlite:///{db}")
    with Session(engine) as session:
        assert session.exec(select(Organization.name)).all() == ["Đảng ủy xã Demo"]
    engine.dispose()
    assert list(tmp.iterdir()) == []
