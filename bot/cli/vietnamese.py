"""The command line speaks Vietnamese: help headings, the help option, value placeholders, and
usage errors as one Vietnamese line with exit code 2 (Typer prints English boxes by default).

Every command and sub-app is built from `VietnameseTyper`, so commands other modules register
(`run`, `demo`) get the same treatment without knowing about it."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer
from typer import rich_utils
from typer._click import exceptions as click_errors  # Typer vendors Click; its errors live here
from typer.core import TyperArgument, TyperCommand, TyperGroup

from bot.cli.output import err_console

HELP_OPTION_HELP = "Xem hướng dẫn này rồi thoát."
USAGE_PREFIX = "Cách dùng: "
OPTIONS_METAVAR = "[TÙY CHỌN]"
SUBCOMMAND_METAVAR = "LỆNH [THAM SỐ]..."
#: The placeholder shown after an option that takes a value and names none itself, by value type.
TYPE_METAVARS: dict[Any, str] = {int: "SỐ", float: "SỐ", Path: "TỆP", str: "CHUỖI"}


def use_vietnamese_help() -> None:
    """Word Typer's help panels in Vietnamese (module settings Typer reads when it renders help)."""
    rich_utils.ARGUMENTS_PANEL_TITLE = "Tham số"
    rich_utils.OPTIONS_PANEL_TITLE = "Tùy chọn"
    rich_utils.COMMANDS_PANEL_TITLE = "Lệnh"
    rich_utils.REQUIRED_LONG_STRING = "[bắt buộc]"
    rich_utils.DEFAULT_STRING = "[mặc định: {}]"
    rich_utils.ENVVAR_STRING = "[biến môi trường: {}]"
    rich_utils.DEPRECATED_STRING = "(không còn dùng) "
    rich_utils.ERRORS_PANEL_TITLE = "Lỗi"
    rich_utils.ABORTED_TEXT = "Đã dừng."
    rich_utils.RICH_HELP = "Xem [blue]{command_path} {help_option}[/] để biết cách dùng."


def _name_placeholders(params: Sequence[Any]) -> None:
    """No "<bool>" after a flag; a Vietnamese placeholder where a command names none."""
    for param in params:
        if isinstance(param, TyperArgument) and not isinstance(param, VietnameseArgument):
            param.__class__ = VietnameseArgument  # Typer builds its arguments itself; this only changes how they are shown
        if param.metavar is not None:
            continue
        annotation = getattr(getattr(param, "type_descriptor", None), "annotation", str)
        if getattr(param, "is_flag", False) or annotation is bool:
            param.metavar = ""
        elif param.param_type_name == "argument":
            param.metavar = (param.name or "giá trị").upper()
        else:
            param.metavar = TYPE_METAVARS.get(annotation, "GIÁ_TRỊ")


class VietnameseArgument(TyperArgument):
    """An argument shown by its placeholder alone: "TÊN", not "{name} <str>"."""

    def display_type_rich(self, ctx: Any) -> str | None:
        """No Python type name next to the placeholder."""
        return None

    def _usage_display_name(self) -> str:
        name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
        return name + ("..." if self.nargs != 1 else "")


class VietnameseCommand(TyperCommand):
    """A command whose help reads in Vietnamese."""

    def __init__(self, name: str | None, **kwargs: Any) -> None:
        if kwargs.get("options_metavar", "[OPTIONS]") == "[OPTIONS]":
            kwargs["options_metavar"] = OPTIONS_METAVAR
        super().__init__(name, **kwargs)
        _name_placeholders(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        """The --help option, described in Vietnamese and shown without a type."""
        return _vietnamese_help_option(super().get_help_option(ctx))

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        """"Cách dùng: dondoc tasks [TÙY CHỌN]"."""
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix=USAGE_PREFIX)


