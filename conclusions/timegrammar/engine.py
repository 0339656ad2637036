"""The chart: lexicon readings, then rules applied until nothing new appears (Duckling's saturation).

A node is a value over a span of tokens with a cost (how many tones had to be guessed, how many
dispreferred rules were used). Rules are a name, a pattern (one predicate per adjacent node) and a
production that returns a value or None; they never see the text, only earlier values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from conclusions.timegrammar.lexicon import readings
from conclusions.timegrammar.tokens import Token

Predicate = Callable[[Any], bool]

MAX_PASSES = 12
MAX_NODES = 4000


@dataclass(frozen=True)
class Context:
    """What productions may know besides their inputs: the reference day."""

    today: date


@dataclass(frozen=True)
class Rule:
    """Turn adjacent values matching `pattern` into one value (None: no reading)."""

    name: str
    pattern: tuple[Predicate, ...]
    produce: Callable[..., Any]
    cost: int = 0


@dataclass(frozen=True)
class Node:
    """A value read over tokens[start:end]."""

    start: int
    end: int
    value: Any
    cost: int
    rule: str


class Chart:
    """All readings of one phrase, growing until the rules add nothing."""

    def __init__(self, tokens: Sequence[Token], rules: Sequence[Rule], ctx: Context) -> None:
        self.tokens = list(tokens)
        self.rules = list(rules)
        self.ctx = ctx
        self.nodes: dict[tuple[int, int, Any], Node] = {}
        self.by_start: dict[int, list[Node]] = {i: [] for i in range(len(self.tokens) + 1)}
        for i in range(len(self.tokens)):
            for end, value, cost in readings(self.tokens, i):
                self._add(Node(i, end, value, cost, "lexicon"))
        self._saturate()

    def _add(self, node: Node) -> bool:
        key = (node.start, node.end, node.value)
        old = self.nodes.get(key)
        if old is not None and old.cost <= node.cost:
            return False
        self.nodes[key] = node
        if old is not None:
            self.by_start[node.start].remove(old)
        self.by_start[node.start].append(node)
        return True

    def _matches(self, pattern: tuple[Predicate, ...], start: int) -> Iterator[list[Node]]:
        if not pattern:
            yield []
            return
        head, rest = pattern[0], pattern[1:]
        for node in list(self.by_start.get(start, ())):
            if head(node.value):
                for tail in self._matches(rest, node.end):
                    yield [node, *tail]

    def _saturate(self) -> None:
        for _ in range(MAX_PASSES):
            changed = False
            for rule in self.rules:
                for start in range(len(self.tokens)):
                    for match in list(self._matches(rule.pattern, start)):
                        value = rule.produce(self.ctx, *(n.value for n in match))
                        if value is None:
                            continue
                        cost = sum(n.cost for n in match) + rule.cost
                        changed |= self._add(Node(start, match[-1].end, value, cost, rule.name))
                        if len(self.nodes) > MAX_NODES:
                            return
            if not changed:
                return

    def spanning(self, start: int, end: int, accept: Predicate) -> list[Node]:
        """Nodes over exactly tokens[start:end] whose value `accept`s, cheapest first."""
        found = [n for n in self.by_start.get(start, ()) if n.end == end and accept(n.value)]
        return sorted(found, key=lambda n: n.cost)
