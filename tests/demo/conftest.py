"""Fixtures for the demo's browser tests: where headless Chromium is, and how to launch it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

#: Flags for Debian's chromium driven by Playwright (no sandbox as root in CI, no network chatter).
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

#: Where the screenshots the browser tests save go (gitignored).
ARTIFACTS_DIR = Path(__file__).resolve().parents[1] / "artifacts"

_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """`CHROMIUM_PATH` if set, else the first Chromium-like browser on PATH (or /usr/bin)."""
    configured = os.environ.get("CHROMIUM_PATH", "").strip()
    if configured:
        return configured if Path(configured).is_file() else None  # reported by chromium_path
    for name in _CANDIDATES:
        found = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").is_file() else None)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Path of a headless-capable Chromium for Playwright's `executable_path`; skips with the reason
    when Playwright's Python package or the browser is missing (`.ci/run` installs Debian's chromium;
    `playwright install` is not used because it downloads browsers)."""
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        pytest.skip("browser test skipped: the playwright Python package is not installed (pip install -e '.[test]')")
    path = find_chromium()
    if path is None:
        configured = os.environ.get("CHROMIUM_PATH", "").strip()
        if configured:
            pytest.skip(f"browser test skipped: CHROMIUM_PATH={configured} is not a file")
        pytest.skip("browser test skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)")
    return path