class VietnameseGroup(TyperGroup):
    """A group of commands whose help reads in Vietnamese and whose usage errors are one line."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["subcommand_metavar"] = kwargs.get("subcommand_metavar") or SUBCOMMAND_METAVAR
        if kwargs.get("options_metavar", "[OPTIONS]") == "[OPTIONS]":
            kwargs["options_metavar"] = OPTIONS_METAVAR
        super().__init__(**kwargs)
        _name_placeholders(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        """The --help option, described in Vietnamese and shown without a type."""
        return _vietnamese_help_option(super().get_help_option(ctx))

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        """"Cách dùng: dondoc org LỆNH [THAM SỐ]..."."""
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix=USAGE_PREFIX)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        """Run the CLI; a usage error becomes one Vietnamese line on stderr and exit code 2."""
        try:
            result = super().main(args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
        except click_errors.NoArgsIsHelpError:
            code = 2  # the help is already on screen
        except click_errors.ClickException as exc:
            err_console.print(f"[bold red]Lỗi:[/bold red] {_escape(usage_error_text(exc))}", highlight=False, soft_wrap=True)
            code = exc.exit_code
        except typer.Abort:
            err_console.print("Đã dừng.", highlight=False)
            code = 1
        if not standalone_mode:
            return code
        sys.exit(code)


def _vietnamese_help_option(option: Any) -> Any:
    if option is not None:
        option.help, option.metavar = HELP_OPTION_HELP, ""
    return option


def _escape(text: str) -> str:
    return text.replace("[", r"\[")


def _hint(exc: Any) -> str:
    hint = getattr(exc, "param_hint", None)
    if isinstance(hint, (list, tuple)):
        return " / ".join(hint)
    if hint:
        return str(hint)
    param = getattr(exc, "param", None)
    if param is None:
        return "tham số"
    if param.param_type_name == "argument":
        return str(param.metavar or param.name or "tham số").upper()
    return " / ".join(param.opts) or str(param.name)


def _expected(param: Any) -> str:
    """What a value of this parameter must look like, in words."""
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    kind = {int: "một số nguyên", float: "một số"}.get(annotation, "")
    if kind and low is not None and high is not None:
        return f"phải là {kind} từ {low} đến {high}"
    if kind and low is not None:
        return f"phải là {kind} từ {low} trở lên"
    return f"phải là {kind}" if kind else "không đúng"


def usage_error_text(exc: click_errors.ClickException) -> str:
    """One Vietnamese line for a usage error, pointing at the command's --help."""
    ctx = getattr(exc, "ctx", None)
    where = f" Xem: {ctx.command_path} --help." if ctx is not None else ""
    message = exc.message if isinstance(exc.message, str) else str(exc)
    if isinstance(exc, click_errors.MissingParameter):
        param = exc.param
        noun = "tham số" if param is not None and param.param_type_name == "argument" else "tùy chọn"
        return f"Thiếu {noun} {_hint(exc)}.{where}"
    if isinstance(exc, click_errors.BadParameter):
        return f"Giá trị cho {_hint(exc)} {_expected(exc.param)}.{where}"
    if isinstance(exc, click_errors.NoSuchOption):
        maybe = f" (có phải {', '.join(sorted(exc.possibilities))}?)" if exc.possibilities else ""
        return f"Không có tùy chọn {exc.option_name}{maybe}.{where}"
    if isinstance(exc, click_errors.BadOptionUsage):
        if "requires" in message:
            return f"Tùy chọn {exc.option_name} cần một giá trị.{where}"
        return f"Dùng tùy chọn {exc.option_name} chưa đúng.{where}"
    if match := re.match(r"No such command '(.+)'", message):
        commands = ", ".join(ctx.command.list_commands(ctx)) if ctx is not None else ""
        listed = f" Các lệnh: {commands}." if commands else ""
        return f"Không có lệnh “{match.group(1)}”.{listed}{where}"
    if match := re.match(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)", message):
        return f"Thừa tham số: {match.group(1)}.{where}"
    if message.startswith("Missing command"):
        return f"Thiếu lệnh.{where}"
    return f"Lệnh chưa đúng: {message}.{where}"


class VietnameseTyper(typer.Typer):
    """A Typer app whose commands and sub-groups speak Vietnamese (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", VietnameseGroup)
        kwargs.setdefault("rich_markup_mode", "rich")
        super().__init__(**kwargs)

    def command(self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **kwargs: Any) -> Any:
        """Register a command (a VietnameseCommand unless told otherwise)."""
        return super().command(name, cls=cls or VietnameseCommand, **kwargs)
