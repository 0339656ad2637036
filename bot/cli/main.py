"""The `dondoc` command line: one Typer app; each sub-command group lives in its own module."""

from __future__ import annotations

from bot.cli.vietnamese import VietnameseTyper, use_vietnamese_help

use_vietnamese_help()
app = VietnameseTyper(
    name="dondoc",
    help="dondoc — theo dõi, đôn đốc thực hiện thông báo kết luận.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    from bot.cli import admin_cmds, demo_cmd, extract_cmd, import_cmd, run_cmd, scheduler_cmds

    for module in (admin_cmds, extract_cmd, import_cmd, scheduler_cmds, run_cmd, demo_cmd):
        module.register(app)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
