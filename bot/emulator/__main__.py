"""Run the Bot API emulator standalone: ``python -m bot.emulator --port 8081``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys

from bot.emulator.emulator import DEFAULT_TOKEN, BotApiEmulator


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="python -m bot.emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--bot-username", default="dondoc_demo_bot")
    parser.add_argument("--static", default=None, help="directory served at / (chat page)")
    parser.add_argument("--privacy-mode", action="store_true", help="groups deliver only commands")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every Bot API call")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    """Start the emulator and run until cancelled."""
    emulator = BotApiEmulator(
        host=args.host,
        port=args.port,
        token=args.token,
        bot_username=args.bot_username,
        privacy_mode=args.privacy_mode,
        static_dir=args.static,
    )
    async with emulator:
        print(f"TELEGRAM_API_BASE_URL={emulator.base_url}", file=sys.stderr)
        print(f"TELEGRAM_BOT_TOKEN={emulator.token}", file=sys.stderr)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    """Entry point."""
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args))


if __name__ == "__main__":
    main()
