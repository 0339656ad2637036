"""Every word the CLI prints is Vietnamese: help, usage errors, role and level names."""

from __future__ import annotations

import json

import pytest
import typer.main

from bot.cli.main import app

TYPER_ENGLISH = ("<bool>", "<str>", "<int>", "<path>", "Usage", "Options", "Arguments", "Commands", "Show this message",
                 "[default", "[required]", "Error", "Try ", " the ", "offline", "run again", "how to")


def _command_paths() -> list[list[str]]:
    group = typer.main.get_command(app)
    paths: list[list[str]] = [[]]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(command, "commands", None)
        paths += [[name, s] for s in sub] if sub else [[name]]
    return paths


@pytest.mark.parametrize("path", _command_paths(), ids=lambda p: " ".join(p) or "dondoc")
def test_help_is_worded_in_vietnamese(cli, path):
    result = cli(*path, "--help")
    assert result.exit_code == 0, result.output
    assert "Cách dùng: dondoc" in result.output and "Xem hướng dẫn này rồi thoát." in result.output
    assert [word for word in TYPER_ENGLISH if word in result.output] == []


@pytest.mark.parametrize(
    "args,expected",
    [
        (("tasks", "--bogus"), "Lỗi: Không có tùy chọn --bogus (có phải --org?). Xem: dondoc tasks --help."),
        (("tasks",), "Lỗi: Thiếu tùy chọn --org. Xem: dondoc tasks --help."),
        (("tasks", "--org"), "Lỗi: Tùy chọn --org cần một giá trị."),
        (("invite", "create", "--org", "A", "--role", "admin", "--days", "abc"),
         "Lỗi: Giá trị cho --days phải là một số nguyên từ 1 đến 90. Xem: dondoc invite create --help."),
        (("org", "create"), "Lỗi: Thiếu tham số TÊN. Xem: dondoc org create --help."),
        (("org", "create", "A", "B"), "Lỗi: Thừa tham số: B. Xem: dondoc org create --help."),
    ],
)
def test_usage_errors_are_one_vietnamese_line_with_exit_code_2(cli, args, expected):
    result = cli(*args)
    assert result.exit_code == 2
    assert result.output.strip() == expected


def test_an_unknown_command_lists_the_commands(cli):
    result = cli("nosuch")
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: Không có lệnh “nosuch”. Các lệnh: tasks,")


def test_levels_and_roles_are_named_in_vietnamese(cli):
    created = cli("org", "create", "Đảng ủy xã Tân Lợi", "--level", "xã")
    assert created.exit_code == 0, created.output
    assert "cấp xã" in created.output
    listed = cli("org", "list")
    assert "│ xã" in listed.output and " xa " not in listed.output
    assert json.loads(cli("org", "list", "--json").stdout)[0]["level"] == "xa"  # scripts keep the key
    invite = cli("invite", "create", "--org", "Đảng ủy xã Tân Lợi", "--role", "leader", "--unit", "nong_dan")
    assert "vai trò lãnh đạo đơn vị, Hội Nông dân xã" in invite.output and "leader" not in invite.output
    by_word = cli("invite", "create", "--org", "Đảng ủy xã Tân Lợi", "--role", "Ban theo dõi", "--json")
    assert json.loads(by_word.stdout)["role"] == "monitor"
    bad = cli("invite", "create", "--org", "Đảng ủy xã Tân Lợi", "--role", "boss")
    assert bad.exit_code == 2 and "monitor (Ban theo dõi)" in bad.output


def test_run_without_a_token_explains_in_vietnamese(cli, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    monkeypatch.setenv("ZALO_BOT_TOKEN", "")
    result = cli("run")
    assert result.exit_code == 2 and "Chưa có TELEGRAM_BOT_TOKEN" in result.output
    assert [word for word in TYPER_ENGLISH if word in result.output] == []
