"""The time grammar: the gold phrases, the no-deadline sentences, and the behaviours they stand for."""

from __future__ import annotations

from datetime import date

import pytest

from conclusions.timegrammar import impossible_dates, parse_deadline, read
from conclusions.timegrammar.evaluate import CORPUS, NEGATIVES, load, score_corpus, score_negatives
from conclusions.timegrammar.rules import RULES

WED = date(2025, 3, 5)


def test_gold_phrases_score_at_least_97_percent() -> None:
    rows = load(CORPUS)
    assert len(rows) >= 250
    assert sum(r["phrase"].isascii() for r in rows) >= 50  # typed without tones too
    score = score_corpus(rows)
    assert score.rate >= 0.97, score.failures


def test_sentences_without_a_deadline_give_nothing() -> None:
    rows = load(NEGATIVES)
    assert len(rows) >= 100
    score = score_negatives(rows)
    assert score.rate >= 0.98, score.failures


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("tháng sáu", date(2025, 6, 30)),  # toned: sáu is six
        ("tháng sau", date(2025, 4, 30)),  # toned: sau is next
        ("thang sau", date(2025, 4, 30)),  # toneless: "next" is the likelier reading
        ("thu sau", date(2025, 3, 7)),  # toneless, after "thứ" only six fits
        ("một tháng nữa", date(2025, 4, 5)),
        ("mot thang nua", date(2025, 4, 5)),  # "mot" is một here, not mốt
        ("mot", date(2025, 3, 7)),  # …and mốt alone
        ("tuần tới", date(2025, 3, 16)),
        ("tối nay", date(2025, 3, 5)),
    ],
)
def test_tones_decide_when_typed_and_context_when_not(phrase: str, due: date) -> None:
    found = parse_deadline(phrase, WED)
    assert found is not None and found.due == due


def test_a_weekday_with_tới_said_on_that_weekday_is_next_week() -> None:
    found = parse_deadline("thứ tư tới", WED)
    assert found is not None and found.due == date(2025, 3, 12)


def test_past_phrases_stay_past() -> None:
    assert parse_deadline("tuần trước", WED).due == date(2025, 3, 2)  # type: ignore[union-attr]
    assert parse_deadline("15/1/2025", WED).due == date(2025, 1, 15)  # type: ignore[union-attr]
    assert parse_deadline("15/1", WED).due == date(2026, 1, 15)  # type: ignore[union-attr]  # no year: the next one


def test_a_clock_time_is_not_strict_about_its_day() -> None:
    found = parse_deadline("trước 16h30 ngày 9/1", date(2026, 1, 8))
    assert found is not None and found.due == date(2026, 1, 9) and not found.strict_before
    found = parse_deadline("trước ngày 9/1", date(2026, 1, 8))
    assert found is not None and found.strict_before


@pytest.mark.parametrize("phrase", ["31/02/2026", "30/2", "ngày 31 tháng 4", "29/02/2025", "abc xyz", "vài ngày nữa",
                                    "sớm nhất có thể", "thứ 8", "quý V", "tháng 13", "45 ngày", "trước"])
def test_what_cannot_be_read_gives_nothing(phrase: str) -> None:
    assert parse_deadline(phrase, WED) is None


def test_impossible_dates_are_named() -> None:
    assert impossible_dates("hạn 31/02/2026") == ["31/02/2026"]
    assert impossible_dates("ngày 30 tháng 2") == ["ngày 30 tháng 2"]
    assert impossible_dates("29/2") == [] and impossible_dates("15/3") == []


def test_readings_say_which_rule_built_them() -> None:
    best = read("thứ sáu tuần sau", WED)[0]
    assert best.rule.startswith("weekday of a week")


def test_recurrence_with_and_without_a_first_day() -> None:
    found = parse_deadline("ngày 25 hàng tháng", WED)
    assert found is not None and (found.due, found.recurrence) == (date(2025, 3, 25), "monthly")
    found = parse_deadline("hằng quý", WED)
    assert found is not None and (found.due, found.recurrence) == (None, "quarterly")


def test_working_days_skip_weekends_and_holidays() -> None:
    # Thursday 24/4/2025: Friday 25, Monday 28, Tuesday 29; 30/4, 1/5 and 2/5 (moved from 26/4) are days off.
    found = parse_deadline("trong 4 ngày làm việc", date(2025, 4, 24))
    assert found is not None and found.due == date(2025, 5, 5)
