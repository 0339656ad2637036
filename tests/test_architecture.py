"""Imports go one way: bot → scheduler → storage → conclusions. Parsed, not imported, so this
test catches a violation even in a module nothing imports yet."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LAYERS = ["conclusions", "storage", "scheduler", "bot"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("layer", LAYERS)
def test_no_module_reaches_upward(layer):
    above = set(LAYERS[LAYERS.index(layer) + 1 :])
    offenders = {
        str(path.relative_to(REPO)): sorted(_imports(path) & above)
        for path in (REPO / layer).rglob("*.py")
        if _imports(path) & above
    }
    assert offenders == {}, f"{layer} must not import from {sorted(above)}"
