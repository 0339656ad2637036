"""The grammar's rules, one module per kind of phrase; each turns a pattern of earlier values into one value.

Order does not matter: the chart applies all of them until nothing changes. A rule with `cost=1`
is a reading kept only when nothing better fits. Adding a phrase means adding a rule (in the
module of its kind) and a line in tests/conclusions/time_corpus.jsonl.
"""

from conclusions.timegrammar.engine import Rule
from conclusions.timegrammar.rules import clock, counts, days, deadlines, holidays, numbers, periods

RULES: list[Rule] = [*numbers.RULES, *days.RULES, *periods.RULES, *counts.RULES, *holidays.RULES, *clock.RULES, *deadlines.RULES]

__all__ = ["RULES"]
