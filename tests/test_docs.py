"""Docs that cannot rot: every CLI command and every bot command is in the README."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from bot.cli.main import app
from bot.commands import COMMANDS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _cli_commands() -> list[str]:
    group = typer.main.get_command(app)
    names: list[str] = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(command, "commands", None)
        names += [f"{name} {s}" for s in sub] if sub else [name]
    return names


def test_every_cli_command_is_documented() -> None:
    missing = []
    for name in _cli_commands():
        head, _, sub = name.partition(" ")
        pattern = rf"dondoc {re.escape(head)}" + (rf"[^\n`]*\b{re.escape(sub)}\b" if sub else r"\b")
        if not re.search(pattern, README):
            missing.append(name)
    assert missing == []


def test_every_bot_command_is_documented() -> None:
    assert [c.name for c in COMMANDS if f"/{c.name}" not in README] == []


def test_readme_gives_the_two_newcomer_commands() -> None:
    assert ".venv/bin/dondoc demo" in README
    assert ".venv/bin/python -m pytest" in README
